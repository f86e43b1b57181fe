"""The command line: the same services as the window, for scripts and for the organizer's desk.

Every command takes ``--db URL`` (before or after the command's name), and, once the database
has accounts, ``--user LOGIN`` with the PIN in ``JOBFAIR_PIN`` (or asked at a terminal). Errors a
user can meet print one line on stderr saying what is wrong and what to do, and exit non-zero;
never a traceback.

Starting is cheap: the parser comes from the light registrations in ``jobfair.cli.parsers``;
SQLAlchemy and Alembic load when a database is opened, a command's implementation when it runs,
reportlab only for the commands that draw PDFs, and Qt not at all.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from jobfair.cli.base import EXIT_ERROR, EXIT_USAGE, Command, Parser, UsageError
from jobfair.cli.parsers import GROUPS
from jobfair.config import Config, output_guard
from jobfair.domain.errors import DatabaseUnavailableError, JobFairError
from jobfair.i18n import error_message, translate

__all__ = ["UsageError", "build_parser", "parse", "print_usage_error", "run_command"]

COMMANDS: dict[str, Command] = {}

# Commands that make their database when there is none; every other one needs --create for it.
CREATING_COMMANDS = frozenset({"demo"})


def _common_options(*, top: bool) -> Parser:
    """``--db``, ``--lang`` and ``--user``. On a command they default to "not given", so that
    ``jobfair --db URL stats`` keeps the URL given before the command."""
    common = Parser(add_help=False)
    default = None if top else argparse.SUPPRESS
    common.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help=translate(
            "cli", "database URL (default: JOBFAIR_DB, else a SQLite file in the data folder)"
        ),
    )
    common.add_argument(
        "--lang",
        choices=["ko", "en"],
        default=default,
        help=translate("cli", "language of the output"),
    )
    common.add_argument(
        "--create",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help=translate(
            "cli", "make a new database at --db if there is none (else a missing one is an error)"
        ),
    )
    common.add_argument(
        "--user",
        metavar="LOGIN",
        default=default,
        help=translate(
            "cli", "the account to sign in as, once the database has accounts (PIN: JOBFAIR_PIN)"
        ),
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="jobfair",
        description=translate(
            "cli", "JobFair runs a recruitment fair: desk, booths and organizer."
        ),
        parents=[_common_options(top=True)],
    )
    common = _common_options(top=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    sub.add_parser(
        "gui", parents=[common], help=translate("cli", "open the JobFair window (default)")
    )
    hall = sub.add_parser("hall", parents=[common], help=translate(
        "cli", "open the window straight on the hall screen (a TV or second monitor)"))
    hall.add_argument("--group", default=None, metavar="PREFIX", help=translate(
        "cli", "only the booths whose label starts with PREFIX (default: the whole hall)"))
    hall.add_argument("--alternate", action="store_true", help=translate(
        "cli", "Korean and English alternating"))
    COMMANDS.clear()
    for group in GROUPS:
        COMMANDS.update(group.register(sub, common))
    return parser


def run_command(args: argparse.Namespace, config: Config, out: TextIO, err: TextIO) -> int:
    """Open the database, sign in (``args.actor``), run the command in one transaction, report
    errors in one line.

    The command's output is held until its transaction has committed: nothing is reported as
    saved that was not, and a reader that goes away (``jobfair booths | head``) cannot undo a
    write by breaking the pipe.
    """
    from sqlalchemy.exc import OperationalError, SQLAlchemyError

    from jobfair.cli.account_commands import resolve_actor
    from jobfair.db.engine import database_error, first_line, make_engine, make_session_factory
    from jobfair.db.migrate import upgrade

    buffer = io.StringIO()
    create = bool(getattr(args, "create", False)) or args.command in CREATING_COMMANDS
    try:
        args.output_guard = output_guard(config)
        try:
            engine = make_engine(config.db_url, make_folder=create)
        except OSError as exc:  # the folder of a SQLite file cannot be made (read-only, full)
            raise database_error(exc, config.db_url) from exc
        try:
            upgrade(engine, create=create)
            factory = make_session_factory(engine)
            args.actor = resolve_actor(args, factory)
            args.config = config
            with factory.begin() as session:
                status = COMMANDS[args.command](args, session, buffer)
        finally:
            engine.dispose()
        _deliver(buffer.getvalue(), out)
        return status
    except JobFairError as exc:
        err.write(translate("cli", "jobfair: ") + error_message(exc) + "\n")
        return EXIT_ERROR
    except SQLAlchemyError as exc:
        failure = database_error(exc, config.db_url)
        if isinstance(exc, OperationalError) or type(failure) is not DatabaseUnavailableError:
            message = error_message(failure)  # cannot open, full, read-only, locked
        else:  # a constraint or a statement the database refused
            message = translate("cli", "the database refused the operation: {reason}").format(
                reason=first_line(exc)
            )
        err.write(translate("cli", "jobfair: ") + message + "\n")
        return EXIT_ERROR


def _deliver(text: str, out: TextIO) -> None:
    try:
        out.write(text)
        out.flush()
    except BrokenPipeError:
        # The reader closed the pipe: what it did not read is not wanted. Point stdout at
        # nothing so that the interpreter's own flush at exit stays quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        with contextlib.suppress(OSError, ValueError):
            os.dup2(devnull, out.fileno())


def parse(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


def print_usage_error(exc: UsageError, err: TextIO | None = None) -> int:
    (err or sys.stderr).write(str(exc) + "\n")
    return EXIT_USAGE
