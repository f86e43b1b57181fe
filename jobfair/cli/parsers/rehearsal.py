"""``rehearsal`` (implemented in ``jobfair.cli.rehearsal_commands``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from jobfair.cli.base import Command, db_int
from jobfair.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def register(sub: Any, common: argparse.ArgumentParser) -> dict[str, Command]:
    p = sub.add_parser(
        "rehearsal",
        parents=[common],
        help=translate(
            "cli", "list the rehearsal records (made on another day than the fair's), or discard "
            "them"
        ),
    )
    p.add_argument("--fair", type=db_int, required=True, metavar="ID",
                   help=translate("cli", "fair id"))
    p.add_argument(
        "--discard",
        action="store_true",
        help=translate("cli", "delete them for good (organizer only; audited)"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    return dict.fromkeys(("rehearsal",), run)


def run(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    from jobfair.cli import rehearsal_commands

    return rehearsal_commands.COMMANDS[args.command](args, session, out)
