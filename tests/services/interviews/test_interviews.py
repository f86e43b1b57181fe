"""Interviews at the booths: the implied check-in, the headcount rule, outcomes and the audit."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import AuditEvent, CheckIn, Interview
from jobfair.domain.errors import ConflictError, NotFoundError, ValidationError
from jobfair.services.context import Actor
from jobfair.services.interviews.service import log_interview, set_outcome
from jobfair.services.reports.metrics import compute_figures
from jobfair.services.seekers.service import get_seeker
from tests.services.fairkit import actor, register, small_fair


def test_interview_checks_in_an_unchecked_seeker(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    seeker = register(session_factory, ids.fair_id)
    with session_factory.begin() as s:
        view = log_interview(s, actor("booth A"), seeker_id=seeker.id, booth_id=ids.booth_a)
    assert view.outcome is None
    with session_factory() as s:
        assert get_seeker(s, seeker.id, actor=Actor()).checked_in_at is not None
        assert s.scalar(select(CheckIn.via)) == "booth"
        figures = compute_figures(s, ids.fair_id)
    assert (figures.attendees, figures.interviews, figures.undecided) == (1, 1, 1)


def test_replayed_interview_is_not_doubled(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    seeker = register(session_factory, ids.fair_id)
    interview_id = uuid.uuid4()
    for _ in range(2):
        with session_factory.begin() as s:
            view = log_interview(s, actor(), seeker_id=seeker.id, booth_id=ids.booth_a,
                                 interview_id=interview_id)
        assert view.id == interview_id
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Interview)) == 1


def test_hire_beyond_headcount(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory, headcount=1)
    first = register(session_factory, ids.fair_id, "김민준")
    second = register(session_factory, ids.fair_id, "이서연")
    with session_factory.begin() as s:
        hired = log_interview(s, actor(), seeker_id=first.id, booth_id=ids.booth_a,
                              opening_id=ids.opening_a, outcome="hired")
    assert hired.over_headcount is False
    with pytest.raises(ConflictError) as info, session_factory.begin() as s:
        log_interview(s, actor(), seeker_id=second.id, booth_id=ids.booth_a,
                      opening_id=ids.opening_a, outcome="hired")
    assert "1" in str(info.value) and "봉제원" in str(info.value)
    with session_factory() as s:  # the refused hire left nothing behind
        assert s.scalar(select(func.count()).select_from(Interview)) == 1
        assert s.scalar(select(func.count()).select_from(CheckIn)) == 1
    with session_factory.begin() as s:
        forced = log_interview(s, actor(), seeker_id=second.id, booth_id=ids.booth_a,
                               opening_id=ids.opening_a, outcome="hired", force=True)
    assert forced.over_headcount is True
    with session_factory() as s:
        assert compute_figures(s, ids.fair_id).hires == 2


def test_hire_needs_an_opening_when_the_booth_has_several(
    session_factory: sessionmaker[Session],
) -> None:
    ids = small_fair(session_factory)
    seeker = register(session_factory, ids.fair_id)
    with pytest.raises(ValidationError) as info, session_factory.begin() as s:
        log_interview(s, actor(), seeker_id=seeker.id, booth_id=ids.booth_b, outcome="hired")
    assert info.value.field == "opening"
    with session_factory.begin() as s:  # booth A has one opening: it is implied
        view = log_interview(s, actor(), seeker_id=seeker.id, booth_id=ids.booth_a,
                             outcome="hired")
    assert view.opening_id == ids.opening_a


def test_wrong_booth_opening_or_outcome(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    seeker = register(session_factory, ids.fair_id)
    with pytest.raises(NotFoundError), session_factory.begin() as s:
        log_interview(s, actor(), seeker_id=seeker.id, booth_id=999_999)
    with pytest.raises(NotFoundError), session_factory.begin() as s:  # B's opening at booth A
        log_interview(s, actor(), seeker_id=seeker.id, booth_id=ids.booth_a,
                      opening_id=ids.opening_b1)
    with pytest.raises(ValidationError) as info, session_factory.begin() as s:
        log_interview(s, actor(), seeker_id=seeker.id, booth_id=ids.booth_a, outcome="maybe")
    assert info.value.field == "outcome"


def test_set_outcome_changes_figures_and_is_audited(
    session_factory: sessionmaker[Session],
) -> None:
    ids = small_fair(session_factory)
    seeker = register(session_factory, ids.fair_id)
    with session_factory.begin() as s:
        iv = log_interview(s, actor(), seeker_id=seeker.id, booth_id=ids.booth_b)
    with session_factory() as s:
        before = compute_figures(s, ids.fair_id)
    assert (before.hires, before.undecided, before.second_interviews) == (0, 1, 0)

    with session_factory.begin() as s:
        updated = set_outcome(s, actor("booth B"), iv.id, "hired", opening_id=ids.opening_b1,
                              notes="내일 출근")
    assert (updated.outcome, updated.opening_id) == ("hired", ids.opening_b1)
    with session_factory() as s:
        after = compute_figures(s, ids.fair_id)
    assert (after.hires, after.undecided, after.hire_rate) == (1, 0, 16.7)  # 1 of 2+3+1

    with session_factory.begin() as s:
        set_outcome(s, actor("booth B"), iv.id, "second")
    with session_factory() as s:
        again = compute_figures(s, ids.fair_id)
        events = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == "interview", AuditEvent.action == "update")
            .order_by(AuditEvent.at)
        ).all()
    assert (again.hires, again.second_interviews, again.interviews) == (0, 1, 1)
    assert [(e.before or {}).get("outcome") for e in events] == [None, "hired"]
    assert [(e.after or {}).get("outcome") for e in events] == ["hired", "second"]
    assert events[0].entity_id == str(iv.id)
    assert events[0].actor == "booth B"
    assert (events[0].before or {}).get("notes") == ""
    assert (events[0].after or {}).get("notes") == "내일 출근"


def test_set_outcome_respects_the_headcount(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory, headcount=1)
    a = register(session_factory, ids.fair_id, "김민준")
    b = register(session_factory, ids.fair_id, "이서연")
    with session_factory.begin() as s:
        log_interview(s, actor(), seeker_id=a.id, booth_id=ids.booth_a, outcome="hired")
        pending = log_interview(s, actor(), seeker_id=b.id, booth_id=ids.booth_a,
                                outcome="pending")
    with pytest.raises(ConflictError), session_factory.begin() as s:
        set_outcome(s, actor(), pending.id, "hired")
    with session_factory.begin() as s:
        forced = set_outcome(s, actor(), pending.id, "hired", force=True)
    assert forced.over_headcount is True
    with session_factory.begin() as s:  # re-saving the same hire does not ask again
        same = set_outcome(s, actor(), pending.id, "hired", notes="확인")
    assert same.over_headcount is True


def test_unknown_interview(session_factory: sessionmaker[Session]) -> None:
    with pytest.raises(NotFoundError), session_factory.begin() as s:
        set_outcome(s, actor(), uuid.uuid4(), "hired")
