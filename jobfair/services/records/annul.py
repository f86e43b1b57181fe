"""Correcting the record: the organizer annuls a check-in or an interview's outcome, with a reason.

An annulled interview stays on record, marked void (``Interview.voided_at``), as a booth's undo
leaves it: no figure counts it any more (``jobfair.services.reports.counted``). An annulled
check-in is
taken back as the desk's undo does (``checkin.undo_check_in``): refused while the seeker has
interviews that count, so those are annulled first. Both are audited with the values before and
the reason; every station re-reads its figures on the change this write makes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jobfair.db.models import Booth, CheckIn, Employer, Interview
from jobfair.domain.errors import ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.text import nfc
from jobfair.services.accounts.access import Permission, require
from jobfair.services.checkins.service import CheckInUndone, undo_check_in
from jobfair.services.context import Actor
from jobfair.services.interviews.corrections import void_interview
from jobfair.services.reports.counted import counted_interview, fair_day
from jobfair.services.seekers.service import load_seeker

__all__ = ["AnnulRecords", "AnnulableInterview", "annul_check_in", "annul_interview",
           "annulable_records"]


@dataclass(frozen=True)
class AnnulableInterview:
    id: uuid.UUID
    booth: str
    employer: str
    started_at: datetime
    outcome: str | None


@dataclass(frozen=True)
class AnnulRecords:
    """A seeker's records that count: the check-in (``None``: none) and the interviews."""

    seeker_id: uuid.UUID
    name: str
    badge_no: int | None
    checked_in_at: datetime | None
    interviews: tuple[AnnulableInterview, ...]


def _reason(reason: str, message: str) -> str:
    why = nfc(reason).strip()
    if not why:
        raise ValidationError(message, field="reason")
    return why


def annulable_records(session: Session, actor: Actor, seeker_id: uuid.UUID) -> AnnulRecords:
    """The seeker's check-in and counted interviews, oldest first."""
    require(actor, Permission.SETUP)
    seeker = load_seeker(session, seeker_id)
    day = fair_day(session, seeker.fair_id)
    at = session.scalar(select(CheckIn.at).where(CheckIn.seeker_id == seeker_id))
    rows = session.execute(
        select(Interview.id, Booth.label, Employer.name, Interview.started_at, Interview.outcome)
        .join(Booth, Booth.id == Interview.booth_id)
        .join(Employer, Employer.id == Booth.employer_id)
        .where(Interview.seeker_id == seeker_id, counted_interview(day))
        .order_by(Interview.started_at)
    ).all()
    return AnnulRecords(
        seeker.id, seeker.name, seeker.badge_no, at,
        tuple(AnnulableInterview(i, b, e, s, o) for i, b, e, s, o in rows),
    )


def annul_interview(
    session: Session, actor: Actor, interview_id: uuid.UUID, reason: str
) -> AnnulableInterview:
    """Annul an interview and its outcome (the organizer's correction); audited with the
    reason."""
    require(actor, Permission.SETUP)
    why = _reason(reason, QT_TRANSLATE_NOOP("errors", "Give the reason for annulling it."))
    interview = void_interview(session, actor, interview_id, allowed=lambda _i: None,
                               action="annul", reason=why)
    booth = session.get(Booth, interview.booth_id)
    assert booth is not None
    return AnnulableInterview(interview.id, booth.label, booth.employer.name,
                              interview.started_at, interview.outcome)


def annul_check_in(
    session: Session, actor: Actor, seeker_id: uuid.UUID, reason: str
) -> CheckInUndone:
    """Annul a seeker's check-in (the organizer's correction); audited with the reason."""
    require(actor, Permission.SETUP)
    why = _reason(reason, QT_TRANSLATE_NOOP("errors", "Give the reason for annulling it."))
    return undo_check_in(session, actor, seeker_id, why)
