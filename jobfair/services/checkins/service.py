"""Checking seekers in: one check-in per seeker, whichever station is first; undoing a slip.

A check-in counts when it was made on the fair's day (``jobfair.services.reports.counted``). One
made on
another day (a scanner tested the day before) is a rehearsal record: it must not stop the person
from being counted on the day, so the fair day's check-in replaces it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from jobfair.db.engine import insert_ignoring_conflicts
from jobfair.db.models import CheckIn, Interview
from jobfair.domain.errors import ConflictError, ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.text import nfc
from jobfair.services.accounts.access import Permission, require
from jobfair.services.context import Actor, audit
from jobfair.services.reports.counted import counted_interview, fair_day, rehearsal_check_in
from jobfair.services.seekers.service import SeekerView, load_seeker


@dataclass(frozen=True)
class CheckInResult:
    """The outcome of a check-in.

    Attributes:
        seeker: who was checked in.
        at: when the seeker was (first) checked in.
        already: ``True`` when the seeker had been checked in before: nothing new was counted.
        replaced_rehearsal: the seeker's rehearsal check-in (of another day) was replaced by
            this one, which counts.
    """

    seeker: SeekerView
    at: datetime
    already: bool
    replaced_rehearsal: bool = False


@dataclass(frozen=True)
class CheckInUndone:
    """A check-in taken back: who, when the check-in had been made, and why it was undone."""

    seeker: SeekerView
    was_at: datetime
    reason: str


def check_in(
    session: Session,
    actor: Actor,
    seeker_id: uuid.UUID,
    *,
    via: str = "desk",
    checkin_id: uuid.UUID | None = None,
) -> CheckInResult:
    """Check the seeker in, or report the earlier check-in. Safe against a concurrent desk."""
    require(actor, Permission.REGISTER)
    return record_check_in(session, actor, seeker_id, via=via, checkin_id=checkin_id)


def record_check_in(
    session: Session,
    actor: Actor,
    seeker_id: uuid.UUID,
    *,
    via: str,
    checkin_id: uuid.UUID | None = None,
    seeker: SeekerView | None = None,
) -> CheckInResult:
    """The check-in itself, for services that guard their own call (a booth's first scan of a
    seeker who skipped the desk is a booth's work, not the desk's). ``seeker``, when the caller
    has just read it, saves reading it again."""
    if seeker is None or seeker.id != seeker_id:
        seeker = load_seeker(session, seeker_id)
    if seeker.checked_in_at is not None:
        return _earlier_check_in(session, actor, seeker, via)
    now = actor.now()
    # Insert unless the seeker (or this check-in's id, replayed) is there already: a desk racing
    # us, or an offline station's replay, then finds the first check-in without an error.
    inserted = session.connection().execute(
        insert_ignoring_conflicts(session, CheckIn.__table__).values(
            id=checkin_id or uuid.uuid4(),
            fair_id=seeker.fair_id,
            seeker_id=seeker_id,
            at=now,
            station_id=actor.station_id,
            via=via,
        ).returning(CheckIn.id)
    ).scalar()
    if inserted is None:
        first = session.scalar(select(CheckIn.at).where(CheckIn.seeker_id == seeker_id))
        if first is None:
            raise ConflictError(
                QT_TRANSLATE_NOOP("errors", "This check-in was recorded for another seeker.")
            )
        return CheckInResult(replace(seeker, checked_in_at=first), first, already=True)
    audit(session, actor, action="checkin", entity="seeker", entity_id=seeker_id,
          fair_id=seeker.fair_id, after={"via": via})
    return CheckInResult(replace(seeker, checked_in_at=now), now, already=False)


def _earlier_check_in(
    session: Session, actor: Actor, seeker: SeekerView, via: str
) -> CheckInResult:
    """The seeker was checked in before: reported as such, unless that check-in was a rehearsal
    and today is the fair's day; then today's replaces it (audited) and the person counts."""
    earlier = seeker.checked_in_at
    assert earlier is not None
    day = fair_day(session, seeker.fair_id)
    now = actor.now()
    if day.contains(earlier) or not day.contains(now):
        return CheckInResult(seeker, earlier, already=True)
    before = session.execute(
        select(CheckIn.at, CheckIn.via, CheckIn.station_id).where(CheckIn.seeker_id == seeker.id)
    ).first()
    # Only while it is still a rehearsal one: a desk that replaced it first wins, as with inserts.
    replaced = session.execute(
        update(CheckIn)
        .where(CheckIn.seeker_id == seeker.id, rehearsal_check_in(day))
        .values(at=now, station_id=actor.station_id, via=via)
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]
    if not replaced or before is None:
        first = session.scalar(select(CheckIn.at).where(CheckIn.seeker_id == seeker.id))
        at = first or earlier
        return CheckInResult(replace(seeker, checked_in_at=at), at, already=True)
    audit(session, actor, action="replace_rehearsal_checkin", entity="seeker",
          entity_id=seeker.id, fair_id=seeker.fair_id,
          before={"at": before.at.isoformat(), "via": before.via,
                  "station_id": str(before.station_id) if before.station_id else None},
          after={"at": now.isoformat(), "via": via})
    return CheckInResult(replace(seeker, checked_in_at=now), now, already=False,
                         replaced_rehearsal=True)


def counts_as_checked_in(session: Session, seeker: SeekerView) -> bool:
    """Whether the seeker's check-in counts: there is one, made on the fair's day."""
    at = seeker.checked_in_at
    return at is not None and fair_day(session, seeker.fair_id).contains(at)


def undo_check_in(
    session: Session, actor: Actor, seeker_id: uuid.UUID, reason: str
) -> CheckInUndone:
    """Take back a check-in made by mistake (the wrong person chosen at the desk). Audited with
    the values before and the reason.

    Refused without a reason, when the seeker is not checked in, and when the seeker has
    interviews that count (an interviewed person did come: undo those interviews first).
    """
    require(actor, Permission.REGISTER)
    why = nfc(reason).strip()
    if not why:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the reason for undoing the check-in."),
            field="reason",
        )
    seeker = load_seeker(session, seeker_id)
    row = session.execute(
        select(CheckIn.id, CheckIn.at, CheckIn.via, CheckIn.station_id)
        .where(CheckIn.seeker_id == seeker_id)
    ).first()
    if row is None:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors", "{name} (#{badge}) is not checked in: there is nothing to undo."
            ),
            name=seeker.name, badge=seeker.badge_no,
        )
    held = session.scalar(
        select(func.count()).select_from(Interview)
        .where(Interview.seeker_id == seeker_id,
               counted_interview(fair_day(session, seeker.fair_id)))
    ) or 0
    if held:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} (#{badge}) has {count} interview(s) recorded at the booths, so the "
                "check-in stays. Undo those interviews at their booths first.",
            ),
            name=seeker.name, badge=seeker.badge_no, count=held,
        )
    session.execute(delete(CheckIn).where(CheckIn.id == row.id))
    audit(session, actor, action="undo_checkin", entity="seeker", entity_id=seeker_id,
          fair_id=seeker.fair_id,
          before={"at": row.at.isoformat(), "via": row.via,
                  "station_id": str(row.station_id) if row.station_id else None},
          after={"reason": why})
    return CheckInUndone(replace(seeker, checked_in_at=None), row.at, why)
