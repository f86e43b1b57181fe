"""Accounts under attack from many stations at once, on SQLite and PostgreSQL: parallel wrong
PINs all count and lock the account; two organizers switching each other off cannot leave the
database without an active organizer; a database that once had accounts never opens again.

Each racer is a process of its own (``spawn``), with its own engine, as separate PCs are.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import Account
from jobfair.domain.errors import ConflictError
from jobfair.domain.roles import Role
from jobfair.services.accounts.service import (
    LOCK_FOR,
    MAX_FAILED_ATTEMPTS,
    SignInError,
    accounts_exist,
    update_account,
)
from jobfair.services.context import Actor
from tests.services import race_workers
from tests.services.accounts.test_accounts import Clock, add, organizer_actor, try_sign_in
from tests.services.fairkit import FAIR_DAY

Factory = sessionmaker[Session]
OPEN = Actor(name="admin-pc")
RACERS = 12

pytestmark = pytest.mark.slow


def race(target: Callable[..., None], runs: Iterable[tuple[Any, ...]]) -> list[Any]:
    """Run ``target(*args, barrier, results)`` for each ``args`` in a process of its own, all
    released at once; what they reported."""
    spawn = multiprocessing.get_context("spawn")
    runs = list(runs)
    barrier = spawn.Barrier(len(runs))
    results = spawn.Queue()
    processes = [spawn.Process(target=target, args=(*args, barrier, results)) for args in runs]
    for p in processes:
        p.start()
    reported = [results.get(timeout=120) for _ in processes]
    for p in processes:
        p.join(timeout=60)
        assert p.exitcode == 0
    return reported


def race_threads(target: Callable[..., None], runs: Iterable[tuple[Any, ...]]) -> list[Any]:
    """``race`` with threads (each with its own engine): cheaper where processes add nothing."""
    runs = list(runs)
    barrier = threading.Barrier(len(runs))
    results: queue.Queue[Any] = queue.Queue()
    threads = [threading.Thread(target=target, args=(*args, barrier, results)) for args in runs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return [results.get_nowait() for _ in threads]


def test_parallel_wrong_pins_all_count_and_lock(db_url: str, session_factory: Factory) -> None:
    add(session_factory, "boss", Role.ORGANIZER, secret="4826")
    reported = race(race_workers.try_pin,
                    [(db_url, "boss", f"{1000 + n}", FAIR_DAY) for n in range(RACERS)])
    assert [r for r in reported if r[0] != "refused"] == []
    with session_factory() as s:
        account = s.scalars(select(Account)).one()
        assert account.failed_attempts == RACERS  # every try counted, none lost
        assert account.locked_until == FAIR_DAY + LOCK_FOR
    # at least the tries from the fifth on were told that the account is locked
    assert sum("seconds" in params for _, params in reported) >= RACERS - MAX_FAILED_ATTEMPTS + 1
    # the right PIN waits for the lock like any other
    clock = Clock(FAIR_DAY + timedelta(seconds=30))
    with pytest.raises(SignInError) as caught:
        try_sign_in(session_factory, "boss", "4826", clock)
    assert caught.value.params == {"seconds": 30}
    clock.move(timedelta(seconds=30))
    assert try_sign_in(session_factory, "boss", "4826", clock).login == "boss"


def test_right_pin_among_parallel_wrong_ones_never_outlives_the_lock(
    db_url: str, session_factory: Factory
) -> None:
    """Wrong guesses and the right PIN at once: whatever the order, the account ends locked
    and every wrong try is counted after the last success."""
    add(session_factory, "boss", Role.ORGANIZER, secret="4826")
    runs = [(db_url, "boss", f"{2000 + n}", FAIR_DAY) for n in range(RACERS - 1)]
    runs.append((db_url, "boss", "4826", FAIR_DAY))
    reported = race_threads(race_workers.try_pin, runs)
    assert [r for r in reported if r[0] == "error"] == []
    with session_factory() as s:
        account = s.scalars(select(Account)).one()
    assert account.locked_until == FAIR_DAY + LOCK_FOR
    assert account.failed_attempts >= MAX_FAILED_ATTEMPTS


def test_two_organizers_switching_each_other_off_leave_one(
    db_url: str, session_factory: Factory
) -> None:
    for _ in range(2):  # a race may go either way; each round must keep one organizer
        with session_factory.begin() as s:
            s.query(Account).delete()
        first = add(session_factory, "boss", Role.ORGANIZER)
        me = organizer_actor(session_factory)
        second = add(session_factory, "deputy", Role.ORGANIZER, by=me)
        reported = race(race_workers.switch_off, [
            (db_url, "boss", "4826", str(second.id), FAIR_DAY),
            (db_url, "deputy", "4826", str(first.id), FAIR_DAY),
        ])
        assert sorted(outcome for _, outcome in reported) == ["ConflictError", "ok"]
        with session_factory() as s:
            active = s.scalars(select(Account.login).where(
                Account.active, Account.role == Role.ORGANIZER.value)).all()
        assert len(active) == 1


def test_a_database_that_had_accounts_never_opens_again(
    session_factory: Factory,
) -> None:
    with session_factory() as s:
        assert not accounts_exist(s)  # a new database: open mode, the PC acts as organizer
    boss = add(session_factory, "boss", Role.ORGANIZER)
    with session_factory.begin() as s:
        # switched off behind the services' back, or the account row deleted outright
        s.get(Account, boss.id).active = False  # type: ignore[union-attr]
    with session_factory() as s:
        assert accounts_exist(s)
    with session_factory.begin() as s:
        s.query(Account).delete()
    with session_factory() as s:
        assert accounts_exist(s)  # still asks for a sign-in: no account means nobody gets in


def test_last_organizer_rule_still_holds_one_at_a_time(session_factory: Factory) -> None:
    boss = add(session_factory, "boss", Role.ORGANIZER)
    me = organizer_actor(session_factory)
    deputy = add(session_factory, "deputy", Role.ORGANIZER, by=me)
    with session_factory.begin() as s:
        update_account(s, me, deputy.id, active=False)
    with pytest.raises(ConflictError), session_factory.begin() as s:
        update_account(s, me, boss.id, active=False)
