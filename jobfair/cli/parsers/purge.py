"""``purge`` (implemented in ``jobfair.cli.purge_commands``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from jobfair.cli.base import Command, db_int
from jobfair.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def register(sub: Any, common: argparse.ArgumentParser) -> dict[str, Command]:
    p = sub.add_parser(
        "purge", parents=[common],
        help=translate(
            "cli", "remove a fair's personal data for good; the figures stay (needs --yes)"
        ),
    )
    p.add_argument(
        "--fair", type=db_int, metavar="ID", required=True, help=translate("cli", "fair id")
    )
    p.add_argument(
        "--dry-run", action="store_true",
        help=translate("cli", "only count what would be removed"),
    )
    p.add_argument(
        "--yes", action="store_true",
        help=translate("cli", "really remove it (without: show what would go, remove nothing)"),
    )
    p.add_argument(
        "--before-retention", action="store_true",
        help=translate("cli", "purge although the fair's retention period has not ended "
                              "(needs --reason)"),
    )
    p.add_argument(
        "--reason", metavar="TEXT",
        help=translate("cli", "why the fair is purged before its retention date (audited)"),
    )
    p.add_argument(
        "--cleanup-only", action="store_true",
        help=translate("cli", "only rebuild the database files after a purge whose cleanup "
                              "could not finish"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    return dict.fromkeys(("purge",), run)


def run(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    from jobfair.cli import purge_commands

    return purge_commands.COMMANDS[args.command](args, session, out)
