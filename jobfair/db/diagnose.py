"""Why a database cannot be used, in words a person at a fair can act on.

``probe(url)`` opens one connection and compares the schema with this JobFair's; every failure
becomes a ``ConnectionFailed`` naming its ``problem`` (server down, unknown host, wrong password,
no such database, ...) with a translatable message. The connection screen and the command line
share it. Messages name the address without its password.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from jobfair.db.engine import describe_url, first_line, make_engine, parse_url
from jobfair.db.migrate import alembic_config, current_revision, head_revision
from jobfair.domain.errors import DatabaseUnavailableError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP


class Problem(StrEnum):
    REFUSED = "refused"  # nothing listens there: server down, wrong port, firewall
    UNKNOWN_HOST = "unknown_host"
    TIMEOUT = "timeout"
    BAD_PASSWORD = "bad_password"
    NO_SUCH_USER = "no_such_user"
    NO_SUCH_DATABASE = "no_such_database"
    NOT_ALLOWED = "not_allowed"  # pg_hba.conf has no line for this PC
    OTHER = "other"


MESSAGES: dict[Problem, str] = {
    Problem.REFUSED: QT_TRANSLATE_NOOP(
        "errors",
        "No database server answers at {where}. Check that PostgreSQL is running on the "
        "organizer's PC, the port number, and that its firewall lets this PC in.",
    ),
    Problem.UNKNOWN_HOST: QT_TRANSLATE_NOOP(
        "errors",
        "The computer '{host}' is not known on this network. Check the server's name or use its "
        "IP address (e.g. 192.168.0.10).",
    ),
    Problem.TIMEOUT: QT_TRANSLATE_NOOP(
        "errors",
        "The server at {where} did not answer in time. Check the network cable or Wi-Fi and the "
        "server's address.",
    ),
    Problem.BAD_PASSWORD: QT_TRANSLATE_NOOP(
        "errors", "The server refused the user '{user}': the password is wrong."
    ),
    Problem.NO_SUCH_USER: QT_TRANSLATE_NOOP(
        "errors", "The server has no user '{user}'. Ask the organizer for the user name."
    ),
    Problem.NO_SUCH_DATABASE: QT_TRANSLATE_NOOP(
        "errors",
        "The server has no database '{database}'. Check the name, or create it on the "
        "organizer's PC (see the README).",
    ),
    Problem.NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "errors",
        "The server does not let this PC in (pg_hba.conf). Allow the fair's network there on "
        "the organizer's PC.",
    ),
    Problem.OTHER: QT_TRANSLATE_NOOP("errors", "Cannot open the database {where}: {reason}."),
}

# SQLSTATE codes the server sends while a connection is being opened
_SQLSTATES: dict[str, Problem] = {
    "28P01": Problem.BAD_PASSWORD,  # invalid_password
    "28000": Problem.NOT_ALLOWED,  # invalid_authorization_specification (pg_hba, no user)
    "3D000": Problem.NO_SUCH_DATABASE,  # invalid_catalog_name
}

_TEXTS: tuple[tuple[str, Problem], ...] = (
    ("password authentication failed", Problem.BAD_PASSWORD),
    ("no password supplied", Problem.BAD_PASSWORD),
    ("role \"", Problem.NO_SUCH_USER),
    ("does not exist", Problem.NO_SUCH_DATABASE),
    ("no pg_hba.conf entry", Problem.NOT_ALLOWED),
    ("connection refused", Problem.REFUSED),
    ("could not translate host name", Problem.UNKNOWN_HOST),
    ("name or service not known", Problem.UNKNOWN_HOST),
    ("nodename nor servname", Problem.UNKNOWN_HOST),
    ("no such host", Problem.UNKNOWN_HOST),
    ("failed to resolve host", Problem.UNKNOWN_HOST),
    ("temporary failure in name resolution", Problem.UNKNOWN_HOST),
    ("timeout expired", Problem.TIMEOUT),
    ("timed out", Problem.TIMEOUT),
    ("no route to host", Problem.TIMEOUT),
    ("network is unreachable", Problem.TIMEOUT),
)


class ConnectionFailed(DatabaseUnavailableError):
    """The database cannot be opened, and why.

    Attributes:
        problem: the kind of failure.
    """

    def __init__(self, problem: Problem, **params: Any) -> None:
        self.problem = problem
        super().__init__(MESSAGES[problem], **params)


class SchemaState(StrEnum):
    EMPTY = "empty"  # a new database: the organizer's PC creates the schema
    OLDER = "older"  # made by an older JobFair: upgrade on the organizer's PC
    CURRENT = "current"
    NEWER = "newer"  # made by a newer JobFair: update JobFair on this PC


@dataclass(frozen=True)
class ProbeResult:
    where: str
    backend: str
    schema: SchemaState
    revision: str | None
    head: str | None


def classify(exc: BaseException, url: URL) -> ConnectionFailed:
    """The failure ``exc`` (raised while connecting to ``url``) as a message to act on."""
    orig: BaseException = getattr(exc, "orig", None) or exc
    sqlstate = getattr(orig, "sqlstate", None)
    text = str(orig).lower()
    problem = _SQLSTATES.get(sqlstate or "")
    if problem is Problem.NOT_ALLOWED and "role" in text and "does not exist" in text:
        problem = Problem.NO_SUCH_USER
    if problem is None:
        problem = next((p for needle, p in _TEXTS if needle in text), Problem.OTHER)
    if problem is Problem.NO_SUCH_DATABASE and url.get_backend_name() == "sqlite":
        problem = Problem.OTHER
    return ConnectionFailed(
        problem,
        where=describe_url(url),
        host=url.host or "",
        user=url.username or "",
        database=url.database or "",
        reason=_without_password(first_line(orig), url),
    )


def _without_password(text: str, url: URL) -> str:
    return text.replace(url.password, "***") if url.password else text


def schema_state(engine: Engine) -> tuple[SchemaState, str | None, str | None]:
    """Where the database's schema stands against this JobFair's newest revision."""
    head = head_revision()
    current = current_revision(engine)
    if current is None:
        return SchemaState.EMPTY, None, head
    if current == head:
        return SchemaState.CURRENT, current, head
    from alembic.script import ScriptDirectory  # only for a database not at the head
    from alembic.util import CommandError

    script = ScriptDirectory.from_config(alembic_config())
    try:
        known = script.get_revision(current) is not None
    except CommandError:
        known = False
    return (SchemaState.OLDER if known else SchemaState.NEWER), current, head


def probe(url: str | URL, *, connect_timeout_s: int = 5) -> ProbeResult:
    """Connect once to ``url`` and read its schema revision; ``ConnectionFailed`` otherwise."""
    parsed = parse_url(url) if isinstance(url, str) else url
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql":
        kwargs["connect_args"] = {"connect_timeout": connect_timeout_s}
    engine = make_engine(parsed, **kwargs)
    try:
        state, revision, head = schema_state(engine)
    except (SQLAlchemyError, OSError) as exc:
        raise classify(exc, parsed) from exc
    finally:
        engine.dispose()
    return ProbeResult(describe_url(parsed), parsed.get_backend_name(), state, revision, head)


def schema_message(result: ProbeResult) -> str | None:
    """The (untranslated) template about the schema, or ``None`` when it is current."""
    return SCHEMA_MESSAGES.get(result.schema)


SCHEMA_MESSAGES: dict[SchemaState, str] = {
    SchemaState.EMPTY: QT_TRANSLATE_NOOP(
        "errors",
        "The database {where} is empty. The organizer's PC sets it up for JobFair.",
    ),
    SchemaState.OLDER: QT_TRANSLATE_NOOP(
        "errors",
        "The database {where} was set up by an older JobFair (schema {revision}, this JobFair "
        "uses {head}). Upgrade it from the organizer's PC.",
    ),
    SchemaState.NEWER: QT_TRANSLATE_NOOP(
        "errors",
        "The database {where} was set up by a newer JobFair (schema {revision}). Update JobFair "
        "on this PC.",
    ),
}
