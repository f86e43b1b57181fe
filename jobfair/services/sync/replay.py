"""Replaying what a station kept in its outbox: one item at a time, through the same services
with the same ids, and what a collision with other stations' records leaves for the organizer.

``Outbox.deliver`` (``jobfair.services.sync.outbox``) calls ``deliver_item`` for each waiting item.
The item's actor carries the moment the station took the record as its clock, so the record
gets that time on the server. A hire into a position filled meanwhile or a second interview is
recorded anyway (it happened at the booth) with a ``SyncConflict``; a refused record becomes a
conflict that carries the whole record. Nothing is dropped.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import SyncConflict
from jobfair.domain.errors import JobFairError, NotFoundError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.services.accounts.access import Permission, require
from jobfair.services.checkins.service import check_in, record_check_in
from jobfair.services.context import Actor, utc_now
from jobfair.services.interviews.corrections import RepeatInterviewError, record_interview
from jobfair.services.interviews.evaluations import save_evaluation
from jobfair.services.interviews.service import HeadcountExceededError, set_outcome
from jobfair.services.seekers.badges import resolve_code

KIND_INTERVIEW = "interview"
KIND_OUTCOME = "outcome"  # the outcome keyed later for an interview (made online or offline)
KIND_CHECKIN = "checkin"

# Reasons of the conflicts delivery leaves for the organizer (``SyncConflict.reason``).
OVER_HEADCOUNT = "over_headcount"
REPEAT_INTERVIEW = "repeat_interview"
UNKNOWN_SEEKER = "unknown_seeker"
REFUSED = "refused"
FAILED = "failed"

OVER_HEADCOUNT_MESSAGE = QT_TRANSLATE_NOOP(
    "errors",
    "Hired while offline for '{title}', whose {headcount} positions were filled meanwhile "
    "({hired} hired): recorded beyond the headcount.",
)
REPEAT_MESSAGE = QT_TRANSLATE_NOOP(
    "errors",
    "Interviewed while offline, but {name} had been interviewed at booth {booth} at {time} "
    "already: recorded as another interview.",
)
FAILED_MESSAGE = QT_TRANSLATE_NOOP(
    "errors", "The record could not be saved on the server: {error}"
)


@dataclass(frozen=True)
class OutboxItem:
    """One record a station made and keeps until the server has it.

    Attributes:
        seq: the order the station made the records in (delivery keeps it).
        record_id: the record's client UUID (interview id, check-in id).
        recorded_at: when it happened at the station; the server gets this time.
        state: ``waiting``, ``delivered`` or ``conflict`` (delivered, with a conflict row).
    """

    seq: int
    record_id: uuid.UUID
    kind: str
    payload: dict[str, Any]
    actor: Actor
    recorded_at: datetime
    state: str
    attempts: int
    last_error: str



def deliver_item(session_factory: sessionmaker[Session], item: OutboxItem) -> bool:
    """Replay one item in one transaction; ``True`` when it left a conflict for the organizer.

    The actor's clock returns the moment the station took the record, so the record carries
    that time. Connection failures propagate (the caller keeps the item waiting).
    """
    if item.kind == KIND_INTERVIEW:
        return _deliver_interview(session_factory, item)
    if item.kind == KIND_OUTCOME:
        return _deliver_outcome(session_factory, item)
    if item.kind == KIND_CHECKIN:
        return _deliver_check_in(session_factory, item)
    raise ValueError(f"unknown outbox item kind {item.kind!r}")


def _seeker_of(session: Session, payload: dict[str, Any]) -> uuid.UUID:
    if payload.get("seeker_id"):
        return uuid.UUID(payload["seeker_id"])
    return resolve_code(session, str(payload.get("code") or ""))


def _refused(session_factory: sessionmaker[Session], item: OutboxItem,
             err: JobFairError) -> bool:
    reason = UNKNOWN_SEEKER if isinstance(err, NotFoundError) else REFUSED
    with session_factory.begin() as session:
        add_conflict(session, item, reason, err.template, dict(err.params))
    return True


def _deliver_interview(session_factory: sessionmaker[Session], item: OutboxItem) -> bool:
    p = item.payload
    force = bool(p.get("force"))
    allow_repeat = bool(p.get("allow_repeat"))
    found: list[tuple[str, str, dict[str, Any]]] = []
    while True:
        try:
            with session_factory.begin() as session:
                seeker_id = _seeker_of(session, p)
                record_interview(
                    session, item.actor, int(p["booth_id"]), seeker_id,
                    outcome=p.get("outcome"), opening_id=p.get("opening_id"),
                    notes=p.get("notes") or "", force=force, allow_repeat=allow_repeat,
                    interview_id=item.record_id,
                )
                for reason, message, params in found:
                    add_conflict(session, item, reason, message, params)
            return bool(found)
        except HeadcountExceededError as err:
            if force:
                return _refused(session_factory, item, err)
            # The hire happened at the booth: keep it, beyond the headcount, and tell.
            force = True
            found.append((OVER_HEADCOUNT, OVER_HEADCOUNT_MESSAGE, dict(err.params)))
        except RepeatInterviewError as err:
            if allow_repeat:
                return _refused(session_factory, item, err)
            allow_repeat = True
            found.append((REPEAT_INTERVIEW, REPEAT_MESSAGE, dict(err.params)))
        except JobFairError as err:
            return _refused(session_factory, item, err)


def _deliver_outcome(session_factory: sessionmaker[Session], item: OutboxItem) -> bool:
    """The outcome a booth keyed offline for one of its interviews, replayed with its time."""
    p = item.payload
    force = bool(p.get("force"))
    found: list[tuple[str, str, dict[str, Any]]] = []
    while True:
        try:
            with session_factory.begin() as session:
                set_outcome(
                    session, item.actor, uuid.UUID(p["interview_id"]), p.get("outcome"),
                    opening_id=p.get("opening_id"), notes=p.get("notes"), force=force,
                )
                marks = p.get("evaluation")
                if marks:
                    save_evaluation(
                        session, item.actor, uuid.UUID(p["interview_id"]),
                        rating=marks.get("rating"), tag_ids=marks.get("tags") or (),
                        note=p.get("notes"),
                    )
                for reason, message, params in found:
                    add_conflict(session, item, reason, message, params)
            return bool(found)
        except HeadcountExceededError as err:
            if force:
                return _refused(session_factory, item, err)
            force = True
            found.append((OVER_HEADCOUNT, OVER_HEADCOUNT_MESSAGE, dict(err.params)))
        except JobFairError as err:
            return _refused(session_factory, item, err)


def _deliver_check_in(session_factory: sessionmaker[Session], item: OutboxItem) -> bool:
    p = item.payload
    try:
        with session_factory.begin() as session:
            seeker_id = _seeker_of(session, p)
            via = str(p.get("via") or "scan")
            if p.get("booth_id") is not None:
                # a booth's first scan of a seeker who skipped the desk: the booth's own work
                require(item.actor, Permission.INTERVIEW, booth_id=int(p["booth_id"]))
                record_check_in(session, item.actor, seeker_id, via=via,
                                checkin_id=item.record_id)
            else:
                check_in(session, item.actor, seeker_id, via=via, checkin_id=item.record_id)
    except JobFairError as err:
        return _refused(session_factory, item, err)
    return False


def add_conflict(
    session: Session, item: OutboxItem, reason: str, message: str, params: dict[str, Any]
) -> None:
    """A conflict row for the organizer, once per record and reason (a replay adds none)."""
    known = session.scalar(
        select(SyncConflict.id).where(
            SyncConflict.record_id == str(item.record_id), SyncConflict.reason == reason
        )
    )
    if known is not None:
        return
    fair_id = item.payload.get("fair_id")
    session.add(
        SyncConflict(
            id=uuid.uuid4(),
            fair_id=int(fair_id) if fair_id is not None else None,
            station_id=item.actor.station_id,
            actor=item.actor.name[:100],
            record_kind=item.kind,
            record_id=str(item.record_id),
            reason=reason,
            message=message,
            params={"payload": item.payload, **{k: _plain(v) for k, v in params.items()}},
            recorded_at=item.recorded_at,
            delivered_at=utc_now(),
            resolved_by="",
            resolution_note="",
        )
    )
    session.flush()


def _plain(value: object) -> object:
    """A JSON-safe form of an error parameter."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)
