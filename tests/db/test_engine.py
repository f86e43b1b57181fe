"""SQLite's durability settings, and times that are always aware UTC."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import IntegrityError, OperationalError, StatementError
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.engine import make_engine, parse_url
from jobfair.db.models import AuditEvent, Booth, Fair
from jobfair.domain.errors import JobFairError

KST = timezone(timedelta(hours=9))


def test_sqlite_pragmas(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    finally:
        engine.dispose()


def test_foreign_keys_are_enforced(session_factory: sessionmaker[Session]) -> None:
    with pytest.raises(IntegrityError), session_factory.begin() as session:
        session.add(Booth(fair_id=4242, employer_id=4242, label="A-1"))


def test_rollback_undoes_a_savepoint_that_opened_the_transaction(
    session_factory: sessionmaker[Session],
) -> None:
    """pysqlite left alone commits a first SAVEPOINT on release; the engine must prevent that."""

    class Boom(Exception):
        pass

    with pytest.raises(Boom), session_factory.begin() as session:
        with session.begin_nested():
            session.add(_fair())
        raise Boom
    with session_factory() as session:
        assert session.scalars(select(Fair)).all() == []


def _fair(created_at: datetime | None = None) -> Fair:
    return Fair(
        name="F", date=date(2015, 3, 25), venue="", hosts="", organizer="",
        created_at=created_at or datetime.now(UTC),
    )


def test_naive_datetime_is_refused(session_factory: sessionmaker[Session]) -> None:
    with pytest.raises(StatementError) as info, session_factory.begin() as session:
        session.add(_fair(datetime(2015, 3, 25, 10, 0)))
    assert isinstance(info.value.orig, ValueError)
    assert "naive" in str(info.value.orig)


def test_aware_datetime_comes_back_as_utc(session_factory: sessionmaker[Session]) -> None:
    seoul_ten = datetime(2015, 3, 25, 10, 0, 0, 123000, tzinfo=KST)
    event_id = uuid.uuid4()
    with session_factory.begin() as session:
        session.add(
            AuditEvent(
                id=event_id, at=seoul_ten, actor="t", action="a", entity="e", entity_id="1"
            )
        )
    with session_factory() as session:
        at = session.scalars(select(AuditEvent.at).where(AuditEvent.id == event_id)).one()
    assert at == seoul_ten
    assert at.utcoffset() == timedelta(0)
    assert (at.hour, at.minute, at.microsecond) == (1, 0, 123000)


def test_comparing_times_in_queries(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as session:
        session.add(_fair(datetime(2015, 3, 25, 1, 0, tzinfo=UTC)))
    cutoff = datetime(2015, 3, 25, 9, 30, tzinfo=KST)  # 00:30 UTC
    with session_factory() as session:
        assert session.scalars(select(Fair).where(Fair.created_at > cutoff)).all()
        later = cutoff + timedelta(hours=1)
        assert not session.scalars(select(Fair).where(Fair.created_at > later)).all()


def test_engine_fixture_dialects(engine: Engine) -> None:
    assert engine.dialect.name in ("sqlite", "postgresql")


@pytest.mark.parametrize("url", ["nonsense", "mysql://u@h/db"])
def test_bad_urls_are_refused_in_words(url: str) -> None:
    with pytest.raises(JobFairError):
        parse_url(url)


def test_plain_postgresql_urls_get_psycopg() -> None:
    assert parse_url("postgresql://u@h/db").drivername == "postgresql+psycopg"


@pytest.mark.postgres
@pytest.mark.parametrize("idle_s", [0.0, 3600.0])
def test_a_connection_the_server_dropped_while_idle_is_replaced_before_use(
    pg_database_url: str, idle_s: float
) -> None:
    """The server restarted (or dropped the connection) while the station was idle: with the
    idle check the next save reconnects quietly; without it (idle time not reached) the save
    meets the dead connection, which is what the check is for."""
    engine = make_engine(pg_database_url, ping_after_idle_s=idle_s)
    try:
        with engine.connect() as conn:
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
        admin = make_engine(pg_database_url)
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        admin.dispose()
        if idle_s == 0.0:
            with engine.connect() as conn:
                assert conn.execute(text("SELECT pg_backend_pid()")).scalar_one() != pid
        else:
            with pytest.raises(OperationalError), engine.connect() as conn:
                conn.execute(text("SELECT 1"))
    finally:
        engine.dispose()
