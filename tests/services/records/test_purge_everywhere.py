"""A purge leaves no personal value anywhere: each place is seeded with a marker, then the raw
files (SQLite: the database and its WAL; this PC's outbox files) and every text and JSON column
(PostgreSQL, and its statistics) are searched for it."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import JSON, Engine, String, Text, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.engine import describe_url
from jobfair.db.models import (
    AuditEvent,
    Base,
    Employer,
    FollowUpCall,
    Interview,
    Recommendation,
    Seeker,
    SyncConflict,
)
from jobfair.services.context import Actor, audit
from jobfair.services.interviews.service import log_interview
from jobfair.services.records.purge import (
    PurgeCleanupError,
    PurgeWaitingRecordsError,
    RetentionNotEndedError,
    json_columns,
    local_outboxes,
    purge_fair,
    vacuum_after_purge,
)
from jobfair.services.sync.outbox import DELIVERED, Outbox, outbox_item, outbox_path
from jobfair.services.sync.snapshot import refresh_snapshot
from tests.services.fairkit import SmallFair, actor, register, small_fair

MARK = b"ZZMARKER"
NOW = datetime(2016, 6, 1, 9, 0, tzinfo=UTC)  # the 2015 fair's retention is over


def late() -> Actor:
    return actor(clock=lambda: NOW)


def _outbox(data_dir: Path, url: str) -> Outbox:
    shared = make_url(url).get_backend_name() == "postgresql"
    return Outbox(outbox_path(data_dir, uuid.uuid4(), describe_url(url) if shared else ""))


def _seed(factory: sessionmaker[Session], fair: SmallFair, box: Outbox) -> None:
    """One marker in every place that can hold personal data."""
    seeker = register(factory, fair.fair_id, "ZZMARKERONE", phone="010-7777-0001")
    with factory.begin() as s:
        s.execute(update(Seeker).where(Seeker.id == seeker.id).values(
            residence="ZZMARKERTOWN", desired_job="ZZMARKERJOB"))
        view = log_interview(s, actor(), seeker_id=seeker.id, booth_id=fair.booth_a,
                             outcome="pending", notes="ZZMARKER interview note")
        s.execute(update(Interview).where(Interview.id == view.id).values(
            follow_up_note="ZZMARKER follow-up"))
        s.add(FollowUpCall(id=uuid.uuid4(), interview_id=view.id, at=NOW, actor="t",
                           result="reached", note="ZZMARKER call"))
        s.add(Recommendation(id=uuid.uuid4(), fair_id=fair.fair_id, seeker_id=seeker.id,
                             opening_id=fair.opening_b1, made_at=NOW, actor="t",
                             note="ZZMARKER recommended"))
        s.execute(update(Employer).where(Employer.id == fair.employer_a).values(
            contact_name="ZZMARKERBOSS", contact_phone="0317770002"))
        s.add(SyncConflict(
            id=uuid.uuid4(), fair_id=fair.fair_id, station_id=None, actor="booth",
            record_kind="interview", record_id=str(uuid.uuid4()), reason="repeat_interview",
            message="{name} was interviewed already",
            params={"payload": {"fair_id": fair.fair_id, "notes": "ZZMARKER payload"},
                    "name": "ZZMARKERONE", "who": "ZZMARKERONE (1990)", "phone": "01077770001",
                    "booth": "A-1"},
            recorded_at=NOW, delivered_at=NOW, resolution_note="ZZMARKER resolved"))
        audit(s, actor(), action="update", entity="seeker", entity_id=seeker.id,
              fair_id=fair.fair_id, before={"name": "ZZMARKERONE"},
              after={"nested": {"memo": "ZZMARKERONE"}, "list": ["010-7777-0001"]})
    item = box.add_interview(actor(), fair_id=fair.fair_id, booth_id=fair.booth_a,
                             seeker_id=seeker.id, notes="ZZMARKER offline note")
    with box.connection() as conn:
        conn.execute(update(outbox_item).where(outbox_item.c.seq == item.seq)
                     .values(state=DELIVERED))
    with factory() as s:
        assert refresh_snapshot(box, s, actor(), fair.fair_id) == 1


def _raw(paths: list[Path]) -> bytes:
    found = [p for path in paths for p in (path, Path(f"{path}-wal")) if p.exists()]
    return b"".join(p.read_bytes() for p in found)


def _columns_with_marker(engine: Engine) -> list[str]:
    """Every text and JSON column of every table holding the marker."""
    hits = []
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for column in table.c:
                if not isinstance(column.type, String | Text | JSON):
                    continue
                found = conn.execute(
                    select(column).where(column.cast(Text).contains(MARK.decode())).limit(1)
                ).first()
                if found is not None:
                    hits.append(f"{table.name}.{column.name}")
    return hits


def test_a_marker_in_every_place_is_gone_everywhere(
    engine: Engine, session_factory: sessionmaker[Session], db_url: str, tmp_path: Path,
) -> None:
    fair = small_fair(session_factory)
    box = _outbox(tmp_path / "data", db_url)
    _seed(session_factory, fair, box)
    box.close()
    outboxes = local_outboxes(tmp_path / "data", db_url)
    assert outboxes == [box.path]
    places = _columns_with_marker(engine)
    for where in ("seeker.name", "sync_conflict.params", "audit_event.after",
                  "follow_up_call.note", "recommendation.note", "interview.follow_up_note"):
        assert where in places  # each place really holds the marker before
    assert MARK in _raw(outboxes)

    with session_factory.begin() as s:
        dry = purge_fair(s, late(), fair.fair_id, dry_run=True, outboxes=outboxes)
    with session_factory.begin() as s:
        report = purge_fair(s, late(), fair.fair_id, outboxes=outboxes)
    vacuum_after_purge(engine, outboxes)
    assert report == dry.__class__(**{**dry.__dict__, "dry_run": False})
    assert report.seekers == 1 and report.employer_contacts == 1
    assert report.json_values == {"sync_conflict.params": 1}
    assert report.outbox_items == 1 and report.snapshot_seekers == 1
    assert {"interview.notes", "interview.follow_up_note", "follow_up_call.note",
            "recommendation.note", "sync_conflict.resolution_note"} <= set(report.free_text)
    assert report.audit_events >= 2

    assert _columns_with_marker(engine) == []
    assert MARK not in _raw(outboxes)
    if engine.dialect.name == "sqlite":
        engine.dispose()
        assert MARK not in _raw([Path(str(engine.url.database))])
    with session_factory() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "purge")).one()
        assert event.after is not None
        assert event.after["json_values"] == {"sync_conflict.params": 1}
        assert event.after["outbox_items"] == 1
        conflict = s.scalars(select(SyncConflict)).one()
        assert conflict.params == {"payload": {"fair_id": fair.fair_id}, "who": "",
                                   "booth": "A-1"}


def test_json_columns_are_found_from_the_schema() -> None:
    found = {f"{t.name}.{c}" for t, c in json_columns()}
    assert "sync_conflict.params" in found
    assert "seeker.groups" not in found  # an input of the figures


def test_waiting_offline_records_stop_the_purge(
    session_factory: sessionmaker[Session], sqlite_url: str, tmp_path: Path,
) -> None:
    fair = small_fair(session_factory)
    seeker = register(session_factory, fair.fair_id, "ZZMARKERTWO", phone="010-7777-0003")
    box = _outbox(tmp_path / "data", sqlite_url)
    box.add_interview(actor(), fair_id=fair.fair_id, booth_id=fair.booth_a,
                      seeker_id=seeker.id, notes="not delivered yet")
    box.close()
    outboxes = local_outboxes(tmp_path / "data", sqlite_url)
    with session_factory.begin() as s, pytest.raises(PurgeWaitingRecordsError) as caught:
        purge_fair(s, late(), fair.fair_id, outboxes=outboxes)
    assert "1" in str(caught.value)
    with session_factory() as s:
        assert s.scalar(select(Seeker.name)) == "ZZMARKERTWO"  # nothing was removed
    assert len(Outbox(box.path).items()) == 1


def test_before_the_retention_date_a_reason_is_needed_and_recorded(
    session_factory: sessionmaker[Session],
) -> None:
    fair = small_fair(session_factory)
    register(session_factory, fair.fair_id, "박서연", phone="010-2222-3333")
    early = actor(clock=lambda: datetime(2015, 6, 1, tzinfo=UTC))
    with session_factory.begin() as s, pytest.raises(RetentionNotEndedError) as caught:
        purge_fair(s, early, fair.fair_id)
    assert "2016-03-24" in str(caught.value)
    with session_factory.begin() as s:  # a dry run only counts: allowed
        assert purge_fair(s, early, fair.fair_id, dry_run=True).seekers == 1
    with session_factory.begin() as s, pytest.raises(RetentionNotEndedError):
        purge_fair(s, early, fair.fair_id, before_retention="  ")
    with session_factory.begin() as s:
        report = purge_fair(s, early, fair.fair_id, before_retention="본인 삭제 요청")
    assert report.seekers == 1 and report.before_retention == "본인 삭제 요청"
    with session_factory() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "purge")).one()
        assert event.after is not None and event.after["before_retention"] == "본인 삭제 요청"


def test_a_reader_holding_the_file_is_reported_and_the_cleanup_runs_again(
    sqlite_url: str, tmp_path: Path,
) -> None:
    from jobfair.db.engine import make_engine, make_session_factory

    engine = make_engine(sqlite_url)
    factory = make_session_factory(engine)
    fair = small_fair(factory)
    for n in range(5):
        register(factory, fair.fair_id, f"ZZMARKER{n}", phone=f"010-7777-100{n}")
    path = Path(str(engine.url.database))
    assert MARK in _raw([path])
    reader = sqlite3.connect(str(path), isolation_level=None)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM seeker").fetchone()[0] == 5  # a read held open
    try:
        with factory.begin() as s:
            purge_fair(s, late(), fair.fair_id)
        with pytest.raises(PurgeCleanupError) as caught:
            vacuum_after_purge(engine, wait=0.5)
        assert "jobfair.sqlite3" in str(caught.value)
        assert MARK in _raw([path])  # the file still holds them: not reported as done
        with factory() as s:  # yet the records are scrubbed
            assert set(s.scalars(select(Seeker.name))) == {""}
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    vacuum_after_purge(engine, wait=0.5)  # the cleanup alone, again
    engine.dispose()
    assert MARK not in _raw([path])


@pytest.mark.postgres
def test_postgres_statistics_forget_the_names(pg_database_url: str) -> None:
    from jobfair.db.engine import make_engine, make_session_factory

    engine = make_engine(pg_database_url)
    with engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())
    factory = make_session_factory(engine)
    fair = small_fair(factory)
    with factory.begin() as s:
        for n in range(400):
            s.add(Seeker(
                id=uuid.uuid4(), fair_id=fair.fair_id, name=f"ZZMARKER{n % 4}", birth_year=1990,
                phone=f"0107777{n:04d}", channel="walk_in", consent_collection=True,
                consent_notice_version="v1", consent_at=NOW, created_at=NOW, groups=[],
            ))

    def in_stats() -> int:
        with engine.connect() as conn:
            return conn.execute(text(
                "SELECT count(*) FROM pg_stats WHERE schemaname = current_schema() AND "
                "(most_common_vals::text LIKE '%ZZMARKER%' "
                "OR histogram_bounds::text LIKE '%ZZMARKER%')"
            )).scalar_one()

    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("ANALYZE seeker")
    assert in_stats() > 0  # the check can fail
    with factory.begin() as s:
        purge_fair(s, late(), fair.fair_id)
    vacuum_after_purge(engine)
    assert in_stats() == 0
    assert _columns_with_marker(engine) == []
    engine.dispose()
