"""``db-roles``: the PostgreSQL roles that make the database enforce JobFair's roles.

Run on the organizer's PC with ``--db`` naming the database as its owner (or a superuser):
without ``--login`` it creates or refreshes the group roles, grants and row policies; with
``--login NAME --role ROLE`` it also makes (or updates) a station's login, its password from
``JOBFAIR_NEW_DB_PASSWORD`` or asked twice.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TextIO

from sqlalchemy.orm import Session

from jobfair.cli.base import Command
from jobfair.domain.errors import ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.roles import Permission, Role
from jobfair.i18n import translate
from jobfair.services.accounts.access import require
from jobfair.services.accounts.db_roles import GROUP_ROLES, create_db_login, set_up_db_roles
from jobfair.services.interviews.booth import booth_by_label

PASSWORD_VARIABLE = "JOBFAIR_NEW_DB_PASSWORD"


def _password() -> str:
    secret = os.environ.get(PASSWORD_VARIABLE)
    if secret:
        return secret
    if not sys.stdin.isatty():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Give the login's password in JOBFAIR_NEW_DB_PASSWORD, or run the command "
            "in a terminal."))
    first = getpass.getpass(translate("cli", "The login's password: "))
    if first != getpass.getpass(translate("cli", "The password again: ")):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "The two passwords differ; nothing was changed."))
    return first


def cmd_db_roles(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    require(args.actor, Permission.ACCOUNTS)
    if args.login and not args.role:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A database login needs --role."))
    booth_id = None
    if args.login and Role(args.role) is Role.BOOTH:
        if not args.booth:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "A booth account needs --booth LABEL."), field="booth")
        booth_id = booth_by_label(session, args.booth, args.fair).id
    password = _password() if args.login else ""
    connection = session.connection()  # one transaction: all of it, or nothing
    set_up_db_roles(connection)
    out.write(translate("cli", "Database roles set up: {roles}.").format(
        roles=", ".join(GROUP_ROLES.values())) + "\n")
    if args.login:
        login = create_db_login(connection, args.login, Role(args.role), password,
                                booth_id=booth_id)
        out.write(translate("cli", "Login {login} works as {role}.").format(
            login=login.name, role=GROUP_ROLES[login.role]) + "\n")
    return 0


COMMANDS: dict[str, Command] = {"db-roles": cmd_db_roles}
