"""The organizer's audit log: every write of a fair, newest first, with what changed.

``audit_events`` reads a page of a fair's audit events under optional filters (station, person,
action, entity, a time window, free text); each row carries the station's name when the station
is known, the role the station served for that write, the record as a person knows it (a
seeker's name and badge number, a booth's label, an opening's title: ``audit_subjects``) and the
fields whose values differ between before and after, with the names of the records they refer
to. ``audit_filters`` gives the distinct values the filter combos offer. The reads use the
(fair_id) and (at) indexes.

The labels below (actions, records, fields, coded values) are for the window to translate
(context "audit" unless a label table of another module is reused with its own context).
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from jobfair.db.models import AuditEvent, Station
from jobfair.domain.codes import EMPLOYMENT_TYPE_LABELS, KSIC_SECTIONS, OUTCOME_LABELS
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.roles import ROLE_LABELS
from jobfair.domain.text import nfc
from jobfair.services.accounts.access import Permission, require
from jobfair.services.audit.subjects import REFERENCES, resolve_names
from jobfair.services.context import Actor
from jobfair.services.interviews.follow_up import CALL_RESULT_LABELS, FINAL_OUTCOME_LABELS
from jobfair.services.reports.export import CHANNEL_LABELS, VIA_LABELS

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
    "sign_in": QT_TRANSLATE_NOOP("audit", "Sign in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("audit", "Failed sign-in"),
    "sign_out": QT_TRANSLATE_NOOP("audit", "Sign out"),
    "set_secret": QT_TRANSLATE_NOOP("audit", "New PIN"),
    "resolve": QT_TRANSLATE_NOOP("audit", "Resolve"),
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
    "account": QT_TRANSLATE_NOOP("audit", "Account"),
    "sync_conflict": QT_TRANSLATE_NOOP("audit", "Offline conflict"),
}
# The recorded fields, by the names the services record them under; an unknown one is shown as
# recorded.
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("audit", "Name"),
    "date": QT_TRANSLATE_NOOP("audit", "Date"),
    "demo": QT_TRANSLATE_NOOP("audit", "Demo fair"),
    "reset": QT_TRANSLATE_NOOP("audit", "Replaced the earlier demo"),
    "venue": QT_TRANSLATE_NOOP("audit", "Venue"),
    "hosts": QT_TRANSLATE_NOOP("audit", "Hosts"),
    "organizer": QT_TRANSLATE_NOOP("audit", "Organized by"),
    "opens_at": QT_TRANSLATE_NOOP("audit", "Opens at"),
    "closes_at": QT_TRANSLATE_NOOP("audit", "Closes at"),
    "timezone": QT_TRANSLATE_NOOP("audit", "Time zone"),
    "retention_days": QT_TRANSLATE_NOOP("audit", "Retention (days)"),
    "typical_interview_minutes": QT_TRANSLATE_NOOP("audit", "Typical interview (minutes)"),
    "business_no": QT_TRANSLATE_NOOP("audit", "Business registration number"),
    "ksic_section": QT_TRANSLATE_NOOP("audit", "Industry"),
    "ksic_code": QT_TRANSLATE_NOOP("audit", "Industry code"),
    "size": QT_TRANSLATE_NOOP("audit", "Company size"),
    "address": QT_TRANSLATE_NOOP("audit", "Address"),
    "contact_name": QT_TRANSLATE_NOOP("audit", "Contact person"),
    "contact_phone": QT_TRANSLATE_NOOP("audit", "Contact phone"),
    "contact_email": QT_TRANSLATE_NOOP("audit", "Contact e-mail"),
    "label": QT_TRANSLATE_NOOP("audit", "Booth number"),
    "grid_row": QT_TRANSLATE_NOOP("audit", "Floor row"),
    "grid_col": QT_TRANSLATE_NOOP("audit", "Floor column"),
    "title": QT_TRANSLATE_NOOP("audit", "Job title"),
    "headcount": QT_TRANSLATE_NOOP("audit", "Positions"),
    "keco_code": QT_TRANSLATE_NOOP("audit", "Occupation"),
    "employment_type": QT_TRANSLATE_NOOP("audit", "Employment type"),
    "wage": QT_TRANSLATE_NOOP("audit", "Wage"),
    "work_place": QT_TRANSLATE_NOOP("audit", "Place of work"),
    "qualifications": QT_TRANSLATE_NOOP("audit", "Qualifications"),
    "seeker_id": QT_TRANSLATE_NOOP("audit", "Job seeker"),
    "booth_id": QT_TRANSLATE_NOOP("audit", "Booth"),
    "opening_id": QT_TRANSLATE_NOOP("audit", "Opening"),
    "employer_id": QT_TRANSLATE_NOOP("audit", "Employer"),
    "account_id": QT_TRANSLATE_NOOP("audit", "Account"),
    "from_fair": QT_TRANSLATE_NOOP("audit", "Copied from"),
    "phone": QT_TRANSLATE_NOOP("audit", "Phone"),
    "channel": QT_TRANSLATE_NOOP("audit", "Registered as"),
    "via": QT_TRANSLATE_NOOP("audit", "Checked in by"),
    "outcome": QT_TRANSLATE_NOOP("audit", "Outcome"),
    "over_headcount": QT_TRANSLATE_NOOP("audit", "Beyond the headcount"),
    "notes": QT_TRANSLATE_NOOP("audit", "Notes"),
    "note": QT_TRANSLATE_NOOP("audit", "Note"),
    "rating": QT_TRANSLATE_NOOP("audit", "Rating"),
    "tags": QT_TRANSLATE_NOOP("audit", "Tags"),
    "voided_at": QT_TRANSLATE_NOOP("audit", "Undone at"),
    "called_at": QT_TRANSLATE_NOOP("audit", "Called at"),
    "done_at": QT_TRANSLATE_NOOP("audit", "Left the queue at"),
    "reason": QT_TRANSLATE_NOOP("audit", "Reason"),
    "failed_attempts": QT_TRANSLATE_NOOP("audit", "Wrong tries in a row"),
    "final_outcome": QT_TRANSLATE_NOOP("audit", "Final outcome"),
    "final_outcome_on": QT_TRANSLATE_NOOP("audit", "Final outcome on"),
    "follow_up_note": QT_TRANSLATE_NOOP("audit", "Follow-up note"),
    "result": QT_TRANSLATE_NOOP("audit", "Call result"),
    "badges": QT_TRANSLATE_NOOP("audit", "Badges"),
    "reprints": QT_TRANSLATE_NOOP("audit", "Reprints"),
    "count": QT_TRANSLATE_NOOP("audit", "Count"),
    "file": QT_TRANSLATE_NOOP("audit", "File"),
    "first_badge_no": QT_TRANSLATE_NOOP("audit", "First badge number"),
    "last_badge_no": QT_TRANSLATE_NOOP("audit", "Last badge number"),
    "notice_version": QT_TRANSLATE_NOOP("audit", "Consent notice"),
    "employers": QT_TRANSLATE_NOOP("audit", "Employers"),
    "openings": QT_TRANSLATE_NOOP("audit", "Openings"),
    "booths": QT_TRANSLATE_NOOP("audit", "Booths"),
    "seekers": QT_TRANSLATE_NOOP("audit", "Job seekers"),
    "interviews": QT_TRANSLATE_NOOP("audit", "Interviews"),
    "skipped": QT_TRANSLATE_NOOP("audit", "Skipped"),
    "lines": QT_TRANSLATE_NOOP("audit", "Lines"),
    "cleared": QT_TRANSLATE_NOOP("audit", "Free text cleared"),
    "audit_events": QT_TRANSLATE_NOOP("audit", "Audit entries scrubbed"),
    "employer_contacts": QT_TRANSLATE_NOOP("audit", "Contact persons cleared"),
    "kept": QT_TRANSLATE_NOOP("audit", "Kept"),
    "kind": QT_TRANSLATE_NOOP("audit", "Role"),
    "login": QT_TRANSLATE_NOOP("audit", "Login"),
    "display_name": QT_TRANSLATE_NOOP("audit", "Name"),
    "role": QT_TRANSLATE_NOOP("audit", "Role"),
    "active": QT_TRANSLATE_NOOP("audit", "Active"),
    "resolved_at": QT_TRANSLATE_NOOP("audit", "Resolved at"),
    "resolved_by": QT_TRANSLATE_NOOP("audit", "Resolved by"),
    "resolution_note": QT_TRANSLATE_NOOP("audit", "Resolution"),
    "badge_no": QT_TRANSLATE_NOOP("audit", "Badge number"),
    "birth_year": QT_TRANSLATE_NOOP("audit", "Birth year"),
    "birth_date": QT_TRANSLATE_NOOP("audit", "Birth date"),
    "sex": QT_TRANSLATE_NOOP("audit", "Sex"),
    "residence": QT_TRANSLATE_NOOP("audit", "Residence"),
    "desired_keco": QT_TRANSLATE_NOOP("audit", "Desired occupation"),
    "desired_job": QT_TRANSLATE_NOOP("audit", "Desired job"),
    "groups": QT_TRANSLATE_NOOP("audit", "Target groups"),
    "consents": QT_TRANSLATE_NOOP("audit", "Consents"),
}
# Fields whose values are field names (what a purge kept).
FIELD_LIST_FIELDS = frozenset({"kept"})
# Why a sign-in failed or a seeker left a booth's queue.
REASON_LABELS: dict[str, str] = {
    "unknown": QT_TRANSLATE_NOOP("audit", "No such login"),
    "locked": QT_TRANSLATE_NOOP("audit", "Account locked for a minute"),
    "secret": QT_TRANSLATE_NOOP("audit", "Wrong PIN or password"),
    "interviewed": QT_TRANSLATE_NOOP("audit", "Interviewed"),
    "left": QT_TRANSLATE_NOOP("audit", "Left without an interview"),
}
# Coded values shown as words: field -> (translation context, code -> label).
VALUE_LABELS: dict[str, tuple[str, dict[str, str]]] = {
    "outcome": ("codes", {str(k): v for k, v in OUTCOME_LABELS.items()}),
    "final_outcome": ("codes", {str(k): v for k, v in FINAL_OUTCOME_LABELS.items()}),
    "result": ("codes", {str(k): v for k, v in CALL_RESULT_LABELS.items()}),
    "role": ("codes", {str(k): v for k, v in ROLE_LABELS.items()}),
    "kind": ("codes", {str(k): v for k, v in ROLE_LABELS.items()}),
    "employment_type": ("codes", {str(k): v for k, v in EMPLOYMENT_TYPE_LABELS.items()}),
    "ksic_section": ("codes", dict(KSIC_SECTIONS)),
    "via": ("export", dict(VIA_LABELS)),
    "channel": ("export", dict(CHANNEL_LABELS)),
    "reason": ("audit", REASON_LABELS),
}
# Fields holding a moment (ISO text in the log), shown in the fair's local time.
TIME_FIELDS = frozenset({"voided_at", "called_at", "done_at", "resolved_at"})


def role_label(kind: str | None) -> str | None:
    """The untranslated label (context "codes") of a station's role, ``None`` when unknown."""
    labels = VALUE_LABELS["kind"][1]
    return labels.get(kind) if kind else None


@dataclass(frozen=True)
class FieldChange:
    """One field of an audited record: its value before and after (``None``: absent or null).

    ``before_name``/``after_name``: the name of the record a reference field (``seeker_id``,
    ``booth_id``, ...) points to, when it is still known.
    """

    field: str
    before: Any
    after: Any
    before_name: str | None = None
    after_name: str | None = None


@dataclass(frozen=True)
class AuditRow:
    """One audit event as the log shows it.

    Attributes:
        station_kind: the role the station served for this write (desk, booth, organizer);
            ``None`` for events recorded before roles were, or without a station screen.
        subject: the record as a person knows it ("김민준 (#12) · A-1"), "" when unknown.
        account_id: the signed-in account behind the write, if any.
    """

    id: uuid.UUID
    at: datetime
    station_id: uuid.UUID | None
    station_name: str | None
    actor: str
    action: str
    entity: str
    entity_id: str
    changes: tuple[FieldChange, ...]
    station_kind: str | None = None
    subject: str = ""
    account_id: uuid.UUID | None = None


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
    needle = nfc(text or "").strip()
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
    names = resolve_names(session, [event for event, _name in found])
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
            changes=tuple(
                dataclasses.replace(
                    change,
                    before_name=names.of(REFERENCES[change.field], change.before),
                    after_name=names.of(REFERENCES[change.field], change.after),
                ) if change.field in REFERENCES else change
                for change in field_changes(event.before, event.after)
            ),
            station_kind=event.station_kind,
            subject=names.subject(event),
            account_id=event.account_id,
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
