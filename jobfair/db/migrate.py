"""Creating and upgrading the schema with Alembic, at start and in the tests.

Alembic is imported only when there is work for it: a SQLite file of JobFair's already at the
newest revision (every start of a station, every command) is recognised without it
(``_at_known_head``), which saves a command about a fifth of a second.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from jobfair.db.engine import check_connection, database_error, describe_url
from jobfair.domain.errors import JobFairError, NotAJobFairDatabaseError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic configuration (no alembic.ini needed), bound to ``engine`` when given."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str | None:
    """The newest schema revision this JobFair knows."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, ``None`` for an empty database."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, *, create: bool = True) -> None:
    """Create the schema or bring it to the newest revision.

    ``create=False`` refuses, with ``NotAJobFairDatabaseError``, to make a database where there
    is none (a mistyped ``--db`` path or an empty server database): the command line creates one
    only with ``--create``. Never migrates a database that is not JobFair's: a SQLite file
    holding tables but neither JobFair's mark (``PRAGMA application_id``) nor its schema
    version, or a server database with tables but no schema version. Raises the
    ``database_error`` of a database that cannot be reached (full, read-only, locked, missing),
    and refuses with a ``JobFairError`` a database made by a newer JobFair (a revision this one
    does not know) or with a damaged version table, rather than damage it.
    """
    path = _sqlite_path(engine)
    if path is not None and _at_known_head(path):
        check_connection(engine)
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    where = describe_url(engine.url)
    config = alembic_config(engine)
    script = ScriptDirectory.from_config(config)
    if path is not None and _sqlite_file_missing(engine):
        if not create:
            raise _no_database(where)
    elif path is not None:
        # Before JobFair's own connection, which would switch the file to WAL mode.
        _refuse_foreign_sqlite_file(path, where, script)
    check_connection(engine)
    try:
        current = _checked_revision(engine, where)
        if current is None:
            _refuse_foreign(engine, where, create=create)
        if current == script.get_current_head():
            _mark(engine)
            return
        if current is not None and not _knows(script, current):
            raise JobFairError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database {where} was set up by a newer JobFair (schema {revision}). "
                    "Update JobFair on this PC.",
                ),
                where=where,
                revision=current,
            )
        command.upgrade(config, "head")
        _mark(engine)
    except (OperationalError, ProgrammingError) as exc:
        raise database_error(exc, engine.url) from exc


# JobFair's mark on its SQLite files (PRAGMA application_id, a 32-bit number at byte 68 of the
# file, shown by `file`): "JFai".
APPLICATION_ID = 0x4A466169


def _sqlite_path(engine: Engine) -> Path | None:
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def _sqlite_file_missing(engine: Engine) -> bool:
    path = _sqlite_path(engine)
    return path is not None and (not path.exists() or path.stat().st_size == 0)


def _no_database(where: str) -> NotAJobFairDatabaseError:
    return NotAJobFairDatabaseError(
        QT_TRANSLATE_NOOP(
            "errors",
            "There is no JobFair database at {where}. Check the address (--db or JOBFAIR_DB); "
            "to make a new database there, add --create.",
        ),
        where=where,
    )


def _checked_revision(engine: Engine, where: str) -> str | None:
    """The database's revision; a version table with several rows is refused in words."""
    from alembic.util import CommandError

    try:
        return current_revision(engine)
    except CommandError as exc:
        with engine.connect() as conn:
            rows = [r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))]
        raise JobFairError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {where} records {count} schema versions at once ({revisions}) in "
                "its table alembic_version, which holds one: it was changed outside JobFair. "
                "Restore it from a backup, or have the table hold only the newest row.",
            ),
            where=where, count=len(rows), revisions=", ".join(rows),
        ) from exc


def _refuse_foreign(engine: Engine, where: str, *, create: bool) -> None:
    """Before creating the schema: the database must be empty (or already marked as ours)."""
    with engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        mark = (
            conn.execute(text("PRAGMA application_id")).scalar()
            if engine.dialect.name == "sqlite" else None
        )
    if mark not in (None, 0, APPLICATION_ID) or (tables and mark != APPLICATION_ID):
        raise _foreign(where, tables)
    if not create:
        raise _no_database(where)


def _refuse_foreign_sqlite_file(path: Path, where: str, script: ScriptDirectory) -> None:
    """Read a SQLite file's mark, tables and schema version without writing a byte to it, and
    refuse a file that holds another program's data."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return  # JobFair's own connection says why it cannot open it
    try:
        mark = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )]
        versions = (
            [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
            if "alembic_version" in tables else []
        )
    except sqlite3.Error:
        return  # not a database, or locked: JobFair's own connection says which
    finally:
        conn.close()
    if mark == APPLICATION_ID or (not tables and mark == 0):
        return
    if mark == 0 and versions and all(_knows(script, v) for v in versions):
        return  # made by JobFair before it marked its files
    raise _foreign(where, [t for t in tables if t != "alembic_version"] or tables)


def _foreign(where: str, tables: list[str]) -> NotAJobFairDatabaseError:
    return NotAJobFairDatabaseError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {where} belongs to another program: it holds tables ({tables}) "
            "but no JobFair schema. JobFair leaves it alone. Check the address (--db or "
            "JOBFAIR_DB).",
        ),
        where=where, tables=", ".join(sorted(tables)[:5]) or "-",
    )


def _mark(engine: Engine) -> None:
    """Set JobFair's ``application_id`` on a SQLite file (once; older files get it now)."""
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as conn:
        if conn.execute(text("PRAGMA application_id")).scalar() != APPLICATION_ID:
            conn.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))


def _knows(script: ScriptDirectory, revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:  # alembic's way of saying "no such revision"
        return False


_REVISION = re.compile(r"^revision\b[^=\n]*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\b[^=\n]*=(.*)$", re.MULTILINE)


@cache
def scanned_head() -> str | None:
    """The newest revision, read from the migration files' ``revision``/``down_revision`` lines
    without Alembic; ``None`` when any file does not read plainly (then Alembic decides).
    ``tests/db`` holds it equal to Alembic's ``head_revision()``."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found, down = _REVISION.findall(source), _DOWN_REVISION.findall(source)
        if len(found) != 1 or len(down) != 1:
            return None
        revisions.add(found[0])
        downs.update(re.findall(r"['\"]([^'\"]+)['\"]", down[0]))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def _at_known_head(path: Path) -> bool:
    """Whether the SQLite file is JobFair's (marked) and at the newest revision: nothing to do.
    Read-only, like ``_refuse_foreign_sqlite_file``; any doubt answers ``False``."""
    head = scanned_head()
    if head is None or not path.is_file():
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        mark = conn.execute("PRAGMA application_id").fetchone()[0]
        versions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return mark == APPLICATION_ID and versions == [head]
