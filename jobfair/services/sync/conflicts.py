"""The conflicts offline stations' records met on delivery, for the organizer to look at.

A station that worked offline delivers its records later; one that collided with what others
recorded meanwhile (a hire into a position filled in the meantime, a second interview, a badge
the server does not know) was kept as the station made it, and a ``SyncConflict`` row says so.
The organizer lists them with readable details and marks each resolved with a note.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jobfair.db.models import Booth, Interview, Opening, Seeker, Station, SyncConflict
from jobfair.domain.errors import ConflictError, NotFoundError, ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.text import nfc
from jobfair.services.accounts.access import Permission, require
from jobfair.services.context import Actor, audit


@dataclass(frozen=True)
class ConflictRow:
    """One conflict as the organizer's list shows it.

    Attributes:
        message, params: the English template and its values (translated when shown).
        station: the station's name (its id when the server does not know it).
        seeker, booth, opening: names read from the record (empty when unknown).
    """

    id: uuid.UUID
    fair_id: int | None
    station: str
    actor: str
    record_kind: str
    record_id: str
    reason: str
    message: str
    params: dict[str, Any]
    seeker: str
    booth: str
    opening: str
    recorded_at: datetime
    delivered_at: datetime
    resolved_at: datetime | None
    resolved_by: str
    resolution_note: str

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None


def _uuid(text: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(text))
    except ValueError:
        return None


def _row(session: Session, c: SyncConflict) -> ConflictRow:
    payload: dict[str, Any] = dict((c.params or {}).get("payload") or {})
    station = session.get(Station, c.station_id) if c.station_id else None
    record_id = _uuid(c.record_id)
    interview = session.get(Interview, record_id) if record_id else None
    seeker_id = interview.seeker_id if interview else _uuid(payload.get("seeker_id"))
    seeker = session.get(Seeker, seeker_id) if seeker_id else None
    booth_id = interview.booth_id if interview else payload.get("booth_id")
    booth = session.get(Booth, booth_id) if booth_id else None
    opening_id = interview.opening_id if interview else payload.get("opening_id")
    opening = session.get(Opening, opening_id) if opening_id else None
    seeker_text = ""
    if seeker is not None:
        seeker_text = f"#{seeker.badge_no} {seeker.name}" if seeker.badge_no else seeker.name
    elif payload.get("code"):
        seeker_text = str(payload["code"])
    return ConflictRow(
        id=c.id,
        fair_id=c.fair_id,
        station=station.name if station else (str(c.station_id) if c.station_id else ""),
        actor=c.actor,
        record_kind=c.record_kind,
        record_id=c.record_id,
        reason=c.reason,
        message=c.message,
        params={k: v for k, v in (c.params or {}).items() if k != "payload"},
        seeker=seeker_text,
        booth=booth.label if booth else "",
        opening=opening.title if opening else "",
        recorded_at=c.recorded_at,
        delivered_at=c.delivered_at,
        resolved_at=c.resolved_at,
        resolved_by=c.resolved_by,
        resolution_note=c.resolution_note,
    )


def list_conflicts(
    session: Session, actor: Actor, fair_id: int, *, unresolved_only: bool = True
) -> list[ConflictRow]:
    """The fair's conflicts, oldest record first (only the unresolved ones by default)."""
    require(actor, Permission.AUDIT)
    query = select(SyncConflict).where(SyncConflict.fair_id == fair_id)
    if unresolved_only:
        query = query.where(SyncConflict.resolved_at.is_(None))
    query = query.order_by(SyncConflict.recorded_at, SyncConflict.id)
    return [_row(session, c) for c in session.scalars(query)]


def unresolved_count(session: Session, actor: Actor, fair_id: int) -> int:
    """How many of the fair's conflicts still wait for an organizer."""
    require(actor, Permission.AUDIT)
    return int(session.scalar(
        select(func.count()).select_from(SyncConflict).where(
            SyncConflict.fair_id == fair_id, SyncConflict.resolved_at.is_(None))
    ) or 0)


def resolve_conflict(
    session: Session, actor: Actor, conflict_id: uuid.UUID, note: str
) -> ConflictRow:
    """Mark a conflict resolved, saying what was done about it (audited)."""
    require(actor, Permission.AUDIT)
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no conflict with id {conflict_id}."),
            conflict_id=conflict_id,
        )
    if conflict.resolved_at is not None:
        raise ConflictError(QT_TRANSLATE_NOOP("errors", "This conflict was resolved already."))
    note = nfc(note).strip()
    if len(note) > 2000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The note is too long (at most 2,000 characters)."),
            field="note",
        )
    now = actor.now()
    conflict.resolved_at = now
    conflict.resolved_by = actor.name[:100]
    conflict.resolution_note = note
    session.flush()
    audit(session, actor, action="resolve", entity="sync_conflict", entity_id=conflict.id,
          fair_id=conflict.fair_id, before={"resolved_at": None},
          after={"resolved_at": now.isoformat(), "resolved_by": conflict.resolved_by,
                 "note": note})
    return _row(session, conflict)
