"""The facts of an interview confirmation (면접확인서): who, with which employer, when, where."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from jobfair.db.models import Booth, Employer, Fair, Interview, Opening, Seeker
from jobfair.domain.bizno import format_bizno
from jobfair.domain.errors import NotFoundError, ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.services.accounts.access import Permission, booth_scope, may, require
from jobfair.services.context import Actor


@dataclass(frozen=True)
class ConfirmationData:
    """Plain values for ``jobfair.documents.confirmation``.

    Attributes:
        birth_date: the seeker's birth date when known; else ``birth_year`` alone is printed.
        interviewed_at: the interview's start, in the fair's local time (aware).
        business_no: formatted NNN-NN-NNNNN.
        organizer: who issues it: the fair's organizer (주관), else its hosts (주최).
    """

    interview_id: uuid.UUID
    seeker_name: str
    birth_date: date | None
    birth_year: int
    employer_name: str
    business_no: str
    booth_label: str
    opening_title: str
    interviewed_at: datetime
    fair_name: str
    venue: str
    organizer: str


@dataclass(frozen=True)
class InterviewChoice:
    """One interview of a seeker, to choose which confirmation to print."""

    interview_id: uuid.UUID
    employer_name: str
    booth_label: str
    interviewed_at: datetime  # fair's local time


def _require_confirmation(actor: Actor, booth_id: int | None = None) -> None:
    """The desk confirms any interview; a booth account only its own booth's (``booth_id``
    ``None``: the caller limits what it lists to that booth)."""
    if not may(actor, Permission.REGISTER):
        require(actor, Permission.INTERVIEW, booth_id=booth_id)


def confirmation_data(
    session: Session, interview_id: uuid.UUID, *, actor: Actor
) -> ConfirmationData:
    """What the confirmation of one interview prints (the desk's, or the interview's booth's)."""
    row = session.execute(
        select(Interview, Seeker, Booth, Employer, Fair)
        .join(Seeker, Seeker.id == Interview.seeker_id)
        .join(Booth, Booth.id == Interview.booth_id)
        .join(Employer, Employer.id == Booth.employer_id)
        .join(Fair, Fair.id == Interview.fair_id)
        .where(Interview.id == interview_id, Interview.voided_at.is_(None))
    ).first()
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no such interview (it may have been undone).")
        )
    interview, seeker, booth, employer, fair = row
    _require_confirmation(actor, booth.id)
    if seeker.purged_at is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This fair's personal data has been purged: a confirmation can no longer be "
                "issued.",
            )
        )
    opening = session.get(Opening, interview.opening_id) if interview.opening_id else None
    return ConfirmationData(
        interview_id=interview.id,
        seeker_name=seeker.name,
        birth_date=seeker.birth_date,
        birth_year=seeker.birth_year,
        employer_name=employer.name,
        business_no=format_bizno(employer.business_no),
        booth_label=booth.label,
        opening_title=opening.title if opening is not None else "",
        interviewed_at=interview.started_at.astimezone(ZoneInfo(fair.timezone)),
        fair_name=fair.name,
        venue=fair.venue,
        organizer=fair.organizer or fair.hosts,
    )


def seeker_interviews(
    session: Session, seeker_id: uuid.UUID, *, actor: Actor
) -> list[InterviewChoice]:
    """The seeker's interviews (not undone), oldest first; a booth account's own booth's only."""
    _require_confirmation(actor)
    query = (
        select(Interview.id, Employer.name, Booth.label, Interview.started_at, Fair.timezone)
        .join(Booth, Booth.id == Interview.booth_id)
        .join(Employer, Employer.id == Booth.employer_id)
        .join(Fair, Fair.id == Interview.fair_id)
        .where(Interview.seeker_id == seeker_id, Interview.voided_at.is_(None))
        .order_by(Interview.started_at)
    )
    scope = booth_scope(actor)
    if scope is not None:
        query = query.where(Interview.booth_id == scope)
    rows = session.execute(query).all()
    return [
        InterviewChoice(i, name, label, at.astimezone(ZoneInfo(tz)))
        for i, name, label, at, tz in rows
    ]


def last_interview_at(
    session: Session, seeker_id: uuid.UUID, booth_id: int, *, actor: Actor
) -> uuid.UUID | None:
    """The seeker's newest interview (not undone) at ``booth_id``."""
    _require_confirmation(actor, booth_id)
    return session.scalar(
        select(Interview.id)
        .where(Interview.seeker_id == seeker_id, Interview.booth_id == booth_id,
               Interview.voided_at.is_(None))
        .order_by(Interview.started_at.desc())
        .limit(1)
    )
