"""The organizer's audit log: every write of a fair, newest first, with what changed.

``audit_events`` reads a page of a fair's audit events under optional filters (station, person,
action, entity, a time window, free text); each row carries the station's name when the station
is known and the fields whose values differ between before and after. ``audit_filters`` gives
the distinct values the filter combos offer. The reads use the (fair_id) and (at) indexes.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from jobfair.db.models import AuditEvent, Station
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.services.access import Permission, require
from jobfair.services.context import Actor

PAGE_SIZE = 500

# Labels for the actions and entities the services record (context "audit"); an unknown one
# is shown as recorded.
ACTION_LABELS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("audit", "Create"),
    "update": QT_TRANSLATE_NOOP("audit", "Change"),
    "delete": QT_TRANSLATE_NOOP("audit", "Delete"),
    "void": QT_TRANSLATE_NOOP("audit", "Undo"),
    "checkin": QT_TRANSLATE_NOOP("audit", "Check-in"),
    "bind": QT_TRANSLATE_NOOP("audit", "Bind to booth"),
    "print": QT_TRANSLATE_NOOP("audit", "Print"),
    "import": QT_TRANSLATE_NOOP("audit", "Import"),
    "copy": QT_TRANSLATE_NOOP("audit", "Copy setup"),
    "purge": QT_TRANSLATE_NOOP("audit", "Purge personal data"),
    "paper_sheet": QT_TRANSLATE_NOOP("audit", "Paper sheet"),
    "recommend": QT_TRANSLATE_NOOP("audit", "Recommend"),
    "unrecommend": QT_TRANSLATE_NOOP("audit", "Withdraw recommendation"),
    "enqueue": QT_TRANSLATE_NOOP("audit", "Join queue"),
    "call": QT_TRANSLATE_NOOP("audit", "Call from queue"),
    "dequeue": QT_TRANSLATE_NOOP("audit", "Leave queue"),
    "final_outcome": QT_TRANSLATE_NOOP("audit", "Final outcome"),
    "follow_up_call": QT_TRANSLATE_NOOP("audit", "Follow-up call"),
    "undo_checkin": QT_TRANSLATE_NOOP("audit", "Undo check-in"),
    "replace_rehearsal_checkin": QT_TRANSLATE_NOOP("audit", "Check-in replacing a rehearsal one"),
    "discard_rehearsal": QT_TRANSLATE_NOOP("audit", "Discard rehearsal record"),
}
ENTITY_LABELS: dict[str, str] = {
    "fair": QT_TRANSLATE_NOOP("audit", "Fair"),
    "employer": QT_TRANSLATE_NOOP("audit", "Employer"),
    "booth": QT_TRANSLATE_NOOP("audit", "Booth"),
    "opening": QT_TRANSLATE_NOOP("audit", "Opening"),
    "seeker": QT_TRANSLATE_NOOP("audit", "Seeker"),
    "interview": QT_TRANSLATE_NOOP("audit", "Interview"),
    "station": QT_TRANSLATE_NOOP("audit", "Station"),
    "badge": QT_TRANSLATE_NOOP("audit", "Badge"),
    "booth_queue": QT_TRANSLATE_NOOP("audit", "Booth queue"),
    "recommendation": QT_TRANSLATE_NOOP("audit", "Recommendation"),
}


@dataclass(frozen=True)
class FieldChange:
    """One field of an audited record: its value before and after (``None``: absent or null)."""

    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class AuditRow:
    """One audit event as the log shows it."""

    id: uuid.UUID
    at: datetime
    station_id: uuid.UUID | None
    station_name: str | None
    actor: str
    action: str
    entity: str
    entity_id: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class AuditPage:
    """A page of rows (newest first) and how many events match the filters in all."""

    rows: tuple[AuditRow, ...]
    total: int


@dataclass(frozen=True)
class StationChoice:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class AuditFilters:
    """The distinct values recorded for a fair, for the filter combos (sorted)."""

    stations: tuple[StationChoice, ...]
    actors: tuple[str, ...]
    actions: tuple[str, ...]
    entities: tuple[str, ...]


def field_changes(
    before: dict[str, Any] | None, after: dict[str, Any] | None
) -> tuple[FieldChange, ...]:
    """The fields that differ, in the order recorded (after's first, then before's only).

    A create (no before) lists every after field; a delete (no after) every before field.
    """
    old = before or {}
    new = after or {}
    keys = list(new) + [key for key in old if key not in new]
    if before is None or after is None:
        return tuple(FieldChange(k, old.get(k), new.get(k)) for k in keys)
    return tuple(
        FieldChange(k, old.get(k), new.get(k))
        for k in keys
        if k not in old or k not in new or old[k] != new[k]
    )


def _of_fair(fair_id: int) -> ColumnElement[bool]:
    """The fair's events and those of no fair (sign-ins, accounts), which every fair's log
    shows: who was signed in matters to every fair."""
    return or_(AuditEvent.fair_id == fair_id, AuditEvent.fair_id.is_(None))


def _conditions(
    fair_id: int,
    *,
    station_id: uuid.UUID | None,
    person: str | None,
    action: str | None,
    entity: str | None,
    since: datetime | None,
    until: datetime | None,
    text: str | None,
) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [_of_fair(fair_id)]
    if station_id is not None:
        where.append(AuditEvent.station_id == station_id)
    if person is not None:
        where.append(AuditEvent.actor == person)
    if action is not None:
        where.append(AuditEvent.action == action)
    if entity is not None:
        where.append(AuditEvent.entity == entity)
    if since is not None:
        where.append(AuditEvent.at >= since)
    if until is not None:
        where.append(AuditEvent.at < until)
    needle = (text or "").strip()
    if needle:
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped.lower()}%"
        where.append(
            or_(
                *(
                    func.lower(column).like(pattern, escape="\\")
                    for column in (
                        AuditEvent.actor,
                        AuditEvent.entity_id,
                        cast(AuditEvent.before, String),
                        cast(AuditEvent.after, String),
                        Station.name,
                    )
                )
            )
        )
    return where


def audit_events(
    session: Session,
    fair_id: int,
    *,
    station_id: uuid.UUID | None = None,
    person: str | None = None,
    action: str | None = None,
    entity: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    text: str | None = None,
    limit: int = PAGE_SIZE,
    offset: int = 0,
    actor: Actor,
) -> AuditPage:
    """A fair's audit events matching every given filter, newest first (an organizer's).

    ``person`` is who acted (the recorded actor name); ``since`` is inclusive and ``until``
    exclusive (aware datetimes); ``text`` matches the person, the record's id, the station's
    name and the recorded values (case-insensitive).
    """
    require(actor, Permission.AUDIT)
    where = _conditions(
        fair_id, station_id=station_id, person=person, action=action, entity=entity,
        since=since, until=until, text=text,
    )
    joined = select(AuditEvent, Station.name).outerjoin(
        Station, Station.id == AuditEvent.station_id
    )
    total = session.scalar(
        select(func.count())
        .select_from(AuditEvent)
        .outerjoin(Station, Station.id == AuditEvent.station_id)
        .where(*where)
    ) or 0
    found = session.execute(
        joined.where(*where)
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .limit(max(0, limit))
        .offset(max(0, offset))
    ).all()
    rows = tuple(
        AuditRow(
            id=event.id,
            at=event.at,
            station_id=event.station_id,
            station_name=name,
            actor=event.actor,
            action=event.action,
            entity=event.entity,
            entity_id=event.entity_id,
            changes=field_changes(event.before, event.after),
        )
        for event, name in found
    )
    return AuditPage(rows, total)


def audit_filters(session: Session, fair_id: int, *, actor: Actor) -> AuditFilters:
    """The stations (named where known), actors, actions and entities a fair's log holds."""
    require(actor, Permission.AUDIT)
    mine = _of_fair(fair_id)
    station_rows = session.execute(
        select(AuditEvent.station_id, Station.name)
        .distinct()
        .outerjoin(Station, Station.id == AuditEvent.station_id)
        .where(mine, AuditEvent.station_id.is_not(None))
    ).all()
    stations = sorted(
        (StationChoice(sid, name or str(sid)[:8]) for sid, name in station_rows if sid),
        key=lambda c: (c.name, str(c.id)),
    )

    def distinct(column: Any) -> tuple[str, ...]:
        values: Sequence[str | None] = session.scalars(
            select(column).distinct().where(mine)
        ).all()
        return tuple(sorted(v for v in values if v))

    return AuditFilters(
        stations=tuple(stations),
        actors=distinct(AuditEvent.actor),
        actions=distinct(AuditEvent.action),
        entities=distinct(AuditEvent.entity),
    )
