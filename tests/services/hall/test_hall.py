"""The hall board: queue numbers per booth and day, the numbers called and next (numbers only),
openings left by the one definition of a hire, the wait from the booth's own pace."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import datetime, timedelta

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import Interview
from jobfair.services.context import Actor
from jobfair.services.hall.board import BoothBoard, hall_board
from jobfair.services.interviews.booth import (
    call_next,
    enqueue,
    leave_queue,
    mark_done,
    record_interview,
)
from jobfair.services.interviews.corrections import undo_interview
from jobfair.services.setup.fairs import FairInput, FairView, get_fair
from jobfair.services.setup.service import update_fair
from tests.services.fairkit import FAIR_DAY, SmallFair, actor, small_fair
from tests.services.interviews.test_booth import add_seeker

Factory = sessionmaker[Session]


class Clock:
    def __init__(self, start: datetime = FAIR_DAY) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def fair(session_factory: Factory) -> SmallFair:
    return small_fair(session_factory, headcount=2)


def fair_input(view: FairView) -> FairInput:
    return FairInput(view.name, view.date, view.venue, view.hosts, view.organizer,
                     view.opens_at, view.closes_at, view.timezone,
                     retention_days=view.retention_days,
                     typical_interview_minutes=view.typical_interview_minutes)


def board_of(factory: Factory, fair: SmallFair, now: datetime, group: str = "") -> dict[
        str, BoothBoard]:
    with factory() as s:
        board = hall_board(s, fair.fair_id, group, now)
    return {b.label: b for b in board.booths}


def test_numbers_called_and_next_per_booth_and_day(
    session_factory: Factory, fair: SmallFair
) -> None:
    clock = Clock()
    who = Actor(station_id=uuid.uuid4(), name="booth", clock=clock)
    people = [add_seeker(session_factory, fair.fair_id, f"대기{i}", phone=f"010-5555-{i:04d}")
              for i in range(5)]
    numbers = []
    for person in people[:4]:
        with session_factory.begin() as s:
            numbers.append(enqueue(s, who, fair.booth_a, person.id).queue_no)
        clock.advance(1)
    with session_factory.begin() as s:  # another booth counts from 1 on its own
        assert enqueue(s, who, fair.booth_b, people[4].id).queue_no == 1
    assert numbers == [1, 2, 3, 4]
    with session_factory.begin() as s:
        again = enqueue(s, who, fair.booth_a, people[0].id)
    assert again.already and again.queue_no == 1  # no new number for one already waiting

    with session_factory.begin() as s:
        called = call_next(s, who, fair.booth_a)
    assert called is not None and called.queue_no == 1
    a = board_of(session_factory, fair, clock.now)["A-1"]
    assert a.called == (1,) and a.next_up == (2, 3, 4) and a.waiting == 3
    assert not any(f.name in ("name", "seeker_id") for f in dataclasses.fields(a))

    with session_factory.begin() as s:
        mark_done(s, who, fair.booth_a, people[0].id)
        call_next(s, who, fair.booth_a)
        entry = call_next(s, who, fair.booth_a)
        assert entry is not None
        leave_queue(s, who, entry.id)  # number 3 left without an interview
    a = board_of(session_factory, fair, clock.now)["A-1"]
    assert a.called == (3, 2) and a.next_up == (4,)

    # the next day (a rehearsal the day before, here the day after) starts again at 1
    clock.advance(24 * 60)
    with session_factory.begin() as s:
        assert enqueue(s, who, fair.booth_b, people[0].id).queue_no == 1


def test_group_by_label_prefix(session_factory: Factory, fair: SmallFair) -> None:
    assert set(board_of(session_factory, fair, FAIR_DAY)) == {"A-1", "B-1"}
    assert set(board_of(session_factory, fair, FAIR_DAY, "b")) == {"B-1"}
    assert board_of(session_factory, fair, FAIR_DAY, "Z") == {}


def test_openings_left_count_hires_not_undone_on_the_fair_day(
    session_factory: Factory, fair: SmallFair
) -> None:
    clock = Clock()
    who = Actor(station_id=uuid.uuid4(), name="booth", clock=clock)
    seekers = [add_seeker(session_factory, fair.fair_id, f"채용{i}", phone=f"010-6666-{i:04d}")
               for i in range(3)]
    with session_factory.begin() as s:
        record_interview(s, who, fair.booth_a, seekers[0].id, outcome="hired",
                         opening_id=fair.opening_a)
        undone = record_interview(s, who, fair.booth_a, seekers[1].id, outcome="hired",
                                  opening_id=fair.opening_a)
        undo_interview(s, who, undone.id)
    a = board_of(session_factory, fair, clock.now)["A-1"]
    assert [(o.title, o.left) for o in a.openings] == [("봉제원", 1)]
    # a hire the day before (a rehearsal) fills nothing
    with session_factory.begin() as s:
        rehearsal = Actor(station_id=uuid.uuid4(), name="booth",
                          clock=lambda: FAIR_DAY - timedelta(days=1))
        record_interview(s, rehearsal, fair.booth_a, seekers[2].id, outcome="hired",
                         opening_id=fair.opening_a)
    assert [o.left for o in board_of(session_factory, fair, clock.now)["A-1"].openings] == [1]
    with session_factory.begin() as s:
        record_interview(s, who, fair.booth_a, seekers[2].id, outcome="hired",
                         opening_id=fair.opening_a, allow_repeat=True)
    assert board_of(session_factory, fair, clock.now)["A-1"].openings == ()
    b = board_of(session_factory, fair, clock.now)["B-1"]
    assert [(o.title, o.left) for o in b.openings] == [("지게차 운전원", 3), ("물류 사무원", 1)]


def test_wait_from_the_booth_own_interview_lengths(
    session_factory: Factory, fair: SmallFair
) -> None:
    clock = Clock()
    who = Actor(station_id=uuid.uuid4(), name="booth", clock=clock)
    seekers = [add_seeker(session_factory, fair.fair_id, f"면접{i}", phone=f"010-7777-{i:04d}")
               for i in range(14)]
    # nobody interviewed yet: two waiting wait two typical interviews (8 minutes each)
    for person in seekers[12:]:
        with session_factory.begin() as s:
            enqueue(s, who, fair.booth_b, person.id)
    b = board_of(session_factory, fair, clock.now)["B-1"]
    assert (b.wait.minutes, b.wait.from_booth) == (16, False)
    with session_factory.begin() as s:  # the organizer sets the fair's typical length
        data = dataclasses.replace(fair_input(get_fair(s, fair.fair_id)),
                                   typical_interview_minutes=6)
        update_fair(s, actor(), fair.fair_id, data)
    assert board_of(session_factory, fair, clock.now)["B-1"].wait.minutes == 12
    # twelve 5-minute interviews (card opened, outcome saved 5 minutes later)
    for person in seekers[:12]:
        with session_factory.begin() as s:
            view = record_interview(s, who, fair.booth_b, person.id, outcome="pending")
            s.execute(update(Interview).where(Interview.id == view.id).values(
                outcome_at=clock.now + timedelta(minutes=5)))
        clock.advance(5)
    b = board_of(session_factory, fair, clock.now)["B-1"]
    assert (b.wait.minutes, b.wait.from_booth) == (10, True)
