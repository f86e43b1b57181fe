"""Rehearsal records: what is made on another day than the fair's is kept, counts nowhere,
never blocks the real check-in, and is discarded in one audited action."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import AuditEvent, CheckIn, FollowUpCall, Interview, QueueEntry
from jobfair.domain.errors import ConflictError, ValidationError
from jobfair.domain.roles import Role
from jobfair.services.accounts.access import AccessDeniedError
from jobfair.services.checkins.service import check_in, undo_check_in
from jobfair.services.context import Actor
from jobfair.services.interviews.booth import booth_day, booth_overview, scan_at_booth
from jobfair.services.interviews.follow_up import follow_up_cases, log_call
from jobfair.services.interviews.queue import enqueue
from jobfair.services.interviews.service import hires_for_opening, log_interview
from jobfair.services.records.rehearsal import (
    discard_rehearsal,
    rehearsal_count,
    rehearsal_day,
    rehearsal_records,
)
from jobfair.services.reports.analytics import dashboard_data
from jobfair.services.reports.export import export_table
from jobfair.services.reports.metrics import compute_figures, compute_final_figures
from jobfair.services.seekers.matching import mark_recommended, recommendation_outcomes
from jobfair.services.seekers.service import SeekerView
from tests.services.fairkit import FAIR_DAY, SmallFair, actor, register, small_fair, ticking_clock

Factory = sessionmaker[Session]
DAY_BEFORE = datetime(2015, 3, 24, 5, 0, tzinfo=UTC)  # 14:00 in Seoul, the day before the fair
DAY_AFTER = datetime(2015, 3, 26, 1, 0, tzinfo=UTC)  # 10:00 in Seoul, the day after
LAST_MINUTE = datetime(2015, 3, 25, 14, 59, tzinfo=UTC)  # 23:59 in Seoul, still the fair's day


def on(moment: datetime, role: Role = Role.ORGANIZER) -> Actor:
    """An actor whose clock ticks from ``moment``."""
    return Actor(station_id=uuid.uuid4(), name="t", clock=ticking_clock(moment), role=role)


@pytest.fixture
def fair(session_factory: Factory) -> SmallFair:
    return small_fair(session_factory, headcount=1)  # booth A-1: one position


@pytest.fixture
def people(session_factory: Factory, fair: SmallFair) -> dict[str, SeekerView]:
    return {name: register(session_factory, fair.fair_id, name, phone=f"010-4444-{i:04d}")
            for i, name in enumerate(("김민준", "이서연", "박지호", "최유나"))}


def rehearse(factory: Factory, fair: SmallFair, people: dict[str, SeekerView]) -> None:
    """The day before: 김민준 hired at A-1 (the only position), 박지호 queued at B-1, 최유나
    pending at B-1 with a follow-up call logged, 김민준 recommended for A-1's opening."""
    who = on(DAY_BEFORE)
    with factory.begin() as s:
        log_interview(s, who, seeker_id=people["김민준"].id, booth_id=fair.booth_a,
                      opening_id=fair.opening_a, outcome="hired")
        enqueue(s, who, fair.booth_b, people["박지호"].id)
        pending = log_interview(s, who, seeker_id=people["최유나"].id, booth_id=fair.booth_b,
                                outcome="pending")
        log_call(s, who, pending.id, "reached")
        mark_recommended(s, who, people["김민준"].id, fair.opening_a)


def test_rehearsal_records_count_nowhere(
    session_factory: Factory, fair: SmallFair, people: dict[str, SeekerView]
) -> None:
    rehearse(session_factory, fair, people)
    with session_factory.begin() as s:
        # the rehearsal hire did not fill the only position: the real one needs no --force
        view = log_interview(s, actor(), seeker_id=people["이서연"].id, booth_id=fair.booth_a,
                             opening_id=fair.opening_a, outcome="hired")
        assert not view.over_headcount
    with session_factory() as s:
        figures = compute_figures(s, fair.fair_id)
        assert (figures.attendees, figures.interviews, figures.interviewees, figures.hires,
                figures.pending) == (1, 1, 1, 1, 0)
        data = dashboard_data(s, fair.fair_id)
        assert data.figures == figures
        booths = {b.label: b for b in data.booths}
        assert (booths["A-1"].interviews, booths["A-1"].hires) == (1, 1)
        assert (booths["B-1"].interviews, booths["B-1"].queue) == (0, 0)
        assert [e.hires for e in data.employers] == [1, 0]
        assert data.employer_total.hires == 1 and data.employer_total.fill_rate == figures.hire_rate
        assert sum(b.count for b in data.arrivals) == 1
        assert sum(r.attendees for r in data.breakdowns[1].rows) == 1
        assert compute_final_figures(s, fair.fair_id).onsite_hires == 1
        assert recommendation_outcomes(s, fair.fair_id).interviewed == 0
        assert follow_up_cases(s, fair.fair_id, actor=Actor()) == []
        day = booth_day(s, fair.booth_a, actor=Actor())
        assert (day.interviews, day.hires, day.openings[0].hires) == (1, 1, 1)
        assert booth_day(s, fair.booth_b, actor=Actor()).waiting == 0
        overview = {b.label: b for b in booth_overview(s, fair.fair_id)}
        assert overview["A-1"].openings[0].hires == 1
        assert hires_for_opening(s, fair.opening_a) == 1
        openings = export_table(s, "openings", fair.fair_id, actor=Actor())
        hired = openings.headers.index("Hired on the spot")
        assert sorted(r[hired] for r in openings.rows) == [0, 0, 1]
        # kept, and listed for the organizer
        found = rehearsal_records(s, fair.fair_id)
        assert (found.checkins, found.interviews, found.queue_entries) == (3, 2, 1)
        assert found.total == rehearsal_count(s, fair.fair_id) == 5
        assert {r.day.isoformat() for r in found.rows} == {"2015-03-24"}
        assert [r.at for r in found.rows] == sorted(r.at for r in found.rows)
        hire = next(r for r in found.rows if r.kind == "interview" and r.outcome == "hired")
        assert (hire.name, hire.booth, hire.badge_no) == ("김민준", "A-1",
                                                          people["김민준"].badge_no)


def test_the_fair_day_runs_from_local_midnight_to_midnight(
    session_factory: Factory, fair: SmallFair, people: dict[str, SeekerView]
) -> None:
    minute = timedelta(minutes=1)  # (a ticking clock moves a minute before each reading)
    with session_factory.begin() as s:
        assert check_in(s, on(LAST_MINUTE - minute), people["김민준"].id).at == LAST_MINUTE
        assert check_in(s, on(LAST_MINUTE), people["이서연"].id).at == LAST_MINUTE + minute
    with session_factory() as s:
        assert compute_figures(s, fair.fair_id).attendees == 1
        assert rehearsal_count(s, fair.fair_id) == 1
        assert rehearsal_day(s, fair.fair_id, LAST_MINUTE).is_rehearsal is False
        after = rehearsal_day(s, fair.fair_id, LAST_MINUTE + timedelta(hours=1))
        assert after.is_rehearsal and after.today.isoformat() == "2015-03-26"
        assert after.fair_date.isoformat() == "2015-03-25"


def test_a_rehearsal_check_in_is_replaced_by_the_fair_days(
    session_factory: Factory, fair: SmallFair, people: dict[str, SeekerView]
) -> None:
    kim = people["김민준"].id
    with session_factory.begin() as s:
        first = check_in(s, on(DAY_BEFORE), kim)
        assert not first.already and not first.replaced_rehearsal
        again = check_in(s, on(DAY_BEFORE + timedelta(hours=1)), kim)  # still rehearsing
        assert again.already and again.at == first.at
    with session_factory() as s:
        assert compute_figures(s, fair.fair_id).attendees == 0
    with session_factory.begin() as s:
        real = check_in(s, on(FAIR_DAY), kim)
    assert not real.already and real.replaced_rehearsal
    assert real.at > FAIR_DAY and real.seeker.checked_in_at == real.at
    with session_factory() as s:
        assert s.scalars(select(CheckIn.at).where(CheckIn.seeker_id == kim)).all() == [real.at]
        assert compute_figures(s, fair.fair_id).attendees == 1
        assert rehearsal_count(s, fair.fair_id) == 0
        event = s.scalars(select(AuditEvent)
                          .where(AuditEvent.action == "replace_rehearsal_checkin")).one()
        assert event.entity_id == str(kim)
        assert event.before is not None and event.after is not None
        assert event.before["at"] == first.at.isoformat()
        assert event.after["at"] == real.at.isoformat()
    with session_factory.begin() as s:  # the day after: checked in for real, as today
        later = check_in(s, on(DAY_AFTER), kim)
        assert later.already and later.at == real.at
        assert not check_in(s, on(FAIR_DAY + timedelta(hours=1)), kim).replaced_rehearsal


def test_a_booth_counts_a_seeker_whose_only_check_in_was_a_rehearsal(
    session_factory: Factory, fair: SmallFair, people: dict[str, SeekerView]
) -> None:
    kim, lee = people["김민준"].id, people["이서연"].id
    with session_factory.begin() as s:
        check_in(s, on(DAY_BEFORE), kim)
        check_in(s, on(DAY_BEFORE), lee)
    with session_factory.begin() as s:
        log_interview(s, actor(), seeker_id=kim, booth_id=fair.booth_b, outcome="second")
        card = scan_at_booth(s, actor(), fair.booth_b, lee, can_see_details=False)
        assert card.checked_in_by_scan and card.checked_in_at is not None
        assert card.checked_in_at > FAIR_DAY
    with session_factory() as s:
        assert compute_figures(s, fair.fair_id).attendees == 2
        assert rehearsal_count(s, fair.fair_id) == 0


def test_undo_a_check_in_with_a_reason(
    session_factory: Factory, fair: SmallFair, people: dict[str, SeekerView]
) -> None:
    kim, lee, park = (people[n].id for n in ("김민준", "이서연", "박지호"))
    with session_factory.begin() as s:
        made = check_in(s, actor(), kim)
        check_in(s, actor(), lee)
        log_interview(s, actor(), seeker_id=lee, booth_id=fair.booth_b, outcome="pending")
        log_interview(s, on(DAY_BEFORE), seeker_id=park, booth_id=fair.booth_b)  # rehearsal
    for who, reason, error in ((kim, "  ", ValidationError), (lee, "잘못 선택", ConflictError),
                               (people["최유나"].id, "잘못 선택", ConflictError)):
        with pytest.raises(error), session_factory.begin() as s:
            undo_check_in(s, actor(), who, reason)
    with pytest.raises(AccessDeniedError), session_factory.begin() as s:
        undo_check_in(s, on(FAIR_DAY, Role.BOOTH), kim, "잘못 선택")
    with session_factory.begin() as s:
        undone = undo_check_in(s, actor(), kim, " 다른 사람을 선택함 ")
        assert undone.was_at == made.at and undone.reason == "다른 사람을 선택함"
        assert undone.seeker.checked_in_at is None
        undo_check_in(s, actor(), park, "리허설")  # only a rehearsal interview: may go
    with session_factory() as s:
        assert compute_figures(s, fair.fair_id).attendees == 1
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "undo_checkin")
                          .order_by(AuditEvent.at)).first()
        assert event is not None and event.entity_id == str(kim)
        assert event.before is not None and event.before["at"] == made.at.isoformat()
        assert event.after == {"reason": "다른 사람을 선택함"}
    with session_factory.begin() as s:  # the person does come after all
        assert not check_in(s, actor(), kim).already


def test_discard_deletes_the_rehearsal_records_in_one_audited_action(
    session_factory: Factory, fair: SmallFair, people: dict[str, SeekerView]
) -> None:
    rehearse(session_factory, fair, people)
    with session_factory.begin() as s:
        check_in(s, actor(), people["이서연"].id)  # the fair's day: stays
        found = rehearsal_records(s, fair.fair_id)
    with pytest.raises(AccessDeniedError), session_factory.begin() as s:
        discard_rehearsal(s, on(FAIR_DAY, Role.DESK), fair.fair_id)
    with session_factory.begin() as s:
        assert discard_rehearsal(s, actor(), fair.fair_id) == 5
    with session_factory() as s:
        assert rehearsal_count(s, fair.fair_id) == 0
        assert s.scalar(select(func.count()).select_from(Interview)) == 0
        assert s.scalars(select(CheckIn.seeker_id)).all() == [people["이서연"].id]
        assert s.scalar(select(func.count()).select_from(QueueEntry)) == 0
        assert s.scalar(select(func.count()).select_from(FollowUpCall)) == 0
        events = s.scalars(select(AuditEvent)
                           .where(AuditEvent.action == "discard_rehearsal")).all()
        assert len(events) == found.total == 5
        assert {e.entity for e in events} == {"seeker", "interview"}
        ids = {r.record_id for r in found.rows if r.kind == "interview"}
        assert {e.entity_id for e in events if e.entity == "interview"} == {str(i) for i in ids}
        assert all(e.before and e.before["day"] == "2015-03-24" for e in events)
        assert compute_figures(s, fair.fair_id).attendees == 1
    with session_factory.begin() as s:
        assert discard_rehearsal(s, actor(), fair.fair_id) == 0  # nothing left
