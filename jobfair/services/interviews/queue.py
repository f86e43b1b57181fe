"""The queue at a booth: seekers scanned in as waiting, called in order, done when interviewed.

An entry is waiting (not called, not done), called (the recruiter asked for them) or done (their
interview was logged, or they left). A seeker has at most one open entry per booth; the database
holds that rule too (a partial unique index), so two stations of one booth cannot both queue them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jobfair.db.models import QueueEntry, Seeker
from jobfair.domain.errors import NotFoundError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.services.accounts.access import Permission, require
from jobfair.services.checkins.service import record_check_in
from jobfair.services.context import Actor, audit
from jobfair.services.reports.counted import FairDay, fair_day, waiting_at_booth, waiting_in_queue
from jobfair.services.setup.fairs import load_booth


@dataclass(frozen=True)
class QueueEntryView:
    """One entry of a booth's queue.

    Attributes:
        already: ``True`` when enqueueing found the seeker waiting already (nothing was added).
    """

    id: uuid.UUID
    booth_id: int
    seeker_id: uuid.UUID
    badge_no: int | None
    name: str
    queued_at: datetime
    called_at: datetime | None
    done_at: datetime | None
    already: bool = False
    queue_no: int | None = None


@dataclass(frozen=True)
class WaitingSeeker:
    """A seeker waiting at the booth: ``position`` 1 is next; ``waited`` up to the given now."""

    position: int
    entry_id: uuid.UUID
    seeker_id: uuid.UUID
    badge_no: int | None
    name: str
    queued_at: datetime
    waited: timedelta
    queue_no: int | None = None


def _view(entry: QueueEntry, seeker: Seeker, already: bool = False) -> QueueEntryView:
    return QueueEntryView(
        id=entry.id,
        booth_id=entry.booth_id,
        seeker_id=entry.seeker_id,
        badge_no=seeker.badge_no,
        name=seeker.name,
        queued_at=entry.queued_at,
        called_at=entry.called_at,
        done_at=entry.done_at,
        already=already,
        queue_no=entry.queue_no,
    )


def _open_entry(session: Session, booth_id: int, seeker_id: uuid.UUID) -> QueueEntry | None:
    return session.scalar(
        select(QueueEntry).where(
            QueueEntry.booth_id == booth_id,
            QueueEntry.seeker_id == seeker_id,
            QueueEntry.done_at.is_(None),
        )
    )


def enqueue(
    session: Session,
    actor: Actor,
    booth_id: int,
    seeker_id: uuid.UUID,
    *,
    entry_id: uuid.UUID | None = None,
) -> QueueEntryView:
    """Put the seeker in the booth's queue (checking them in if they never were).

    A seeker already waiting or called at this booth is not queued twice: the open entry comes
    back with ``already=True``.
    """
    require(actor, Permission.INTERVIEW, booth_id=booth_id)
    booth = load_booth(session, booth_id)
    seeker = session.get(Seeker, seeker_id)
    if seeker is None or seeker.fair_id != booth.fair_id:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "errors", "This seeker is registered for another fair than booth {booth}."
            ),
            booth=booth.label,
        )
    existing = _open_entry(session, booth_id, seeker_id)
    if existing is not None:
        return _view(existing, seeker, already=True)
    # checks in one who never was, or only at a rehearsal; reports the others as they are
    record_check_in(session, actor, seeker_id, via="booth")
    now = actor.now()
    entry = QueueEntry(
        id=entry_id or uuid.uuid4(),
        fair_id=booth.fair_id,
        booth_id=booth_id,
        seeker_id=seeker_id,
        queued_at=now,
        station_id=actor.station_id,
        queue_no=next_queue_no(session, booth_id, fair_day(session, booth.fair_id).around(now)),
    )
    try:
        with session.begin_nested():
            session.add(entry)
    except IntegrityError:
        # Another station of the booth queued the same seeker between our read and our write.
        first = _open_entry(session, booth_id, seeker_id)
        if first is None:
            raise
        return _view(first, seeker, already=True)
    audit(session, actor, action="enqueue", entity="booth_queue", entity_id=entry.id,
          fair_id=booth.fair_id, after={"booth_id": booth_id, "seeker_id": str(seeker_id)})
    return _view(entry, seeker)


def next_queue_no(session: Session, booth_id: int, day: FairDay) -> int:
    """The number the booth hands out next on ``day``: one more than the day's highest."""
    highest = session.scalar(
        select(func.max(QueueEntry.queue_no)).where(
            QueueEntry.booth_id == booth_id,
            QueueEntry.queued_at >= day.start,
            QueueEntry.queued_at < day.end,
        )
    )
    return int(highest or 0) + 1


def waiting_list(
    session: Session, booth_id: int, now: datetime, *, actor: Actor
) -> list[WaitingSeeker]:
    """The seekers waiting at the booth, first come first, with how long each has waited."""
    require(actor, Permission.INTERVIEW, booth_id=booth_id)
    rows = session.execute(
        select(QueueEntry.id, QueueEntry.seeker_id, QueueEntry.queued_at, Seeker.badge_no,
               Seeker.name, QueueEntry.queue_no)
        .join(Seeker, Seeker.id == QueueEntry.seeker_id)
        .where(
            QueueEntry.booth_id == booth_id,
            waiting_in_queue(_station_day(session, booth_id, now)),
        )
        .order_by(QueueEntry.queued_at, QueueEntry.queue_no, QueueEntry.id)
    ).all()
    return [
        WaitingSeeker(
            position=i,
            entry_id=r.id,
            seeker_id=r.seeker_id,
            badge_no=r.badge_no,
            name=r.name,
            queued_at=r.queued_at,
            waited=max(now - r.queued_at, timedelta(0)),
            queue_no=r.queue_no,
        )
        for i, r in enumerate(rows, 1)
    ]


def queue_length(session: Session, booth_id: int, now: datetime) -> int:
    """How many seekers wait at the booth on the day ``now`` falls on (called ones not
    counted): on the fair's day, the number the dashboard shows too."""
    return waiting_at_booth(session, booth_id, _station_day(session, booth_id, now))


def _station_day(session: Session, booth_id: int, now: datetime) -> FairDay:
    """The day the booth works in now: the fair's, or a rehearsal day (``FairDay.around``)."""
    return fair_day(session, load_booth(session, booth_id).fair_id).around(now)


def called_list(session: Session, booth_id: int, *, actor: Actor) -> list[QueueEntryView]:
    """Seekers called and not yet interviewed, earliest call first."""
    require(actor, Permission.INTERVIEW, booth_id=booth_id)
    rows = session.execute(
        select(QueueEntry, Seeker)
        .join(Seeker, Seeker.id == QueueEntry.seeker_id)
        .where(
            QueueEntry.booth_id == booth_id,
            QueueEntry.called_at.is_not(None),
            QueueEntry.done_at.is_(None),
        )
        .order_by(QueueEntry.called_at, QueueEntry.id)
    ).all()
    return [_view(entry, seeker) for entry, seeker in rows]


def call_next(session: Session, actor: Actor, booth_id: int) -> QueueEntryView | None:
    """Call the seeker who has waited longest; ``None`` when nobody waits.

    The entry then carries the calling station. Two stations pressing "next" at once call two
    different seekers (PostgreSQL skips the row the other holds; SQLite serialises writers).
    """
    require(actor, Permission.INTERVIEW, booth_id=booth_id)
    entry = session.scalar(
        select(QueueEntry)
        .where(
            QueueEntry.booth_id == booth_id,
            waiting_in_queue(_station_day(session, booth_id, actor.now())),
        )
        .order_by(QueueEntry.queued_at, QueueEntry.queue_no, QueueEntry.id)
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    if entry is None:
        return None
    entry.called_at = actor.now()
    entry.station_id = actor.station_id
    session.flush()
    audit(session, actor, action="call", entity="booth_queue", entity_id=entry.id,
          fair_id=entry.fair_id, before={"called_at": None},
          after={"called_at": entry.called_at.isoformat()})
    seeker = session.get(Seeker, entry.seeker_id)
    assert seeker is not None
    return _view(entry, seeker)


def mark_done(
    session: Session, actor: Actor, booth_id: int, seeker_id: uuid.UUID
) -> QueueEntryView | None:
    """Close the seeker's open entry at the booth (their interview was logged); ``None`` if none."""
    require(actor, Permission.INTERVIEW, booth_id=booth_id)
    entry = _open_entry(session, booth_id, seeker_id)
    if entry is None:
        return None
    return _close(session, actor, entry, reason="interviewed")


def leave_queue(session: Session, actor: Actor, entry_id: uuid.UUID) -> QueueEntryView:
    """Take an entry off the queue without an interview (the seeker left or was called twice)."""
    entry = session.get(QueueEntry, entry_id)
    if entry is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no queue entry with id {entry_id}."),
            entry_id=entry_id,
        )
    require(actor, Permission.INTERVIEW, booth_id=entry.booth_id)
    seeker = session.get(Seeker, entry.seeker_id)
    assert seeker is not None
    if entry.done_at is not None:
        return _view(entry, seeker, already=True)
    return _close(session, actor, entry, reason="left")


def _close(session: Session, actor: Actor, entry: QueueEntry, *, reason: str) -> QueueEntryView:
    entry.done_at = actor.now()
    session.flush()
    audit(session, actor, action="dequeue", entity="booth_queue", entity_id=entry.id,
          fair_id=entry.fair_id, before={"done_at": None},
          after={"done_at": entry.done_at.isoformat(), "reason": reason})
    seeker = session.get(Seeker, entry.seeker_id)
    assert seeker is not None
    return _view(entry, seeker)
