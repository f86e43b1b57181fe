"""The booth station's services: binding, the card, the one-key outcome and its rules, the day."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import AuditEvent, Interview, Station
from jobfair.domain.errors import ConflictError, JobFairError, NotFoundError, ValidationError
from jobfair.services.context import Actor
from jobfair.services.interviews import booth
from jobfair.services.interviews.booth import (
    RepeatInterviewError,
    bind_station,
    booth_day,
    booth_overview,
    correct_interview,
    get_station,
    recent_interviews,
    record_interview,
    remembered_opening,
    resolve_seeker,
    scan_at_booth,
    seeker_card,
    undo_interview,
)
from jobfair.services.interviews.service import HeadcountExceededError, hires_for_opening
from jobfair.services.reports.metrics import compute_figures
from jobfair.services.seekers.service import Consent, SeekerInput, SeekerView, register_seeker
from tests.services.fairkit import FAIR_DAY, SmallFair, small_fair, ticking_clock

Factory = sessionmaker[Session]


def booth_actor(name: str = "recruiter") -> Actor:
    return Actor(station_id=uuid.uuid4(), name=name, clock=ticking_clock())


def add_seeker(
    factory: Factory,
    fair_id: int,
    name: str,
    *,
    birth_year: int = 1990,
    provision: bool = False,
    sensitive: bool = False,
    groups: tuple[str, ...] = (),
    phone: str = "010-2222-3333",
) -> SeekerView:
    data = SeekerInput(
        name=name,
        birth_year=birth_year,
        phone=phone,
        residence="양주시",
        desired_keco="8",
        desired_job="봉제원",
        groups=groups,
        consent=Consent(collection=True, provision=provision, sensitive=sensitive),
    )
    with factory.begin() as s:
        return register_seeker(s, booth_actor("desk"), fair_id, data)


@pytest.fixture
def fair(session_factory: Factory) -> SmallFair:
    return small_fair(session_factory, headcount=1)


# --- stations and the overview ------------------------------------------------------------------


def test_bind_station_registers_then_switches_booth(
    session_factory: Factory, fair: SmallFair
) -> None:
    who = booth_actor()
    station_id = uuid.uuid4()
    with session_factory.begin() as s:
        view = bind_station(s, who, station_id, "  Booth  PC 1 ", fair.booth_a)
    assert (view.name, view.kind, view.booth_label) == ("Booth PC 1", "booth", "A-1")
    assert view.employer == "(주)양주섬유"
    with session_factory.begin() as s:
        bind_station(s, who, station_id, "Booth PC 1", fair.booth_b)
    with session_factory() as s:
        again = get_station(s, station_id)
        assert again is not None and again.booth_label == "B-1"
        assert s.scalar(select(Station.booth_id).where(Station.id == station_id)) == fair.booth_b
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "station").order_by(AuditEvent.at)
        ).all()
        assert [e.action for e in events] == ["create", "bind"]
        assert events[1].before == {"name": "Booth PC 1", "kind": "booth", "booth_id": fair.booth_a}
        assert events[1].after is not None and events[1].after["booth_id"] == fair.booth_b
        assert get_station(s, uuid.uuid4()) is None


def test_bind_station_refuses_unknown_booth_and_empty_name(
    session_factory: Factory, fair: SmallFair
) -> None:
    with session_factory.begin() as s, pytest.raises(NotFoundError):
        bind_station(s, booth_actor(), uuid.uuid4(), "PC", 999_999)
    with session_factory.begin() as s, pytest.raises(ValidationError):
        bind_station(s, booth_actor(), uuid.uuid4(), "   ", fair.booth_a)


def test_overview_lists_booths_openings_and_hires(
    session_factory: Factory, fair: SmallFair
) -> None:
    kim = add_seeker(session_factory, fair.fair_id, "김하나")
    with session_factory.begin() as s:
        record_interview(s, booth_actor(), fair.booth_b, kim.id, outcome="hired",
                         opening_id=fair.opening_b1)
    with session_factory() as s:
        rows = booth_overview(s, fair.fair_id)
        latest = booth_overview(s)
    assert [(b.label, b.employer) for b in rows] == [("A-1", "(주)양주섬유"), ("B-1", "동두천물류")]
    assert latest == rows
    b1 = rows[1]
    assert [(o.id, o.title, o.headcount, o.hires) for o in b1.openings] == [
        (fair.opening_b1, "지게차 운전원", 3, 1),
        (fair.opening_b2, "물류 사무원", 1, 0),
    ]
    assert b1.openings[0].left == 2
    assert rows[0].openings[0].hires == 0


# --- scan to card ---------------------------------------------------------------------------------


def test_card_shows_details_only_with_consent(session_factory: Factory, fair: SmallFair) -> None:
    shared = add_seeker(session_factory, fair.fair_id, "이공유", provision=True, birth_year=1995,
                        groups=("veteran", "disability"), sensitive=True)
    private = add_seeker(session_factory, fair.fair_id, "박비공개", provision=False,
                         birth_year=1970, groups=("career_break", "disability"), sensitive=True)
    with session_factory() as s:
        card = seeker_card(s, fair.booth_a, shared.id, can_see_details=True, actor=Actor())
        hidden_by_station = seeker_card(
            s, fair.booth_a, shared.id, can_see_details=False, actor=Actor()
        )
        other = seeker_card(s, fair.booth_a, private.id, can_see_details=True, actor=Actor())
    assert card.name == "이공유" and card.badge_no == shared.badge_no
    assert card.age_band == "10-30s"  # 2015 - 1995 = 20
    assert card.desired_job == "봉제원" and card.desired_keco == "8"
    assert card.target_groups == ("youth", "disability", "veteran")
    assert (card.phone, card.residence, card.details_shared) == ("01022223333", "양주시", True)
    assert (hidden_by_station.phone, hidden_by_station.residence) == (None, None)
    assert "disability" not in hidden_by_station.target_groups
    assert other.age_band == "40-50s"  # 45
    assert other.target_groups == ("middle_aged", "career_break")  # disability withheld
    assert (other.phone, other.residence, other.details_shared) == (None, None, False)
    assert not card.checked_in and card.earlier == ()


def test_scan_checks_in_a_seeker_who_skipped_the_desk(
    session_factory: Factory, fair: SmallFair
) -> None:
    kim = add_seeker(session_factory, fair.fair_id, "김스캔")
    with session_factory.begin() as s:
        assert compute_figures(s, fair.fair_id).attendees == 0
        card = scan_at_booth(s, booth_actor(), fair.booth_a, kim.id, can_see_details=True)
    assert card.checked_in and card.checked_in_by_scan and card.checked_in_at is not None
    with session_factory.begin() as s:
        assert compute_figures(s, fair.fair_id).attendees == 1
        again = scan_at_booth(s, booth_actor(), fair.booth_a, kim.id, can_see_details=True)
    assert again.checked_in and not again.checked_in_by_scan


def test_card_refuses_a_seeker_of_another_fair(session_factory: Factory, fair: SmallFair) -> None:
    other = small_fair(session_factory)
    stranger = add_seeker(session_factory, other.fair_id, "남다른")
    with session_factory() as s, pytest.raises(NotFoundError):
        seeker_card(s, fair.booth_a, stranger.id, can_see_details=True, actor=Actor())


def test_resolve_seeker_by_badge_number_and_id(session_factory: Factory, fair: SmallFair) -> None:
    kim = add_seeker(session_factory, fair.fair_id, "김번호")
    assert kim.badge_no is not None
    with session_factory() as s:
        assert resolve_seeker(s, fair.fair_id, f"#{kim.badge_no}") == kim.id
        assert resolve_seeker(s, fair.fair_id, f" {kim.badge_no} ") == kim.id
        assert resolve_seeker(s, fair.fair_id, str(kim.id)) == kim.id
        with pytest.raises(NotFoundError):
            resolve_seeker(s, fair.fair_id, "#999")
        with pytest.raises(NotFoundError):
            resolve_seeker(s, fair.fair_id, str(uuid.uuid4()))
        with pytest.raises(JobFairError):
            resolve_seeker(s, fair.fair_id, "no such thing")


# --- the one-key outcome and its rules -----------------------------------------------------------


def test_double_scan_needs_confirmation(session_factory: Factory, fair: SmallFair) -> None:
    kim = add_seeker(session_factory, fair.fair_id, "김두번")
    at = FAIR_DAY + timedelta(minutes=5)  # 10:05 in Seoul
    who = Actor(station_id=uuid.uuid4(), name="recruiter", clock=lambda: at)
    with session_factory.begin() as s:
        first = record_interview(s, who, fair.booth_a, kim.id, outcome="second")
    with session_factory.begin() as s, pytest.raises(RepeatInterviewError) as caught:
        record_interview(s, who, fair.booth_a, kim.id, outcome="pending")
    assert isinstance(caught.value, ConflictError)
    assert caught.value.earlier.id == first.id
    assert caught.value.params == {"name": "김두번", "booth": "A-1", "time": "10:05"}
    assert "10:05" in str(caught.value)
    with session_factory() as s:
        card = seeker_card(s, fair.booth_a, kim.id, can_see_details=False, actor=who)
        assert [e.id for e in card.earlier] == [first.id]
        assert card.earlier[0].local_time == "10:05" and card.earlier[0].outcome == "second"
        assert card.earlier[0].opening_title == "봉제원"  # the booth's only opening, remembered
    # another booth is not a repeat; confirming adds a second interview here
    with session_factory.begin() as s:
        record_interview(s, who, fair.booth_b, kim.id)
        record_interview(s, who, fair.booth_a, kim.id, outcome="pending", allow_repeat=True)
    with session_factory() as s:
        figures = compute_figures(s, fair.fair_id)
    assert (figures.interviews, figures.interviewees) == (3, 1)


def test_hire_beyond_headcount_refused_then_forced_and_recorded(
    session_factory: Factory, fair: SmallFair
) -> None:
    first = add_seeker(session_factory, fair.fair_id, "김첫째")
    second = add_seeker(session_factory, fair.fair_id, "이둘째")
    who = booth_actor()
    with session_factory.begin() as s:
        record_interview(s, who, fair.booth_a, first.id, outcome="hired")
    with session_factory.begin() as s, pytest.raises(HeadcountExceededError) as caught:
        record_interview(s, who, fair.booth_a, second.id, outcome="hired")
    assert isinstance(caught.value, ConflictError)
    assert caught.value.params["headcount"] == 1
    with session_factory() as s:
        assert s.scalar(select(Interview).where(Interview.seeker_id == second.id)) is None
    with session_factory.begin() as s:
        forced = record_interview(s, who, fair.booth_a, second.id, outcome="hired", force=True)
    assert forced.over_headcount
    with session_factory() as s:
        assert hires_for_opening(s, fair.opening_a) == 2
        event = s.scalar(
            select(AuditEvent).where(AuditEvent.entity_id == str(forced.id))
        )
        assert event is not None and event.after is not None
        assert event.after["over_headcount"] is True
        assert event.station_id == who.station_id
        day = booth_day(s, fair.booth_a, actor=Actor())
    assert day.openings[0].hires == 2 and day.openings[0].left == 0


def test_undo_takes_the_interview_out_of_every_figure(
    session_factory: Factory, fair: SmallFair
) -> None:
    kim = add_seeker(session_factory, fair.fair_id, "김취소")
    lee = add_seeker(session_factory, fair.fair_id, "이남음")
    who = booth_actor()
    with session_factory.begin() as s:
        hired = record_interview(s, who, fair.booth_a, kim.id, outcome="hired")
        record_interview(s, who, fair.booth_a, lee.id, outcome="rejected")
    with session_factory() as s:
        before = compute_figures(s, fair.fair_id)
    assert (before.interviews, before.interviewees, before.hires) == (2, 2, 1)
    with session_factory.begin() as s:
        undone = undo_interview(s, who, hired.id)
    assert undone.voided_at is not None
    with session_factory() as s:
        after = compute_figures(s, fair.fair_id)
        assert (after.interviews, after.interviewees, after.hires, after.rejected) == (1, 1, 0, 1)
        assert hires_for_opening(s, fair.opening_a) == 0
        assert booth_overview(s, fair.fair_id)[0].openings[0].hires == 0
        assert [r.name for r in recent_interviews(s, fair.booth_a, actor=Actor())] == ["이남음"]
        with_void = recent_interviews(s, fair.booth_a, include_voided=True, actor=Actor())
        assert [(r.name, r.voided) for r in with_void] == [("이남음", False), ("김취소", True)]
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "void"))
        assert event is not None and event.station_id == who.station_id
        assert event.before is not None and event.before["voided_at"] is None
        assert event.after is not None and event.after["voided_at"] is not None
        assert event.entity_id == str(hired.id)
    # the position is free again; the undone one can be neither undone nor corrected again
    other = add_seeker(session_factory, fair.fair_id, "박다음")
    with session_factory.begin() as s:
        record_interview(s, who, fair.booth_a, other.id, outcome="hired")
    with session_factory.begin() as s, pytest.raises(ConflictError):
        undo_interview(s, who, hired.id)
    with session_factory.begin() as s, pytest.raises(ConflictError):
        correct_interview(s, who, hired.id, "pending")
    # after an undo the seeker may be interviewed at the booth again without a warning
    with session_factory.begin() as s:
        record_interview(s, who, fair.booth_a, kim.id, outcome="pending")


def test_correction_keeps_before_and_after(session_factory: Factory, fair: SmallFair) -> None:
    kim = add_seeker(session_factory, fair.fair_id, "김정정")
    who = booth_actor()
    with session_factory.begin() as s:
        view = record_interview(s, who, fair.booth_b, kim.id)  # two openings: none chosen
    assert view.opening_id is None and view.outcome is None
    with session_factory.begin() as s:
        fixed = correct_interview(s, who, view.id, "hired", opening_id=fair.opening_b2,
                                  notes="지게차 면허")
    assert (fixed.outcome, fixed.opening_id) == ("hired", fair.opening_b2)
    assert fixed.notes == "지게차 면허"
    with session_factory() as s:
        event = s.scalar(
            select(AuditEvent).where(AuditEvent.action == "update",
                                     AuditEvent.entity_id == str(view.id))
        )
        assert event is not None and event.station_id == who.station_id
        assert event.before == {"outcome": None, "opening_id": None, "notes": ""}
        assert event.after == {"outcome": "hired", "opening_id": fair.opening_b2,
                               "notes": "지게차 면허"}
        assert event.at.tzinfo is not None
        assert remembered_opening(s, fair.booth_b) == fair.opening_b2
        assert remembered_opening(s, fair.booth_a) == fair.opening_a


def test_hire_without_opening_at_a_booth_with_several(
    session_factory: Factory, fair: SmallFair
) -> None:
    kim = add_seeker(session_factory, fair.fair_id, "김선택")
    with session_factory.begin() as s, pytest.raises(ValidationError) as caught:
        record_interview(s, booth_actor(), fair.booth_b, kim.id, outcome="hired")
    assert caught.value.field == "opening"


def test_replayed_interview_id_is_saved_once(session_factory: Factory, fair: SmallFair) -> None:
    kim = add_seeker(session_factory, fair.fair_id, "김재전송")
    iid = uuid.uuid4()
    for _ in range(2):
        with session_factory.begin() as s:
            view = record_interview(s, booth_actor(), fair.booth_a, kim.id, outcome="second",
                                    interview_id=iid)
            assert view.id == iid
    with session_factory() as s:
        assert compute_figures(s, fair.fair_id).interviews == 1


def test_recent_interviews_newest_first_and_limited(
    session_factory: Factory, fair: SmallFair
) -> None:
    who = booth_actor()
    names = [f"구직자{i}" for i in range(12)]
    for i, name in enumerate(names):
        seeker = add_seeker(session_factory, fair.fair_id, name, phone=f"010-3333-{i:04d}")
        with session_factory.begin() as s:
            record_interview(s, who, fair.booth_b, seeker.id, outcome="rejected")
    with session_factory() as s:
        recent = recent_interviews(s, fair.booth_b, actor=Actor())
        three = recent_interviews(s, fair.booth_b, limit=3, actor=Actor())
    assert [r.name for r in recent] == names[::-1][:10]
    assert [r.name for r in three] == names[::-1][:3]
    assert all(r.local_time.startswith("10:") for r in recent)


def test_booth_day_counts(session_factory: Factory, fair: SmallFair) -> None:
    who = booth_actor()
    people = [add_seeker(session_factory, fair.fair_id, f"사람{i}", phone=f"010-4444-{i:04d}")
              for i in range(5)]
    with session_factory.begin() as s:
        record_interview(s, who, fair.booth_b, people[0].id, outcome="hired",
                         opening_id=fair.opening_b1)
        record_interview(s, who, fair.booth_b, people[1].id, outcome="hired",
                         opening_id=fair.opening_b2)
        record_interview(s, who, fair.booth_b, people[2].id, outcome="second")
        record_interview(s, who, fair.booth_b, people[3].id)
        record_interview(s, who, fair.booth_b, people[3].id, outcome="rejected",
                         allow_repeat=True)
        gone = record_interview(s, who, fair.booth_b, people[4].id, outcome="pending")
        undo_interview(s, who, gone.id)
        record_interview(s, who, fair.booth_a, people[4].id, outcome="hired")  # other booth
        booth.enqueue(s, who, fair.booth_b, people[4].id)
    with session_factory() as s:
        day = booth_day(s, fair.booth_b, actor=who)  # the booth's own day: its queue too
    assert (day.label, day.employer) == ("B-1", "동두천물류")
    assert (day.interviews, day.seekers, day.hires, day.waiting) == (5, 4, 2, 1)
    assert day.outcomes == {"hired": 2, "second": 1, "pending": 0, "rejected": 1, "undecided": 1}
    assert [(o.title, o.hires, o.headcount) for o in day.openings] == [
        ("지게차 운전원", 1, 3),
        ("물류 사무원", 1, 1),
    ]


def test_times_are_utc_aware(session_factory: Factory, fair: SmallFair) -> None:
    kim = add_seeker(session_factory, fair.fair_id, "김시간")
    with session_factory.begin() as s:
        view = record_interview(s, booth_actor(), fair.booth_a, kim.id)
    assert view.started_at.tzinfo is not None
    assert view.started_at > datetime(2015, 3, 25, tzinfo=UTC)
