"""Check-in: once per seeker, whichever station is first, even at the same instant."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import AuditEvent, CheckIn
from jobfair.domain.errors import NotFoundError
from jobfair.services.checkins.service import CheckInResult, check_in
from jobfair.services.context import Actor
from tests.services.fairkit import FAIR_DAY, register, small_fair


def _checkins(factory: sessionmaker[Session]) -> tuple[int, int]:
    """Check-in rows, and check-in audit events."""
    with factory() as s:
        rows = s.scalar(select(func.count()).select_from(CheckIn)) or 0
        events = s.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "checkin")
        ) or 0
    return rows, events


def test_second_check_in_reports_the_first(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    seeker = register(session_factory, ids.fair_id)
    first_at = datetime(2015, 3, 25, 1, 5, tzinfo=UTC)
    later_at = datetime(2015, 3, 25, 3, 0, tzinfo=UTC)
    with session_factory.begin() as s:
        first = check_in(s, Actor(uuid.uuid4(), "desk 1", lambda: first_at), seeker.id)
    with session_factory.begin() as s:
        second = check_in(s, Actor(uuid.uuid4(), "desk 2", lambda: later_at), seeker.id)
    assert (first.already, first.at) == (False, first_at)
    assert first.seeker.checked_in_at == first_at
    assert (second.already, second.at) == (True, first_at)
    assert _checkins(session_factory) == (1, 1)


def test_unknown_seeker(session_factory: sessionmaker[Session]) -> None:
    with pytest.raises(NotFoundError), session_factory.begin() as s:
        check_in(s, Actor(name="desk"), uuid.uuid4())


def test_a_rolled_back_check_in_leaves_nothing(session_factory: sessionmaker[Session]) -> None:
    """The check-in's savepoint must belong to the caller's transaction (SQLite included)."""
    ids = small_fair(session_factory)
    seeker = register(session_factory, ids.fair_id)

    class Cancelled(Exception):
        pass

    with pytest.raises(Cancelled), session_factory.begin() as s:
        check_in(s, Actor(name="desk"), seeker.id)
        raise Cancelled
    assert _checkins(session_factory) == (0, 0)


def test_two_desks_at_the_same_instant_count_one(session_factory: sessionmaker[Session]) -> None:
    """Both desks find no check-in, both insert: one wins, the other reports the winner's time."""
    ids = small_fair(session_factory)
    seeker = register(session_factory, ids.fair_id)
    postgres = session_factory.kw["bind"].dialect.name == "postgresql"
    # check_in reads the clock after it looked for an earlier check-in and before it inserts:
    # on PostgreSQL hold both desks there (SQLite serialises writers on its own)
    barrier = threading.Barrier(2, timeout=10)
    waited = threading.local()

    def clock() -> datetime:
        if postgres and not getattr(waited, "done", False):
            waited.done = True
            barrier.wait()
        return FAIR_DAY

    results: list[CheckInResult | BaseException] = []
    start = threading.Event()

    def desk(name: str) -> None:
        start.wait()
        try:
            with session_factory.begin() as s:
                results.append(check_in(s, Actor(uuid.uuid4(), name, clock), seeker.id))
        except BaseException as exc:  # shown by the assertion below
            results.append(exc)

    threads = [threading.Thread(target=desk, args=(f"desk {n}",)) for n in (1, 2)]
    for t in threads:
        t.start()
    start.set()
    for t in threads:
        t.join(30)
    assert all(isinstance(r, CheckInResult) for r in results), results
    done = [r for r in results if isinstance(r, CheckInResult)]
    assert sorted(r.already for r in done) == [False, True]
    assert {r.at for r in done} == {FAIR_DAY}
    assert _checkins(session_factory) == (1, 1)
