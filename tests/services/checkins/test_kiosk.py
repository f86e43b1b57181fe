"""The kiosk's lookup and check-in without a screen: exactly one match of this fair checks in
(marked as self-service, in the audit log too); a typo finds nobody; two alike go to the desk;
a typed badge number is no badge at the kiosk."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import AuditEvent, CheckIn, Referral
from jobfair.domain.errors import ValidationError
from jobfair.operations.kiosk import GoToDesk, KioskOperations, TryAgain, Welcomed
from jobfair.services.checkins.kiosk import Lookup, find_by_details, seeker_of_badge
from jobfair.services.seekers.badges import ensure_badges
from jobfair.services.seekers.service import Consent, SeekerInput, register_seeker
from tests.services.fairkit import FAIR_DAY, actor, small_fair

Factory = sessionmaker[Session]


def register(factory: Factory, fair_id: int, name: str, phone: str, year: int) -> object:
    with factory.begin() as s:
        return register_seeker(s, actor(), fair_id, SeekerInput(
            name=name, birth_year=year, phone=phone, desired_keco="8",
            consent=Consent(collection=True))).id


def test_one_match_checks_in_a_typo_is_not_found_twins_go_to_the_desk(
    session_factory: Factory,
) -> None:
    fair = small_fair(session_factory)
    other = small_fair(session_factory)
    hong = register(session_factory, fair.fair_id, "홍길동", "010-1111-2345", 1985)
    register(session_factory, other.fair_id, "홍길동", "010-9999-2345", 1985)  # another fair
    register(session_factory, fair.fair_id, "김철수", "010-2222-7777", 1990)
    register(session_factory, fair.fair_id, "김철수", "010-3333-7777", 1990)
    who = actor(clock=lambda: FAIR_DAY)
    with session_factory() as s:
        found = find_by_details(s, fair.fair_id, " 홍 길동 ", "2345", "1985", actor=who)
        assert (found.outcome, found.seeker_id) == (Lookup.FOUND, hong)
        for typo in (("홍길동", "2354", "1985"), ("홍길동", "2345", "1958"),
                     ("홍길순", "2345", "1985"), ("홍길동", "234", "1985"),
                     ("홍길동", "2345", "19x5")):
            assert find_by_details(s, fair.fair_id, *typo, actor=who).outcome is \
                Lookup.NOT_FOUND
        twins = find_by_details(s, fair.fair_id, "김철수", "7777", "1990", actor=who)
        assert (twins.outcome, twins.seeker_id) == (Lookup.SEVERAL, None)

    kiosk = KioskOperations(session_factory, who, fair.fair_id)
    assert isinstance(kiosk.by_details("홍길동", "2354", "1985"), TryAgain)
    assert isinstance(kiosk.by_details("김철수", "7777", "1990"), GoToDesk)
    done = kiosk.by_details("홍길동", "2345", "1985")
    assert isinstance(done, Welcomed)
    assert done.welcome.name == "홍길동" and not done.welcome.already
    assert [b.label for b in done.welcome.booths] == ["A-1"]
    assert done.welcome.needs_badge
    again = kiosk.by_details("홍길동", "2345", "1985")
    assert isinstance(again, Welcomed) and again.welcome.already
    with session_factory() as s:
        assert s.scalars(select(CheckIn.via)).all() == ["kiosk"]
        assert s.scalars(select(Referral.source)).all() == ["kiosk"]
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "checkin")).all()
        assert [e.after for e in events] == [{"via": "kiosk"}]


def test_only_a_badge_code_is_a_badge_at_the_kiosk(session_factory: Factory) -> None:
    fair = small_fair(session_factory)
    hong = register(session_factory, fair.fair_id, "홍길동", "010-1111-2345", 1985)
    with session_factory.begin() as s:
        code = ensure_badges(s, [hong])[hong]  # type: ignore[index]
    with session_factory() as s:
        assert seeker_of_badge(s, fair.fair_id, code) == hong
        for typed in ("#1", "1", str(hong)):
            with pytest.raises(ValidationError):
                seeker_of_badge(s, fair.fair_id, typed)
    kiosk = KioskOperations(session_factory, actor(clock=lambda: FAIR_DAY), fair.fair_id)
    assert isinstance(kiosk.scan("#1"), GoToDesk)
    assert isinstance(kiosk.scan("not-a-badge-0000"), GoToDesk)
    assert isinstance(kiosk.scan(code), Welcomed)
