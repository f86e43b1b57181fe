"""The command line: the same services as the window, for scripts and for the organizer's desk.

Every command takes ``--db URL``. Errors a user can meet print one line on stderr saying what is
wrong and what to do, and exit non-zero; never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from jobfair.config import Config
from jobfair.db.engine import describe_url, first_line, make_engine, make_session_factory
from jobfair.db.migrate import upgrade
from jobfair.domain.errors import DatabaseUnavailableError, JobFairError
from jobfair.domain.metrics import COUNT_LABELS
from jobfair.i18n import error_message, tr
from jobfair.services import demo
from jobfair.services.context import Actor
from jobfair.services.fairs import get_fair, list_fairs
from jobfair.services.metrics import compute_figures

CTX = "cli"
EXIT_ERROR = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A bad argument: argparse's message, printed as one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        help=tr(CTX, "database URL (default: JOBFAIR_DB, else a SQLite file in the data folder)"),
    )
    common.add_argument("--lang", choices=["ko", "en"], help=tr(CTX, "language of the output"))

    parser = _Parser(
        prog="jobfair",
        description=tr(CTX, "JobFair runs a recruitment fair: desk, booths and organizer."),
        parents=[common],
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("gui", parents=[common], help=tr(CTX, "open the JobFair window (default)"))

    p = sub.add_parser("demo", parents=[common], help=tr(CTX, "create the demo fair (2015 Yangju)"))
    p.add_argument("--reset", action="store_true", help=tr(CTX, "delete and recreate the demo"))
    p.add_argument("--json", action="store_true", help=tr(CTX, "print JSON"))

    p = sub.add_parser("fairs", parents=[common], help=tr(CTX, "list the fairs with their ids"))
    p.add_argument("--json", action="store_true", help=tr(CTX, "print JSON"))

    p = sub.add_parser("stats", parents=[common], help=tr(CTX, "print a fair's figures"))
    p.add_argument("--fair", type=int, metavar="ID", help=tr(CTX, "fair id (default: latest)"))
    p.add_argument("--json", action="store_true", help=tr(CTX, "print JSON"))
    return parser


Command = Callable[[argparse.Namespace, Session, TextIO], int]


def cmd_demo(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    result = demo.create_demo(session, Actor(name="cli"), reset=args.reset)
    if args.json:
        json.dump({"fair_id": result.fair_id, "created": result.created}, out)
        out.write("\n")
    elif result.created:
        out.write(tr(CTX, "Demo fair created: id {id}").format(id=result.fair_id) + "\n")
    else:
        out.write(
            tr(CTX, "The demo fair exists already: id {id} (use --reset to recreate it)").format(
                id=result.fair_id
            )
            + "\n"
        )
    return 0


def cmd_fairs(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    fairs = list_fairs(session)
    if args.json:
        json.dump(
            [
                {"id": f.id, "name": f.name, "date": f.date.isoformat(), "venue": f.venue,
                 "hosts": f.hosts, "demo": f.is_demo}
                for f in fairs
            ],
            out,
            ensure_ascii=False,
        )
        out.write("\n")
        return 0
    if not fairs:
        out.write(tr(CTX, "No fairs yet. 'jobfair demo' loads the demo fair.") + "\n")
    for f in fairs:
        out.write(f"{f.id:>4}  {f.date.isoformat()}  {f.name}\n")
    return 0


def cmd_stats(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    figures = compute_figures(session, args.fair)
    if args.json:
        json.dump(figures.as_dict(), out, ensure_ascii=False)
        out.write("\n")
        return 0
    fair = get_fair(session, figures.fair_id)
    out.write(f"{fair.name} ({fair.date.isoformat()})\n")
    data = figures.as_dict()
    width = max(len(tr("figures", label)) for label in COUNT_LABELS.values())
    for key, label in COUNT_LABELS.items():
        out.write(f"  {tr('figures', label):<{width}}  {data[key]:>7,}\n")
    for ratio in figures.ratios():
        value = "-" if ratio.value is None else f"{ratio.value:.1f}%"
        divides = tr(CTX, "{numerator} / {denominator}").format(
            numerator=tr("figures", COUNT_LABELS[ratio.numerator]),
            denominator=tr("figures", COUNT_LABELS[ratio.denominator]),
        )
        out.write(f"  {tr('figures', ratio.label)}: {value}  ({divides})\n")
    return 0


COMMANDS: dict[str, Command] = {
    "demo": cmd_demo,
    "fairs": cmd_fairs,
    "stats": cmd_stats,
}

READ_ONLY = {"fairs", "stats"}


def run_command(args: argparse.Namespace, config: Config, out: TextIO, err: TextIO) -> int:
    """Open the database, run the command in one transaction, report errors in one line."""
    try:
        engine = make_engine(config.db_url)
        try:
            upgrade(engine)
            factory = make_session_factory(engine)
            with factory.begin() as session:
                return COMMANDS[args.command](args, session, out)
        finally:
            engine.dispose()
    except JobFairError as exc:
        err.write(tr(CTX, "jobfair: ") + error_message(exc) + "\n")
        return EXIT_ERROR
    except OperationalError as exc:
        unavailable = DatabaseUnavailableError(
            where=describe_url(config.db_url), reason=first_line(exc.orig or exc)
        )
        err.write(tr(CTX, "jobfair: ") + error_message(unavailable) + "\n")
        return EXIT_ERROR
    except SQLAlchemyError as exc:
        err.write(
            tr(CTX, "jobfair: the database refused the operation: {reason}").format(
                reason=first_line(exc)
            )
            + "\n"
        )
        return EXIT_ERROR


def parse(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


def print_usage_error(exc: UsageError, err: TextIO = sys.stderr) -> int:
    err.write(str(exc) + "\n")
    return EXIT_USAGE
