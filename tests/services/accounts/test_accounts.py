"""Accounts: the first is an organizer's, argon2id hashes, wrong tries counted and committed,
the lock, switched-off accounts, the last organizer kept, and the audit trail without hashes."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import Account, AuditEvent
from jobfair.domain.errors import ConflictError, NotFoundError, ValidationError
from jobfair.domain.roles import Role
from jobfair.services.accounts.access import AccessDeniedError
from jobfair.services.accounts.service import (
    MAX_FAILED_ATTEMPTS,
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
from tests.services.fairkit import FAIR_DAY, SmallFair, small_fair

Factory = sessionmaker[Session]
OPEN = Actor(name="admin-pc")  # no accounts yet: the PC's operator acts as the organizer


class Clock:
    """A clock that stands still until the test moves it."""

    def __init__(self, start: datetime = FAIR_DAY) -> None:
        self.at = start

    def __call__(self) -> datetime:
        return self.at

    def move(self, delta: timedelta) -> None:
        self.at += delta


@pytest.fixture
def fair(session_factory: Factory) -> SmallFair:
    return small_fair(session_factory)


def add(
    factory: Factory, login: str, role: Role, secret: str = "4826", *,
    by: Actor = OPEN, booth_id: int | None = None, name: str = "",
) -> AccountView:
    with factory.begin() as s:
        return create_account(s, by, login=login, secret=secret, role=role, booth_id=booth_id,
                              display_name=name)


def try_sign_in(factory: Factory, login: str, secret: str, clock: Callable[[], datetime]) -> (
    AccountView
):
    """A station's sign-in as the GUI and the command line do it: commit, then raise."""
    with factory.begin() as s:
        attempt = sign_in(s, Actor(station_id=uuid.uuid4(), name="desk-pc", clock=clock),
                          login, secret)
    return attempt.account_or_raise()


def organizer_actor(factory: Factory, login: str = "boss", secret: str = "4826") -> Actor:
    return actor_for(try_sign_in(factory, login, secret, Clock()), Actor(name="pc"))


def test_first_account_must_be_an_organizers(session_factory: Factory, fair: SmallFair) -> None:
    with pytest.raises(ValidationError) as caught, session_factory.begin() as s:
        create_account(s, OPEN, login="desk1", secret="4826", role=Role.DESK)
    assert caught.value.field == "role"
    with session_factory() as s:
        assert not accounts_exist(s)
    boss = add(session_factory, "Boss", Role.ORGANIZER, name="김주관")
    assert (boss.login, boss.role, boss.shown_name) == ("boss", Role.ORGANIZER, "김주관")
    with session_factory() as s:
        assert accounts_exist(s)
    # once accounts exist, the organizer signed in adds the others
    me = organizer_actor(session_factory)
    desk = add(session_factory, "desk1", Role.DESK, by=me)
    recruiter = add(session_factory, "a1", Role.BOOTH, by=me, booth_id=fair.booth_a)
    assert desk.booth_id is None
    assert (recruiter.booth_id, recruiter.booth_label, recruiter.fair_id) == (
        fair.booth_a, "A-1", fair.fair_id
    )
    with session_factory() as s:
        assert [a.login for a in list_accounts(s, me)] == ["boss", "desk1", "a1"]


def test_booth_account_needs_its_booth_and_logins_are_unique(
    session_factory: Factory, fair: SmallFair
) -> None:
    add(session_factory, "boss", Role.ORGANIZER)
    with pytest.raises(ValidationError) as caught, session_factory.begin() as s:
        create_account(s, OPEN, login="a1", secret="4826", role=Role.BOOTH)
    assert caught.value.field == "booth"
    with pytest.raises(ConflictError), session_factory.begin() as s:
        create_account(s, OPEN, login="BOSS", secret="4826", role=Role.DESK)
    for login, secret in (("", "4826"), ("two words", "4826"), ("desk", "482"), ("desk", "1111")):
        with pytest.raises(ValidationError), session_factory.begin() as s:
            create_account(s, OPEN, login=login, secret=secret, role=Role.DESK)
    with session_factory() as s:
        assert s.scalars(select(Account.login)).all() == ["boss"]


def test_hash_is_argon2id_and_never_the_pin(session_factory: Factory, fair: SmallFair) -> None:
    add(session_factory, "boss", Role.ORGANIZER, secret="비밀번호-4826")
    with session_factory() as s:
        stored = s.scalars(select(Account.secret_hash)).one()
    assert stored.startswith("$argon2id$")
    assert "4826" not in stored and "비밀번호" not in stored


def test_login_is_case_insensitive(session_factory: Factory, fair: SmallFair) -> None:
    add(session_factory, "Kim.Boss", Role.ORGANIZER)
    for typed in ("kim.boss", "KIM.BOSS", "  Kim.Boss "):
        assert try_sign_in(session_factory, typed, "4826", Clock()).login == "kim.boss"


def test_wrong_pins_are_counted_committed_and_lock_for_a_minute(
    session_factory: Factory, fair: SmallFair
) -> None:
    add(session_factory, "boss", Role.ORGANIZER)
    clock = Clock()
    for n in range(1, MAX_FAILED_ATTEMPTS):
        with pytest.raises(SignInError) as caught:
            try_sign_in(session_factory, "boss", "0000", clock)
        assert "wrong" in str(caught.value)
        with session_factory() as s:  # committed, though the sign-in failed
            assert s.scalars(select(Account.failed_attempts)).one() == n
    with pytest.raises(SignInError) as caught:
        try_sign_in(session_factory, "boss", "0000", clock)  # the fifth: locked
    assert caught.value.params == {"seconds": 60}
    clock.move(timedelta(seconds=15))
    with pytest.raises(SignInError) as caught:
        try_sign_in(session_factory, "boss", "4826", clock)  # even the right PIN waits
    assert caught.value.params == {"seconds": 45}
    assert "45 seconds" in str(caught.value)
    clock.move(timedelta(seconds=45))
    assert try_sign_in(session_factory, "boss", "4826", clock).login == "boss"
    with session_factory() as s:
        account = s.scalars(select(Account)).one()
        assert (account.failed_attempts, account.locked_until) == (0, None)
        assert account.last_sign_in_at == clock.at


def test_a_right_pin_resets_the_count(session_factory: Factory, fair: SmallFair) -> None:
    add(session_factory, "boss", Role.ORGANIZER)
    clock = Clock()
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(SignInError):
            try_sign_in(session_factory, "boss", "0000", clock)
    try_sign_in(session_factory, "boss", "4826", clock)
    with pytest.raises(SignInError) as caught:
        try_sign_in(session_factory, "boss", "0000", clock)
    assert "seconds" not in caught.value.params


def test_unknown_login_reads_like_a_wrong_pin(session_factory: Factory, fair: SmallFair) -> None:
    add(session_factory, "boss", Role.ORGANIZER)
    with pytest.raises(SignInError) as unknown:
        try_sign_in(session_factory, "nobody", "4826", Clock())
    with pytest.raises(SignInError) as wrong:
        try_sign_in(session_factory, "boss", "0000", Clock())
    assert str(unknown.value) == str(wrong.value)


def test_switched_off_account_is_refused(session_factory: Factory, fair: SmallFair) -> None:
    add(session_factory, "boss", Role.ORGANIZER)
    me = organizer_actor(session_factory)
    desk = add(session_factory, "desk1", Role.DESK, by=me)
    with session_factory.begin() as s:
        update_account(s, me, desk.id, active=False)
    with pytest.raises(SignInError) as caught:
        try_sign_in(session_factory, "desk1", "4826", Clock())
    assert "switched off" in str(caught.value)
    with session_factory.begin() as s:
        assert update_account(s, me, desk.id, active=True).active
    assert try_sign_in(session_factory, "desk1", "4826", Clock()).role is Role.DESK


def test_last_organizer_cannot_be_switched_off_or_demoted(
    session_factory: Factory, fair: SmallFair
) -> None:
    boss = add(session_factory, "boss", Role.ORGANIZER)
    me = organizer_actor(session_factory)
    for change in ({"active": False}, {"role": Role.DESK}):
        with pytest.raises(ConflictError), session_factory.begin() as s:
            update_account(s, me, boss.id, **change)
    second = add(session_factory, "deputy", Role.ORGANIZER, by=me)
    with session_factory.begin() as s:
        assert update_account(s, me, boss.id, role=Role.DESK).role is Role.DESK
    with pytest.raises(ConflictError), session_factory.begin() as s:
        update_account(s, me, second.id, active=False)
    with session_factory() as s:
        roles = {login: role for login, role in s.execute(select(Account.login, Account.role))}
    assert roles == {"boss": "desk", "deputy": "organizer"}


def test_only_an_organizer_manages_accounts_but_anyone_changes_their_own_pin(
    session_factory: Factory, fair: SmallFair
) -> None:
    add(session_factory, "boss", Role.ORGANIZER)
    me = organizer_actor(session_factory)
    add(session_factory, "desk1", Role.DESK, by=me)
    desk = actor_for(try_sign_in(session_factory, "desk1", "4826", Clock()), Actor(name="pc"))
    with pytest.raises(AccessDeniedError), session_factory.begin() as s:
        create_account(s, desk, login="desk2", secret="4826", role=Role.DESK)
    with pytest.raises(AccessDeniedError), session_factory() as s:
        list_accounts(s, desk)
    with pytest.raises(AccessDeniedError), session_factory() as s:
        find_account(s, desk, "boss")
    with session_factory.begin() as s:
        own = find_account(s, desk, "DESK1")
        set_secret(s, desk, own.id, "7391")
    assert try_sign_in(session_factory, "desk1", "7391", Clock()).login == "desk1"
    with pytest.raises(AccessDeniedError), session_factory.begin() as s:
        set_secret(s, desk, me.account_id, "7391")  # type: ignore[arg-type]
    with pytest.raises(NotFoundError), session_factory() as s:
        find_account(s, me, "nobody")


def test_audit_events_name_sign_ins_and_changes_without_the_hash(
    session_factory: Factory, fair: SmallFair
) -> None:
    add(session_factory, "boss", Role.ORGANIZER, secret="secret-4826")
    with pytest.raises(SignInError):
        try_sign_in(session_factory, "boss", "guess-1234", Clock())
    with pytest.raises(SignInError):
        try_sign_in(session_factory, "ghost", "guess-1234", Clock())
    me = organizer_actor(session_factory, secret="secret-4826")
    desk = add(session_factory, "desk1", Role.DESK, by=me, secret="desk-9137")
    with session_factory.begin() as s:
        update_account(s, me, desk.id, display_name="이접수")
        set_secret(s, me, desk.id, "desk-5555")
    with session_factory() as s:
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.at, AuditEvent.action)).all()
        hashes = s.scalars(select(Account.secret_hash)).all()
    actions = [(e.action, (e.after or {}).get("login"), (e.after or {}).get("reason"))
               for e in events if e.entity == "account"]
    assert ("create", "boss", None) in actions
    assert ("sign_in_failed", "boss", "secret") in actions
    # a login that does not exist is not logged: it may be a PIN typed into the wrong field
    assert ("sign_in_failed", None, "unknown") in actions
    assert not any("ghost" in json.dumps([e.entity_id, e.after]) for e in events)
    assert ("sign_in", "boss", None) in actions
    assert ("create", "desk1", None) in actions
    update = next(e for e in events if e.action == "update")
    assert (update.before or {})["display_name"] == "" and (update.after or {})[
        "display_name"] == "이접수"
    assert update.account_id == me.account_id and update.actor == "boss"
    assert any(e.action == "set_secret" for e in events)
    dumped = json.dumps([[e.before, e.after] for e in events], ensure_ascii=False)
    for secret in ("secret-4826", "guess-1234", "desk-9137", "desk-5555", *hashes):
        assert secret not in dumped
    assert "argon2" not in dumped
