"""The desk's queries: search, duplicates, checking in by code, walk-ins."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import Badge, CheckIn, Seeker
from jobfair.domain import badge_code
from jobfair.domain.errors import NotFoundError, ValidationError
from jobfair.services.checkins.desk import (
    SeekerRow,
    check_in_code,
    mask_phone,
    possible_duplicates,
    recent_check_ins,
    register_walk_in,
    search_seekers,
)
from jobfair.services.context import Actor
from jobfair.services.seekers.badges import badge_for, badge_secret
from jobfair.services.seekers.service import Consent, SeekerInput, register_seeker
from jobfair.services.setup.fairs import FairInput, create_fair
from tests.services.fairkit import actor, register, small_fair


def find(session: Session, fair_id: int, text: str) -> list[SeekerRow]:
    """The desk's search, as the organizer (no accounts)."""
    return search_seekers(session, fair_id, text, actor=Actor())


def twins(session: Session, fair_id: int, *args: Any) -> list[SeekerRow]:
    """The desk's duplicate check, as the organizer (no accounts)."""
    return possible_duplicates(session, fair_id, *args, actor=Actor())


@pytest.fixture
def fair(session_factory: sessionmaker[Session]) -> int:
    fair_id = small_fair(session_factory).fair_id
    register(session_factory, fair_id, "김민준", phone="010-1234-5678", birth_year=1990)
    register(session_factory, fair_id, "김민지", phone="010-9999-5678", birth_year=1985)
    register(session_factory, fair_id, "이서연", phone="010-2345-6789", birth_year=1975)
    register(session_factory, fair_id, "Kim Alex", phone="02-123-4567", birth_year=1992)
    return fair_id


def test_mask_phone() -> None:
    assert mask_phone("01012345678") == "010-****-5678"
    assert mask_phone("021234567") == "02-***-4567"


def test_search_by_name_part_phone_and_badge(
    session_factory: sessionmaker[Session], fair: int
) -> None:
    with session_factory() as s:
        assert [r.name for r in find(s, fair, "김민")] == ["김민준", "김민지"]
        assert [r.name for r in find(s, fair, "민준")] == ["김민준"]
        assert [r.name for r in find(s, fair, "alex")] == ["Kim Alex"]
        assert [r.name for r in find(s, fair, "5678")] == ["김민준", "김민지"]
        assert [r.name for r in find(s, fair, "1234-5678")] == ["김민준"]
        assert [r.name for r in find(s, fair, "6789")] == ["이서연"]
        row = find(s, fair, "#3")[0]
        assert (row.name, row.badge_no, row.birth_year) == ("이서연", 3, 1975)
        assert row.phone_masked == "010-****-6789"
        assert find(s, fair, "") == []
        assert find(s, fair, "12") == []  # too few digits to mean anything
        assert find(s, fair, "박") == []
        assert find(s, fair, "%") == []  # LIKE wildcards are escaped


def test_search_shows_check_in_time(session_factory: sessionmaker[Session], fair: int) -> None:
    with session_factory.begin() as s:
        sid = find(s, fair, "민준")[0].seeker_id
        check_in_code(s, actor(), fair, badge_for(s, sid))
    with session_factory() as s:
        assert find(s, fair, "민준")[0].checked_in_at is not None
        assert find(s, fair, "민지")[0].checked_in_at is None


def test_search_stays_within_the_fair(session_factory: sessionmaker[Session], fair: int) -> None:
    with session_factory.begin() as s:
        other = create_fair(s, actor(), FairInput("다른 박람회", date(2015, 4, 1)))
    register(session_factory, other.id, "김민수", phone="010-5555-5678")
    with session_factory() as s:
        assert [r.name for r in find(s, fair, "5678")] == ["김민준", "김민지"]


def test_possible_duplicates(session_factory: sessionmaker[Session], fair: int) -> None:
    with session_factory() as s:
        by_phone = twins(s, fair, "01012345678", "홍길동", 2000)
        assert [(r.name, r.same_phone, r.same_name_birth) for r in by_phone] == [
            ("김민준", True, False)
        ]
        by_name = twins(s, fair, "010-7777-7777", "이서연", 1975)
        assert [(r.name, r.same_phone, r.same_name_birth) for r in by_name] == [
            ("이서연", False, True)
        ]
        # a date given now, none stored: the year decides
        assert twins(s, fair, "", "이서연", 1975, date(1975, 2, 1))
        assert twins(s, fair, "010-7777-7777", "이서연", 1976) == []
        assert twins(s, fair, "not a phone", "", None) == []


def test_duplicates_compare_birth_dates_when_both_have_one(
    session_factory: sessionmaker[Session], fair: int
) -> None:
    with session_factory.begin() as s:
        register_seeker(s, actor(), fair, SeekerInput(
            "박지호", 1960, "010-3333-1111", Consent(True), birth_date=date(1960, 5, 3)))
    with session_factory() as s:
        assert twins(s, fair, "", "박지호", 1960, date(1960, 5, 3))
        assert twins(s, fair, "", "박지호", 1960, date(1960, 6, 1)) == []
        assert twins(s, fair, "", "박지호", 1960)


def test_check_in_by_code_then_again(session_factory: sessionmaker[Session], fair: int) -> None:
    with session_factory.begin() as s:
        sid = find(s, fair, "이서연")[0].seeker_id
        code = badge_for(s, sid)
    with session_factory.begin() as s:
        card = check_in_code(s, actor(), fair, badge_code.format_code(code).lower())
    assert (card.name, card.badge_no, card.already, card.age_band) == ("이서연", 3, False, "40-50s")
    with session_factory.begin() as s:
        again = check_in_code(s, actor(), fair, code)
    assert again.already and again.checked_in_at == card.checked_in_at
    with session_factory() as s:
        assert s.scalar(select(CheckIn.via).where(CheckIn.seeker_id == sid)) == "scan"
        assert [r.name for r in recent_check_ins(s, fair, actor=Actor())] == ["이서연"]


def test_refused_codes(session_factory: sessionmaker[Session], fair: int) -> None:
    foreign = badge_code.make_code(badge_code.new_secret(), 12345)
    with session_factory.begin() as s:
        with pytest.raises(badge_code.ForeignBadgeCodeError):
            check_in_code(s, actor(), fair, foreign)
        with pytest.raises(badge_code.NotABadgeCodeError):
            check_in_code(s, actor(), fair, "hello")
        unused = badge_code.make_code(badge_secret(s), 777)
        with pytest.raises(NotFoundError):
            check_in_code(s, actor(), fair, unused)


def test_badge_of_another_fair_is_refused(
    session_factory: sessionmaker[Session], fair: int
) -> None:
    with session_factory.begin() as s:
        other = create_fair(s, actor(), FairInput("다른 박람회", date(2015, 4, 1)))
    seeker = register(session_factory, other.id, "김민수", phone="010-5555-5678")
    with session_factory.begin() as s:
        code = badge_for(s, seeker.id)
        with pytest.raises(ValidationError, match="다른 박람회"):
            check_in_code(s, actor(), fair, code)


def test_register_walk_in(session_factory: sessionmaker[Session], fair: int) -> None:
    data = SeekerInput("홍길동", 1998, "010-8888-1234",
                       Consent(True, provision=True, notice_version="desk-2026-1"))
    with session_factory.begin() as s:
        card = register_walk_in(s, actor(), fair, data)
    assert card.badge_no == 5 and not card.already
    with session_factory() as s:
        seeker = s.get(Seeker, card.seeker_id)
        assert seeker is not None
        assert (seeker.channel, seeker.consent_provision, seeker.consent_notice_version) == (
            "walk_in", True, "desk-2026-1")
        assert s.scalar(select(CheckIn.via).where(CheckIn.seeker_id == card.seeker_id)) == (
            "walk_in")
        assert s.scalar(select(Badge.code).where(Badge.seeker_id == card.seeker_id))
