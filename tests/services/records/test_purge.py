"""Retention and purge: personal data goes, the figures stay exactly as they were."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.models import AuditEvent, Base, Fair, Interview, Seeker
from jobfair.services.context import Actor, audit
from jobfair.services.interviews.service import log_interview
from jobfair.services.records.purge import (
    due_reminders,
    free_text_columns,
    purge_fair,
    purged_at,
    retention_status,
    rows_of_fair,
    vacuum_after_purge,
)
from jobfair.services.reports.analytics import dashboard_data
from jobfair.services.reports.metrics import compute_figures
from jobfair.services.setup.demo import create_demo
from tests.services.fairkit import actor, register, small_fair

NOW = datetime(2016, 6, 1, 9, 0, tzinfo=UTC)  # the 2015 fairs' year of retention is over


def late() -> Actor:
    """An organizer after the fairs' retention date."""
    return actor(clock=lambda: NOW)


def _demo(factory: sessionmaker[Session]) -> int:
    with factory.begin() as s:
        return create_demo(s, Actor(name="test")).fair_id


def test_purging_the_demo_keeps_figures_and_breakdowns(
    engine: Engine, session_factory: sessionmaker[Session],
) -> None:
    fair_id = _demo(session_factory)
    with session_factory() as s:
        figures = compute_figures(s, fair_id)
        dashboard = dashboard_data(s, fair_id, now=NOW)
        with_notes = s.scalar(
            select(Interview.id).where(Interview.fair_id == fair_id, Interview.notes != "")
        )
    with session_factory.begin() as s:
        dry = purge_fair(s, Actor(name="test", clock=lambda: NOW), fair_id, dry_run=True)
    with session_factory() as s:  # a dry run writes nothing
        assert s.scalar(select(Seeker.purged_at).where(Seeker.fair_id == fair_id)) is None
        assert purged_at(s, fair_id) is None
    with session_factory.begin() as s:
        report = purge_fair(s, Actor(name="test", clock=lambda: NOW), fair_id)
    vacuum_after_purge(engine)  # runs on both databases
    assert report == dry.__class__(**{**dry.__dict__, "dry_run": False})
    assert report.seekers == figures.registered
    assert (with_notes is None) or report.free_text.get("interview.notes", 0) > 0
    assert "birth_year" in report.kept

    with session_factory() as s:
        assert compute_figures(s, fair_id) == figures
        assert dashboard_data(s, fair_id, now=NOW) == dashboard
        rows = s.execute(
            select(Seeker.name, Seeker.phone, Seeker.birth_date, Seeker.residence,
                   Seeker.desired_job, Seeker.purged_at).where(Seeker.fair_id == fair_id)
        ).all()
        assert {r[:5] for r in rows} == {("", "", None, "", "")}
        assert all(r[5] == NOW for r in rows)
        assert purged_at(s, fair_id) == NOW
        assert s.scalar(select(Interview.id).where(Interview.notes != "")) is None
        status = retention_status(s, fair_id, date(2026, 1, 1))
        assert status.purged and status.is_demo
    with session_factory.begin() as s:  # a second purge finds nothing left
        again = purge_fair(s, Actor(name="test", clock=lambda: NOW), fair_id)
    assert again.total == 0


def test_audit_values_lose_personal_keys_and_values(
    session_factory: sessionmaker[Session],
) -> None:
    fair = small_fair(session_factory)
    seeker = register(session_factory, fair.fair_id, "박서연", phone="010-2222-3333")
    who = actor()
    with session_factory.begin() as s:
        audit(s, who, action="update", entity="seeker", entity_id=seeker.id,
              fair_id=fair.fair_id, before={"name": "박서연", "phone": "01022223333"},
              after={"groups": ["youth"], "nested": {"memo": "박서연"}, "notes": "늦게 옴"})
    with session_factory.begin() as s:
        report = purge_fair(s, late(), fair.fair_id)
    assert report.seekers == 1 and report.audit_events >= 1
    with session_factory() as s:
        events = s.execute(
            select(AuditEvent.entity, AuditEvent.before, AuditEvent.after)
            .where(AuditEvent.fair_id == fair.fair_id)
        ).all()
        text = repr(events)
        assert "박서연" not in text and "01022223333" not in text and "늦게 옴" not in text
        assert "(주)양주섬유" in text  # the employer's name is not personal data
        assert ("fair", None) in {(e[0], e[1]) for e in events if e[0] == "fair"}


def test_retention_reminders_skip_demo_and_purged(
    session_factory: sessionmaker[Session],
) -> None:
    fair = small_fair(session_factory)
    _demo(session_factory)
    with session_factory.begin() as s:
        f = s.get(Fair, fair.fair_id)
        assert f is not None
        f.retention_days = 30
    with session_factory() as s:
        status = retention_status(s, fair.fair_id, date(2015, 4, 20))
        assert status.due == date(2015, 4, 24) and status.days_left == 4 and not status.ended
        assert due_reminders(s, date(2015, 4, 20)) == []
        overdue = due_reminders(s, date(2026, 1, 1))
        assert [r.fair_id for r in overdue] == [fair.fair_id]  # the 2015 demo is never reminded
    with session_factory.begin() as s:
        purge_fair(s, late(), fair.fair_id)
    with session_factory() as s:
        assert due_reminders(s, date(2026, 1, 1)) == []


def test_no_personal_value_left_in_the_sqlite_file(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    session_factory = make_session_factory(engine)
    fair_id = _demo(session_factory)
    with session_factory() as s:
        people = s.execute(select(Seeker.name, Seeker.phone).where(Seeker.fair_id == fair_id)).all()
    secrets = [v.encode() for row in people for v in row if len(v) >= 2]
    path = Path(str(make_url(str(engine.url)).database))

    def leaks() -> int:
        raw = b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
        return sum(1 for v in secrets if v in raw)

    assert leaks() > 0  # the check can fail
    with session_factory.begin() as s:
        purge_fair(s, late(), fair_id)
    vacuum_after_purge(engine)
    engine.dispose()
    assert leaks() == 0


def test_every_free_text_column_of_people_is_reached() -> None:
    """Notes added by later parts (follow-up, matching) are found from the schema."""
    found = {f"{t.name}.{c}" for t, c in free_text_columns()}
    assert "interview.notes" in found
    for table in Base.metadata.sorted_tables:
        for column in table.c:
            noted = column.name in ("note", "notes") or column.name.endswith(("_note", "_notes"))
            if noted and table.name not in ("fair", "employer", "booth", "opening", "station"):
                assert f"{table.name}.{column.name}" in found
    for table, _ in free_text_columns():
        assert rows_of_fair(table, 1) is not None, table.name


def test_follow_up_and_matching_notes_are_cleared(
    session_factory: sessionmaker[Session],
) -> None:
    fair = small_fair(session_factory)
    seeker = register(session_factory, fair.fair_id, "정하늘", phone="010-5555-6666")
    with session_factory.begin() as s:
        view = log_interview(s, actor(), seeker_id=seeker.id, booth_id=fair.booth_a,
                             outcome="pending", notes="다음 주 재면접")
        filled = {"interview.notes"}
        interview = s.get(Interview, view.id)
        assert interview is not None
        if hasattr(interview, "follow_up_note"):
            interview.follow_up_note = "본인 통화: 취업 확정"
            filled.add("interview.follow_up_note")
        for name, values in (
            ("follow_up_call", {"interview_id": view.id, "at": NOW, "actor": "t",
                                "result": "reached", "note": "오후에 다시"}),
            ("recommendation", {"fair_id": fair.fair_id, "seeker_id": seeker.id,
                                "opening_id": fair.opening_a, "made_at": NOW, "actor": "t",
                                "note": "집이 가까움"}),
        ):
            table = Base.metadata.tables.get(name)
            if table is not None:
                s.execute(table.insert().values(id=uuid.uuid4(), **values))
                filled.add(f"{name}.note")
    with session_factory.begin() as s:
        report = purge_fair(s, late(), fair.fair_id)
    assert set(report.free_text) == filled
    with session_factory() as s:
        for where in filled:
            name, column = where.split(".")
            table = Base.metadata.tables[name]
            assert set(s.scalars(select(table.c[column]))) == {""}, where
