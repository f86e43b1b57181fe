"""The audit log browser's reads: filters, paging, station names and the field changes."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import AuditEvent, Seeker, Station
from jobfair.domain.codes import StationKind
from jobfair.services.audit.log import (
    FieldChange,
    audit_events,
    audit_filters,
    field_changes,
)
from jobfair.services.audit.subjects import Names
from jobfair.services.context import Actor
from jobfair.services.interviews.queue import enqueue
from jobfair.services.interviews.service import log_interview, set_outcome
from jobfair.services.records.purge import purge_fair
from jobfair.services.seekers.matching import mark_recommended
from jobfair.services.setup.service import delete_booth
from tests.services.fairkit import FAIR_DAY, SmallFair, register, small_fair, ticking_clock


def build(factory: sessionmaker[Session]) -> tuple[SmallFair, uuid.UUID, Actor]:
    """A small fair; booth A-1 interviews 김민준 (pending), then 'booth-a' marks them hired."""
    fair = small_fair(factory)
    seeker = register(factory, fair.fair_id)
    booth_station = uuid.uuid4()
    booth = Actor(
        station_id=booth_station, name="booth-a",
        clock=ticking_clock(FAIR_DAY + timedelta(hours=1)),
    )
    with factory.begin() as s:
        s.add(Station(id=booth_station, name="A-1 노트북", kind="booth", created_at=FAIR_DAY,
                      last_seen_at=FAIR_DAY))
        interview = log_interview(s, booth, seeker_id=seeker.id, booth_id=fair.booth_a,
                                  outcome="pending")
    with factory.begin() as s:
        set_outcome(s, booth, interview.id, "hired", opening_id=fair.opening_a)
    return fair, interview.id, booth


def test_filter_by_entity_action_actor_shows_the_change(
    session_factory: sessionmaker[Session],
) -> None:
    fair, interview_id, booth = build(session_factory)
    with session_factory() as s:
        page = audit_events(s, fair.fair_id, entity="interview", action="update", person="booth-a",
                            actor=Actor())
    assert page.total == 1 and len(page.rows) == 1
    row = page.rows[0]
    assert row.entity_id == str(interview_id)
    assert row.station_id == booth.station_id and row.station_name == "A-1 노트북"
    assert row.actor == "booth-a" and row.at.tzinfo is not None
    changes = {c.field: c for c in row.changes}
    assert changes["outcome"] == FieldChange("outcome", "pending", "hired")
    assert set(changes) == {"outcome"}  # the unchanged opening and notes are left out

    with session_factory() as s:
        created = audit_events(s, fair.fair_id, entity="interview", action="create", actor=Actor())
        everything = audit_events(s, fair.fair_id, actor=Actor())
        by_station = audit_events(s, fair.fair_id, station_id=booth.station_id, actor=Actor())
    assert created.total == 1
    assert {c.field for c in created.rows[0].changes} >= {"outcome"}  # a create: every field
    # the booth checked the seeker in, logged the interview, then changed it: newest first
    assert [r.action for r in by_station.rows] == ["update", "create", "checkin"]
    # the fair, 2 employers, 2 booths, 3 openings, a seeker, and the booth's three
    assert everything.total == 12
    ats = [r.at for r in everything.rows]
    assert ats == sorted(ats, reverse=True)
    assert all(r.station_name is None for r in everything.rows if r.actor == "tester")


def test_time_window_text_and_paging(session_factory: sessionmaker[Session]) -> None:
    fair, _interview_id, _booth = build(session_factory)
    with session_factory() as s:
        later = audit_events(s, fair.fair_id, since=FAIR_DAY + timedelta(hours=1), actor=Actor())
        earlier = audit_events(s, fair.fair_id, until=FAIR_DAY + timedelta(hours=1), actor=Actor())
        hired = audit_events(s, fair.fair_id, text="HIRED", actor=Actor())
        by_station_name = audit_events(s, fair.fair_id, text="노트북", actor=Actor())
        percent = audit_events(s, fair.fair_id, text="%", actor=Actor())
        first = audit_events(s, fair.fair_id, limit=4, actor=Actor())
        second = audit_events(s, fair.fair_id, limit=4, offset=4, actor=Actor())
        other_fair = audit_events(s, fair.fair_id + 1000, actor=Actor())
    assert later.total == 3 and earlier.total == 9
    assert [r.action for r in hired.rows] == ["update"]
    assert by_station_name.total == 3
    assert percent.total == 0  # a wildcard typed by the user is a plain character
    assert first.total == second.total == 12 and len(first.rows) == len(second.rows) == 4
    assert not {r.id for r in first.rows} & {r.id for r in second.rows}
    assert other_fair.total == 0 and other_fair.rows == ()


def test_filters_list_distinct_values(session_factory: sessionmaker[Session]) -> None:
    fair, _interview_id, booth = build(session_factory)
    with session_factory() as s:
        filters = audit_filters(s, fair.fair_id, actor=Actor())
    assert filters.actors == ("booth-a", "tester")
    assert filters.actions == ("checkin", "create", "update")
    assert set(filters.entities) == {"fair", "employer", "booth", "opening", "seeker", "interview"}
    named = [c for c in filters.stations if c.id == booth.station_id]
    assert [c.name for c in named] == ["A-1 노트북"]
    assert len(filters.stations) >= 2  # unnamed stations are offered by a short id


def test_field_changes() -> None:
    assert field_changes(None, {"a": 1, "b": None}) == (
        FieldChange("a", None, 1), FieldChange("b", None, None)
    )
    assert field_changes({"a": 1}, None) == (FieldChange("a", 1, None),)
    assert field_changes({"a": 1, "b": 2, "c": 3}, {"a": 1, "b": 5, "d": 4}) == (
        FieldChange("b", 2, 5), FieldChange("d", None, 4), FieldChange("c", 3, None)
    )


def test_rows_name_people_booths_and_openings_not_ids(
    session_factory: sessionmaker[Session],
) -> None:
    fair, interview_id, booth = build(session_factory)
    kim = session_factory().scalars(select(Seeker.id)).one()
    organizer = Actor(station_id=booth.station_id, name="park", clock=booth.clock,
                      station_kind=StationKind.ORGANIZER)
    with session_factory.begin() as s:
        enqueue(s, organizer, fair.booth_a, kim)
        mark_recommended(s, organizer, kim, fair.opening_b1)
        delete_booth(s, organizer, fair.booth_b)
    with session_factory() as s:
        rows = audit_events(s, fair.fair_id, actor=Actor()).rows
    by_action = {(r.action, r.entity): r for r in rows}

    updated = by_action[("update", "interview")]
    assert updated.subject == "김민준 (#1) · A-1 · (주)양주섬유"
    assert updated.station_kind is None  # written before roles were recorded: not guessed
    created = {c.field: c for c in by_action[("create", "interview")].changes}
    assert created["opening_id"].after_name == "봉제원"  # the booth's only opening
    assert created["booth_id"].after_name == "A-1 · (주)양주섬유"
    assert created["outcome"].after_name is None and created["outcome"].after == "pending"

    queued = by_action[("enqueue", "booth_queue")]
    assert queued.subject == "김민준 (#1) · A-1 · (주)양주섬유"
    assert queued.station_kind == "organizer"
    names = {c.field: c.after_name for c in queued.changes}
    assert names == {"booth_id": "A-1 · (주)양주섬유", "seeker_id": "김민준 (#1)"}
    assert by_action[("recommend", "recommendation")].subject == "김민준 (#1) → 지게차 운전원"
    assert by_action[("delete", "booth")].subject == "B-1"  # gone: named by its own record
    assert by_action[("checkin", "seeker")].subject == "김민준 (#1)"

    with session_factory.begin() as s:
        purge_fair(s, organizer, fair.fair_id, before_retention="test")
    with session_factory() as s:
        after = audit_events(s, fair.fair_id, entity="interview", action="update",
                             actor=Actor()).rows[0]
    assert after.subject == "#1 · A-1 · (주)양주섬유"  # the name is gone, the badge number stays
    assert interview_id  # (the ids stay in the rows, for the details pane)
    assert after.entity_id == str(interview_id)


def test_a_batch_is_named_by_its_file() -> None:
    event = AuditEvent(action="import", entity="seeker", entity_id=str(uuid.uuid4()),
                       after={"count": 3, "file": "사전등록.xlsx"})
    assert Names().subject(event) == "사전등록.xlsx"
