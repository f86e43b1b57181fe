"""Each way a database fails says what happened: full, read-only, locked, a damaged version
table; SQLite and PostgreSQL alike. Real failures, made as they happen on a PC or a server."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError

from jobfair.db.engine import database_error, make_engine, make_session_factory
from jobfair.db.migrate import APPLICATION_ID, head_revision, upgrade
from jobfair.domain.errors import (
    DatabaseFullError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DatabaseUnavailableError,
    JobFairError,
    NotAJobFairDatabaseError,
)
from jobfair.services.context import Actor
from jobfair.services.setup.fairs import FairInput, create_fair


def _add_fair(engine: Engine) -> None:
    with make_session_factory(engine).begin() as s:
        create_fair(s, Actor(), FairInput(f"박람회 {uuid.uuid4().hex[:6]}", date(2015, 3, 25)))


def _failure(engine: Engine) -> JobFairError:
    with pytest.raises(DBAPIError) as info:
        _add_fair(engine)
    return database_error(info.value, engine.url)


def test_a_full_sqlite_disk_says_full(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)

    @event.listens_for(engine, "connect")
    def _tiny(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")  # no page more

    try:
        error = None
        for _ in range(200):  # until the file would have to grow
            try:
                _add_fair(engine)
            except OperationalError as exc:
                error = database_error(exc, engine.url)
                break
        assert isinstance(error, DatabaseFullError), error
        assert "full" in str(error) and "Cannot open" not in str(error)
    finally:
        engine.dispose()


def test_a_read_only_sqlite_file_says_read_only(sqlite_url: str) -> None:
    path = sqlite_url.removeprefix("sqlite:///")
    engine = make_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        error = _failure(engine)
    finally:
        engine.dispose()
    assert isinstance(error, DatabaseReadOnlyError), error
    assert "read-only" in str(error) and "Cannot open" not in str(error)


def test_a_locked_sqlite_file_says_locked(sqlite_url: str) -> None:
    path = sqlite_url.removeprefix("sqlite:///")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    engine = make_engine(sqlite_url)

    @event.listens_for(engine, "connect")
    def _no_wait(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout = 0")  # the app waits 10 s; a test not

    try:
        with pytest.raises(OperationalError) as info:
            _add_fair(engine)
        error = database_error(info.value, engine.url)
    finally:
        holder.rollback()
        holder.close()
        engine.dispose()
    assert isinstance(error, DatabaseLockedError), error
    assert "locked" in str(error) and "Cannot open" not in str(error)


@pytest.mark.postgres
def test_a_read_only_postgresql_session_says_read_only(pg_database_url: str) -> None:
    engine = make_engine(
        pg_database_url, connect_args={"options": "-c default_transaction_read_only=on"}
    )
    try:
        error = _failure(engine)
    finally:
        engine.dispose()
    assert isinstance(error, DatabaseReadOnlyError), error


@pytest.mark.postgres
def test_a_locked_postgresql_table_says_locked(pg_database_url: str) -> None:
    holder = make_engine(pg_database_url)
    engine = make_engine(pg_database_url, connect_args={"options": "-c lock_timeout=200"})
    try:
        with holder.connect() as conn:
            conn.execute(text("BEGIN"))
            conn.execute(text("LOCK TABLE fair IN ACCESS EXCLUSIVE MODE"))
            error = _failure(engine)
            conn.execute(text("ROLLBACK"))
    finally:
        engine.dispose()
        holder.dispose()
    assert isinstance(error, DatabaseLockedError), error


def test_other_failures_still_say_cannot_open(tmp_path: Path) -> None:
    error = database_error(OSError(2, "No such file or directory"), f"sqlite:///{tmp_path}/x")
    assert type(error) is DatabaseUnavailableError


def test_two_rows_in_the_version_table_are_refused_in_words(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('0001_initial')"))
    try:
        with pytest.raises(JobFairError) as info:
            upgrade(engine)
        message = str(info.value)
        assert "alembic_version" in message and "2 schema versions" in message
        assert "\n" not in message
    finally:
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM alembic_version WHERE version_num != :head"),
                         {"head": head_revision()})


def test_a_new_sqlite_file_is_marked_and_an_old_one_gets_the_mark(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade(engine)
        with engine.begin() as conn:
            assert conn.execute(text("PRAGMA application_id")).scalar() == APPLICATION_ID
            conn.execute(text("PRAGMA application_id = 0"))  # as JobFair made files before
        upgrade(engine)
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA application_id")).scalar() == APPLICATION_ID
    finally:
        engine.dispose()
    assert path.read_bytes()[68:72] == APPLICATION_ID.to_bytes(4, "big")


def test_somebody_elses_sqlite_file_is_never_migrated(tmp_path: Path) -> None:
    path = tmp_path / "contacts.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE contacts (name TEXT)")
    other.commit()
    other.close()
    engine = make_engine(f"sqlite:///{path}")
    try:
        with pytest.raises(NotAJobFairDatabaseError) as info:
            upgrade(engine)
    finally:
        engine.dispose()
    assert "another program" in str(info.value) and "contacts" in str(info.value)
    check = sqlite3.connect(path)
    tables = {r[0] for r in check.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    mark = check.execute("PRAGMA application_id").fetchone()[0]
    check.close()
    assert tables == {"contacts"} and mark == 0


def test_a_file_marked_by_another_program_is_refused_even_empty(tmp_path: Path) -> None:
    path = tmp_path / "marked.db"
    other = sqlite3.connect(path)
    other.execute("PRAGMA application_id = 1234")
    other.commit()
    other.close()
    engine = make_engine(f"sqlite:///{path}")
    try:
        with pytest.raises(NotAJobFairDatabaseError):
            upgrade(engine)
    finally:
        engine.dispose()


def test_a_missing_file_is_not_created_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "typo" / "jobfiar.sqlite3"
    engine = make_engine(f"sqlite:///{path}", make_folder=False)
    try:
        with pytest.raises(NotAJobFairDatabaseError) as info:
            upgrade(engine, create=False)
    finally:
        engine.dispose()
    assert "--create" in str(info.value)
    assert not path.exists() and not path.parent.exists()
