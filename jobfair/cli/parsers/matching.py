"""``match`` (implemented in ``jobfair.cli.matching_commands``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from jobfair.cli.base import Command, db_int
from jobfair.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def register(sub: Any, common: argparse.ArgumentParser) -> dict[str, Command]:
    p = sub.add_parser(
        "match", parents=[common],
        help=translate("cli", "rank openings for a seeker, or candidates for an employer"),
    )
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--seeker", metavar="ID", help=translate("cli", "the seeker's id (UUID)"))
    who.add_argument("--employer", type=db_int, metavar="ID", help=translate("cli", "employer id"))
    p.add_argument(
        "--limit", type=db_int, default=None, help=translate("cli", "at most this many")
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    return dict.fromkeys(("match",), run)


def run(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    from jobfair.cli import matching_commands

    return matching_commands.COMMANDS[args.command](args, session, out)
