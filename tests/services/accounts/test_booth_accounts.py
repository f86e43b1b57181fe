"""A booth account and its booth: a booth with accounts is not deleted from under them, a booth
account without a booth signs in nowhere, and every booth-scoped check fails closed for it."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import Account, Booth
from jobfair.domain.errors import ConflictError, ValidationError
from jobfair.domain.roles import Permission, Role
from jobfair.services.accounts.access import AccessDeniedError, booth_scope, may, require
from jobfair.services.accounts.service import SignInError, update_account
from jobfair.services.context import Actor
from jobfair.services.interviews.confirmation import seeker_interviews
from jobfair.services.setup.service import delete_booth, delete_employer, delete_fair
from tests.services.accounts.test_accounts import Clock, add, organizer_actor, try_sign_in
from tests.services.fairkit import SmallFair, register, small_fair

Factory = sessionmaker[Session]


@pytest.fixture
def fair(session_factory: Factory) -> SmallFair:
    return small_fair(session_factory)


def test_a_booth_with_accounts_is_not_deleted(session_factory: Factory, fair: SmallFair) -> None:
    add(session_factory, "boss", Role.ORGANIZER)
    me = organizer_actor(session_factory)
    a1 = add(session_factory, "a1", Role.BOOTH, by=me, booth_id=fair.booth_a)
    for remove in (lambda s: delete_booth(s, me, fair.booth_a),
                   lambda s: delete_employer(s, me, fair.employer_a),
                   lambda s: delete_fair(s, me, fair.fair_id)):
        with pytest.raises(ConflictError) as caught, session_factory.begin() as s:
            remove(s)
        assert "a1" in str(caught.value)
    with session_factory() as s:
        assert s.get(Booth, fair.booth_a) is not None
    # switched off first, the booth goes; the account keeps no booth, and needs one to come back
    with session_factory.begin() as s:
        update_account(s, me, a1.id, active=False)
        delete_booth(s, me, fair.booth_a)
    with session_factory() as s:
        assert s.get(Account, a1.id).booth_id is None  # type: ignore[union-attr]
    with pytest.raises(ValidationError), session_factory.begin() as s:
        update_account(s, me, a1.id, active=True)
    with session_factory.begin() as s:
        assert update_account(s, me, a1.id, active=True, booth_id=fair.booth_b).active


def test_a_booth_account_whose_booth_is_gone_cannot_sign_in(
    session_factory: Factory, fair: SmallFair
) -> None:
    add(session_factory, "boss", Role.ORGANIZER)
    me = organizer_actor(session_factory)
    add(session_factory, "a1", Role.BOOTH, by=me, booth_id=fair.booth_a)
    assert try_sign_in(session_factory, "a1", "4826", Clock()).booth_id == fair.booth_a
    with session_factory.begin() as s:  # deleted behind the services' back
        s.execute(delete(Booth).where(Booth.id == fair.booth_a))
    with session_factory() as s:
        assert s.scalar(select(Account.booth_id).where(Account.login == "a1")) is None
    with pytest.raises(SignInError) as caught:
        try_sign_in(session_factory, "a1", "4826", Clock())
    assert "no booth" in str(caught.value)


def test_every_booth_scoped_check_fails_closed(session_factory: Factory, fair: SmallFair) -> None:
    seeker = register(session_factory, fair.fair_id)
    lost = Actor(name="a1", role=Role.BOOTH, booth_id=None)
    for permission in Permission:
        assert not may(lost, permission)
        assert not may(lost, permission, booth_id=fair.booth_a)
        with pytest.raises(AccessDeniedError):
            require(lost, permission)
        with pytest.raises(AccessDeniedError):
            require(lost, permission, booth_id=fair.booth_a)
    with pytest.raises(AccessDeniedError):
        booth_scope(lost)
    with pytest.raises(AccessDeniedError), session_factory() as s:
        seeker_interviews(s, seeker.id, actor=lost)
    # a booth account with its booth: its own booth only, as before
    own = Actor(name="a1", role=Role.BOOTH, booth_id=fair.booth_a)
    assert may(own, Permission.INTERVIEW, booth_id=fair.booth_a)
    assert not may(own, Permission.INTERVIEW, booth_id=fair.booth_b)
    assert booth_scope(own) == fair.booth_a
