"""``import``, ``badges``, ``lookup`` and ``checkin`` (``jobfair.cli.desk_commands``; the
employers import in ``jobfair.cli.setup_commands``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from jobfair.cli.base import Command, add_at_option, add_import_options, add_output_options, db_int
from jobfair.documents.layouts import available_layouts
from jobfair.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def register(sub: Any, common: argparse.ArgumentParser) -> dict[str, Command]:
    add_import_parser(sub, common)
    p = sub.add_parser(
        "badges", parents=[common], help=translate("cli", "print badges to a PDF file")
    )
    p.add_argument(
        "--fair", type=db_int, metavar="ID", help=translate("cli", "fair id (default: latest)")
    )
    p.add_argument(
        "--seeker",
        action="append",
        metavar="ID",
        help=translate(
            "cli", "a seeker's id or badge number (#12); repeat for several (default: all)"
        ),
    )
    p.add_argument(
        "--layout",
        default="a4-2x4",
        choices=available_layouts(),
        help=translate("cli", "badge layout (default: a4-2x4)"),
    )
    p.add_argument(
        "--offset-x",
        type=float,
        default=0.0,
        metavar="MM",
        help=translate("cli", "printer calibration: move right by MM"),
    )
    p.add_argument(
        "--offset-y",
        type=float,
        default=0.0,
        metavar="MM",
        help=translate("cli", "printer calibration: move down by MM"),
    )
    p.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help=translate("cli", "printer calibration: scale (1.0 = true size)"),
    )
    add_output_options(p, "FILE.pdf", translate("cli", "the PDF file to write"))

    by_name = {}
    for name, text in (
        ("lookup", translate("cli", "show what a scanned badge code resolves to")),
        ("checkin", translate("cli", "check a seeker in by badge code, as the desk does")),
    ):
        p = by_name[name] = sub.add_parser(name, parents=[common], help=text)
        p.add_argument("code", metavar="CODE", help=translate("cli", "the badge code"))
        p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p = by_name["checkin"]
    add_at_option(p)
    p.add_argument(
        "--undo",
        action="store_true",
        help=translate("cli", "undo the seeker's check-in (a slip at the desk); needs --reason"),
    )
    p.add_argument("--reason", default="", help=translate("cli", "why the check-in is undone"))
    return dict.fromkeys(("import", "badges", "lookup", "checkin"), run)


def add_import_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """``jobfair import seekers FILE [--fair ID] [--sheet NAME] [--dry-run] [--json]``."""
    p = sub.add_parser(
        "import", parents=[common], help=translate("cli", "import a list from a file")
    )
    what = p.add_subparsers(dest="import_what", metavar="WHAT", required=True)
    s = what.add_parser(
        "seekers",
        parents=[common],
        help=translate(
            "cli", "import pre-registered seekers from an XLSX or CSV file (all or nothing)"
        ),
    )
    add_import_options(s)
    add_employers_parser(what, common)


def add_employers_parser(what: Any, common: argparse.ArgumentParser) -> None:
    """``jobfair import employers FILE [--fair ID] [--sheet NAME] [--dry-run] [--json]``."""
    e = what.add_parser(
        "employers",
        parents=[common],
        help=translate(
            "cli", "import employers and their openings from an XLSX or CSV file (all or nothing)"
        ),
    )
    add_import_options(e)


def run(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    from jobfair.cli import desk_commands

    return desk_commands.COMMANDS[args.command](args, session, out)
