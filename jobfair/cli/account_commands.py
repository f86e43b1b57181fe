"""``accounts`` and the sign-in every command needs once the database has accounts.

Without accounts nobody signs in and the command line acts as the organizer (``"cli"``). With
accounts, ``--user LOGIN`` names the account and the PIN comes from ``JOBFAIR_PIN`` or, at a
terminal, from a prompt; each try is committed (wrong tries count towards the lock) before the
command runs as that account.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any, TextIO

from sqlalchemy.orm import Session

from jobfair.cli.base import Command, pad, write_json
from jobfair.db.engine import SessionFactory
from jobfair.domain.errors import ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.roles import ROLE_LABELS, Role
from jobfair.i18n import translate
from jobfair.services.accounts.service import (
    AccountView,
    SignInError,
    accounts_exist,
    actor_for,
    create_account,
    find_account,
    list_accounts,
    set_secret,
    sign_in,
    update_account,
)
from jobfair.services.context import Actor

PIN_VARIABLE = "JOBFAIR_PIN"
NEW_PIN_VARIABLE = "JOBFAIR_NEW_PIN"


class SignInRequiredError(SignInError):
    """The database has accounts and the command was given no account or no PIN."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "This database has accounts: give --user and the PIN (JOBFAIR_PIN)."
            ),
            field="login",
        )


def station_actor() -> Actor:
    """The command line as a station: nobody signed in (the organizer in open mode)."""
    return Actor(name="cli")


def _is_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def resolve_actor(args: argparse.Namespace, factory: SessionFactory) -> Actor:
    """Who runs the command: the station in open mode, else the account signed in with
    ``--user`` and the PIN. The sign-in's own transaction commits before a refusal is raised,
    so a wrong PIN counts."""
    station = station_actor()
    with factory.begin() as session:
        if not accounts_exist(session):
            return station
    login = getattr(args, "user", None)
    secret = os.environ.get(PIN_VARIABLE)
    if login and not secret and _is_terminal():
        secret = getpass.getpass(translate("cli", "PIN for {login}: ").format(login=login))
    if not login or not secret:
        raise SignInRequiredError()
    with factory.begin() as session:
        attempt = sign_in(session, station, login, secret)
    return actor_for(attempt.account_or_raise(), station)


def cmd_accounts(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    if args.accounts_what == "list":
        return _list(args, session, out)
    if args.accounts_what == "add":
        return _add(args, session, out)
    if args.accounts_what == "pin":
        secret = new_secret()  # asked before the database is touched
        account = find_account(session, args.actor, args.login)
        set_secret(session, args.actor, account.id, secret)
        text = translate("cli", "New PIN saved for {login}.")
    else:
        account = find_account(session, args.actor, args.login)
        active = args.accounts_what == "enable"
        account = update_account(session, args.actor, account.id, active=active)
        text = (
            translate("cli", "{login} is switched on.")
            if active
            else translate("cli", "{login} is switched off: it can no longer sign in.")
        )
    if args.json:
        write_json(out, account_dict(account))
    else:
        out.write(text.format(login=account.login) + "\n")
    return 0


def new_secret() -> str:
    """The new PIN: ``JOBFAIR_NEW_PIN``, else asked twice at a terminal."""
    secret = os.environ.get(NEW_PIN_VARIABLE)
    if secret:
        return secret
    if not _is_terminal():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Give the new PIN in JOBFAIR_NEW_PIN, or run the command in a terminal."
            ),
            field="secret",
        )
    first = getpass.getpass(translate("cli", "New PIN: "))
    second = getpass.getpass(translate("cli", "The new PIN again: "))
    if first != second:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The two PINs differ; nothing was changed."),
            field="secret",
        )
    return first


def _add(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    role = Role(args.role)
    if role is Role.BOOTH and not args.booth:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A booth account needs --booth LABEL."), field="booth"
        )
    secret = new_secret()
    from jobfair.services.interviews.booth import (
        booth_by_label,  # not needed to sign in (every command)
    )

    booth_id = booth_by_label(session, args.booth, args.fair).id if role is Role.BOOTH else None
    account = create_account(
        session, args.actor, login=args.login, secret=secret, role=role,
        display_name=args.name, booth_id=booth_id,
    )
    if args.json:
        write_json(out, account_dict(account))
        return 0
    out.write(
        translate("cli", "Account {login} added ({role}).").format(
            login=account.login, role=_role_text(account)
        )
        + "\n"
    )
    return 0


def _role_text(account: AccountView) -> str:
    role = translate("codes", ROLE_LABELS[account.role])
    if account.booth_label is None:
        return role
    return translate("cli", "{role} {booth}").format(role=role, booth=account.booth_label)


def account_dict(account: AccountView) -> dict[str, Any]:
    return {
        "id": str(account.id),
        "login": account.login,
        "name": account.display_name,
        "role": str(account.role),
        "booth_id": account.booth_id,
        "booth": account.booth_label,
        "employer": account.employer,
        "fair_id": account.fair_id,
        "active": account.active,
        "last_sign_in_at": (
            account.last_sign_in_at.isoformat() if account.last_sign_in_at else None
        ),
    }


def _list(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    accounts = list_accounts(session, args.actor)
    if args.json:
        write_json(out, [account_dict(a) for a in accounts])
        return 0
    if not accounts:
        out.write(
            translate("cli", "No accounts: nobody signs in, and every station acts as the "
                      "organizer.") + "\n"
        )
    off = translate("cli", "(switched off)")
    for a in accounts:
        line = f"{pad(a.login, 16)} {pad(_role_text(a), 20)} {a.display_name}"
        out.write((line + ("  " + off if not a.active else "")).rstrip() + "\n")
    return 0


COMMANDS: dict[str, Command] = {"accounts": cmd_accounts}
