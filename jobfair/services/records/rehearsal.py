"""Rehearsal records: check-ins and interviews made on another day than the fair's.

Centres try their scanners with the real fair the day before. Those records are not thrown away
when they are made (nothing at a station asks about them); they are simply left out of every
figure, because what counts is decided when the figures are read
(``jobfair.services.reports.counted``).
A station shows a banner on such a day (``rehearsal_day``); the organizer sees the records
(``rehearsal_records``) and discards them in one action (``discard_rehearsal``).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from jobfair.db.models import Booth, CheckIn, Interview, QueueEntry, Seeker
from jobfair.services.accounts.access import Permission, require
from jobfair.services.context import Actor, audit
from jobfair.services.reports.counted import (
    day_of,
    rehearsal_check_in,
    rehearsal_interview,
    rehearsal_queue_entry,
)
from jobfair.services.setup.fairs import get_fair

CHECKIN = "checkin"
INTERVIEW = "interview"


@dataclass(frozen=True)
class RehearsalDay:
    """Whether what a station records now counts.

    Attributes:
        fair_id: the fair.
        fair_date: the fair's date.
        today: the date now, in the fair's time zone.
        is_rehearsal: ``today`` is not the fair's date: records made now will not count.
    """

    fair_id: int
    fair_date: date
    today: date
    is_rehearsal: bool


@dataclass(frozen=True)
class RehearsalRecord:
    """One rehearsal check-in or interview, as the organizer's list shows it.

    Attributes:
        kind: ``"checkin"`` or ``"interview"``.
        record_id: the check-in's or the interview's id.
        at: when it was recorded (aware UTC).
        day: its date in the fair's time zone.
        badge_no, name: the seeker.
        booth: the booth's label (interviews), else ``""``.
        outcome: the interview's outcome, ``None`` when undecided or for a check-in.
        voided: the interview was undone at the booth.
    """

    kind: str
    record_id: uuid.UUID
    at: datetime
    day: date
    seeker_id: uuid.UUID
    badge_no: int | None
    name: str
    booth: str = ""
    outcome: str | None = None
    voided: bool = False


@dataclass(frozen=True)
class RehearsalRecords:
    """The fair's rehearsal records: counts by kind and the rows, oldest first."""

    fair_id: int
    fair_date: date
    checkins: int
    interviews: int
    queue_entries: int
    rows: tuple[RehearsalRecord, ...]

    @property
    def total(self) -> int:
        """Check-ins and interviews (what ``jobfair stats`` reports as rehearsal records)."""
        return self.checkins + self.interviews


def rehearsal_day(session: Session, fair_id: int, now: datetime) -> RehearsalDay:
    """Whether ``now`` falls outside the fair's day: a station shows a banner before the first
    scan of such a day, since nothing it records then will count."""
    fair = get_fair(session, fair_id)
    day = day_of(fair)
    return RehearsalDay(fair.id, fair.date, day.local_date(now), not day.contains(now))


def rehearsal_count(session: Session, fair_id: int) -> int:
    """How many check-ins and interviews of the fair are rehearsal records.

    Cheap enough for every refresh: each kind is counted as two index ranges (before the day,
    after it) rather than one "outside the day" condition, which would read the whole index.
    """
    day = day_of(get_fair(session, fair_id))
    booths = select(Booth.id).where(Booth.fair_id == fair_id).scalar_subquery()
    total = 0
    for table, at, scope in (
        (CheckIn, CheckIn.at, CheckIn.fair_id == fair_id),
        (Interview, Interview.started_at, Interview.booth_id.in_(booths)),
    ):
        for outside in (at < day.start, at >= day.end):
            total += session.scalar(
                select(func.count()).select_from(table).where(scope, outside)
            ) or 0
    return total


def rehearsal_records(session: Session, fair_id: int) -> RehearsalRecords:
    """The fair's rehearsal check-ins and interviews (with the queue entries of those days)."""
    fair = get_fair(session, fair_id)
    day = day_of(fair)
    checkins: Sequence[Any] = session.execute(
        select(CheckIn.id, CheckIn.at, Seeker.id, Seeker.badge_no, Seeker.name)
        .join(Seeker, Seeker.id == CheckIn.seeker_id)
        .where(CheckIn.fair_id == fair.id, rehearsal_check_in(day))
    ).all()
    interviews: Sequence[Any] = session.execute(
        select(Interview.id, Interview.started_at, Seeker.id, Seeker.badge_no, Seeker.name,
               Booth.label, Interview.outcome, Interview.voided_at)
        .join(Seeker, Seeker.id == Interview.seeker_id)
        .join(Booth, Booth.id == Interview.booth_id)
        .where(Interview.fair_id == fair.id, rehearsal_interview(day))
    ).all()
    queued = session.scalar(
        select(func.count()).select_from(QueueEntry)
        .where(QueueEntry.fair_id == fair.id, rehearsal_queue_entry(day))
    ) or 0
    rows = [
        RehearsalRecord(CHECKIN, r[0], r[1], day.local_date(r[1]), r[2], r[3], r[4])
        for r in checkins
    ] + [
        RehearsalRecord(INTERVIEW, r[0], r[1], day.local_date(r[1]), r[2], r[3], r[4],
                        booth=r[5], outcome=r[6], voided=r[7] is not None)
        for r in interviews
    ]
    rows.sort(key=lambda r: (r.at, r.kind, str(r.record_id)))
    return RehearsalRecords(fair.id, fair.date, len(checkins), len(interviews), int(queued),
                            tuple(rows))


def discard_rehearsal(session: Session, actor: Actor, fair_id: int) -> int:
    """Delete the fair's rehearsal check-ins and interviews, and its queue entries of those
    days; the number of check-ins and interviews deleted. Organizer only.

    Each deleted record gets its own audit event with its values before, so the trail of a
    check-in or an interview (its "create" event and this one) reads whole, as for every
    other record; a summary event could not be found from the record it deleted.
    """
    require(actor, Permission.REHEARSAL)
    found = rehearsal_records(session, fair_id)
    day = day_of(get_fair(session, fair_id))
    at = actor.now()
    for r in found.rows:
        before: dict[str, Any] = {"at": r.at.isoformat(), "day": r.day.isoformat()}
        if r.kind == CHECKIN:
            audit(session, actor, action="discard_rehearsal", entity="seeker",
                  entity_id=r.seeker_id, fair_id=found.fair_id, at=at,
                  before={**before, "checkin_id": str(r.record_id)})
        else:
            audit(session, actor, action="discard_rehearsal", entity="interview",
                  entity_id=r.record_id, fair_id=found.fair_id, at=at,
                  before={**before, "seeker_id": str(r.seeker_id), "booth": r.booth,
                          "outcome": r.outcome, "voided": r.voided})
    session.execute(
        delete(Interview).where(Interview.fair_id == found.fair_id, rehearsal_interview(day))
    )
    session.execute(
        delete(CheckIn).where(CheckIn.fair_id == found.fair_id, rehearsal_check_in(day))
    )
    session.execute(
        delete(QueueEntry)
        .where(QueueEntry.fair_id == found.fair_id, rehearsal_queue_entry(day))
    )
    return found.total
