"""``booths`` and ``interview`` (implemented in ``jobfair.cli.booth_commands``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from jobfair.cli.base import Command, add_at_option, db_int
from jobfair.domain.codes import Outcome
from jobfair.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def register(sub: Any, common: argparse.ArgumentParser) -> dict[str, Command]:
    add_booth_parsers(sub, common)
    return dict.fromkeys(("booths", "interview"), run)


def add_booth_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """``jobfair booths`` and ``jobfair interview CODE --booth LABEL``."""
    p = sub.add_parser(
        "booths", parents=[common], help=translate("cli", "list the booths with their openings")
    )
    p.add_argument(
        "--fair", type=db_int, metavar="ID", help=translate("cli", "fair id (default: latest)")
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p = sub.add_parser(
        "interview",
        parents=[common],
        help=translate("cli", "log an interview as the booth screen does"),
    )
    p.add_argument(
        "code", metavar="CODE", help=translate("cli", "badge code, badge number (#123) or id")
    )
    p.add_argument(
        "--booth", required=True, metavar="LABEL", help=translate("cli", "the booth's label")
    )
    p.add_argument(
        "--fair", type=db_int, metavar="ID", help=translate("cli", "fair id (default: latest)")
    )
    p.add_argument(
        "--opening", type=db_int, metavar="ID", help=translate("cli", "the opening's id")
    )
    p.add_argument(
        "--outcome",
        choices=[str(o) for o in Outcome],
        help=translate("cli", "the outcome (default: decided later)"),
    )
    p.add_argument("--notes", default="", help=translate("cli", "notes on the interview"))
    p.add_argument(
        "--force",
        action="store_true",
        help=translate("cli", "confirm a hire beyond the opening's headcount"),
    )
    p.add_argument(
        "--again",
        action="store_true",
        help=translate("cli", "confirm another interview of a seeker seen at this booth"),
    )
    add_at_option(p)
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))


def run(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    from jobfair.cli import booth_commands

    return booth_commands.COMMANDS[args.command](args, session, out)
