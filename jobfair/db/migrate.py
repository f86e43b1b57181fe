"""Creating and upgrading the schema with Alembic, at start and in the tests."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError, ProgrammingError

from jobfair.db.engine import check_connection, describe_url, first_line
from jobfair.domain.errors import DatabaseUnavailableError, JobFairError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic configuration (no alembic.ini needed), bound to ``engine`` when given."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str | None:
    """The newest schema revision this JobFair knows."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, ``None`` for an empty database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Create the schema or bring it to the newest revision.

    Raises ``DatabaseUnavailableError`` when the database cannot be reached, and refuses with a
    ``JobFairError`` a database made by a newer JobFair (a revision this one does not know) rather
    than damage it.
    """
    check_connection(engine)
    config = alembic_config(engine)
    script = ScriptDirectory.from_config(config)
    try:
        current = current_revision(engine)
        if current == script.get_current_head():
            return
        if current is not None and not _knows(script, current):
            raise JobFairError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database {where} was set up by a newer JobFair (schema {revision}). "
                    "Update JobFair on this PC.",
                ),
                where=describe_url(engine.url),
                revision=current,
            )
        command.upgrade(config, "head")
    except (OperationalError, ProgrammingError) as exc:
        raise DatabaseUnavailableError(
            where=describe_url(engine.url), reason=first_line(exc.orig or exc)
        ) from exc


def _knows(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except CommandError:  # alembic's way of saying "no such revision"
        return False
