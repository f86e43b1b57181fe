"""Live sync on PostgreSQL: every write announces itself, every station listens.

The announcement comes from the database itself: revision 0004 puts a trigger on the tables the
screens show, which sends ``NOTIFY jobfair_changes, '<fair id>'`` for each written row. So every
writer notifies (the window, the command line, a script), and a transaction that rolls back
announces nothing. PostgreSQL folds identical notifications of one transaction into one, so a
1,000-row import sends one message per fair, delivered at commit.

A station listens on a connection of its own (``Listener``), on a background thread: the
connection pool's connections are never kept waiting. When the connection drops, the listener
reconnects with a growing pause, and reports a change of every fair whenever it (re)connects (what
happened before was not heard).

SQLite has no such messages. A ``FileChangeCounter`` asks the file, on a connection of its own,
whether anybody committed since it last asked (``PRAGMA data_version``: no table is read, a
few microseconds), so a station may ask twenty times a second; only when the answer moves does it
read ``jobfair.services.sync.changes.data_version`` of the fair it shows.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable

import psycopg
from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import URL

log = logging.getLogger(__name__)

CHANNEL = "jobfair_changes"
ANY_FAIR = 0  # the payload of a change whose fair is not known (a badge, a station)

# Written tables whose rows the screens show. audit_event is left out: it is written together with
# one of these, in the same transaction.
NOTIFYING_TABLES = (
    "fair",
    "employer",
    "booth",
    "opening",
    "station",
    "seeker",
    "checkin",
    "badge",
    "interview",
    "booth_queue",
    "follow_up_call",
    "recommendation",
    "account",
    "sync_conflict",
    "employer_tag",
    "interview_tag",
    "fair_field",
)


def is_postgresql(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def parse_payload(payload: str) -> int:
    """The fair id a notification names; ``ANY_FAIR`` for an empty or unexpected payload."""
    try:
        return int(payload)
    except ValueError:
        return ANY_FAIR


def send_change(connection: Connection, fair_id: int | None) -> None:
    """Announce a change by hand (for a writer outside the notifying tables). PostgreSQL only;
    delivered when ``connection``'s transaction commits."""
    if connection.dialect.name != "postgresql":
        return
    connection.execute(
        text("SELECT pg_notify(:channel, :payload)"),
        {"channel": CHANNEL, "payload": str(fair_id or ANY_FAIR)},
    )


def libpq_conninfo(url: URL) -> str:
    """The SQLAlchemy URL as a libpq address (no driver name), for a connection of our own."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class Listener:
    """Waits for change notifications on its own connection and thread.

    ``on_change(fair_id)`` is called on the listener's thread, once per notification, and with
    ``ANY_FAIR`` each time the LISTEN is (re)established: what happened before was not heard.
    ``stop()`` ends the thread within about ``poll_s``.

    Attributes:
        connected: set once the LISTEN is in force (tests wait on it).
    """

    def __init__(
        self,
        url: URL,
        on_change: Callable[[int], None],
        *,
        poll_s: float = 0.25,
        connect_timeout_s: int = 5,
        max_backoff_s: float = 10.0,
    ) -> None:
        self._conninfo = libpq_conninfo(url)
        self._on_change = on_change
        self._poll_s = poll_s
        self._connect_timeout_s = connect_timeout_s
        self._max_backoff_s = max_backoff_s
        self._stop = threading.Event()
        self.connected = threading.Event()
        self._thread = threading.Thread(target=self._run, name="jobfair-listen", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout_s)

    def is_alive(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        backoff = 0.5
        while not self._stop.is_set():
            try:
                with psycopg.connect(
                    self._conninfo, autocommit=True, connect_timeout=self._connect_timeout_s
                ) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.connected.set()
                    backoff = 0.5
                    self._on_change(ANY_FAIR)  # what happened before the LISTEN was not heard
                    self._listen(conn)
            except psycopg.Error as exc:
                self.connected.clear()
                # the server's words name host and port, never the password
                log.warning("change listener lost its connection: %s", _first_line(exc))
                self._stop.wait(backoff)
                backoff = min(backoff * 2, self._max_backoff_s)
        self.connected.clear()

    def _listen(self, conn: psycopg.Connection) -> None:
        while not self._stop.is_set():
            for note in conn.notifies(timeout=self._poll_s):
                self._on_change(parse_payload(note.payload))
                if self._stop.is_set():
                    return


class FileChangeCounter:
    """A number that moves whenever any connection commits to a SQLite file.

    ``read()`` returns ``None`` where there is no file of its own to ask (an in-memory database,
    a ``file:`` URI): then every reading counts as a change. One instance per thread (it keeps its
    connection); ``close()`` when done.
    """

    def __init__(self, url: URL) -> None:
        database = url.database or ""
        self._path = (
            None if url.get_backend_name() != "sqlite" or database in ("", ":memory:")
            or database.startswith("file:") else database
        )
        self._conn: sqlite3.Connection | None = None
        self._calls = 0

    @property
    def has_file(self) -> bool:
        return self._path is not None

    def read(self) -> int | None:
        if self._path is None:
            self._calls += 1
            return self._calls  # nothing to ask: "something may have changed"
        try:
            if self._conn is None:
                # autocommit: no read transaction is ever left open to freeze the number
                self._conn = sqlite3.connect(self._path, isolation_level=None, timeout=10)
            row = self._conn.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error as exc:
            log.warning("reading the change counter failed: %s", _first_line(exc))
            self.close()
            self._calls += 1
            return -self._calls  # an answer that differs from the last: read the fair
        return int(row[0])

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
