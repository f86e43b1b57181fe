"""``accounts`` (implemented in ``jobfair.cli.account_commands``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from jobfair.cli.base import Command, db_int
from jobfair.domain.roles import Role
from jobfair.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def register(sub: Any, common: argparse.ArgumentParser) -> dict[str, Command]:
    """``jobfair accounts list|add|pin|disable|enable``."""
    p = sub.add_parser(
        "accounts", parents=[common], help=translate("cli", "list and manage sign-in accounts")
    )
    what = p.add_subparsers(dest="accounts_what", metavar="ACTION", required=True)
    a = what.add_parser("list", parents=[common], help=translate("cli", "list the accounts"))
    a.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    a = what.add_parser(
        "add",
        parents=[common],
        help=translate(
            "cli", "add an account (the PIN from JOBFAIR_NEW_PIN, else asked twice)"
        ),
    )
    a.add_argument("login", metavar="LOGIN", help=translate("cli", "the login name"))
    a.add_argument(
        "--role", required=True, choices=[str(r) for r in Role],
        help=translate("cli", "what the account may do"),
    )
    a.add_argument(
        "--booth", metavar="LABEL", help=translate("cli", "the booth a booth account works for")
    )
    a.add_argument(
        "--fair", type=db_int, metavar="ID",
        help=translate("cli", "fair id of the booth (default: latest)"),
    )
    a.add_argument("--name", default="", help=translate("cli", "the person's name, as shown"))
    a.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    for name, text in (
        ("pin", translate("cli", "give an account a new PIN (from JOBFAIR_NEW_PIN, else asked)")),
        ("disable", translate("cli", "switch an account off: it can no longer sign in")),
        ("enable", translate("cli", "switch an account on again")),
    ):
        a = what.add_parser(name, parents=[common], help=text)
        a.add_argument("login", metavar="LOGIN", help=translate("cli", "the login name"))
        a.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    return dict.fromkeys(("accounts",), run)


def run(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    from jobfair.cli import account_commands

    return account_commands.COMMANDS[args.command](args, session, out)
