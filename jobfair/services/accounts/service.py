"""Accounts: who may sign in at a station, as what, and the sign-in itself.

Nobody signs in while the database has no account: the person at the PC acts as the organizer,
which is how a one-PC fair and the first start work. The first account made must be an
organizer's; from then on every station asks for a sign-in, and the last active organizer cannot
be deactivated or demoted (nobody could change the setup any more). PINs and passwords are kept
only as argon2id hashes; five wrong tries in a row lock the account for a minute, and every
further wrong try before a right one locks it for a minute again. Each wrong try is counted by
one UPDATE, so tries made at the same moment from many stations all count.
"""

from __future__ import annotations

import contextlib
import math
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import case, literal, or_, select, update
from sqlalchemy.orm import Session

from jobfair.db.engine import insert_ignoring_conflicts
from jobfair.db.locking import write_lock
from jobfair.db.models import Account, Booth, Employer, Setting
from jobfair.db.types import UTCDateTime
from jobfair.domain.errors import ConflictError, NotFoundError, ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.roles import Permission, Role
from jobfair.domain.text import clean_name
from jobfair.services.accounts.access import NO_BOOTH, require
from jobfair.services.accounts.sign_in_guard import FAILED, logged_login, station_wait
from jobfair.services.context import Actor, audit

MAX_FAILED_ATTEMPTS = 5
LOCK_FOR = timedelta(minutes=1)
MIN_SECRET_LENGTH = 4
MAX_LOGIN_INPUT = 200  # what is typed into the login field and may still be a login (60 + spaces)
MAX_SECRET_INPUT = 1024  # longer is no PIN or password of ours: refused unhashed

# argon2id at the OWASP minimum (19 MiB, two passes): about 20 ms on a desk PC, so a sign-in is
# instant while guessing a 4-digit PIN off a stolen database still costs real time per guess.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


class SignInError(ValidationError):
    """Wrong login or secret, or a locked or inactive account (one message for the first two)."""


@dataclass(frozen=True)
class AccountView:
    id: uuid.UUID
    login: str
    display_name: str
    role: Role
    booth_id: int | None
    booth_label: str | None
    employer: str | None
    fair_id: int | None
    active: bool
    last_sign_in_at: datetime | None

    @property
    def shown_name(self) -> str:
        return self.display_name or self.login


def _view(session: Session, account: Account) -> AccountView:
    booth = session.get(Booth, account.booth_id) if account.booth_id is not None else None
    employer = session.get(Employer, booth.employer_id) if booth is not None else None
    return AccountView(
        id=account.id,
        login=account.login,
        display_name=account.display_name,
        role=Role(account.role),
        booth_id=account.booth_id,
        booth_label=booth.label if booth else None,
        employer=employer.name if employer else None,
        fair_id=booth.fair_id if booth else None,
        active=account.active,
        last_sign_in_at=account.last_sign_in_at,
    )


def normalize_login(login: str) -> str:
    """Logins compare without case and with Hangul composed (NFC)."""
    return unicodedata.normalize("NFC", login).strip().lower()


def hash_secret(secret: str) -> str:
    return _hasher.hash(secret)


ACCOUNTS_SETTING_KEY = "accounts_since"  # set with the first account, never removed


def accounts_exist(session: Session) -> bool:
    """Whether stations must ask for a sign-in: the database has, or ever had, an account.

    Open mode (the PC's operator acts as the organizer) is for a database that never had one:
    one whose accounts were all switched off or deleted stays closed, or anybody could then
    make themselves its organizer.
    """
    if session.scalar(select(Setting.key).where(Setting.key == ACCOUNTS_SETTING_KEY)):
        return True
    return session.scalar(select(Account.id).limit(1)) is not None


def _mark_accounts_exist(session: Session, now: datetime) -> None:
    session.execute(
        insert_ignoring_conflicts(session, Setting).values(
            key=ACCOUNTS_SETTING_KEY, value=now.isoformat()
        )
    )


def list_accounts(session: Session, actor: Actor) -> list[AccountView]:
    require(actor, Permission.ACCOUNTS)
    order = {role.value: i for i, role in enumerate(Role)}  # organizers, desk, then booths
    accounts = sorted(session.scalars(select(Account)).all(),
                      key=lambda a: (order.get(a.role, len(order)), a.login))
    return [_view(session, a) for a in accounts]


def find_account(session: Session, actor: Actor, login: str) -> AccountView:
    """The account signing in as ``login`` (an organizer's look-up, or one's own)."""
    value = normalize_login(login)
    account = session.scalar(select(Account).where(Account.login == value))
    if account is None or account.id != actor.account_id:
        require(actor, Permission.ACCOUNTS)
    if account is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no account with the login name {login}."),
            login=value,
        )
    return _view(session, account)


def check_secret(secret: str) -> None:
    """A PIN or password of at least four characters that is not one repeated character."""
    if len(secret) < MIN_SECRET_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The PIN or password needs at least {n} characters."),
            field="secret", n=MIN_SECRET_LENGTH,
        )
    if len(set(secret)) == 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The PIN or password cannot be one character repeated."),
            field="secret",
        )


def _check_login(login: str) -> str:
    value = clean_name(normalize_login(login), "login")
    if not value:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter a login name."), field="login")
    if len(value) > 60 or any(c.isspace() for c in value):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A login name has no spaces and at most 60 characters."),
            field="login",
        )
    return value


def _check_booth(session: Session, role: Role, booth_id: int | None) -> int | None:
    if role is not Role.BOOTH:
        return None
    if booth_id is None or session.get(Booth, booth_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A booth account needs the booth it works for."),
            field="booth",
        )
    return booth_id


def _active_organizers(session: Session) -> int:
    """How many organizers may sign in, their rows locked to the end of the transaction.

    Two organizers switching each other off at the same moment: the second waits for the
    first's commit, then counts again (PostgreSQL re-reads the locked rows; on SQLite the
    write lock is taken before counting), so one of the two is refused.
    """
    write_lock(session)
    return len(
        session.scalars(
            select(Account.id)
            .where(Account.active, Account.role == Role.ORGANIZER.value)
            .with_for_update()
        ).all()
    )


def create_account(
    session: Session,
    actor: Actor,
    *,
    login: str,
    secret: str,
    role: Role,
    display_name: str = "",
    booth_id: int | None = None,
) -> AccountView:
    """Make an account. The first one must be an organizer's."""
    require(actor, Permission.ACCOUNTS)
    value = _check_login(login)
    check_secret(secret)
    booth = _check_booth(session, role, booth_id)
    if role is not Role.ORGANIZER and _active_organizers(session) == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Make an organizer account first: once accounts exist, every station asks for a "
                "sign-in, and only an organizer can manage them.",
            ),
            field="role",
        )
    if session.scalar(select(Account.id).where(Account.login == value)) is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "The login name {login} is taken already."), login=value
        )
    now = actor.now()
    account = Account(
        id=uuid.uuid4(), login=value, display_name=clean_name(display_name, "display_name"),
        role=role.value,
        booth_id=booth, secret_hash=hash_secret(secret), active=True, failed_attempts=0,
        created_at=now, updated_at=now,
    )
    session.add(account)
    session.flush()
    _mark_accounts_exist(session, now)
    audit(session, actor, action="create", entity="account", entity_id=account.id, fair_id=None,
          after=_audited(account))
    return _view(session, account)


def _audited(account: Account) -> dict[str, object]:
    return {"login": account.login, "display_name": account.display_name,
            "role": account.role, "booth_id": account.booth_id, "active": account.active}


def _account(session: Session, account_id: uuid.UUID) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no such account."))
    return account


def update_account(
    session: Session,
    actor: Actor,
    account_id: uuid.UUID,
    *,
    display_name: str | None = None,
    role: Role | None = None,
    booth_id: int | None = None,
    active: bool | None = None,
) -> AccountView:
    """Change an account's name, role, booth or whether it may sign in."""
    require(actor, Permission.ACCOUNTS)
    organizers = _active_organizers(session)  # locked first, then the account read fresh
    account = _account(session, account_id)
    session.refresh(account, with_for_update=True)
    before = _audited(account)
    new_role = role or Role(account.role)
    new_active = account.active if active is None else active
    was_organizer = account.active and account.role == Role.ORGANIZER.value
    if was_organizer and (new_role is not Role.ORGANIZER or not new_active) and (
        organizers <= 1
    ):
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is the last active organizer account; make another organizer account "
                "before changing it, or nobody could change the setup any more.",
            )
        )
    account.booth_id = _check_booth(
        session, new_role, booth_id if booth_id is not None else account.booth_id
    )
    account.role = new_role.value
    account.active = new_active
    if display_name is not None:
        account.display_name = clean_name(display_name, "display_name")
    if new_active and active:
        account.failed_attempts = 0
        account.locked_until = None
    account.updated_at = actor.now()
    session.flush()
    audit(session, actor, action="update", entity="account", entity_id=account.id, fair_id=None,
          before=before, after=_audited(account))
    return _view(session, account)


def set_secret(session: Session, actor: Actor, account_id: uuid.UUID, secret: str) -> None:
    """Give an account a new PIN or password (an organizer for anyone; anyone for themselves)."""
    if actor.account_id != account_id:
        require(actor, Permission.ACCOUNTS)
    check_secret(secret)
    account = _account(session, account_id)
    account.secret_hash = hash_secret(secret)
    account.failed_attempts = 0
    account.locked_until = None
    account.updated_at = actor.now()
    session.flush()
    # The hash itself never goes into the audit log.
    audit(session, actor, action="set_secret", entity="account", entity_id=account.id,
          fair_id=None)


@dataclass(frozen=True)
class SignInAttempt:
    """How a sign-in went. A failed try is returned, not raised, so that the caller's
    transaction commits the count of wrong tries and the audit event."""

    account: AccountView | None
    error: SignInError | None

    def account_or_raise(self) -> AccountView:
        if self.error is not None:
            raise self.error
        assert self.account is not None
        return self.account


def sign_in(session: Session, actor: Actor, login: str, secret: str) -> SignInAttempt:
    """Check ``login`` and ``secret``. Every wrong try goes into the audit log; call
    ``account_or_raise()`` on the result once the transaction has committed.

    ``actor`` is the station (its id and clock); its role does not matter here. Wrong tries
    are counted by one UPDATE each, so tries made at the same moment from many stations all
    count; a station that keeps trying waits longer and longer (``sign_in_guard``).
    """
    now = actor.now()
    wait = station_wait(session, actor.station_id, now)
    if wait:
        return SignInAttempt(None, SignInError(
            QT_TRANSLATE_NOOP(
                "errors", "Too many wrong tries at this station. Try again in {seconds} seconds."
            ),
            field="secret", seconds=wait,
        ))
    wrong = SignInError(
        QT_TRANSLATE_NOOP("errors", "The login name or the PIN is wrong."), field="secret"
    )
    # Nothing longer than a login can be one: not even normalised, let alone looked up.
    value = normalize_login(login) if len(login) <= MAX_LOGIN_INPUT else ""
    account = session.scalar(select(Account).where(Account.login == value)) if value else None
    if account is None:
        _hasher_dummy_verify(secret[:MAX_SECRET_INPUT])  # the same time as for a real account
        # What was typed is not logged: it may be a PIN typed into the login field.
        audit(session, actor, action=FAILED, entity="account", entity_id="unknown",
              fair_id=None, after={"reason": "unknown"})
        return SignInAttempt(None, wrong)
    if not account.active:
        return SignInAttempt(None, _switched_off())
    if account.locked_until is not None and account.locked_until > now:
        return SignInAttempt(None, _locked(account.locked_until, now))
    if account.role == Role.BOOTH.value and (
        account.booth_id is None or session.get(Booth, account.booth_id) is None
    ):
        return SignInAttempt(None, _without_booth())
    if len(secret) > MAX_SECRET_INPUT or not _verifies(account.secret_hash, secret):
        failed, until = _count_failure(session, account.id, now)
        locked = until is not None and until > now
        audit(session, actor, action=FAILED, entity="account", entity_id=account.id,
              fair_id=None, after={"login": logged_login(account.login),
                                   "reason": "locked" if locked else "secret",
                                   "failed_attempts": failed})
        # The try that locks says so at once, rather than a sixth try finding out.
        return SignInAttempt(None, _locked(until, now) if locked else wrong)
    if not _count_success(session, account, secret, now):
        # A try made at the same moment locked the account (or it was switched off):
        # the right PIN waits like any other.
        session.refresh(account)
        if not account.active:
            return SignInAttempt(None, _switched_off())
        return SignInAttempt(None, _locked(account.locked_until, now))
    session.refresh(account)
    audit(session, actor, action="sign_in", entity="account", entity_id=account.id, fair_id=None,
          after={"login": logged_login(account.login), "role": account.role})
    return SignInAttempt(_view(session, account), None)


def _verifies(secret_hash: str, secret: str) -> bool:
    try:
        return bool(_hasher.verify(secret_hash, secret))
    except (VerificationError, InvalidHashError):
        return False


def _count_failure(
    session: Session, account_id: uuid.UUID, now: datetime
) -> tuple[int, datetime | None]:
    """One more wrong try, counted in one statement: the count and the lock as they are now.

    From the ``MAX_FAILED_ATTEMPTS``-th wrong try in a row, every wrong try locks the account
    for ``LOCK_FOR`` again: after the first lock, one guess a minute.
    """
    write_lock(session)
    until = literal(now + LOCK_FOR, UTCDateTime())
    row = session.execute(
        update(Account)
        .where(Account.id == account_id)
        .values(
            failed_attempts=Account.failed_attempts + 1,
            locked_until=case(
                (Account.failed_attempts + 1 >= MAX_FAILED_ATTEMPTS, until),
                else_=Account.locked_until,
            ),
        )
        .returning(Account.failed_attempts, Account.locked_until)
        .execution_options(synchronize_session=False)
    ).one()
    return int(row.failed_attempts), row.locked_until


def _count_success(session: Session, account: Account, secret: str, now: datetime) -> bool:
    """Reset the count for a right PIN, unless the account got locked or switched off
    meanwhile (checked in the same statement): whether the sign-in holds."""
    write_lock(session)
    values: dict[str, object] = {
        "failed_attempts": 0, "locked_until": None, "last_sign_in_at": now,
    }
    if _hasher.check_needs_rehash(account.secret_hash):
        values["secret_hash"] = hash_secret(secret)
    done = session.execute(
        update(Account)
        .where(
            Account.id == account.id,
            Account.active,
            or_(Account.locked_until.is_(None), Account.locked_until <= now),
        )
        .values(**values)
        .returning(Account.id)
        .execution_options(synchronize_session=False)
    ).first()
    return done is not None


def _switched_off() -> SignInError:
    return SignInError(
        QT_TRANSLATE_NOOP(
            "errors", "This account is switched off. Ask an organizer to switch it on."
        ),
        field="login",
    )


def _without_booth() -> SignInError:
    return SignInError(NO_BOOTH, field="login")


def _locked(until: datetime | None, now: datetime) -> SignInError:
    assert until is not None
    seconds = max(1, math.ceil((until - now).total_seconds()))
    return SignInError(
        QT_TRANSLATE_NOOP("errors", "Too many wrong tries. Try again in {seconds} seconds."),
        field="secret", seconds=seconds,
    )


# What an unknown login is checked against, so that it takes as long as a known one: a hash made
# with ``_hasher``'s parameters, written out rather than computed at import (every command
# imports this module; hashing costs tens of milliseconds). tests/cli/test_light_start.py holds
# it to ``_hasher``'s parameters.
_DUMMY_HASH = (
    "$argon2id$v=19$m=19456,t=2,p=1$LLLA8v5EtxWy+FiPBTANng$j7I1VVmwMOTQi29jJAfV4pAdT8lu9t2vbE+GTo4Ublo"
)


def _hasher_dummy_verify(secret: str) -> None:
    with contextlib.suppress(VerificationError):
        _hasher.verify(_DUMMY_HASH, secret)


def current_account(session: Session, account_id: uuid.UUID) -> AccountView | None:
    """The account as it is now (a station checks that its signed-in account still holds)."""
    account = session.get(Account, account_id)
    return _view(session, account) if account is not None else None


def sign_out(session: Session, actor: Actor) -> None:
    """Record that the signed-in person left the station."""
    if actor.account_id is not None:
        audit(session, actor, action="sign_out", entity="account", entity_id=actor.account_id,
              fair_id=None)


def actor_for(account: AccountView, station: Actor) -> Actor:
    """The station's actor acting as the signed-in ``account``."""
    return Actor(
        station_id=station.station_id,
        name=account.login,
        clock=station.clock,
        role=account.role,
        booth_id=account.booth_id,
        account_id=account.id,
    )
