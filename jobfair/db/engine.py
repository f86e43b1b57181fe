"""Engines and sessions for SQLite (one PC) and PostgreSQL (a fair of many stations).

The same code runs on both. SQLite is opened in WAL mode with ``synchronous=FULL`` so that a
record reported as saved survives the app being killed and the PC losing power; foreign keys on.

The sqlite3 module begins a transaction only before an INSERT, UPDATE or DELETE. A SAVEPOINT
issued first (``session.begin_nested()`` as the first write of a transaction) therefore opens a
transaction of its own, which its RELEASE commits: the caller's rollback would no longer undo
it. So a SAVEPOINT outside a transaction is preceded by ``BEGIN IMMEDIATE``.
"""

from __future__ import annotations

import errno
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DisconnectionError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from jobfair.domain.errors import (
    DatabaseFullError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DatabaseUnavailableError,
    JobFairError,
)
from jobfair.domain.i18n import QT_TRANSLATE_NOOP

SessionFactory = sessionmaker[Session]


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _sqlite_savepoint(connection: Connection, _name: str) -> None:
    """Open the transaction a first SAVEPOINT would otherwise open (and commit) by itself."""
    dbapi_connection = connection.connection.dbapi_connection
    if dbapi_connection is not None and not dbapi_connection.in_transaction:
        dbapi_connection.execute("BEGIN IMMEDIATE")


def parse_url(url: str) -> URL:
    """The URL, with the psycopg 3 driver chosen for plain ``postgresql://`` addresses."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise JobFairError(
            QT_TRANSLATE_NOOP(
                "errors",
                "'{url}' is not a database address. Use sqlite:///PATH or "
                "postgresql://USER@HOST:PORT/DATABASE.",
            ),
            url=url,
        ) from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise JobFairError(
            QT_TRANSLATE_NOOP(
                "errors", "JobFair works with SQLite or PostgreSQL, not '{backend}'."
            ),
            backend=parsed.get_backend_name(),
        )
    return parsed


def describe_url(url: str | URL) -> str:
    """The address without its password, for the window title and messages."""
    parsed = url if isinstance(url, URL) else make_url(url)
    return parsed.render_as_string(hide_password=True)


def make_engine(url: str | URL, *, make_folder: bool = True, **kwargs: Any) -> Engine:
    """An engine for ``url``; SQLite files get their pragmas set, and their folder created
    unless ``make_folder`` is false (a command that may not create a database)."""
    parsed = parse_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if make_folder and database and database != ":memory:" and not database.startswith(
            "file:"
        ):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "savepoint", _sqlite_savepoint)
        return engine
    ping_idle = kwargs.pop("ping_after_idle_s", PING_AFTER_IDLE_S)
    # A hall's Wi-Fi drops without a word: keepalives and a TCP user timeout turn a dead
    # connection into an error within seconds (then an offline station keeps working), instead
    # of a write hanging for the operating system's TCP timeout of many minutes.
    kwargs.setdefault("connect_args", {
        "connect_timeout": 5,
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 3,
        "keepalives_count": 3,
        "tcp_user_timeout": 5000,
    })
    engine = create_engine(parsed, **kwargs)
    _ping_after_idle(engine, ping_idle)
    return engine


PING_AFTER_IDLE_S = 5.0


def _ping_after_idle(engine: Engine, idle_s: float) -> None:
    """Test a pooled connection before use when it has been idle for ``idle_s``: a server
    restarted meanwhile then costs a reconnect, not a failed save. A station writing every
    second does not pay a round trip per transaction for it (``pool_pre_ping`` would).
    """

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_connection: Any, record: Any) -> None:
        record.info["jobfair_last_used"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        last = record.info.get("jobfair_last_used")
        if last is None or time.monotonic() - last < idle_s:
            return
        try:
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            dbapi_connection.rollback()
        except Exception as exc:  # any failure: the pool replaces the connection
            raise DisconnectionError() from exc


def make_session_factory(engine: Engine) -> SessionFactory:
    return sessionmaker(engine, expire_on_commit=False)


def insert_ignoring_conflicts(session: Session, model: Any) -> Any:
    """``INSERT ... ON CONFLICT DO NOTHING`` into ``model`` (a model or its table), in the
    session's dialect:
    the row goes in unless a unique key (its id, replayed; its natural key, taken by a racing
    station) is there already. Add ``.returning(...)``: no row back means nothing went in."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(model).on_conflict_do_nothing()
    if dialect == "sqlite":
        return sqlite.insert(model).on_conflict_do_nothing()
    raise NotImplementedError(dialect)


def check_connection(engine: Engine) -> None:
    """Open one connection, or raise the ``database_error`` saying why not."""
    try:
        with engine.connect():
            pass
    except (OperationalError, ProgrammingError) as exc:
        raise database_error(exc, engine.url) from exc


# SQLite's result codes (the primary code, the low byte of an extended one) and PostgreSQL's
# SQLSTATEs for the failures a person can do something about, each with its own message.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_FULL = 5, 6, 8, 13
_PG_FULL = {"53100", "53200"}  # disk full, out of memory
_PG_READ_ONLY = {"25006"}  # read-only transaction (a standby server)
_PG_LOCKED = {"55P03", "57014"}  # lock not available, statement cancelled (lock timeout)


def database_error(exc: BaseException, where: str | URL) -> JobFairError:
    """The message for a database failure ``exc`` (SQLAlchemy's, the driver's, or an OSError
    making a SQLite file's folder): disk full, read-only and locked each say so; anything else
    is "cannot open the database" with the driver's reason. The one place that maps them."""
    orig: Any = getattr(exc, "orig", None) or exc
    address = describe_url(where)
    reason = first_line(orig)
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    state = getattr(orig, "sqlstate", None)
    if primary == _SQLITE_FULL or state in _PG_FULL:
        return DatabaseFullError(where=address, reason=reason)
    if primary == _SQLITE_READONLY or state in _PG_READ_ONLY:
        return DatabaseReadOnlyError(where=address, reason=reason)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or state in _PG_LOCKED:
        return DatabaseLockedError(where=address, reason=reason)
    if isinstance(orig, OSError):
        if orig.errno == errno.ENOSPC:
            return DatabaseFullError(where=address, reason=reason)
        if orig.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return DatabaseReadOnlyError(where=address, reason=reason)
    return DatabaseUnavailableError(where=address, reason=reason)


def first_line(exc: BaseException | object) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
