"""The booth's queue: order, waiting times, no double entries, next, done when interviewed."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import CheckIn, QueueEntry
from jobfair.domain.errors import NotFoundError
from jobfair.services.context import Actor
from jobfair.services.interviews.booth import (
    booth_day,
    call_next,
    called_list,
    enqueue,
    leave_queue,
    queue_length,
    record_interview,
    waiting_list,
)
from tests.services.fairkit import FAIR_DAY, SmallFair, small_fair
from tests.services.interviews.test_booth import add_seeker

Factory = sessionmaker[Session]


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = FAIR_DAY

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: int) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def fair(session_factory: Factory) -> SmallFair:
    return small_fair(session_factory)


def test_queue_order_waiting_times_and_next(session_factory: Factory, fair: SmallFair) -> None:
    clock = Clock()
    who = Actor(station_id=uuid.uuid4(), name="booth", clock=clock)
    people = [add_seeker(session_factory, fair.fair_id, f"대기{i}", phone=f"010-5555-{i:04d}")
              for i in range(3)]
    for person in people:
        with session_factory.begin() as s:
            entry = enqueue(s, who, fair.booth_a, person.id)
        assert not entry.already and entry.name == person.name
        clock.advance(5)
    with session_factory() as s:
        waiting = waiting_list(s, fair.booth_a, clock.now, actor=Actor())
        assert queue_length(s, fair.booth_a, clock.now) == 3
        assert queue_length(s, fair.booth_b, clock.now) == 0
    assert [(w.position, w.name) for w in waiting] == [(1, "대기0"), (2, "대기1"), (3, "대기2")]
    assert [w.waited for w in waiting] == [timedelta(minutes=m) for m in (15, 10, 5)]

    with session_factory.begin() as s:
        called = call_next(s, who, fair.booth_a)
    assert called is not None and called.seeker_id == people[0].id
    assert called.called_at == clock.now
    with session_factory() as s:
        waiting = waiting_list(s, fair.booth_a, clock.now, actor=Actor())
        assert [w.name for w in waiting] == ["대기1", "대기2"]
        assert [c.name for c in called_list(s, fair.booth_a, actor=Actor())] == ["대기0"]

    # their interview closes the entry; the next call takes the next in line
    with session_factory.begin() as s:
        record_interview(s, who, fair.booth_a, people[0].id, outcome="second")
        assert called_list(s, fair.booth_a, actor=Actor()) == []
        nxt = call_next(s, who, fair.booth_a)
    assert nxt is not None and nxt.seeker_id == people[1].id
    # interviewed straight from the waiting list (never called): done as well
    with session_factory.begin() as s:
        record_interview(s, who, fair.booth_a, people[2].id)
        assert waiting_list(s, fair.booth_a, clock.now, actor=Actor()) == []
        assert booth_day(s, fair.booth_a, actor=Actor()).waiting == 0
        assert call_next(s, who, fair.booth_a) is None


def test_no_second_open_entry_for_the_same_seeker(
    session_factory: Factory, fair: SmallFair
) -> None:
    who = Actor(station_id=uuid.uuid4(), name="booth")
    kim = add_seeker(session_factory, fair.fair_id, "김중복")
    with session_factory.begin() as s:
        first = enqueue(s, who, fair.booth_a, kim.id)
        again = enqueue(s, who, fair.booth_a, kim.id)
        elsewhere = enqueue(s, who, fair.booth_b, kim.id)  # another booth is its own queue
    assert again.already and again.id == first.id
    assert not elsewhere.already
    with session_factory.begin() as s:
        call_next(s, who, fair.booth_a)
        assert enqueue(s, who, fair.booth_a, kim.id).already  # called, not yet done
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(QueueEntry)) == 2
    # the database itself refuses a second open entry (two stations at once)
    with session_factory() as s, pytest.raises(IntegrityError):
        s.add(QueueEntry(id=uuid.uuid4(), fair_id=fair.fair_id, booth_id=fair.booth_a,
                         seeker_id=kim.id, queued_at=FAIR_DAY))
        s.flush()
    # once done, the seeker may queue again
    with session_factory.begin() as s:
        record_interview(s, who, fair.booth_a, kim.id)
        assert not enqueue(s, who, fair.booth_a, kim.id).already


def test_enqueue_checks_in_and_leave_closes(session_factory: Factory, fair: SmallFair) -> None:
    who = Actor(station_id=uuid.uuid4(), name="booth")
    kim = add_seeker(session_factory, fair.fair_id, "김입장")
    with session_factory.begin() as s:
        entry = enqueue(s, who, fair.booth_a, kim.id)
    with session_factory() as s:
        via = s.scalar(select(CheckIn.via).where(CheckIn.seeker_id == kim.id))
    assert via == "booth"
    with session_factory.begin() as s:
        left = leave_queue(s, who, entry.id)
        assert left.done_at is not None and not left.already
        assert leave_queue(s, who, entry.id).already
        assert queue_length(s, fair.booth_a, who.now()) == 0
    with session_factory.begin() as s, pytest.raises(NotFoundError):
        leave_queue(s, who, uuid.uuid4())


def test_enqueue_refuses_unknown_booth_or_other_fair(
    session_factory: Factory, fair: SmallFair
) -> None:
    who = Actor(station_id=uuid.uuid4(), name="booth")
    other = small_fair(session_factory)
    stranger = add_seeker(session_factory, other.fair_id, "남의박람회")
    with session_factory.begin() as s, pytest.raises(NotFoundError):
        enqueue(s, who, fair.booth_a, stranger.id)
    with session_factory.begin() as s, pytest.raises(NotFoundError):
        enqueue(s, who, 999_999, stranger.id)
