"""Follow-up after the fair (사후관리): the call list of open cases and their final outcomes.

Each second-interview and pending case of the fair (undone and rehearsal interviews left out, as
``jobfair.services.reports.counted`` defines what counts) is listed with the seeker's phone: the
centre's
own contact for the follow-up, which the seeker consented to when registering (collection and use
by the centre). The organizer logs each call and records the
final outcome with its date, from the employer's confirmation.

Final outcomes are kept apart from the fair-day ``outcome``: recording one never changes a fair-day
figure. Rule for the final figures: an interview is a final hire when its final outcome is "hired",
or when it was hired on the spot and no final outcome is recorded; an on-site hire can be
confirmed ("hired") or marked "withdrawn" (the seeker declined) or "not_hired", and then is not a
final hire.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from jobfair.db.models import Booth, Employer, FollowUpCall, Interview, Opening, Seeker
from jobfair.domain.codes import Outcome
from jobfair.domain.errors import ConflictError, NotFoundError, ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.text import nfc
from jobfair.services.accounts.access import Permission, require
from jobfair.services.context import Actor, audit
from jobfair.services.interviews.evaluations import evaluations_of
from jobfair.services.reports.counted import counted_interview, day_of
from jobfair.services.setup.fairs import get_fair


class FinalOutcome(StrEnum):
    HIRED = "hired"  # 최종채용
    NOT_HIRED = "not_hired"  # 불합격
    WITHDRAWN = "withdrawn"  # 구직자 포기


FINAL_OUTCOME_LABELS: dict[FinalOutcome, str] = {
    FinalOutcome.HIRED: QT_TRANSLATE_NOOP("codes", "Finally hired"),
    FinalOutcome.NOT_HIRED: QT_TRANSLATE_NOOP("codes", "Finally not hired"),
    FinalOutcome.WITHDRAWN: QT_TRANSLATE_NOOP("codes", "Withdrawn by the seeker"),
}


class CallResult(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    LEFT_MESSAGE = "left_message"


CALL_RESULT_LABELS: dict[CallResult, str] = {
    CallResult.REACHED: QT_TRANSLATE_NOOP("codes", "Reached"),
    CallResult.NO_ANSWER: QT_TRANSLATE_NOOP("codes", "No answer"),
    CallResult.LEFT_MESSAGE: QT_TRANSLATE_NOOP("codes", "Left a message"),
}

FOLLOW_UP_OUTCOMES = (Outcome.SECOND, Outcome.PENDING)


@dataclass(frozen=True)
class FollowUpCase:
    interview_id: uuid.UUID
    seeker_name: str
    phone: str
    employer: str
    opening: str
    booth: str
    day_outcome: str
    final_outcome: str | None
    final_outcome_on: date | None
    follow_up_note: str
    last_call_at: datetime | None
    last_call_result: str | None
    calls: int
    # the booth's evaluation (the organizer sees every employer's): 1-5, tag labels, its note
    rating: int | None = None
    tags: tuple[str, ...] = ()
    booth_note: str = ""


@dataclass(frozen=True)
class FollowUpProgress:
    total: int
    decided: int
    reached: int

    @property
    def remaining(self) -> int:
        return self.total - self.decided


def _parse(enum: type[StrEnum], value: str, field: str) -> str:
    try:
        return str(enum(value))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "'{value}' is not allowed here: use {allowed}."),
            field=field,
            value=value,
            allowed=", ".join(str(v) for v in enum),
        ) from None


def _interview(session: Session, interview_id: uuid.UUID) -> Interview:
    interview = session.get(Interview, interview_id)
    if interview is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no interview with id {interview_id}."),
            interview_id=interview_id,
        )
    if interview.voided_at is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "This interview was undone; it cannot be changed."),
        )
    return interview


def follow_up_cases(
    session: Session, fair_id: int, status: str | None = None, *, actor: Actor
) -> list[FollowUpCase]:
    """The fair's second-interview and pending cases, by employer and seeker name, with the
    seekers' phone numbers (the organizer's call list).

    ``status``: ``None`` for all, ``"open"`` (no final outcome yet) or ``"decided"``.
    """
    require(actor, Permission.FOLLOW_UP)
    return _cases(session, fair_id, status)


def _cases(session: Session, fair_id: int, status: str | None = None) -> list[FollowUpCase]:
    fair = get_fair(session, fair_id)
    query = (
        select(Interview, Seeker.name, Seeker.phone, Employer.name, Opening.title, Booth.label)
        .join(Seeker, Seeker.id == Interview.seeker_id)
        .join(Booth, Booth.id == Interview.booth_id)
        .join(Employer, Employer.id == Booth.employer_id)
        .outerjoin(Opening, Opening.id == Interview.opening_id)
        .where(
            Interview.fair_id == fair.id,
            counted_interview(day_of(fair)),
            Interview.outcome.in_(FOLLOW_UP_OUTCOMES),
        )
        .order_by(Employer.name, Seeker.name, Interview.started_at)
    )
    if status == "open":
        query = query.where(Interview.final_outcome.is_(None))
    elif status == "decided":
        query = query.where(Interview.final_outcome.is_not(None))
    elif status is not None:
        raise ValueError(status)
    rows = session.execute(query).all()
    ids = [row[0].id for row in rows]
    last: dict[uuid.UUID, FollowUpCall] = {}
    counts: dict[uuid.UUID, int] = {}
    if ids:
        calls = session.scalars(
            select(FollowUpCall)
            .where(FollowUpCall.interview_id.in_(ids))
            .order_by(FollowUpCall.at)
        )
        for call in calls:
            last[call.interview_id] = call
            counts[call.interview_id] = counts.get(call.interview_id, 0) + 1
    evaluations = evaluations_of(session, ids)
    result = []
    for interview, name, phone, employer, opening, booth in rows:
        evaluation = evaluations.get(interview.id)
        latest = last.get(interview.id)
        result.append(
            FollowUpCase(
                interview_id=interview.id,
                seeker_name=name,
                phone=phone,
                employer=employer,
                opening=opening or "",
                booth=booth,
                day_outcome=interview.outcome or "",
                final_outcome=interview.final_outcome,
                final_outcome_on=interview.final_outcome_on,
                follow_up_note=interview.follow_up_note,
                last_call_at=latest.at if latest else None,
                last_call_result=latest.result if latest else None,
                calls=counts.get(interview.id, 0),
                rating=evaluation.rating if evaluation else None,
                tags=tuple(t.label for t in evaluation.tags) if evaluation else (),
                booth_note=evaluation.note if evaluation else "",
            )
        )
    return result


def record_final_outcome(
    session: Session,
    actor: Actor,
    interview_id: uuid.UUID,
    final_outcome: str | None,
    on: date | None,
    note: str | None = None,
) -> None:
    """Record (or clear with ``None``) an interview's final outcome and its date; audited.

    Works on any interview not undone: follow-up cases, and on-site hires to confirm them or mark
    them withdrawn. An on-site hire with no final outcome counts as a final hire.
    """
    require(actor, Permission.FOLLOW_UP)
    interview = _interview(session, interview_id)
    value = None if final_outcome in (None, "") else _parse(
        FinalOutcome, str(final_outcome), "final_outcome"
    )
    if value is not None and on is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the date of the final outcome."),
            field="final_outcome_on",
        )
    before = {
        "final_outcome": interview.final_outcome,
        "final_outcome_on": _iso(interview.final_outcome_on),
        "follow_up_note": interview.follow_up_note,
    }
    now = actor.now()
    interview.final_outcome = value
    interview.final_outcome_on = on if value is not None else None
    if note is not None:
        interview.follow_up_note = nfc(note)
    interview.follow_up_updated_at = now
    session.flush()
    audit(
        session, actor, action="final_outcome", entity="interview", entity_id=interview.id,
        fair_id=interview.fair_id, before=before, at=now,
        after={
            "final_outcome": interview.final_outcome,
            "final_outcome_on": _iso(interview.final_outcome_on),
            "follow_up_note": interview.follow_up_note,
        },
    )


def log_call(
    session: Session, actor: Actor, interview_id: uuid.UUID, result: str, note: str = ""
) -> uuid.UUID:
    """Log one follow-up call about an interview; returns the call's id."""
    require(actor, Permission.FOLLOW_UP)
    interview = _interview(session, interview_id)
    value = _parse(CallResult, result, "result")
    note = nfc(note)
    now = actor.now()
    call = FollowUpCall(
        id=uuid.uuid4(), interview_id=interview.id, at=now, station_id=actor.station_id,
        actor=actor.name, result=value, note=note,
    )
    session.add(call)
    interview.follow_up_updated_at = now
    session.flush()
    audit(
        session, actor, action="follow_up_call", entity="interview", entity_id=interview.id,
        fair_id=interview.fair_id, at=now, after={"result": value, "note": note},
    )
    return call.id


def follow_up_progress(session: Session, fair_id: int) -> FollowUpProgress:
    """How far the call list is: cases, decided, reached at least once (remaining = rest)."""
    cases = _cases(session, fair_id)
    reached_ids = set(
        session.scalars(
            select(FollowUpCall.interview_id).where(
                FollowUpCall.interview_id.in_([c.interview_id for c in cases]),
                FollowUpCall.result == CallResult.REACHED,
            )
        )
    ) if cases else set()
    return FollowUpProgress(
        total=len(cases),
        decided=sum(1 for c in cases if c.final_outcome is not None),
        reached=len(reached_ids),
    )


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
