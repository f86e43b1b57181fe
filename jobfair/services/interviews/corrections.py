"""Interviews as a booth records them: the double-scan rule, corrections, undo, the last entries.

Built on ``jobfair.services.interviews.service`` (which holds the headcount rule and the check-in by
interview); this module adds what a booth station needs around it. Every change leaves an audit
event with the values before and after, the station and the time.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from jobfair.db.models import Booth, Fair, Interview, Opening, Seeker
from jobfair.domain.errors import ConflictError, NotFoundError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.services.accounts.access import Permission, require
from jobfair.services.context import Actor, audit
from jobfair.services.interviews.queue import mark_done
from jobfair.services.interviews.service import (
    InterviewView,
    interview_view,
    log_interview,
    set_outcome,
)
from jobfair.services.reports import counted
from jobfair.services.setup.fairs import load_booth


@dataclass(frozen=True)
class EarlierInterview:
    """An interview the seeker had at this booth before, for the double-scan warning.

    Attributes:
        local_time: when it started, as HH:MM in the fair's time zone.
    """

    id: uuid.UUID
    started_at: datetime
    local_time: str
    opening_id: int | None
    opening_title: str | None
    outcome: str | None


@dataclass(frozen=True)
class RecentInterview:
    """One of the booth's latest interviews, as the correction list shows it."""

    id: uuid.UUID
    seeker_id: uuid.UUID
    badge_no: int | None
    name: str
    opening_id: int | None
    opening_title: str | None
    outcome: str | None
    over_headcount: bool
    notes: str
    started_at: datetime
    local_time: str
    voided: bool


class RepeatInterviewError(ConflictError):
    """The seeker was interviewed at this booth already; adding another needs a confirmation.

    The message only states the fact: each place asks its own way (the booth's question bar,
    the paper sheet's box, the CLI's ``--again``) and says so itself.

    Attributes:
        earlier: the latest earlier interview (the screen shows it).
    """

    def __init__(self, earlier: EarlierInterview, name: str, booth: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} was already interviewed at booth {booth} at {time}.",
            ),
            name=name,
            booth=booth,
            time=earlier.local_time,
        )
        self.earlier = earlier


def local_hhmm(moment: datetime, timezone: str) -> str:
    """``moment`` (aware UTC) as HH:MM in the fair's time zone."""
    return moment.astimezone(ZoneInfo(timezone)).strftime("%H:%M")


def fair_timezone(session: Session, fair_id: int) -> str:
    fair = session.get(Fair, fair_id)
    return fair.timezone if fair is not None else "Asia/Seoul"


def earlier_interviews(
    session: Session, booth: Booth, seeker_id: uuid.UUID, now: datetime
) -> tuple[EarlierInterview, ...]:
    """The seeker's interviews at the booth that were not undone, latest first, of the day
    ``now`` falls on (a rehearsal's interviews are never "earlier" on the fair's day)."""
    day = counted.fair_day(session, booth.fair_id).around(now)
    # Only the seeker's own interviews (a handful) are read, and the booth is picked out here:
    # asked for the booth in SQL, SQLite without statistics walks the booth's index instead
    # (thousands of rows at a large fair).
    rows = [
        r
        for r in session.execute(
            select(Interview.id, Interview.booth_id, Interview.started_at, Interview.opening_id,
                   Interview.outcome, Opening.title)
            .outerjoin(Opening, Opening.id == Interview.opening_id)
            .where(
                Interview.fair_id == booth.fair_id,
                Interview.seeker_id == seeker_id,
                Interview.voided_at.is_(None),
            )
        ).all()
        if r.booth_id == booth.id and day.contains(r.started_at)
    ]
    if not rows:
        return ()
    rows.sort(key=lambda r: (r.started_at, str(r.id)), reverse=True)
    tz = fair_timezone(session, booth.fair_id)
    return tuple(
        EarlierInterview(r.id, r.started_at, local_hhmm(r.started_at, tz), r.opening_id, r.title,
                         r.outcome)
        for r in rows
    )



def record_interview(
    session: Session,
    actor: Actor,
    booth_id: int,
    seeker_id: uuid.UUID,
    *,
    outcome: str | None = None,
    opening_id: int | None = None,
    notes: str = "",
    force: bool = False,
    allow_repeat: bool = False,
    interview_id: uuid.UUID | None = None,
) -> InterviewView:
    """Log an interview at the booth as the booth screen does.

    A second interview of the same seeker at the same booth raises ``RepeatInterviewError``
    unless ``allow_repeat``; a hire beyond the opening's headcount raises
    ``HeadcountExceededError`` unless ``force`` (then it is recorded as over the headcount).
    The seeker's open queue entry at the booth is closed. Replaying ``interview_id`` returns
    the interview saved before.
    """
    require(actor, Permission.INTERVIEW, booth_id=booth_id)
    if interview_id is not None:
        existing = session.get(Interview, interview_id)
        if existing is not None:
            return interview_view(existing)
    booth = load_booth(session, booth_id)
    if not allow_repeat:
        earlier = earlier_interviews(session, booth, seeker_id, actor.now())
        if earlier:
            seeker = session.get(Seeker, seeker_id)
            raise RepeatInterviewError(earlier[0], seeker.name if seeker else "", booth.label)
    view = log_interview(
        session,
        actor,
        seeker_id=seeker_id,
        booth_id=booth_id,
        opening_id=opening_id,
        outcome=outcome,
        notes=notes,
        force=force,
        interview_id=interview_id,
    )
    mark_done(session, actor, booth_id, seeker_id)
    return view


def correct_interview(
    session: Session,
    actor: Actor,
    interview_id: uuid.UUID,
    outcome: str | None,
    *,
    opening_id: int | None = None,
    notes: str | None = None,
    force: bool = False,
) -> InterviewView:
    """Change an interview's outcome, opening or notes (the headcount rule applies again)."""
    return set_outcome(
        session, actor, interview_id, outcome, opening_id=opening_id, notes=notes, force=force
    )


def undo_interview(session: Session, actor: Actor, interview_id: uuid.UUID) -> InterviewView:
    """Undo an interview: it stays on record, marked void, and no figure counts it any more."""
    interview = void_interview(
        session, actor, interview_id,
        allowed=lambda i: require(actor, Permission.INTERVIEW, booth_id=i.booth_id),
        action="void",
    )
    return interview_view(interview)


def void_interview(
    session: Session, actor: Actor, interview_id: uuid.UUID, *,
    allowed: Callable[[Interview], None], action: str, reason: str | None = None,
) -> Interview:
    """Mark an interview void (kept on record, counted by no figure) and audit it as ``action``
    (a booth's undo ``"void"``, an organizer's correction ``"annul"`` with its ``reason``);
    ``allowed`` raises when the actor may not touch this interview."""
    interview = session.get(Interview, interview_id)
    if interview is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no interview with id {interview_id}."),
            interview_id=interview_id,
        )
    allowed(interview)
    if interview.voided_at is not None:
        raise ConflictError(QT_TRANSLATE_NOOP("errors", "This interview was undone already."))
    now = actor.now()
    interview.voided_at = now
    interview.updated_at = now
    session.flush()
    after: dict[str, object] = {"outcome": interview.outcome,
                                "opening_id": interview.opening_id,
                                "voided_at": now.isoformat()}
    if reason is not None:
        after["reason"] = reason
    audit(session, actor, action=action, entity="interview", entity_id=interview.id,
          fair_id=interview.fair_id, at=now,
          before={"outcome": interview.outcome, "opening_id": interview.opening_id,
                  "voided_at": None},
          after=after)
    return interview


def recent_interviews(
    session: Session,
    booth_id: int,
    limit: int = 10,
    *,
    include_voided: bool = False,
    undecided_only: bool = False,
    actor: Actor,
) -> list[RecentInterview]:
    """The booth's latest interviews, newest first (undone ones only with ``include_voided``;
    only those still without an outcome with ``undecided_only``).

    A booth account sees its own booth's only.
    """
    require(actor, Permission.INTERVIEW, booth_id=booth_id)
    booth = load_booth(session, booth_id)
    query = (
        select(Interview, Seeker.badge_no, Seeker.name, Opening.title)
        .join(Seeker, Seeker.id == Interview.seeker_id)
        .outerjoin(Opening, Opening.id == Interview.opening_id)
        .where(Interview.booth_id == booth_id)
        .order_by(Interview.started_at.desc(), Interview.id.desc())
        .limit(limit)
    )
    if not include_voided:
        query = query.where(Interview.voided_at.is_(None))
    if undecided_only:
        query = query.where(Interview.outcome.is_(None))
    tz = fair_timezone(session, booth.fair_id)
    return [
        RecentInterview(
            id=i.id,
            seeker_id=i.seeker_id,
            badge_no=badge_no,
            name=name,
            opening_id=i.opening_id,
            opening_title=title,
            outcome=i.outcome,
            over_headcount=i.over_headcount,
            notes=i.notes,
            started_at=i.started_at,
            local_time=local_hhmm(i.started_at, tz),
            voided=i.voided_at is not None,
        )
        for i, badge_no, name, title in session.execute(query).all()
    ]


def undecided_interviews(
    session: Session, booth_id: int, limit: int = 100, *, actor: Actor
) -> list[RecentInterview]:
    """The booth's interviews still without an outcome (a card left open when the next scan
    came), newest first: the list the recruiter completes later."""
    return recent_interviews(session, booth_id, limit, undecided_only=True, actor=actor)
