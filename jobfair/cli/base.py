"""What every command shares: the translation context, errors, the options, JSON output.

Light on purpose: the parser is built from this module (``jobfair.cli.parsers``) for every run,
``--help`` included, so the services (SQLAlchemy) are imported only inside the helpers that a
running command calls.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import unicodedata
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from jobfair.cli import argparse_texts
from jobfair.domain.limits import INT32_MAX
from jobfair.i18n import error_message, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from jobfair.services.context import Actor
    from jobfair.services.files import OutputGuard, Writer

CTX = "cli"
EXIT_ERROR = 1
EXIT_USAGE = 2

Command = Callable[[argparse.Namespace, "Session", TextIO], int]


class UsageError(Exception):
    """A bad argument: argparse's message, printed as one line."""


class Parser(argparse.ArgumentParser):
    """An argument parser that raises instead of printing usage and exiting, and speaks the
    language in force, its own words included (``argparse_texts``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", argparse_texts.HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> Any:
        raise UsageError(f"{self.prog}: {argparse_texts.translate_message(message)}")


def db_int(text: str) -> int:
    """An id or a count given on the command line: a whole number from 1 to 2,147,483,647 (the
    range of the database's integer columns), else a usage error saying so, never an overflow
    deep in the database driver."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= INT32_MAX:
        raise argparse.ArgumentTypeError(
            translate("cli", "'{value}' is not a whole number from 1 to {limit:,}").format(
                value=text, limit=INT32_MAX
            )
        )
    return value


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    """``text`` filled with spaces to ``width`` terminal columns (``str.ljust`` counts chars)."""
    return text + " " * max(0, width - display_width(text))


def write_json(out: TextIO, data: object) -> None:
    json.dump(data, out, ensure_ascii=False)
    out.write("\n")


def add_import_options(parser: argparse.ArgumentParser) -> None:
    """FILE, ``--fair``, ``--sheet``, ``--dry-run`` and ``--json``: what every import takes."""
    parser.add_argument("file", metavar="FILE", help=translate("cli", "the .xlsx or .csv file"))
    parser.add_argument(
        "--fair", type=db_int, metavar="ID", help=translate("cli", "fair id (default: latest)")
    )
    parser.add_argument(
        "--sheet", metavar="NAME", help=translate("cli", "worksheet (default: the first)")
    )
    parser.add_argument(
        "--dry-run", action="store_true", help=translate("cli", "check every row, save nothing")
    )
    parser.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))


class ImportOutcome(Protocol):
    """What the seeker and the employer imports both report."""

    @property
    def rows(self) -> int: ...
    @property
    def valid(self) -> int: ...
    @property
    def errors(self) -> Sequence[Any]: ...

    def as_dict(self, render: Callable[[Any], str]) -> dict[str, Any]: ...


def write_import_problems(out: TextIO, result: ImportOutcome, *, as_json: bool) -> int | None:
    """Write what every import writes (the JSON, or each bad row and the refusal) and return the
    exit status; ``None`` when the caller still has its own summary of a good file to write."""
    if as_json:
        write_json(out, result.as_dict(error_message))
        return EXIT_ERROR if result.errors else 0
    if not result.errors:
        return None
    for error in result.errors:
        out.write(
            translate("cli", "row {row} ({field}): {message}").format(
                row=error.row, field=error.field, message=error_message(error.error)
            )
            + "\n"
        )
    out.write(
        translate("cli", "{rows} rows, {bad} with errors: nothing was imported.").format(
            rows=result.rows, bad=result.rows - result.valid
        )
        + "\n"
    )
    return EXIT_ERROR



def add_output_options(parser: argparse.ArgumentParser, metavar: str, help_text: str) -> None:
    """``-o FILE`` and ``--force``: what every command that writes a file takes."""
    parser.add_argument("-o", "--output", required=True, metavar=metavar, help=help_text)
    parser.add_argument(
        "--force", action="store_true",
        help=translate("cli", "replace the output file if it exists"),
    )


def write_output(
    args: argparse.Namespace, write: Writer | bytes, *, private: bool = True
) -> Path:
    """Write the command's ``--output`` through the one file writer: never over the database or
    the station's files, over an existing file only with ``--force``, atomically."""
    from jobfair.services.files import write_file

    guard: OutputGuard | None = getattr(args, "output_guard", None)
    return write_file(args.output, write, guard=guard, overwrite=args.force, private=private)


def add_at_option(parser: argparse.ArgumentParser) -> None:
    """``--at "YYYY-MM-DD HH:MM"``: when the work happened, for records keyed after the fact."""
    parser.add_argument(
        "--at",
        metavar="TIME",
        help=translate(
            "cli",
            "when it happened, \"YYYY-MM-DD HH:MM\" in the fair's local time (default: now); "
            "records of another day than the fair's are rehearsal records and do not count",
        ),
    )


def actor_at(args: argparse.Namespace, session: Session, fair_id: int) -> Actor:
    """``args.actor``, with its clock set to ``--at`` (read in the fair's time zone) if given."""
    from jobfair.domain.fair_day import parse_local_time
    from jobfair.services.setup.fairs import get_fair

    actor: Actor = args.actor
    text = getattr(args, "at", None)
    if text is None:
        return actor
    moment: datetime = parse_local_time(text, get_fair(session, fair_id).timezone)
    return dataclasses.replace(actor, clock=lambda: moment)


def rehearsal_note(session: Session, fair_id: int, at: datetime) -> str | None:
    """The line saying that a record made at ``at`` will not count, or ``None`` when it will."""
    from jobfair.services.records.rehearsal import rehearsal_day

    day = rehearsal_day(session, fair_id, at)
    if not day.is_rehearsal:
        return None
    return translate(
        "cli",
        "Rehearsal: {day} is not the fair's day ({date}), so this record does not count. Give "
        "--at with the time it happened, or discard it with 'jobfair rehearsal --fair {fair} "
        "--discard'.",
    ).format(day=day.today.isoformat(), date=day.fair_date.isoformat(), fair=fair_id)
