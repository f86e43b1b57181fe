"""The desk's operations without Qt: scans by code and number, the capped search, walk-ins with
the duplicate question, undoing a check-in, offline scans."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import AuditEvent, CheckIn, Seeker
from jobfair.operations.desk import Arrival, DeskOperations
from jobfair.operations.results import (
    KeptOffline,
    NeedsConfirmation,
    QuestionKind,
    Recorded,
    Refused,
)
from jobfair.services.interviews.booth import record_interview
from jobfair.services.seekers.badges import ensure_badges
from jobfair.services.seekers.service import load_seeker
from jobfair.services.sync.outbox import WAITING, Outbox, StationLink
from jobfair.services.sync.snapshot import refresh_snapshot
from tests.services.fairkit import SmallFair, actor, register, seeker_input, small_fair
from tests.services.sync.test_outbox import station, unreachable_factory

Factory = sessionmaker[Session]


@pytest.fixture
def fair(session_factory: Factory) -> SmallFair:
    return small_fair(session_factory)


def desk(factory: Factory, fair: SmallFair) -> DeskOperations:
    return DeskOperations(factory, station(), fair.fair_id)


def checked_in(factory: Factory) -> int:
    with factory() as s:
        return s.scalar(select(func.count()).select_from(CheckIn)) or 0


def test_a_scan_by_code_or_number_checks_in_once(
    session_factory: Factory, fair: SmallFair
) -> None:
    kim = register(session_factory, fair.fair_id, "Kim")
    with session_factory.begin() as s:
        code = ensure_badges(s, [kim.id])[kim.id]
    with session_factory() as s:
        kim = load_seeker(s, kim.id)
    ops = desk(session_factory, fair)
    first = ops.scan(code)
    assert isinstance(first, Recorded) and first.value.arrival.already_at is None
    again = ops.scan(f"#{kim.badge_no}")  # the same reader as the booth: numbers work here too
    assert isinstance(again, Recorded) and again.value.arrival.already_at is not None
    assert checked_in(session_factory) == 1
    wrong = ops.scan("not a code at all")
    assert isinstance(wrong, Refused)


def test_search_says_how_many_match_beyond_the_rows_shown(
    session_factory: Factory, fair: SmallFair
) -> None:
    for i in range(25):
        register(session_factory, fair.fair_id, f"김철수{i:02d}", phone=f"010-5555-{i:04d}")
    register(session_factory, fair.fair_id, "이영희", phone="010-7777-0001")
    ops = desk(session_factory, fair)
    page = ops.search("김철")
    assert isinstance(page, Recorded)
    assert len(page.value.rows) == 20 and page.value.total == 25 and page.value.capped
    one = ops.search("이영희")
    assert isinstance(one, Recorded) and one.value.total == 1 and not one.value.capped


def test_a_walk_in_who_may_be_registered_is_a_question_first(
    session_factory: Factory, fair: SmallFair
) -> None:
    register(session_factory, fair.fair_id, "Kim", phone="010-1234-5678")
    ops = desk(session_factory, fair)
    asked = ops.register(seeker_input("Kim2", phone="010-1234-5678"))
    assert isinstance(asked, NeedsConfirmation)
    assert asked.question.kind is QuestionKind.POSSIBLE_DUPLICATE
    assert [t.name for t in asked.question.params["twins"]] == ["Kim"]
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Seeker)) == 1
    # a scan meanwhile withdraws the question: nothing registered
    scanned = ops.scan("#999")
    assert isinstance(scanned, Refused) and ops.question is None
    asked = ops.register(seeker_input("Kim2", phone="010-1234-5678"))
    assert isinstance(asked, NeedsConfirmation)
    saved = ops.answer(True)
    assert isinstance(saved, Recorded) and isinstance(saved.value, Arrival)
    assert saved.value.registered
    assert checked_in(session_factory) == 1


def test_undo_a_check_in_needs_a_reason_and_is_audited(
    session_factory: Factory, fair: SmallFair
) -> None:
    kim = register(session_factory, fair.fair_id, "Kim")
    lee = register(session_factory, fair.fair_id, "Lee", phone="010-2222-3333")
    ops = desk(session_factory, fair)
    ops.check_in(kim.id)
    ops.check_in(lee.id)
    asked = ops.ask_undo_check_in(kim.id, "Kim")
    assert isinstance(asked, NeedsConfirmation)
    assert asked.question.kind is QuestionKind.UNDO_CHECK_IN
    assert isinstance(ops.answer(True, "  "), Refused)  # a reason is needed
    assert checked_in(session_factory) == 2
    ops.ask_undo_check_in(kim.id, "Kim")
    assert isinstance(ops.answer(False), Recorded)  # no: nothing changes
    assert checked_in(session_factory) == 2
    ops.ask_undo_check_in(kim.id, "Kim")
    done = ops.answer(True, "wrong person chosen")
    assert isinstance(done, Recorded)
    assert checked_in(session_factory) == 1
    with session_factory() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "undo_checkin")).one()
    assert event.after == {"reason": "wrong person chosen"}
    with session_factory.begin() as s:  # interviewed: undo those first
        record_interview(s, actor(), fair.booth_a, lee.id)
    ops.ask_undo_check_in(lee.id, "Lee")
    assert isinstance(ops.answer(True, "oops"), Refused)
    assert isinstance(ops.check_in(kim.id), Recorded)  # and Kim can be checked in again
    assert checked_in(session_factory) == 2


def test_offline_a_scan_is_kept_and_the_rest_needs_the_server(
    session_factory: Factory, fair: SmallFair, tmp_path: Path
) -> None:
    kim = register(session_factory, fair.fair_id, "Kim")
    with session_factory.begin() as s:
        ensure_badges(s, [kim.id])
    with session_factory() as s:
        kim = load_seeker(s, kim.id)
    outbox = Outbox(tmp_path / "outbox.sqlite")
    who = station()
    with session_factory() as s:
        refresh_snapshot(outbox, s, who, fair.fair_id)
    ops = DeskOperations(unreachable_factory(), who, fair.fair_id, outbox=outbox,
                         link=StationLink(outbox, unreachable_factory()))
    kept = ops.scan(f"#{kim.badge_no}")
    assert isinstance(kept, KeptOffline) and kept.value.arrival.name == "Kim"
    again = ops.scan(f"#{kim.badge_no}")
    assert isinstance(again, KeptOffline) and again.value.arrival.already_at is not None
    assert len(outbox.items(WAITING)) == 1
    refused = ops.search("Kim")
    assert isinstance(refused, Refused) and refused.needs_server
