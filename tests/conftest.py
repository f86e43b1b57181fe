"""Shared fixtures: real databases (a SQLite file, and the local PostgreSQL), offscreen Qt.

The ``db_url`` fixture runs a test once on SQLite and once on PostgreSQL. PostgreSQL tests make
their own database for the run and drop it afterwards; outside CI they skip, with the reason
shown, when no server answers; with ``CI=true`` a missing server fails them.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.migrate import upgrade
from jobfair.db.models import Base

PG_ADMIN_URL = os.environ.get(
    "JOBFAIR_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


class MemoryKeyring(KeyringBackend):
    """A credential store that lives in this test's memory only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


THREAD_GRACE_S = 5.0  # a thread stopping as the test ends gets this long to finish


@pytest.fixture(autouse=True)
def _no_thread_left_running() -> Iterator[None]:
    """Fails a test that leaves a Python thread of its own running after it ends.

    The threads a test started (a poller, a listener, the station runner, a test's own workers)
    get a short grace period to finish, as a stopped thread may still be on its way out; one
    still alive after that is a leak: it would go on touching databases and objects of a test
    that is over. Threads Qt's pool lends to Python code show up as ``_DummyThread`` (they are
    the pool's, not the test's, and are never "joined"); those are not counted.
    """
    before = {t.ident for t in threading.enumerate()}
    yield
    deadline = time.monotonic() + THREAD_GRACE_S
    left = []
    for thread in threading.enumerate():
        if thread.ident in before or isinstance(thread, threading._DummyThread):
            continue
        thread.join(max(0.0, deadline - time.monotonic()))
        if thread.is_alive():
            left.append(thread)
    if left:
        names = ", ".join(sorted(t.name for t in left))
        pytest.fail(f"the test left {len(left)} thread(s) running: {names}", pytrace=False)


@pytest.fixture(autouse=True)
def _no_real_keyring() -> Iterator[None]:
    """No test reads or writes this PC's real credential store: by default there is none."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    """A credential store for this test (in memory)."""
    store = MemoryKeyring()
    keyring.set_keyring(store)
    return store


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user data folder or picks up a database from the shell."""
    monkeypatch.setenv("JOBFAIR_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.delenv("JOBFAIR_DB", raising=False)
    monkeypatch.setenv("JOBFAIR_LANG", "ko")


def _pg_available() -> str | None:
    """``None`` when the server answers, else why not."""
    try:
        engine = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect():
            pass
        engine.dispose()
    except Exception as exc:  # any failure to connect means: no server here
        return f"PostgreSQL at {PG_ADMIN_URL} does not answer ({type(exc).__name__})"
    return None


@pytest.fixture(scope="session")
def pg_database_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test run, migrated to head; dropped afterwards."""
    reason = _pg_available()
    if reason is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason}; in CI the PostgreSQL tests must run")
        pytest.skip(reason)
    name = f"jobfair_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file built by the migrations once; tests get copies."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    """A migrated SQLite database file of this test's own."""
    path = tmp_path / "jobfair.sqlite3"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


def _empty_all_tables(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as conn:
        # Row by row is much faster than TRUNCATE on tables this small.
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of an empty, migrated database: SQLite, then PostgreSQL."""
    if request.param == "sqlite":
        yield request.getfixturevalue("sqlite_url")
        return
    url: str = request.getfixturevalue("pg_database_url")
    _empty_all_tables(url)
    yield url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def session_factory(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)
