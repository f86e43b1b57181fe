"""What counts: the one definition of each counted figure, as SQL.

Every figure (the dashboard, ``jobfair stats``, the report, the export, the booths' day and
openings, the headcount rule, follow-up and matching outcomes) asks these, so "a hire" means the
same everywhere:

- a check-in counts when it was made on the fair's day (``CheckIn.at``);
- an interview counts when it was not undone and was started on the fair's day;
- a hire is a counted interview whose outcome is hired on the spot;
- people interviewed are the distinct seekers of counted interviews;
- a seeker waits at a booth when queued there on the fair's day and neither called nor done.

Records of other days are rehearsal records (see ``jobfair.domain.fair_day``): kept, left out of
every figure. The day is a range of UTC instants on the indexed timestamps, so the covering
indexes still answer the figures (``ix_checkin_fair_at``, ``ix_interview_fair_seeker``,
``ix_interview_booth_started``).
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from sqlalchemy import ColumnElement, and_, case, distinct, func, or_, select
from sqlalchemy.orm import Session

from jobfair.db.models import Booth, CheckIn, Interview, Opening, QueueEntry
from jobfair.domain.codes import Outcome
from jobfair.domain.fair_day import FairDay
from jobfair.services.setup.fairs import get_fair

__all__ = [
    "FINAL_HIRED",
    "FairDay",
    "counted_check_in",
    "counted_hire",
    "counted_interview",
    "day_of",
    "fair_day",
    "final_hire",
    "hire_count",
    "hires_by_opening",
    "hires_for_opening",
    "interviewee_count",
    "is_hire",
    "outcome_count",
    "rehearsal_check_in",
    "rehearsal_interview",
    "rehearsal_queue_entry",
    "waiting_at_booth",
    "waiting_by_booth",
    "waiting_in_queue",
]

FINAL_HIRED = "hired"


class _FairLike(Protocol):
    @property
    def date(self) -> date: ...
    @property
    def timezone(self) -> str: ...


def day_of(fair: _FairLike) -> FairDay:
    """The counted day of a fair already read (a ``Fair`` or a ``FairView``)."""
    return FairDay.of(fair.date, fair.timezone)


def fair_day(session: Session, fair_id: int) -> FairDay:
    """The counted day of the fair ``fair_id``."""
    return day_of(get_fair(session, fair_id))


# --- the predicates ---------------------------------------------------------------------------


def counted_check_in(day: FairDay) -> ColumnElement[bool]:
    """A check-in that counts: made on the fair's day."""
    return and_(CheckIn.at >= day.start, CheckIn.at < day.end)


def counted_interview(day: FairDay) -> ColumnElement[bool]:
    """An interview that counts: not undone, started on the fair's day."""
    return and_(
        Interview.voided_at.is_(None),
        Interview.started_at >= day.start,
        Interview.started_at < day.end,
    )


def is_hire() -> ColumnElement[bool]:
    """The outcome "hired on the spot" (of an interview that counts: see ``counted_hire``)."""
    return Interview.outcome == Outcome.HIRED


def counted_hire(day: FairDay) -> ColumnElement[bool]:
    """A hire that counts: hired on the spot, not undone, on the fair's day."""
    return and_(counted_interview(day), is_hire())


def final_hire() -> ColumnElement[bool]:
    """A final hire (사후관리) among counted interviews: final outcome "hired", or hired on the
    spot with no final outcome recorded (withdrawn or not hired afterwards: not a final hire)."""
    return or_(
        Interview.final_outcome == FINAL_HIRED,
        and_(is_hire(), Interview.final_outcome.is_(None)),
    )


def waiting_in_queue(day: FairDay) -> ColumnElement[bool]:
    """A seeker waiting at a booth: queued on the fair's day, not called, not done."""
    return and_(
        QueueEntry.called_at.is_(None),
        QueueEntry.done_at.is_(None),
        QueueEntry.queued_at >= day.start,
        QueueEntry.queued_at < day.end,
    )


def rehearsal_check_in(day: FairDay) -> ColumnElement[bool]:
    """A check-in made on another day than the fair's: a rehearsal record."""
    return or_(CheckIn.at < day.start, CheckIn.at >= day.end)


def rehearsal_interview(day: FairDay) -> ColumnElement[bool]:
    """An interview started on another day than the fair's (undone or not): a rehearsal."""
    return or_(Interview.started_at < day.start, Interview.started_at >= day.end)


def rehearsal_queue_entry(day: FairDay) -> ColumnElement[bool]:
    """A queue entry of another day than the fair's."""
    return or_(QueueEntry.queued_at < day.start, QueueEntry.queued_at >= day.end)


# --- the aggregates (over rows already limited to counted interviews) -------------------------


def outcome_count(outcome: Outcome) -> ColumnElement[int]:
    """How many of the selected interviews have ``outcome``."""
    return func.coalesce(func.sum(case((Interview.outcome == outcome, 1), else_=0)), 0)


def hire_count() -> ColumnElement[int]:
    """How many of the selected interviews are hires."""
    return outcome_count(Outcome.HIRED)


def interviewee_count() -> ColumnElement[int]:
    """People interviewed: distinct seekers of the selected interviews."""
    return func.count(distinct(Interview.seeker_id))


# --- figures read on their own ----------------------------------------------------------------


def hires_by_opening(
    session: Session, fair_id: int, day: FairDay, employer_id: int | None = None
) -> dict[int, int]:
    """Hires that count per opening of the fair (of one employer, when given)."""
    query = (
        select(Interview.opening_id, func.count())
        .where(Interview.fair_id == fair_id, counted_hire(day), Interview.opening_id.is_not(None))
        .group_by(Interview.opening_id)
    )
    if employer_id is not None:
        query = query.join(Opening, Opening.id == Interview.opening_id).where(
            Opening.employer_id == employer_id
        )
    return {int(o): int(n) for o, n in session.execute(query).all() if o is not None}


def hires_for_opening(session: Session, opening_id: int, day: FairDay | None = None) -> int:
    """Hires that count for one opening: what the headcount rule compares with the headcount."""
    if day is None:
        fair_id = session.scalar(select(Opening.fair_id).where(Opening.id == opening_id))
        if fair_id is None:
            return 0
        day = fair_day(session, fair_id)
    return session.scalar(
        select(func.count())
        .select_from(Interview)
        .where(Interview.opening_id == opening_id, counted_hire(day))
    ) or 0


def waiting_by_booth(session: Session, fair_id: int, day: FairDay) -> dict[int, int]:
    """Seekers waiting per booth of the fair (booths with nobody waiting left out)."""
    booths = select(Booth.id).where(Booth.fair_id == fair_id).scalar_subquery()
    rows = session.execute(
        select(QueueEntry.booth_id, func.count())
        .where(QueueEntry.booth_id.in_(booths), waiting_in_queue(day))
        .group_by(QueueEntry.booth_id)
    ).all()
    return {int(b): int(n) for b, n in rows}


def waiting_at_booth(session: Session, booth_id: int, day: FairDay) -> int:
    """Seekers waiting at one booth: the number the booth and the dashboard both show."""
    return session.scalar(
        select(func.count()).select_from(QueueEntry)
        .where(QueueEntry.booth_id == booth_id, waiting_in_queue(day))
    ) or 0
