"""Names for the ids an audit event holds, so the log reads "김민준 (#12) · A-1", not a UUID.

An event names its record by id (``entity_id``) and refers to others in its values
(``seeker_id``, ``booth_id``, ``opening_id``, ...). ``resolve_names`` reads, for a page of events,
the names of every record they mention in one query per kind of record: seekers by name and
badge number, booths by label and employer, openings by title, employers, fairs, accounts and
stations by name. A record deleted since keeps the name its own event recorded (a booth's label,
an opening's title); a purged seeker is shown by badge number alone.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jobfair.db.models import (
    Account,
    AuditEvent,
    Booth,
    Employer,
    Fair,
    Interview,
    Opening,
    QueueEntry,
    Recommendation,
    Seeker,
    Station,
)

# Fields whose value is the id of another record, and which kind of record.
REFERENCES: dict[str, str] = {
    "seeker_id": "seeker",
    "booth_id": "booth",
    "opening_id": "opening",
    "employer_id": "employer",
    "from_fair": "fair",
    "account_id": "account",
}
# Records named directly by the event's ``entity_id``.
NAMED_ENTITIES = frozenset({"seeker", "booth", "opening", "employer", "fair", "account", "station"})
# Records that stand for a seeker at a booth (or with an opening): named by both.
LINKED_ENTITIES: dict[str, tuple[Any, Any, Any, str]] = {  # id, seeker, other, other's kind
    "interview": (Interview.id, Interview.seeker_id, Interview.booth_id, "booth"),
    "booth_queue": (QueueEntry.id, QueueEntry.seeker_id, QueueEntry.booth_id, "booth"),
    "recommendation": (
        Recommendation.id, Recommendation.seeker_id, Recommendation.opening_id, "opening"),
}
# Actions whose ``entity_id`` is not a record of ``entity`` (a batch): named by a value instead.
BATCH_ACTIONS = {"import": "file"}
# Values that name a record in its own events (kept after it is deleted).
OWN_NAME_FIELDS = ("label", "title", "name", "login")

Key = tuple[str, str]


@dataclass
class Names:
    """The names found, by (kind of record, id as text)."""

    found: dict[Key, str] = field(default_factory=dict)
    links: dict[str, tuple[Key, Key]] = field(default_factory=dict)  # entity id -> two records

    def of(self, kind: str, value: Any) -> str | None:
        return self.found.get((kind, str(value))) if value is not None else None

    def subject(self, event: AuditEvent) -> str:
        """The record the event is about, as a person knows it ("" when nothing names it)."""
        batch = BATCH_ACTIONS.get(event.action)
        if batch is not None:
            return str((event.after or {}).get(batch) or "")
        link = self.links.get(event.entity_id)
        if event.entity in LINKED_ENTITIES and link is not None:
            first, second = (self.found.get(key, "") for key in link)
            sign = " → " if event.entity == "recommendation" else " · "
            return sign.join(part for part in (first, second) if part)
        if event.entity in NAMED_ENTITIES:
            named = self.of(event.entity, event.entity_id)
            if named:
                return named
            for values in (event.after, event.before):
                for name in OWN_NAME_FIELDS:
                    if values and values.get(name):
                        return str(values[name])
        return ""


def seeker_text(name: str, badge_no: int | None) -> str:
    """``김민준 (#12)``; ``#12`` once the name is purged."""
    badge = f"#{badge_no}" if badge_no is not None else ""
    if name and badge:
        return f"{name} ({badge})"
    return name or badge


def _uuids(values: Iterable[str]) -> list[uuid.UUID]:
    found = []
    for value in values:
        try:
            found.append(uuid.UUID(value))
        except ValueError:
            continue
    return found


def _ints(values: Iterable[str]) -> list[int]:
    return [int(v) for v in values if v.lstrip("-").isdigit()]


def _wanted(events: Sequence[AuditEvent]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The ids to name per kind of record, and the linked records' ids per entity."""
    wanted: dict[str, set[str]] = {}
    linked: dict[str, set[str]] = {}
    for event in events:
        if event.action in BATCH_ACTIONS:
            continue
        if event.entity in NAMED_ENTITIES:
            wanted.setdefault(event.entity, set()).add(event.entity_id)
        elif event.entity in LINKED_ENTITIES:
            linked.setdefault(event.entity, set()).add(event.entity_id)
        for values in (event.before, event.after):
            for name, kind in REFERENCES.items():
                value = (values or {}).get(name)
                if value is not None:
                    wanted.setdefault(kind, set()).add(str(value))
    return wanted, linked


def _link(session: Session, names: Names, wanted: dict[str, set[str]],
          entity: str, ids: set[str]) -> None:
    id_column, seeker_column, other_column, other_kind = LINKED_ENTITIES[entity]
    rows = session.execute(
        select(id_column, seeker_column, other_column).where(id_column.in_(_uuids(ids)))
    ).all()
    for link_id, seeker_id, other in rows:
        names.links[str(link_id)] = (("seeker", str(seeker_id)), (other_kind, str(other)))
        wanted.setdefault("seeker", set()).add(str(seeker_id))
        wanted.setdefault(other_kind, set()).add(str(other))


# How to read the names of each kind of record: (ids -> rows of (id, name)).
def _seekers(session: Session, ids: set[str]) -> Iterable[tuple[Any, str]]:
    rows = session.execute(
        select(Seeker.id, Seeker.name, Seeker.badge_no).where(Seeker.id.in_(_uuids(ids)))
    )
    return ((r[0], seeker_text(r[1], r[2])) for r in rows)


def _booths(session: Session, ids: set[str]) -> Iterable[tuple[Any, str]]:
    rows = session.execute(
        select(Booth.id, Booth.label, Employer.name)
        .join(Employer, Employer.id == Booth.employer_id)
        .where(Booth.id.in_(_ints(ids)))
    )
    return ((r[0], f"{r[1]} · {r[2]}") for r in rows)


def _simple(id_column: Any, name_column: Any, convert: Callable[[Iterable[str]], list[Any]]
            ) -> Callable[[Session, set[str]], Iterable[tuple[Any, str]]]:
    def read(session: Session, ids: set[str]) -> Iterable[tuple[Any, str]]:
        rows = session.execute(select(id_column, name_column).where(id_column.in_(convert(ids))))
        return ((r[0], r[1]) for r in rows)

    return read


def _accounts(session: Session, ids: set[str]) -> Iterable[tuple[Any, str]]:
    rows = session.execute(
        select(Account.id, Account.login, Account.display_name).where(Account.id.in_(_uuids(ids)))
    )
    return ((r[0], f"{r[2]} ({r[1]})" if r[2] else r[1]) for r in rows)


READERS: dict[str, Callable[[Session, set[str]], Iterable[tuple[Any, str]]]] = {
    "seeker": _seekers,
    "booth": _booths,
    "opening": _simple(Opening.id, Opening.title, _ints),
    "employer": _simple(Employer.id, Employer.name, _ints),
    "fair": _simple(Fair.id, Fair.name, _ints),
    "account": _accounts,
    "station": _simple(Station.id, Station.name, _uuids),
}


def resolve_names(session: Session, events: Sequence[AuditEvent]) -> Names:
    """The names of every record ``events`` are about or refer to (one query per kind)."""
    names = Names()
    wanted, linked = _wanted(events)
    for entity, ids in linked.items():
        _link(session, names, wanted, entity, ids)
    for kind, ids in wanted.items():
        for record_id, text in READERS[kind](session, ids):
            names.found[(kind, str(record_id))] = text
    return names
