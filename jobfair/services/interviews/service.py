"""Interviews at the booths and their outcomes, with the headcount rule."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from jobfair.db.locking import write_lock
from jobfair.db.models import Booth, Interview, Opening
from jobfair.domain.codes import Outcome
from jobfair.domain.errors import ConflictError, NotFoundError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.interviews import (
    HeadcountExceededError,
    check_headcount,
    parse_outcome,
    require_opening,
)
from jobfair.services.accounts.access import Permission, require
from jobfair.services.checkins.service import counts_as_checked_in, record_check_in
from jobfair.services.context import Actor, audit
from jobfair.services.reports import counted
from jobfair.services.seekers.service import load_seeker
from jobfair.services.setup.fairs import load_booth

__all__ = [
    "HeadcountExceededError",
    "InterviewView",
    "hires_for_opening",
    "insert_interview",
    "interview_view",
    "log_interview",
    "parse_outcome",
    "set_outcome",
]


@dataclass(frozen=True)
class InterviewView:
    id: uuid.UUID
    fair_id: int
    seeker_id: uuid.UUID
    booth_id: int
    opening_id: int | None
    started_at: datetime
    outcome: str | None
    over_headcount: bool
    notes: str
    voided_at: datetime | None = None


def interview_view(i: Interview) -> InterviewView:
    return InterviewView(
        id=i.id,
        fair_id=i.fair_id,
        seeker_id=i.seeker_id,
        booth_id=i.booth_id,
        opening_id=i.opening_id,
        started_at=i.started_at,
        outcome=i.outcome,
        over_headcount=i.over_headcount,
        notes=i.notes,
        voided_at=i.voided_at,
    )


def hires_for_opening(session: Session, opening_id: int) -> int:
    """Hires on the spot for the opening that count (``jobfair.services.reports.counted``)."""
    return counted.hires_for_opening(session, opening_id)


def lock_opening(session: Session, opening_id: int) -> None:
    """Hold the opening's hires still until the commit, before counting them.

    Two stations of one booth hiring for the last position: the second waits on this lock
    (PostgreSQL's row lock; on SQLite the database's write lock, taken with BEGIN IMMEDIATE)
    and then counts the first one's hire.
    """
    write_lock(session)
    session.execute(select(Opening.id).where(Opening.id == opening_id).with_for_update())


def _check_headcount(session: Session, opening: Opening, force: bool) -> bool:
    """``True`` when this hire goes beyond the headcount (allowed only with ``force``)."""
    lock_opening(session, opening.id)
    day = counted.fair_day(session, opening.fair_id)
    return check_headcount(title=opening.title, headcount=opening.headcount,
                           hired=counted.hires_for_opening(session, opening.id, day), force=force)


def log_interview(
    session: Session,
    actor: Actor,
    *,
    seeker_id: uuid.UUID,
    booth_id: int,
    opening_id: int | None = None,
    outcome: str | None = None,
    notes: str = "",
    force: bool = False,
    interview_id: uuid.UUID | None = None,
) -> InterviewView:
    """Record an interview at a booth. A seeker who never checked in is checked in by it.

    Replaying the same ``interview_id`` returns the interview already saved.
    """
    require(actor, Permission.INTERVIEW, booth_id=booth_id)
    if interview_id is not None and session.scalar(
        select(Interview.id).where(Interview.id == interview_id)
    ) is not None:
        existing = session.get(Interview, interview_id)
        assert existing is not None
        return interview_view(existing)
    seeker = load_seeker(session, seeker_id)
    booth = load_booth(session, booth_id)
    if booth.fair_id != seeker.fair_id:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "errors", "This seeker is registered for another fair than booth {booth}."
            ),
            booth=booth.label,
        )
    result = parse_outcome(outcome)
    opening = _opening_of_booth(session, booth, opening_id)
    over = False
    require_opening(result, opening.id if opening else None)
    if result is Outcome.HIRED and opening is not None:
        over = _check_headcount(session, opening, force)
    if not counts_as_checked_in(session, seeker):  # never, or only at a rehearsal
        record_check_in(session, actor, seeker_id, via="booth", seeker=seeker)
    return insert_interview(session, actor, booth=booth, seeker_id=seeker_id,
                            opening_id=opening.id if opening else None,
                            outcome=str(result) if result else None, over_headcount=over,
                            notes=notes, interview_id=interview_id)


def insert_interview(
    session: Session,
    actor: Actor,
    *,
    booth: Booth,
    seeker_id: uuid.UUID,
    opening_id: int | None = None,
    outcome: str | None = None,
    over_headcount: bool = False,
    notes: str = "",
    interview_id: uuid.UUID | None = None,
) -> InterviewView:
    """Write an interview whose rules the caller checked (the seeker is of the booth's fair and
    checked in, the outcome and the headcount allowed), with its audit event."""
    now = actor.now()
    values: dict[str, Any] = {
        "id": interview_id or uuid.uuid4(),
        "fair_id": booth.fair_id,
        "seeker_id": seeker_id,
        "booth_id": booth.id,
        "opening_id": opening_id,
        "started_at": now,
        "outcome": outcome,
        "outcome_at": now if outcome else None,
        "over_headcount": over_headcount,
        "notes": notes,
        "station_id": actor.station_id,
        "updated_at": now,
    }
    # A plain INSERT rather than an ORM object: the booth's hottest write skips the unit of
    # work's bookkeeping (a later read in this session finds the row in the database).
    session.connection().execute(insert(Interview.__table__), [values])  # type: ignore[arg-type]
    interview = Interview(**values)
    audit(session, actor, action="create", entity="interview", entity_id=interview.id,
          fair_id=booth.fair_id,
          after={"booth_id": booth.id, "opening_id": opening_id, "outcome": outcome,
                 "over_headcount": over_headcount})
    return interview_view(interview)


def set_outcome(
    session: Session,
    actor: Actor,
    interview_id: uuid.UUID,
    outcome: str | None,
    *,
    opening_id: int | None = None,
    notes: str | None = None,
    force: bool = False,
) -> InterviewView:
    """Set or correct an interview's outcome; the change is kept in the audit log."""
    interview = session.get(Interview, interview_id)
    if interview is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no interview with id {interview_id}."),
            interview_id=interview_id,
        )
    require(actor, Permission.INTERVIEW, booth_id=interview.booth_id)
    if interview.voided_at is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "This interview was undone; it cannot be changed."),
        )
    before = {"outcome": interview.outcome, "opening_id": interview.opening_id,
              "notes": interview.notes}
    result = parse_outcome(outcome)
    booth = session.get(Booth, interview.booth_id)
    assert booth is not None
    opening = _opening_of_booth(session, booth, opening_id or interview.opening_id)
    over = False
    already_hired_here = (
        interview.outcome == Outcome.HIRED and opening is not None
        and interview.opening_id == opening.id
    )
    if result is Outcome.HIRED and not already_hired_here:
        require_opening(result, opening.id if opening else None)
        assert opening is not None
        over = _check_headcount(session, opening, force)
    now = actor.now()
    interview.outcome = str(result) if result else None
    interview.outcome_at = now if result else None
    interview.opening_id = opening.id if opening else None
    interview.over_headcount = over or (already_hired_here and interview.over_headcount)
    if notes is not None:
        interview.notes = notes
    interview.updated_at = now
    session.flush()
    audit(session, actor, action="update", entity="interview", entity_id=interview.id,
          fair_id=interview.fair_id, before=before,
          after={"outcome": interview.outcome, "opening_id": interview.opening_id,
                 "notes": interview.notes})
    return interview_view(interview)


def _opening_of_booth(session: Session, booth: Booth, opening_id: int | None) -> Opening | None:
    """The opening, checked to belong to the booth's employer; or the only one it has."""
    if opening_id is None:
        only = session.scalars(
            select(Opening).where(
                Opening.employer_id == booth.employer_id, Opening.fair_id == booth.fair_id
            ).limit(2)
        ).all()
        return only[0] if len(only) == 1 else None
    opening = session.get(Opening, opening_id)
    if opening is None or opening.employer_id != booth.employer_id:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Opening {opening_id} is not one of booth {booth}'s."),
            opening_id=opening_id,
            booth=booth.label,
        )
    return opening
