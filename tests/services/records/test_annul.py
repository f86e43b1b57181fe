"""The organizer annuls a check-in or an interview's outcome, with a reason: audited, and gone
from every figure."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import AuditEvent
from jobfair.domain.errors import ConflictError, ValidationError
from jobfair.services.checkins.service import check_in
from jobfair.services.interviews.service import log_interview
from jobfair.services.records.annul import annul_check_in, annul_interview, annulable_records
from jobfair.services.reports.metrics import compute_figures
from tests.services.fairkit import actor, register, small_fair


def test_an_annulled_hire_and_check_in_leave_every_figure(
    session_factory: sessionmaker[Session],
) -> None:
    fair = small_fair(session_factory)
    seeker = register(session_factory, fair.fair_id)
    who = actor()
    with session_factory.begin() as s:
        check_in(s, who, seeker.id)
        log_interview(s, who, seeker_id=seeker.id, booth_id=fair.booth_a, outcome="hired")
    with session_factory() as s:
        before = compute_figures(s, fair.fair_id)
        records = annulable_records(s, who, seeker.id)
    assert (before.attendees, before.interviews, before.hires) == (1, 1, 1)
    assert records.checked_in_at is not None and len(records.interviews) == 1
    interview = records.interviews[0]
    assert (interview.booth, interview.outcome) == ("A-1", "hired")

    with session_factory.begin() as s, pytest.raises(ValidationError):
        annul_interview(s, who, interview.id, "  ")
    with session_factory.begin() as s, pytest.raises(ConflictError):
        annul_check_in(s, who, seeker.id, "잘못 접수")  # the interview holds it
    with session_factory.begin() as s:
        annul_interview(s, who, interview.id, "다른 사람으로 잘못 기록")
    with session_factory.begin() as s, pytest.raises(ConflictError):
        annul_interview(s, who, interview.id, "again")
    with session_factory.begin() as s:
        annul_check_in(s, who, seeker.id, "잘못 접수")
    with session_factory() as s:
        after = compute_figures(s, fair.fair_id)
        events = s.execute(
            select(AuditEvent.action, AuditEvent.after).where(
                AuditEvent.action.in_(("annul", "undo_checkin"))).order_by(AuditEvent.at)
        ).all()
        records = annulable_records(s, who, seeker.id)
    assert (after.attendees, after.interviews, after.hires) == (0, 0, 0)
    assert [(a, e["reason"]) for a, e in events] == [
        ("annul", "다른 사람으로 잘못 기록"), ("undo_checkin", "잘못 접수")]
    assert records.checked_in_at is None and records.interviews == ()
