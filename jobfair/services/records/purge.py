"""Retention and purge: when a fair's retention period ends, its personal data goes for good.

The purge scrubs what identifies a person (names, phones, birth dates, residence, free text and
notes, the employers' contact persons, and the same values in the audit log's before/after)
and keeps what the anonymous figures and breakdowns are computed from: birth year (age band),
sex, desired occupation, target groups, consents, channel, check-ins, interviews and outcomes,
badges (a badge code carries no personal data). ``compute_figures`` and ``dashboard_data``
give the same result before and after.

Every place that can hold personal data is reached and counted: the seekers' own columns, free
text found from the schema (notes of interviews, follow-up calls, recommendations, conflicts...),
JSON values found from the schema (a sync conflict's ``params`` carries the record as the station
made it, names and notes included; the audit log's before/after), the employers' contact persons,
and on this PC the station outbox files (``purge_files.scrub_outboxes``).

The scrubbed values may linger in free pages of the database file until it is rebuilt: call
``vacuum_after_purge(engine)`` after the purge's transaction has committed. It proves the file is
clean or raises ``PurgeCleanupError``; the rebuild alone can be run again later.

A purge is refused before the fair's retention date unless a reason is given (recorded in the
purge's audit event), and while records of the fair kept offline on this PC wait for delivery.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import JSON, Engine, String, Table, Text, func, or_, select, update
from sqlalchemy.orm import Session

from jobfair.db.models import AuditEvent, Base, Employer, Fair, Seeker
from jobfair.domain.errors import JobFairError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.services.accounts.access import Permission, require
from jobfair.services.context import Actor, audit
from jobfair.services.records.purge_files import (
    PurgeCleanupError,
    local_outboxes,
    rebuild_files,
    scrub_outboxes,
    waiting_in_outboxes,
)
from jobfair.services.setup.fairs import get_fair

__all__ = [
    "PurgeCleanupError", "PurgeReport", "PurgeWaitingRecordsError", "RetentionNotEndedError",
    "RetentionStatus", "due_reminders", "free_text_columns", "json_columns", "local_outboxes",
    "purge_fair",
    "purged_at", "retention_status", "rows_of_fair", "vacuum_after_purge",
]

# Seeker fields the figures do not need: scrubbed. birth_year stays (age bands).
SEEKER_SCRUBBED = ("name", "phone", "birth_date", "residence", "desired_job")
SEEKER_KEPT = (
    "birth_year", "sex", "desired_keco", "groups", "channel", "consents", "badge_no",
)
# Keys removed from audit before/after values of the fair's people (seekers, interviews...).
PERSONAL_KEYS = frozenset({
    "name", "phone", "birth_date", "birthday", "residence", "address", "desired_job",
    "email", "contact", "contact_name", "contact_phone", "contact_email", "query",
})
# Tables whose rows describe the organization, not a person: their "name" stays in the log.
ORGANIZATION_ENTITIES = frozenset({"fair", "employer", "booth", "opening", "station"})
# Free-text columns of people's rows (interview notes, follow-up notes, recommendation notes...).
FREE_TEXT_NAMES = frozenset({"notes", "note", "comment", "comments", "remarks", "free_text"})
ORGANIZATION_TABLES = frozenset({"fair", "employer", "booth", "opening", "station", "setting"})


class RetentionNotEndedError(JobFairError):
    """A purge before the fair's retention date, without a reason."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The retention period of {fair} runs until {due}: its data may still be needed. To purge "
        "it now anyway, give the reason; it is recorded in the audit log.{how}",
    )


class PurgeWaitingRecordsError(JobFairError):
    """Records of the fair kept offline on this PC have not reached the database yet.

    Purging now would either lose them (scrubbed here) or bring their notes back into a purged
    fair once delivered; so the purge waits until they are delivered.
    """

    template = QT_TRANSLATE_NOOP(
        "errors",
        "{count} records of {fair} made offline on this PC have not been delivered to the "
        "database yet. Let this station deliver them (reconnect and synchronise), then purge; "
        "nothing was removed.",
    )


@dataclass(frozen=True)
class RetentionStatus:
    fair_id: int
    fair_name: str
    is_demo: bool
    due: date  # the day the personal data must be gone: fair date + retention days
    days_left: int  # negative once overdue
    purged: bool

    @property
    def ended(self) -> bool:
        return self.days_left <= 0


@dataclass(frozen=True)
class PurgeReport:
    """What a purge removed (or, with ``dry_run``, would remove).

    Attributes:
        seekers: seekers whose name, phone, birth date, residence and desired job were scrubbed.
        free_text: non-empty free-text values cleared, by ``"table.column"``.
        audit_events: audit events whose before/after lost personal values.
        employer_contacts: employers whose contact person's name, phone and e-mail were cleared
            (the employer's name, business number and address stay).
        json_values: rows whose JSON values lost personal keys and values, by
            ``"table.column"`` (a sync conflict's ``params``...; the audit log counts apart).
        outbox_items: delivered records of the fair removed from this PC's outbox files.
        snapshot_seekers: seekers of the fair removed from this PC's offline copies.
        before_retention: the reason given for purging before the retention date, if it was.
        kept: the seeker fields kept, as inputs of the anonymous figures.
    """

    fair_id: int
    dry_run: bool
    seekers: int
    free_text: dict[str, int] = field(default_factory=dict)
    audit_events: int = 0
    employer_contacts: int = 0
    json_values: dict[str, int] = field(default_factory=dict)
    outbox_items: int = 0
    snapshot_seekers: int = 0
    before_retention: str | None = None
    kept: tuple[str, ...] = SEEKER_KEPT

    @property
    def total(self) -> int:
        return (self.seekers + sum(self.free_text.values()) + self.audit_events
                + self.employer_contacts + sum(self.json_values.values()) + self.outbox_items
                + self.snapshot_seekers)


def _purged(session: Session, fair_id: int) -> bool:
    return purged_at(session, fair_id) is not None


def retention_status(session: Session, fair_id: int, today: date) -> RetentionStatus:
    fair = session.get(Fair, get_fair(session, fair_id).id)
    assert fair is not None
    due = fair.date + timedelta(days=fair.retention_days)
    return RetentionStatus(
        fair_id=fair.id, fair_name=fair.name, is_demo=fair.is_demo, due=due,
        days_left=(due - today).days, purged=_purged(session, fair.id),
    )


def due_reminders(session: Session, today: date) -> list[RetentionStatus]:
    """Fairs whose retention has ended and that are not purged; demo fairs are never reminded."""
    ids = session.scalars(select(Fair.id).where(Fair.is_demo.is_(False)).order_by(Fair.date))
    statuses = [retention_status(session, fair_id, today) for fair_id in ids]
    return [s for s in statuses if s.ended and not s.purged]


def free_text_columns() -> list[tuple[Table, str]]:
    """Free-text columns of people's tables, found from the schema so later tables count too."""
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name in ORGANIZATION_TABLES or table.name == AuditEvent.__tablename__:
            continue
        for column in table.c:
            name = column.name
            if not isinstance(column.type, (String, Text)):
                continue
            if name in FREE_TEXT_NAMES or name.endswith(("_notes", "_note")):
                found.append((table, name))
    return found


def json_columns() -> list[tuple[Table, str]]:
    """JSON columns of people's tables (a sync conflict's ``params``...), found from the schema
    so later tables count too. The audit log is scrubbed apart (its keys depend on the entity);
    the seeker's own JSON columns are inputs of the figures (target groups) and stay."""
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name in ORGANIZATION_TABLES or table.name == AuditEvent.__tablename__:
            continue
        for column in table.c:
            if not isinstance(column.type, JSON):
                continue
            if table.name == Seeker.__tablename__ and column.name in SEEKER_KEPT:
                continue
            found.append((table, column.name))
    return found


def rows_of_fair(table: Table, fair_id: int) -> Any:
    """The fair's rows of ``table``: by its ``fair_id``, else through a foreign key to a table
    that has one (follow-up calls through their interview, badges through their seeker)."""
    if "fair_id" in table.c:
        return table.c.fair_id == fair_id
    for fk in table.foreign_keys:
        parent = fk.column.table
        if "fair_id" in parent.c:
            return fk.parent.in_(select(fk.column).where(parent.c.fair_id == fair_id))
    return None


_WORDS = re.compile(r"[\w-]+")


def _personal(text: str, secrets: set[str]) -> bool:
    """Whether ``text`` is, or has as a word, a seeker's name or phone (digits or dashed)."""
    if text in secrets:
        return True
    digits = "".join(c for c in text if c.isdigit())
    if len(digits) >= 7 and digits in secrets:
        return True
    return any(word in secrets or word.replace("-", "") in secrets
               for word in _WORDS.findall(text))


def _scrub(value: Any, drop_keys: frozenset[str], secrets: set[str], words: bool = True) -> Any:
    if isinstance(value, dict):
        return {
            k: _scrub(v, drop_keys, secrets, words)
            for k, v in value.items() if k not in drop_keys
        }
    if isinstance(value, list):
        return [_scrub(v, drop_keys, secrets, words) for v in value]
    if isinstance(value, str) and (value in secrets or (words and _personal(value, secrets))):
        return ""
    return value


def _check_retention(
    session: Session, actor: Actor, fair_id: int, reason: str | None
) -> str | None:
    """The reason to record when the fair's retention has not ended; refuses without one."""
    fair = session.get(Fair, fair_id)
    assert fair is not None
    today = actor.now().astimezone(ZoneInfo(fair.timezone or "Asia/Seoul")).date()
    status = retention_status(session, fair_id, today)
    if status.ended:
        return None
    if reason is None or not reason.strip():
        raise RetentionNotEndedError(fair=fair.name, due=status.due.isoformat(), how="")
    return reason.strip()[:500]


def purge_fair(
    session: Session,
    actor: Actor,
    fair_id: int,
    dry_run: bool = False,
    *,
    before_retention: str | None = None,
    outboxes: Sequence[Path] = (),
) -> PurgeReport:
    """Remove the fair's personal data irreversibly; with ``dry_run`` only count it.

    Does not commit (the outbox files of ``outboxes``, this PC's, are changed at once: they
    hold only records the database already has). Logged in the audit log as action ``"purge"``
    (counts only, and the reason when purged before the retention date). Only an organizer may,
    and only an organizer sees the preview (``dry_run``).

    Raises:
        RetentionNotEndedError: the retention date is still ahead and no ``before_retention``
            reason was given (a dry run is never refused).
        PurgeWaitingRecordsError: records of the fair wait in an outbox on this PC.
    """
    require(actor, Permission.PURGE)
    fair_id = get_fair(session, fair_id).id
    reason = None if dry_run else _check_retention(session, actor, fair_id, before_retention)
    waiting = waiting_in_outboxes(outboxes, fair_id)
    if waiting and not dry_run:
        fair_name = session.scalar(select(Fair.name).where(Fair.id == fair_id))
        raise PurgeWaitingRecordsError(count=waiting, fair=fair_name)
    now = actor.now()
    unpurged = (Seeker.fair_id == fair_id) & Seeker.purged_at.is_(None)
    secrets: set[str] = set()
    for name, phone in session.execute(
        select(Seeker.name, Seeker.phone).where(Seeker.fair_id == fair_id)
    ):
        secrets.update(v for v in (name, phone) if v and len(v) >= 2)
    seekers = session.scalar(select(func.count()).select_from(Seeker).where(unpurged)) or 0

    free_text: dict[str, int] = {}
    for table, name in free_text_columns():
        where = rows_of_fair(table, fair_id)
        if where is None:
            continue
        column = table.c[name]
        filled = where & column.is_not(None) & (column != "")
        count = session.scalar(select(func.count()).select_from(table).where(filled)) or 0
        if count:
            free_text[f"{table.name}.{name}"] = count
            if not dry_run:
                session.execute(update(table).where(filled).values({name: ""}))

    personal = frozenset(PERSONAL_KEYS | FREE_TEXT_NAMES | {"reason"})
    json_values: dict[str, int] = {}
    for table, name in json_columns():
        where = rows_of_fair(table, fair_id)
        if where is None:
            continue
        ids = list(table.primary_key.columns)
        column = table.c[name]
        changed = 0
        for row in session.execute(select(*ids, column).where(where & column.is_not(None))):
            value = row[-1]
            scrubbed = _scrub(value, personal, secrets)
            if scrubbed == value:
                continue
            changed += 1
            if not dry_run:
                session.execute(
                    update(table).where(*(k == v for k, v in zip(ids, row[:-1], strict=True)))
                    .values({name: scrubbed})
                )
        if changed:
            json_values[f"{table.name}.{name}"] = changed

    events = 0
    rows = session.execute(
        select(AuditEvent.id, AuditEvent.entity, AuditEvent.before, AuditEvent.after).where(
            AuditEvent.fair_id == fair_id,
            or_(AuditEvent.before.is_not(None), AuditEvent.after.is_not(None)),
        )
    ).all()
    for event_id, entity, before, after in rows:
        organization = entity in ORGANIZATION_ENTITIES
        drop = FREE_TEXT_NAMES if organization else personal
        # An organization's own values (an employer's name) stay unless they are, whole, a
        # seeker's name or phone; a person's lose every value naming one.
        new_before = _scrub(before, frozenset(drop), secrets, words=not organization)
        new_after = _scrub(after, frozenset(drop), secrets, words=not organization)
        if new_before != before or new_after != after:
            events += 1
            if not dry_run:
                session.execute(
                    update(AuditEvent).where(AuditEvent.id == event_id)
                    .values(before=new_before, after=new_after)
                )

    contact = (Employer.fair_id == fair_id) & or_(
        Employer.contact_name != "", Employer.contact_phone != "", Employer.contact_email != "")
    contacts = session.scalar(select(func.count()).select_from(Employer).where(contact)) or 0
    local = scrub_outboxes(outboxes, fair_id, dry_run=dry_run)
    report = PurgeReport(
        fair_id=fair_id, dry_run=dry_run, seekers=seekers, free_text=free_text,
        audit_events=events, employer_contacts=contacts, json_values=json_values,
        outbox_items=local.items, snapshot_seekers=local.snapshot_seekers,
        before_retention=reason,
    )
    if dry_run:
        return report
    session.execute(
        update(Seeker).where(unpurged).values(
            name="", phone="", birth_date=None, residence="", desired_job="", purged_at=now,
        )
    )
    session.execute(
        update(Employer).where(contact).values(contact_name="", contact_phone="", contact_email="")
    )
    session.expire_all()
    summary: dict[str, Any] = {
        "seekers": seekers, "cleared": dict(free_text), "audit_events": events,
        "employer_contacts": contacts, "json_values": dict(json_values),
        "outbox_items": local.items, "snapshot_seekers": local.snapshot_seekers,
        "kept": list(SEEKER_KEPT),
    }
    if reason is not None:
        summary["before_retention"] = reason
    audit(session, actor, action="purge", entity="fair", entity_id=fair_id, fair_id=fair_id,
          after=summary)
    return report


def purged_at(session: Session, fair_id: int) -> datetime | None:
    """When the fair was purged (its latest purge), or ``None``."""
    return session.scalar(
        select(func.max(AuditEvent.at)).where(
            AuditEvent.fair_id == fair_id, AuditEvent.action == "purge",
            AuditEvent.entity == "fair",
        )
    )


def purged_tables() -> set[str]:
    """The tables a purge writes to."""
    names = {Seeker.__tablename__, AuditEvent.__tablename__, Employer.__tablename__}
    names.update(table.name for table, _ in free_text_columns())
    names.update(table.name for table, _ in json_columns())
    return names


def vacuum_after_purge(
    engine: Engine, outboxes: Sequence[Path] = (), *, wait: float | None = None,
) -> None:
    """The purge's cleanup: rebuild the database files (and this PC's outbox files) so the
    scrubbed values are gone from them too (``purge_files.rebuild_files``). Run it after the
    purge has committed; run it again on its own after a ``PurgeCleanupError``."""
    rebuild_files(engine, purged_tables(), outboxes, wait=wait)
