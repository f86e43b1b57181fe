"""One PC, one station: its id and name stay when it switches role; each write names the role."""

from __future__ import annotations

import dataclasses
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import AuditEvent, Station
from jobfair.domain.codes import StationKind
from jobfair.services.audit.log import audit_events
from jobfair.services.checkins.service import check_in
from jobfair.services.context import Actor
from jobfair.services.interviews.booth import bind_station
from jobfair.services.interviews.service import log_interview
from jobfair.services.sync.stations import register_station, station_name
from tests.services.fairkit import register, small_fair, ticking_clock

Factory = sessionmaker[Session]


def test_a_pc_keeps_its_name_and_each_write_names_its_role(session_factory: Factory) -> None:
    fair = small_fair(session_factory)
    kim = register(session_factory, fair.fair_id)
    pc = Actor(station_id=uuid.uuid4(), clock=ticking_clock())  # nobody signed in: no name
    desk = dataclasses.replace(pc, station_kind=StationKind.DESK)
    booth = dataclasses.replace(pc, station_kind=StationKind.BOOTH)

    with session_factory.begin() as s:
        info = register_station(s, desk, "  DESK-PC   01 ")
        assert info is not None and (info.name, info.kind) == ("DESK-PC 01", "desk")
        check_in(s, desk, kim.id)
    with session_factory.begin() as s:  # after lunch the same laptop serves booth A-1
        again = register_station(s, booth, "renamed-host")
        assert again is not None and (again.name, again.kind) == ("DESK-PC 01", "booth")
        bind_station(s, booth, pc.station_id, "booth", fair.booth_a)  # type: ignore[arg-type]
        log_interview(s, booth, seeker_id=kim.id, booth_id=fair.booth_a, outcome="pending")

    with session_factory() as s:
        station = s.get(Station, pc.station_id)
        assert station is not None
        assert (station.name, station.kind, station.booth_id) == (
            "DESK-PC 01", "booth", fair.booth_a)
        kinds = dict(s.execute(
            select(AuditEvent.action, AuditEvent.station_kind)
            .where(AuditEvent.station_id == pc.station_id, AuditEvent.entity != "station")
        ).all())
        assert kinds == {"checkin": "desk", "create": "booth"}
        assert set(s.scalars(
            select(AuditEvent.actor).where(AuditEvent.station_id == pc.station_id)
        )) == {""}  # who acted: nobody signed in, never the station's role
        page = audit_events(s, fair.fair_id, station_id=pc.station_id, actor=Actor())
    assert {(r.action, r.station_kind, r.station_name) for r in page.rows} >= {
        ("checkin", "desk", "DESK-PC 01"), ("create", "booth", "DESK-PC 01")}


def test_binding_a_known_station_to_a_booth_keeps_its_name_and_kind(
    session_factory: Factory,
) -> None:
    fair = small_fair(session_factory)
    organizer = Actor(station_id=uuid.uuid4(), clock=ticking_clock(),
                      station_kind=StationKind.ORGANIZER)
    with session_factory.begin() as s:
        register_station(s, organizer, "운영본부 노트북")
        bind_station(s, organizer, organizer.station_id, "booth", fair.booth_b)  # type: ignore[arg-type]
    with session_factory() as s:
        station = s.get(Station, organizer.station_id)
        assert station is not None
        assert (station.name, station.kind, station.booth_id) == (
            "운영본부 노트북", "organizer", fair.booth_b)
        bound = s.scalars(select(AuditEvent).where(AuditEvent.action == "bind")).one()
        assert bound.before is not None and bound.after is not None
        assert bound.after == {**bound.before, "booth_id": fair.booth_b}
        assert bound.station_kind == "organizer"


def test_a_station_without_an_id_or_a_name() -> None:
    station_id = uuid.UUID("12345678-0000-0000-0000-000000000000")
    assert station_name("  \t ", station_id) == "PC 12345678"
    assert len(station_name("x" * 300, station_id)) == 100


def test_the_command_line_registers_no_station(session_factory: Factory) -> None:
    with session_factory.begin() as s:
        assert register_station(s, Actor(name="cli"), "host") is None
        assert s.scalar(select(Station.id)) is None
