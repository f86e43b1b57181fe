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
from jobfair.domain.codes import OUTCOME_LABELS, Outcome
from jobfair.domain.errors import ConflictError, DatabaseUnavailableError, JobFairError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.metrics import COUNT_LABELS
from jobfair.i18n import error_message, tr
from jobfair.services import booth, demo, importing
from jobfair.services.context import Actor
from jobfair.services.fairs import get_fair, list_fairs
from jobfair.services.interviews import HeadcountExceededError
from jobfair.services.metrics import compute_figures
from jobfair.services.seekers import get_seeker

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

    add_import_parser(sub, common)
    add_booth_parsers(sub, common)
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


def add_import_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """``jobfair import seekers FILE [--fair ID] [--sheet NAME] [--dry-run] [--json]``."""
    p = sub.add_parser("import", parents=[common], help=tr(CTX, "import a list from a file"))
    what = p.add_subparsers(dest="import_what", metavar="WHAT", required=True)
    s = what.add_parser(
        "seekers",
        parents=[common],
        help=tr(CTX, "import pre-registered seekers from an XLSX or CSV file (all or nothing)"),
    )
    s.add_argument("file", metavar="FILE", help=tr(CTX, "the .xlsx or .csv file"))
    s.add_argument("--fair", type=int, metavar="ID", help=tr(CTX, "fair id (default: latest)"))
    s.add_argument("--sheet", metavar="NAME", help=tr(CTX, "worksheet (default: the first)"))
    s.add_argument(
        "--dry-run", action="store_true", help=tr(CTX, "check every row, save nothing")
    )
    s.add_argument("--json", action="store_true", help=tr(CTX, "print JSON"))


def cmd_import(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    """Exits non-zero when any row is bad; then nothing is imported."""
    result = importing.import_seekers(
        session, Actor(name="cli"), args.file, fair_id=args.fair, dry_run=args.dry_run,
        sheet=args.sheet,
    )
    if args.json:
        json.dump(result.as_dict(error_message), out, ensure_ascii=False)
        out.write("\n")
        return EXIT_ERROR if result.errors else 0
    for error in result.errors:
        out.write(
            tr(CTX, "row {row} ({field}): {message}").format(
                row=error.row, field=error.field, message=error_message(error.error)
            )
            + "\n"
        )
    if result.errors:
        text = tr(CTX, "{rows} rows, {bad} with errors: nothing was imported.").format(
            rows=result.rows, bad=result.rows - result.valid
        )
    elif args.dry_run:
        text = tr(CTX, "{rows} rows checked, all valid; nothing was saved (dry run).").format(
            rows=result.rows
        )
    elif result.imported:
        text = tr(CTX, "{count} seekers imported (badge numbers {first} to {last}).").format(
            count=result.imported, first=result.first_badge_no, last=result.last_badge_no
        )
    else:
        text = tr(CTX, "The file has no rows to import.")
    out.write(text + "\n")
    return EXIT_ERROR if result.errors else 0


def add_booth_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """``jobfair booths`` and ``jobfair interview CODE --booth LABEL``."""
    p = sub.add_parser(
        "booths", parents=[common], help=tr(CTX, "list the booths with their openings")
    )
    p.add_argument("--fair", type=int, metavar="ID", help=tr(CTX, "fair id (default: latest)"))
    p.add_argument("--json", action="store_true", help=tr(CTX, "print JSON"))
    p = sub.add_parser(
        "interview", parents=[common], help=tr(CTX, "log an interview as the booth screen does")
    )
    p.add_argument("code", metavar="CODE", help=tr(CTX, "badge code, badge number (#123) or id"))
    p.add_argument("--booth", required=True, metavar="LABEL", help=tr(CTX, "the booth's label"))
    p.add_argument("--fair", type=int, metavar="ID", help=tr(CTX, "fair id (default: latest)"))
    p.add_argument("--opening", type=int, metavar="ID", help=tr(CTX, "the opening's id"))
    p.add_argument("--outcome", choices=[str(o) for o in Outcome],
                   help=tr(CTX, "the outcome (default: decided later)"))
    p.add_argument("--notes", default="", help=tr(CTX, "notes on the interview"))
    p.add_argument("--force", action="store_true",
                   help=tr(CTX, "confirm a hire beyond the opening's headcount"))
    p.add_argument("--again", action="store_true",
                   help=tr(CTX, "confirm another interview of a seeker seen at this booth"))
    p.add_argument("--json", action="store_true", help=tr(CTX, "print JSON"))


def cmd_booths(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    booths = booth.booth_overview(session, args.fair)
    if args.json:
        json.dump(
            [
                {"id": b.id, "label": b.label, "employer": b.employer,
                 "openings": [{"id": o.id, "title": o.title, "headcount": o.headcount,
                               "hires": o.hires} for o in b.openings]}
                for b in booths
            ],
            out,
            ensure_ascii=False,
        )
        out.write("\n")
        return 0
    if not booths:
        out.write(tr(CTX, "The fair has no booths yet.") + "\n")
    for b in booths:
        out.write(f"{b.label:<8}{b.employer}\n")
        for o in b.openings:
            hired = tr(CTX, "{hires} of {headcount} hired").format(
                hires=o.hires, headcount=o.headcount
            )
            out.write(f"{'':<8}{o.id:>6}  {o.title}  ({hired})\n")
    return 0


def cmd_interview(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    """Exits non-zero, saving nothing, on a repeat without --again or a hire beyond the headcount
    without --force."""
    where = booth.booth_by_label(session, args.booth, args.fair)
    seeker_id = booth.resolve_seeker(session, where.fair_id, args.code)
    try:
        view = booth.record_interview(
            session, Actor(name="cli"), where.id, seeker_id, outcome=args.outcome,
            opening_id=args.opening, notes=args.notes, force=args.force, allow_repeat=args.again,
        )
    except booth.RepeatInterviewError as exc:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} was already interviewed at booth {booth} at {time}; add --again to "
                "record another interview.",
            ),
            **exc.params,
        ) from exc
    except HeadcountExceededError as exc:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "All {headcount} positions of '{title}' are filled ({hired} hired); add --force "
                "to hire beyond the headcount.",
            ),
            **exc.params,
        ) from exc
    seeker = get_seeker(session, seeker_id)
    opening = next(
        (o for o in booth.booth_day(session, where.id).openings if o.id == view.opening_id), None
    )
    if args.json:
        json.dump(
            {"interview_id": str(view.id), "seeker_id": str(seeker.id),
             "badge_no": seeker.badge_no, "name": seeker.name, "booth": where.label,
             "booth_id": where.id, "opening_id": view.opening_id,
             "opening": opening.title if opening else None, "outcome": view.outcome,
             "over_headcount": view.over_headcount,
             "hires": opening.hires if opening else None,
             "headcount": opening.headcount if opening else None},
            out,
            ensure_ascii=False,
        )
        out.write("\n")
        return 0
    outcome = (
        tr("codes", OUTCOME_LABELS[Outcome(view.outcome)]) if view.outcome
        else tr(CTX, "to be decided")
    )
    out.write(
        tr(CTX, "Interview saved: #{badge} {name} at booth {booth}: {outcome}").format(
            badge=seeker.badge_no, name=seeker.name, booth=where.label, outcome=outcome
        )
        + "\n"
    )
    if opening is not None:
        out.write(
            tr(CTX, "{title}: {hires} of {headcount} hired").format(
                title=opening.title, hires=opening.hires, headcount=opening.headcount
            )
            + ("  " + tr(CTX, "(beyond the headcount, confirmed)") if view.over_headcount else "")
            + "\n"
        )
    return 0


COMMANDS: dict[str, Command] = {
    "demo": cmd_demo,
    "fairs": cmd_fairs,
    "stats": cmd_stats,
    "import": cmd_import,
    "booths": cmd_booths,
    "interview": cmd_interview,
}

READ_ONLY = {"fairs", "stats", "booths"}


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
