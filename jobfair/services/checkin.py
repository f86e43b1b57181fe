"""Checking seekers in: one check-in per seeker, whichever station is first."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jobfair.db.engine import insert_ignoring_conflicts
from jobfair.db.models import CheckIn, Interview
from jobfair.domain.errors import ConflictError, ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.services.access import Permission, require
from jobfair.services.context import Actor, audit
from jobfair.services.seekers import SeekerView, load_seeker


@dataclass(frozen=True)
class CheckInResult:
    """The outcome of a check-in.

    Attributes:
        seeker: who was checked in.
        at: when the seeker was (first) checked in.
        already: ``True`` when the seeker had been checked in before: nothing new was counted.
    """

    seeker: SeekerView
    at: datetime
    already: bool


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
        return CheckInResult(seeker, seeker.checked_in_at, already=True)
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


def undo_check_in(session: Session, actor: Actor, seeker_id: uuid.UUID, reason: str) -> datetime:
    """Take back a check-in made by mistake (the wrong person chosen at the desk), with the
    reason; the record stays in the audit log. Refused while the seeker has interviews that
    count. Returns when the undone check-in had been made."""
    require(actor, Permission.REGISTER)
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say why the check-in is undone."), field="reason"
        )
    row = session.scalar(select(CheckIn).where(CheckIn.seeker_id == seeker_id))
    if row is None:
        raise ConflictError(QT_TRANSLATE_NOOP("errors", "This seeker is not checked in."))
    interviewed = session.scalar(
        select(Interview.id).where(Interview.seeker_id == seeker_id,
                                   Interview.voided_at.is_(None)).limit(1)
    )
    if interviewed is not None:
        raise ConflictError(QT_TRANSLATE_NOOP(
            "errors",
            "This seeker has been interviewed at a booth: undo those interviews there first."))
    at, via, station = row.at, row.via, row.station_id
    session.delete(row)
    session.flush()
    audit(session, actor, action="undo_checkin", entity="seeker", entity_id=seeker_id,
          fair_id=row.fair_id,
          before={"at": at.isoformat(), "via": via,
                  "station_id": str(station) if station else None},
          after={"reason": reason[:500]})
    return at
