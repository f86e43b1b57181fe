"""Badge codes in the database: the secret, one code per seeker, resolving scans, printing."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import Badge, Setting
from jobfair.domain import badge_code
from jobfair.domain.errors import NotFoundError
from jobfair.services.checkins.service import check_in
from jobfair.services.context import Actor
from jobfair.services.seekers import badges
from tests.services.fairkit import actor, register, small_fair


def test_the_secret_is_made_once_and_kept(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as s:
        first = badges.badge_secret(s)
    with session_factory.begin() as s:
        assert badges.badge_secret(s) == first
        assert s.scalar(select(Setting.value).where(Setting.key == "badge_secret")) == first


def test_a_seeker_keeps_one_code_and_a_scan_finds_them(
    session_factory: sessionmaker[Session],
) -> None:
    fair = small_fair(session_factory)
    kim = register(session_factory, fair.fair_id, "김민준", phone="010-1111-2222")
    lee = register(session_factory, fair.fair_id, "이서연", phone="010-3333-4444")
    with session_factory.begin() as s:
        codes = badges.ensure_badges(s, [kim.id, lee.id])
    with session_factory.begin() as s:
        again = badges.ensure_badges(s, [kim.id, lee.id])
        assert again == codes
        assert s.scalar(select(Badge.code).where(Badge.seeker_id == kim.id)) == codes[kim.id]
        assert codes[kim.id] != codes[lee.id]
        # a scanner types the plain code; people type it in groups, lower case
        assert badges.resolve_code(s, codes[lee.id]) == lee.id
        typed = badge_code.format_code(codes[kim.id]).lower()
        found = badges.lookup(s, typed, actor=Actor())
    assert found.seeker_id == kim.id
    assert found.name == "김민준"
    assert found.badge_no == kim.badge_no
    assert found.checked_in_at is None


def test_codes_of_another_installation_are_refused(session_factory: sessionmaker[Session]) -> None:
    fair = small_fair(session_factory)
    kim = register(session_factory, fair.fair_id)
    foreign = badge_code.make_code(badge_code.new_secret(), 12345)
    with session_factory.begin() as s:
        badges.ensure_badges(s, [kim.id])
        with pytest.raises(badge_code.ForeignBadgeCodeError):
            badges.resolve_code(s, foreign)
        with pytest.raises(badge_code.NotABadgeCodeError):
            badges.resolve_code(s, "홍길동")


def test_a_genuine_code_without_a_seeker_is_not_found(
    session_factory: sessionmaker[Session],
) -> None:
    with session_factory.begin() as s:
        orphan = badge_code.make_code(badges.badge_secret(s), 777)
        with pytest.raises(NotFoundError):
            badges.resolve_code(s, orphan)


def test_printing_and_check_in_are_separate_and_reprints_count(
    session_factory: sessionmaker[Session],
) -> None:
    fair = small_fair(session_factory)
    kim = register(session_factory, fair.fair_id, "김민준", phone="010-1111-2222")
    lee = register(session_factory, fair.fair_id, "이서연", phone="010-3333-4444")
    with session_factory.begin() as s:
        rows = badges.badge_rows(s, fair.fair_id, actor=Actor())
        assert [r.name for r in rows] == ["김민준", "이서연"]
        assert not any(r.printed_before for r in rows)
        assert badges.mark_printed(s, actor(), [r.seeker_id for r in rows]) == 0
    with session_factory.begin() as s:
        assert badges.mark_printed(s, actor(), [kim.id]) == 1
        # printed, not checked in
        assert badges.lookup(s, rows[0].code, actor=Actor()).checked_in_at is None
        check_in(s, actor(), lee.id)
    with session_factory.begin() as s:
        kim_badge = s.scalars(select(Badge).where(Badge.seeker_id == kim.id)).one()
        lee_badge = s.scalars(select(Badge).where(Badge.seeker_id == lee.id)).one()
        assert kim_badge.reprints == 1 and kim_badge.printed_at is not None
        assert lee_badge.reprints == 0
        assert badges.badge_rows(s, fair.fair_id, [kim.id], actor=Actor())[0].printed_before


def test_badge_rows_refuse_an_unknown_seeker(session_factory: sessionmaker[Session]) -> None:
    import uuid

    fair = small_fair(session_factory)
    with session_factory.begin() as s, pytest.raises(NotFoundError):
        badges.badge_rows(s, fair.fair_id, [uuid.uuid4()], actor=Actor())
