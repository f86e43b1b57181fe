"""The organizer's view of offline conflicts: readable rows, resolved with a note, by organizers."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import AuditEvent
from jobfair.domain.errors import ConflictError
from jobfair.domain.roles import Role
from jobfair.services.accounts.access import AccessDeniedError
from jobfair.services.context import Actor
from jobfair.services.interviews.booth import bind_station
from jobfair.services.interviews.corrections import record_interview
from jobfair.services.sync.conflicts import list_conflicts, resolve_conflict, unresolved_count
from jobfair.services.sync.outbox import OVER_HEADCOUNT, Outbox
from tests.services.fairkit import actor, register, small_fair, ticking_clock

Factory = sessionmaker[Session]


def test_the_organizer_sees_the_double_hire_and_resolves_it(
    session_factory: Factory, tmp_path: Path
) -> None:
    fair = small_fair(session_factory, headcount=1)
    kim = register(session_factory, fair.fair_id, "김민준").id
    lee = register(session_factory, fair.fair_id, "이서연", phone="010-2222-3333").id
    booth_pc = Actor(station_id=uuid.uuid4(), name="booth", clock=ticking_clock())
    with session_factory.begin() as s:
        bind_station(s, actor(), booth_pc.station_id, "부스 A-1 노트북", fair.booth_a)  # type: ignore[arg-type]
    box = Outbox(tmp_path / "outbox.sqlite")
    box.add_interview(booth_pc, fair_id=fair.fair_id, booth_id=fair.booth_a, seeker_id=kim,
                      outcome="hired", opening_id=fair.opening_a)
    with session_factory.begin() as s:
        record_interview(s, actor(), fair.booth_a, lee, outcome="hired",
                         opening_id=fair.opening_a)
    box.deliver(session_factory)

    organizer = actor("박주임")
    with session_factory() as s:
        [row] = list_conflicts(s, organizer, fair.fair_id)
        assert unresolved_count(s, organizer, fair.fair_id) == 1
    assert row.reason == OVER_HEADCOUNT and not row.resolved
    assert row.station == "부스 A-1 노트북" and row.actor == "booth"
    assert row.seeker.endswith("김민준") and row.booth == "A-1" and row.opening == "봉제원"
    assert row.params["headcount"] == 1 and "payload" not in row.params

    with session_factory.begin() as s:
        done = resolve_conflict(s, organizer, row.id, "  기업과 통화: 2명 채용 확정  ")
    assert done.resolved and done.resolved_by == "박주임"
    assert done.resolution_note == "기업과 통화: 2명 채용 확정"
    with session_factory() as s:
        assert list_conflicts(s, organizer, fair.fair_id) == []
        assert unresolved_count(s, organizer, fair.fair_id) == 0
        [kept] = list_conflicts(s, organizer, fair.fair_id, unresolved_only=False)
        assert kept.resolved
        event = s.scalar(select(AuditEvent).where(AuditEvent.entity == "sync_conflict"))
        assert event is not None and event.action == "resolve"
        assert event.after is not None and event.after["note"] == "기업과 통화: 2명 채용 확정"
    with session_factory.begin() as s, pytest.raises(ConflictError):
        resolve_conflict(s, organizer, row.id, "again")


def test_only_an_organizer_sees_or_resolves_conflicts(session_factory: Factory) -> None:
    fair = small_fair(session_factory)
    booth = Actor(name="booth", role=Role.BOOTH, booth_id=fair.booth_a)
    with session_factory() as s:
        with pytest.raises(AccessDeniedError):
            list_conflicts(s, booth, fair.fair_id)
        with pytest.raises(AccessDeniedError):
            resolve_conflict(s, Actor(role=Role.DESK), uuid.uuid4(), "")
        with pytest.raises(AccessDeniedError):
            unresolved_count(s, Actor(role=Role.DESK), fair.fair_id)
