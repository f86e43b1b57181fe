"""Who acts, from which station, and what time it is: passed to every write."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from jobfair.db.models import AuditEvent
from jobfair.domain.codes import StationKind
from jobfair.domain.roles import Role


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Actor:
    """The person and station behind a write.

    Attributes:
        station_id: the station that writes (``None`` for the command line without a station).
        station_kind: the role the station serves for this write (desk, booth, organizer);
            ``None`` where no station screen is behind it (sign-in, the command line). A PC
            keeps its station id when it switches role: the audit log records the role per
            event from this.
        name: who acts: the signed-in account's login, ``""`` when nobody signed in at a
            station, or a description such as ``"cli"``. Never the station's role.
        clock: returns the current UTC time; tests pass a fixed clock.
        role: what the person may do (see ``jobfair.domain.roles``). Without accounts in the
            database nobody signs in and the operator of the PC acts as the organizer.
        booth_id: the booth a booth account is bound to.
        account_id: the signed-in account, ``None`` when nobody signed in.
    """

    station_id: uuid.UUID | None = None
    name: str = ""
    clock: Callable[[], datetime] = field(default=utc_now)
    role: Role = Role.ORGANIZER
    booth_id: int | None = None
    account_id: uuid.UUID | None = None
    station_kind: StationKind | None = None

    def now(self) -> datetime:
        return self.clock()


def audit(
    session: Session,
    actor: Actor,
    *,
    action: str,
    entity: str,
    entity_id: object,
    fair_id: int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> None:
    """Record a write in the audit log, in the caller's transaction.

    A plain INSERT, not an ORM object: every scan writes one, and the unit of work's
    bookkeeping for it cost more than the insert.
    """
    session.connection().execute(
        _AUDIT_INSERT,
        {
            "id": uuid.uuid4(),
            "at": at or actor.now(),
            "fair_id": fair_id,
            "station_id": actor.station_id,
            "station_kind": str(actor.station_kind) if actor.station_kind else None,
            "actor": actor.name,
            "account_id": actor.account_id,
            "action": action,
            "entity": entity,
            "entity_id": str(entity_id),
            "before": before,
            "after": after,
        },
    )


_AUDIT_INSERT = insert(AuditEvent.__table__)  # type: ignore[arg-type]
