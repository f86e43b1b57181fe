"""Change notifications: written rows announce their fair; the listener hears them."""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.diagnose import ConnectionFailed, Problem, SchemaState, classify, probe
from jobfair.db.engine import make_engine, make_session_factory, parse_url
from jobfair.db.models import Base
from jobfair.db.notify import (
    ANY_FAIR,
    CHANNEL,
    FileChangeCounter,
    Listener,
    parse_payload,
    send_change,
)
from jobfair.services.checkins.service import check_in
from jobfair.services.sync.changes import data_version
from tests.services.fairkit import actor, register, small_fair


@pytest.fixture
def pg_factory(pg_database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(pg_database_url)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def heard(pg_database_url: str) -> Iterator[queue.Queue[int]]:
    got: queue.Queue[int] = queue.Queue()
    listener = Listener(parse_url(pg_database_url), got.put, poll_s=0.1)
    listener.start()
    assert listener.connected.wait(5)
    assert got.get(timeout=2) == ANY_FAIR  # on (re)connecting: "anything may have changed"
    yield got
    listener.stop()
    assert not listener.is_alive()


def drain(got: queue.Queue[int], wait_s: float = 1.0) -> list[int]:
    out: list[int] = []
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        try:
            out.append(got.get(timeout=0.05))
        except queue.Empty:
            continue
    return out


@pytest.mark.postgres
def test_a_committed_write_is_heard_once_per_fair(
    pg_factory: sessionmaker[Session], heard: queue.Queue[int]
) -> None:
    fair = small_fair(pg_factory)
    drain(heard, 0.5)  # the setup's own notifications
    seeker = register(pg_factory, fair.fair_id, "김민준")
    with pg_factory.begin() as s:
        check_in(s, actor(), seeker.id)
    got = drain(heard, 1.0)
    # one notification per transaction: identical ones are folded by PostgreSQL
    assert got == [fair.fair_id, fair.fair_id]


@pytest.mark.postgres
def test_a_rolled_back_write_is_not_heard(
    pg_factory: sessionmaker[Session], heard: queue.Queue[int]
) -> None:
    fair = small_fair(pg_factory)
    seeker = register(pg_factory, fair.fair_id, "이서연")
    drain(heard, 0.5)
    s = pg_factory()
    with s.begin():
        check_in(s, actor(), seeker.id)
        s.rollback()
    s.close()
    assert drain(heard, 0.7) == []


@pytest.mark.postgres
def test_every_writer_notifies_even_plain_sql(
    pg_database_url: str, pg_factory: sessionmaker[Session], heard: queue.Queue[int]
) -> None:
    fair = small_fair(pg_factory)
    drain(heard, 0.5)
    engine = make_engine(pg_database_url)
    with engine.begin() as conn:  # a script, not the services
        conn.execute(text("UPDATE opening SET headcount = headcount + 1 WHERE fair_id = :f"),
                     {"f": fair.fair_id})
        send_change(conn, None)
    engine.dispose()
    assert sorted(drain(heard, 1.0)) == [ANY_FAIR, fair.fair_id]


@pytest.mark.postgres
def test_listener_comes_back_after_its_connection_is_killed(
    pg_database_url: str, pg_factory: sessionmaker[Session]
) -> None:
    got: queue.Queue[int] = queue.Queue()
    listener = Listener(parse_url(pg_database_url), got.put, poll_s=0.1, max_backoff_s=0.5)
    listener.start()
    try:
        assert listener.connected.wait(5)
        assert got.get(timeout=2) == ANY_FAIR
        assert drain(got, 0.3) == []
        with pg_factory.begin() as s:
            s.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE query = :q AND pid <> pg_backend_pid()"), {"q": f"LISTEN {CHANNEL}"})
        # after the reconnect: one "anything may have changed", then live again
        assert got.get(timeout=5) == ANY_FAIR
        fair = small_fair(pg_factory)
        assert fair.fair_id in drain(got, 1.0)
    finally:
        listener.stop()


def test_the_trigger_exists_only_on_postgresql(engine: Engine) -> None:
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            names: set[str] = set(conn.execute(text(
                "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).scalars())
            # every table stations write is announced; the audit log and the settings go along
            # with writes that are announced already
            silent = {"setting", "audit_event"}
            wanted = {f"jobfair_notify_{t.name}" for t in Base.metadata.sorted_tables} - {
                f"jobfair_notify_{name}" for name in silent
            }
            assert wanted <= names, sorted(wanted - names)
        else:
            rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'"))
            assert rows.all() == []


def test_payloads() -> None:
    assert parse_payload("12") == 12
    assert parse_payload("") == ANY_FAIR
    assert parse_payload("x") == ANY_FAIR


def test_data_version_moves_with_every_write(session_factory: sessionmaker[Session]) -> None:
    fair = small_fair(session_factory)
    other = small_fair(session_factory)
    with session_factory() as s:
        before = data_version(s, fair.fair_id)
    seeker = register(session_factory, fair.fair_id, "박지호")
    with session_factory() as s:
        after_register = data_version(s, fair.fair_id)
        assert after_register != before
    with session_factory.begin() as s:
        check_in(s, actor(), seeker.id)
    with session_factory() as s:
        after_checkin = data_version(s, fair.fair_id)
        assert after_checkin != after_register
        assert data_version(s, fair.fair_id) == after_checkin  # stable while nothing happens
        other_before = data_version(s, other.fair_id)
    register(session_factory, other.fair_id, "최유나")
    with session_factory() as s:
        assert data_version(s, fair.fair_id) == after_checkin  # another fair's write
        assert data_version(s, other.fair_id) != other_before


def test_the_file_change_counter_moves_only_when_another_connection_commits(
    sqlite_url: str,
) -> None:
    engine = make_engine(sqlite_url)
    factory = make_session_factory(engine)
    counter = FileChangeCounter(parse_url(sqlite_url))
    try:
        assert counter.has_file
        fair = small_fair(factory)
        first = counter.read()
        assert counter.read() == first  # nothing committed: the same number, no table read
        with factory() as s:
            data_version(s, fair.fair_id)  # reading does not move it
        assert counter.read() == first
        register(factory, fair.fair_id, "박지호")
        moved = counter.read()
        assert moved != first
        with factory.begin() as s:
            s.execute(text("SELECT 1"))  # an empty transaction commits nothing
        assert counter.read() == moved
    finally:
        counter.close()
        engine.dispose()


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_without_a_file_every_reading_of_the_counter_differs(url: str) -> None:
    counter = FileChangeCounter(parse_url(url))
    assert not counter.has_file
    assert counter.read() != counter.read()
    counter.close()


# -- diagnosing connection failures ----------------------------------------------------------

class _PgError(Exception):
    def __init__(self, text: str, sqlstate: str | None) -> None:
        super().__init__(text)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("text_", "sqlstate", "problem"),
    [
        ('FATAL: password authentication failed for user "booth"', "28P01", Problem.BAD_PASSWORD),
        ('FATAL: database "fair" does not exist', "3D000", Problem.NO_SUCH_DATABASE),
        ('FATAL: role "booth" does not exist', "28000", Problem.NO_SUCH_USER),
        ('FATAL: no pg_hba.conf entry for host "192.168.0.7"', "28000", Problem.NOT_ALLOWED),
        ('connection to server at "127.0.0.1", port 5499 failed: Connection refused', None,
         Problem.REFUSED),
        ('failed to resolve host "fairserver": [Errno -2] Name or service not known', None,
         Problem.UNKNOWN_HOST),
        ("connection timeout expired", None, Problem.TIMEOUT),
        ("something else entirely", None, Problem.OTHER),
    ],
)
def test_failures_are_classified(text_: str, sqlstate: str | None, problem: Problem) -> None:
    url = parse_url("postgresql://booth:s3cret-pw@fairserver:5432/fair")
    failed = classify(_PgError(text_, sqlstate), url)
    assert failed.problem is problem
    assert "s3cret-pw" not in str(failed)


@pytest.mark.postgres
def test_probe_against_the_real_server(pg_database_url: str) -> None:
    assert probe(pg_database_url).schema is SchemaState.CURRENT
    refused = parse_url(pg_database_url).set(port=1)
    with pytest.raises(ConnectionFailed) as info:
        probe(refused)
    assert info.value.problem is Problem.REFUSED
    missing = parse_url(pg_database_url).set(database="jobfair_no_such_db")
    with pytest.raises(ConnectionFailed) as info:
        probe(missing)
    assert info.value.problem is Problem.NO_SUCH_DATABASE


def test_probe_reads_the_schema_state(sqlite_url: str, tmp_path: object) -> None:
    assert probe(sqlite_url).schema is SchemaState.CURRENT
    eng = make_engine(sqlite_url)
    with eng.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0002'"))
    assert probe(sqlite_url).schema is SchemaState.OLDER
    with eng.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    assert probe(sqlite_url).schema is SchemaState.NEWER
    eng.dispose()
    assert probe(f"sqlite:///{tmp_path}/new.sqlite3").schema is SchemaState.EMPTY
