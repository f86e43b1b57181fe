"""Retention and purge: when a fair's retention period ends, its personal data goes for good.

The purge scrubs what identifies a person (names, phones, birth dates, residence, free text and
notes, the employers' contact persons, and the same values in the audit log's before/after)
and keeps what the anonymous figures and breakdowns are computed from: birth year (age band),
sex, desired occupation, target groups, consents, channel, check-ins, interviews and outcomes,
badges (a badge code carries no personal data). ``compute_figures`` and ``dashboard_data``
give the same result before and after.

The scrubbed values may linger in free pages of the database file until it is rebuilt: call
``vacuum_after_purge(engine)`` after the purge's transaction has committed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, String, Table, Text, func, or_, select, update
from sqlalchemy.orm import Session

from jobfair.db.models import AuditEvent, Base, Employer, Fair, Seeker
from jobfair.services.access import Permission, require
from jobfair.services.context import Actor, audit
from jobfair.services.fairs import get_fair

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
        kept: the seeker fields kept, as inputs of the anonymous figures.
    """

    fair_id: int
    dry_run: bool
    seekers: int
    free_text: dict[str, int] = field(default_factory=dict)
    audit_events: int = 0
    employer_contacts: int = 0
    kept: tuple[str, ...] = SEEKER_KEPT

    @property
    def total(self) -> int:
        return (self.seekers + sum(self.free_text.values()) + self.audit_events
                + self.employer_contacts)


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


def _scrub(value: Any, drop_keys: frozenset[str], secrets: set[str]) -> Any:
    if isinstance(value, dict):
        return {
            k: _scrub(v, drop_keys, secrets) for k, v in value.items() if k not in drop_keys
        }
    if isinstance(value, list):
        return [_scrub(v, drop_keys, secrets) for v in value]
    if isinstance(value, str) and value in secrets:
        return ""
    return value


def purge_fair(session: Session, actor: Actor, fair_id: int, dry_run: bool = False) -> PurgeReport:
    """Remove the fair's personal data irreversibly; with ``dry_run`` only count it.

    Does not commit. Logged in the audit log as action ``"purge"`` (counts only). Only an
    organizer may, and only an organizer sees the preview (``dry_run``).
    """
    require(actor, Permission.PURGE)
    fair_id = get_fair(session, fair_id).id
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

    events = 0
    rows = session.execute(
        select(AuditEvent.id, AuditEvent.entity, AuditEvent.before, AuditEvent.after).where(
            AuditEvent.fair_id == fair_id,
            or_(AuditEvent.before.is_not(None), AuditEvent.after.is_not(None)),
        )
    ).all()
    for event_id, entity, before, after in rows:
        keys = FREE_TEXT_NAMES if entity in ORGANIZATION_ENTITIES else PERSONAL_KEYS | {
            "notes", "note", "reason"}
        new_before = _scrub(before, frozenset(keys), secrets)
        new_after = _scrub(after, frozenset(keys), secrets)
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
    report = PurgeReport(
        fair_id=fair_id, dry_run=dry_run, seekers=seekers, free_text=free_text,
        audit_events=events, employer_contacts=contacts,
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
    audit(session, actor, action="purge", entity="fair", entity_id=fair_id, fair_id=fair_id,
          after={"seekers": seekers, "cleared": dict(free_text), "audit_events": events,
                 "employer_contacts": contacts, "kept": list(SEEKER_KEPT)})
    return report


def purged_at(session: Session, fair_id: int) -> datetime | None:
    """When the fair was purged (its latest purge), or ``None``."""
    return session.scalar(
        select(func.max(AuditEvent.at)).where(
            AuditEvent.fair_id == fair_id, AuditEvent.action == "purge",
            AuditEvent.entity == "fair",
        )
    )


def vacuum_after_purge(engine: Engine) -> None:
    """Rebuild the database so scrubbed values are gone from its files too.

    Run after the purge has committed, with no transaction open on this engine. SQLite: VACUUM,
    then a truncating WAL checkpoint (old pages may sit in the -wal file). PostgreSQL:
    VACUUM FULL of the tables a purge touches (rewrites them; it locks them briefly).
    """
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            tables = {Seeker.__tablename__, AuditEvent.__tablename__, Employer.__tablename__}
            tables.update(table.name for table, _ in free_text_columns())
            for name in sorted(tables):
                conn.exec_driver_sql(f'VACUUM FULL "{name}"')
