"""``demo``, ``fairs`` and ``stats`` (implemented in ``jobfair.cli.fair_commands``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from jobfair.cli.base import Command, db_int
from jobfair.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def register(sub: Any, common: argparse.ArgumentParser) -> dict[str, Command]:
    p = sub.add_parser(
        "demo", parents=[common], help=translate("cli", "create the demo fair (2015 Yangju)")
    )
    p.add_argument(
        "--reset", action="store_true", help=translate("cli", "delete and recreate the demo")
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))

    p = sub.add_parser(
        "fairs", parents=[common], help=translate("cli", "list the fairs with their ids")
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))

    p = sub.add_parser("stats", parents=[common], help=translate("cli", "print a fair's figures"))
    p.add_argument(
        "--fair", type=db_int, metavar="ID", help=translate("cli", "fair id (default: latest)")
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    return dict.fromkeys(("demo", "fairs", "stats"), run)


def run(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    from jobfair.cli import fair_commands

    return fair_commands.COMMANDS[args.command](args, session, out)
