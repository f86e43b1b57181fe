"""The files side of a purge: this PC's outbox files, and rebuilding the database files.

Scrubbing rows is not enough: SQLite keeps old values in free pages and in its write-ahead log
until the file is rebuilt and the log checkpointed, and PostgreSQL keeps them in dead tuples and
in the column statistics (``pg_stats``: most common values, histogram bounds). The rebuild here
proves its work: a checkpoint that other readers hold up is retried for a bounded time, then
reported as ``PurgeCleanupError`` (never as success); the rows are scrubbed already, so only the
rebuild needs running again once the other program has closed the database.

A station's outbox file (``jobfair.services.sync.outbox``) holds the records it made while offline
and its copy of the fair's seekers. Records already delivered are in the database and go; a
record still waiting stops the purge (``waiting_in_outboxes``): scrubbing it would lose it, and
delivering it after the purge would bring its notes back into a purged fair.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from jobfair.db.engine import describe_url
from jobfair.domain.errors import JobFairError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.services.sync.outbox import WAITING, outbox_item, snap_interview, snap_meta
from jobfair.services.sync.outbox import snap_seeker as snap_seeker_table

# How long the rebuild waits for other readers to let go of the file before it gives up.
CLEANUP_WAIT_SECONDS = 15.0
_RETRY_PAUSE = 0.2


class PurgeCleanupError(JobFairError):
    """The rows are scrubbed but the file still holds the old values: another connection
    holds a read open, so the write-ahead log cannot be checkpointed."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The personal data is removed from the records, but another station or program has the "
        "database open ({where}), so the old values are still in its file. Close it and run the "
        "purge's cleanup again.{how}",
    )


@dataclass(frozen=True)
class LocalPurge:
    """What a purge removed (or would) from this PC's outbox files.

    Attributes:
        items: delivered (or conflicting) records of the fair removed from the outboxes.
        snapshot_seekers: seekers of the fair removed from the offline copies.
    """

    items: int = 0
    snapshot_seekers: int = 0


_OUTBOX_NAME = re.compile(r"^outbox-[0-9a-f-]{36}(-[0-9a-f]{10})?\.sqlite$")


def local_outboxes(data_dir: Path, db_url: str) -> list[Path]:
    """The outbox files in ``data_dir`` that belong to the database at ``db_url`` (named as
    ``outbox_path`` names them: a shared server's carry a tag of its address)."""
    if not data_dir.is_dir():
        return []
    shared = make_url(db_url).get_backend_name() != "sqlite"
    tag = ""
    if shared:
        tag = "-" + hashlib.sha256(describe_url(db_url).encode("utf-8")).hexdigest()[:10]
    found = []
    for path in sorted(data_dir.glob("outbox-*.sqlite")):
        match = _OUTBOX_NAME.match(path.name)
        if match and (match.group(1) or "") == tag:
            found.append(path)
    return found


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=10)
    conn.execute("PRAGMA busy_timeout=10000")
    return conn


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


_OF_FAIR = "CAST(json_extract(payload, '$.fair_id') AS INTEGER) = ?"


def waiting_in_outboxes(paths: Iterable[Path], fair_id: int) -> int:
    """Records of the fair in these outbox files that have not reached the database yet."""
    waiting = 0
    for path in paths:
        if not path.exists():
            continue
        with closing(_connect(path)) as conn:
            if outbox_item.name not in _tables(conn):
                continue
            waiting += conn.execute(
                f"SELECT count(*) FROM {outbox_item.name} WHERE state = ? AND {_OF_FAIR}",
                (WAITING, fair_id),
            ).fetchone()[0]
    return waiting


def scrub_outboxes(paths: Iterable[Path], fair_id: int, *, dry_run: bool = False) -> LocalPurge:
    """Remove the fair's delivered records and its offline copy from these outbox files (or,
    with ``dry_run``, count them). Waiting records are left alone: see ``waiting_in_outboxes``.
    """
    items = seekers = 0
    for path in paths:
        if not path.exists():
            continue
        with closing(_connect(path)) as conn:
            tables = _tables(conn)
            conn.execute("BEGIN IMMEDIATE")
            try:
                if outbox_item.name in tables:
                    done = f"FROM {outbox_item.name} WHERE state != ? AND {_OF_FAIR}"
                    items += conn.execute(f"SELECT count(*) {done}", (WAITING, fair_id)
                                          ).fetchone()[0]
                    if not dry_run:
                        conn.execute(f"DELETE {done}", (WAITING, fair_id))
                if snap_seeker_table.name in tables:
                    of_fair = f"FROM {snap_seeker_table.name} WHERE fair_id = ?"
                    seekers += conn.execute(f"SELECT count(*) {of_fair}", (fair_id,)
                                            ).fetchone()[0]
                    if not dry_run:
                        _forget_copy(conn, tables, fair_id, of_fair)
                conn.execute("ROLLBACK" if dry_run else "COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
    return LocalPurge(items=items, snapshot_seekers=seekers)


def _forget_copy(conn: sqlite3.Connection, tables: set[str], fair_id: int, of_fair: str) -> None:
    """The fair's offline copy goes whole: its seekers, the booth's interviews (a station
    serves one fair at a time), its stamps, and the copy's key once no copy is left (and the
    badge secret a file from before hashed codes may still hold)."""
    had_copy = conn.execute(f"SELECT count(*) {of_fair}", (fair_id,)).fetchone()[0] > 0
    conn.execute(f"DELETE {of_fair}", (fair_id,))
    if snap_meta.name not in tables:
        return
    stamp = f"refreshed/{fair_id}"
    had_copy = had_copy or conn.execute(
        f"SELECT count(*) FROM {snap_meta.name} WHERE key = ?", (stamp,)).fetchone()[0] > 0
    conn.execute(f"DELETE FROM {snap_meta.name} WHERE key IN (?, ?)",
                 (stamp, f"timezone/{fair_id}"))
    if had_copy and snap_interview.name in tables:
        conn.execute(f"DELETE FROM {snap_interview.name}")
    others = conn.execute(
        f"SELECT count(*) FROM {snap_meta.name} WHERE key LIKE 'refreshed/%'").fetchone()[0]
    if not others:
        conn.execute(f"DELETE FROM {snap_meta.name} WHERE key IN ('code_key', 'secret')")


# --- rebuilding the files ---------------------------------------------------------------------


def _checkpoint(execute: Callable[[str], Sequence[Any]], deadline: float) -> bool:
    """A truncating checkpoint, retried until ``deadline``; whether it went through (no other
    reader holds the log). SQLite says so in its result row: busy, log frames, checkpointed."""
    while True:
        busy, log, done = execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if not busy and log == done:
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(_RETRY_PAUSE)


def _rebuild_sqlite(execute: Callable[[str], Sequence[Any]], deadline: float) -> bool:
    """Checkpoint, VACUUM, checkpoint: whether every step went through."""
    # Each try waits at most a second inside SQLite, so the bound holds.
    execute("PRAGMA busy_timeout=1000")
    if not _checkpoint(execute, deadline):
        return False
    execute("VACUUM")
    return _checkpoint(execute, deadline)


def _sqlite_runner(conn: Any) -> Callable[[str], Sequence[Any]]:
    def execute(sql: str) -> Sequence[Any]:
        row = conn.execute(sql).fetchone()
        return tuple(row) if row is not None else ()
    return execute


def rebuild_outboxes(paths: Iterable[Path], wait: float | None = None) -> list[Path]:
    """Rebuild these outbox files so removed rows are gone from the files too; the files that
    another program held open (left as they were)."""
    wait = CLEANUP_WAIT_SECONDS if wait is None else wait
    held = []
    for path in paths:
        if not path.exists():
            continue
        with closing(_connect(path)) as conn:
            if not _rebuild_sqlite(_sqlite_runner(conn), time.monotonic() + wait):
                held.append(path)
    return held


def rebuild_files(
    engine: Engine, tables: Iterable[str], outboxes: Sequence[Path] = (), *,
    wait: float | None = None,
) -> None:
    """Rebuild the database (and these outbox files) so scrubbed values are gone from the
    files too. Safe to run again at any time.

    Run with no transaction open on this engine. SQLite: a truncating checkpoint, VACUUM, a
    truncating checkpoint again, each checked. PostgreSQL: VACUUM FULL of ``tables`` (rewrites
    them; locks them briefly), then ANALYZE them so the column statistics forget old values.

    Raises:
        PurgeCleanupError: another connection kept a file held for ``wait`` seconds
            (``CLEANUP_WAIT_SECONDS`` if not given).
    """
    wait = CLEANUP_WAIT_SECONDS if wait is None else wait
    held: list[str] = []
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if engine.dialect.name == "sqlite":
            runner = _sqlite_runner(conn.connection.dbapi_connection)
            try:
                if not _rebuild_sqlite(runner, time.monotonic() + wait):
                    held.append(describe_url(str(engine.url)))
            finally:
                runner("PRAGMA busy_timeout=10000")
        else:
            names = sorted(set(tables))
            for name in names:
                conn.exec_driver_sql(f'VACUUM FULL "{name}"')
            for name in names:
                conn.exec_driver_sql(f'ANALYZE "{name}"')
    held.extend(str(p) for p in rebuild_outboxes(outboxes, wait))
    if held:
        raise PurgeCleanupError(where=", ".join(held), how="")


__all__ = [
    "CLEANUP_WAIT_SECONDS", "LocalPurge", "PurgeCleanupError", "local_outboxes",
    "rebuild_files", "rebuild_outboxes", "scrub_outboxes", "waiting_in_outboxes",
]
