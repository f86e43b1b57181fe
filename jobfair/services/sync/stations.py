"""This PC as a station: one row per PC, made the first time it opens a station screen.

A PC keeps one station id (made once and kept in its settings) and one name, whatever role it
serves during the day: a laptop may be a desk in the morning and a booth after lunch. The role
of each write is recorded on its audit event (``Actor.station_kind``); the station row only
remembers the role it was last opened as, for the audit log's list of stations.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from jobfair.db.models import Station
from jobfair.services.context import Actor, audit

NAME_LENGTH = 100


@dataclass(frozen=True)
class StationInfo:
    """The station as registered: its id, its name and the role it was last opened as."""

    id: uuid.UUID
    name: str
    kind: str


def station_name(name: str, station_id: uuid.UUID) -> str:
    """``name`` on one line and at most 100 characters; a PC without a name gets one."""
    clean = " ".join(name.split())[:NAME_LENGTH]
    return clean or f"PC {str(station_id)[:8]}"


def register_station(session: Session, actor: Actor, name: str) -> StationInfo | None:
    """Register ``actor``'s station under ``name`` if it is new; note the role it opens now.

    An existing station keeps its name: a PC is known by the name it first had, so the audit
    log names it the same way all day. ``None`` when the actor has no station (command line).
    """
    if actor.station_id is None:
        return None
    kind = str(actor.station_kind) if actor.station_kind else ""
    now = actor.now()
    station = session.get(Station, actor.station_id)
    if station is None:
        station = Station(
            id=actor.station_id, name=station_name(name, actor.station_id), kind=kind,
            booth_id=None, created_at=now, last_seen_at=now,
        )
        session.add(station)
        session.flush()
        audit(session, actor, action="create", entity="station", entity_id=station.id,
              fair_id=None, after={"name": station.name})
    else:
        if kind:
            station.kind = kind
        station.last_seen_at = now
        session.flush()
    return StationInfo(station.id, station.name, station.kind)
