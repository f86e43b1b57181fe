"""Creating and upgrading the schema with Alembic, at start and in the tests."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError, ProgrammingError

from jobfair.db.engine import check_connection, describe_url, first_line
from jobfair.domain.errors import DatabaseUnavailableError, JobFairError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    """An Alembic configuration bound to ``engine`` (no alembic.ini needed)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str | None:
    script = ScriptDirectory.from_config(alembic_config_placeholder())
    return script.get_current_head()


def alembic_config_placeholder() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Create the schema or bring it to the newest revision.

    A database made by a newer JobFair (a revision this one does not know) is refused with a
    message, rather than damaged.
    """
    check_connection(engine)
    try:
        current = current_revision(engine)
        script = ScriptDirectory.from_config(alembic_config(engine))
        if current is not None and script.get_revision(current) is None:
            raise JobFairError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database {where} was set up by a newer JobFair (schema {revision}). "
                    "Update JobFair on this PC.",
                ),
                where=describe_url(engine.url),
                revision=current,
            )
    except Exception as exc:
        if isinstance(exc, JobFairError):
            raise
        if isinstance(exc, OperationalError | ProgrammingError):
            raise DatabaseUnavailableError(
                where=describe_url(engine.url), reason=first_line(exc.orig or exc)
            ) from exc
        # alembic raises its own error for an unknown revision
        raise JobFairError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {where} was set up by a newer JobFair (schema {revision}). "
                "Update JobFair on this PC.",
            ),
            where=describe_url(engine.url),
            revision=str(exc),
        ) from exc
    if current == script.get_current_head():
        return
    try:
        command.upgrade(alembic_config(engine), "head")
    except (OperationalError, ProgrammingError) as exc:
        raise DatabaseUnavailableError(
            where=describe_url(engine.url), reason=first_line(exc.orig or exc)
        ) from exc
