"""``db-roles`` (implemented in ``jobfair.cli.db_role_commands``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from jobfair.cli.base import Command
from jobfair.domain.roles import Role
from jobfair.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def register(sub: Any, common: argparse.ArgumentParser) -> dict[str, Command]:
    p = sub.add_parser(
        "db-roles", parents=[common],
        help=translate("cli", "PostgreSQL: set up the database roles, or add a station's login "
                       "(run as the database's owner)"),
    )
    p.add_argument("--login", metavar="NAME",
                   help=translate("cli", "a station's database login to create or update"))
    p.add_argument("--role", choices=[str(r) for r in Role],
                   help=translate("cli", "the login's role"))
    p.add_argument("--booth", metavar="LABEL",
                   help=translate("cli", "the booth a booth login works for"))
    p.add_argument("--fair", type=int, metavar="ID",
                   help=translate("cli", "fair id of the booth (default: latest)"))
    return dict.fromkeys(("db-roles",), run)


def run(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    from jobfair.cli import db_role_commands

    return db_role_commands.COMMANDS[args.command](args, session, out)
