"""Checking seekers in: one check-in per seeker, whichever station is first."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jobfair.db.models import CheckIn
from jobfair.services.context import Actor, audit
from jobfair.services.seekers import SeekerView, get_seeker


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
    seeker = get_seeker(session, seeker_id)
    existing = session.scalar(select(CheckIn).where(CheckIn.seeker_id == seeker_id))
    if existing is not None:
        return CheckInResult(seeker, existing.at, already=True)
    now = actor.now()
    row = CheckIn(
        id=checkin_id or uuid.uuid4(),
        fair_id=seeker.fair_id,
        seeker_id=seeker_id,
        at=now,
        station_id=actor.station_id,
        via=via,
    )
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        # Another station checked the same seeker in between our read and our write.
        first = session.scalar(select(CheckIn).where(CheckIn.seeker_id == seeker_id))
        if first is None:
            raise
        return CheckInResult(seeker, first.at, already=True)
    audit(session, actor, action="checkin", entity="seeker", entity_id=seeker_id,
          fair_id=seeker.fair_id, after={"via": via})
    return CheckInResult(get_seeker(session, seeker_id), now, already=False)
