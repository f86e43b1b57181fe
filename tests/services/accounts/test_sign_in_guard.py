"""What a failed sign-in leaves in the audit log, and a station that keeps trying: a login that
does not exist (or a PIN typed into the login field) is never logged, a logged login is bounded,
and after a few wrong tries the station waits longer and longer before the next."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import AuditEvent
from jobfair.domain.roles import Role
from jobfair.services.accounts.service import SignInError, sign_in
from jobfair.services.accounts.sign_in_guard import FIRST_WAIT_S, FREE_TRIES, LOGGED_LOGIN_LENGTH
from jobfair.services.context import Actor
from tests.services.accounts.test_accounts import Clock, add

Factory = sessionmaker[Session]


def attempt(factory: Factory, station: Actor, login: str, secret: str) -> SignInError | None:
    with factory.begin() as s:
        result = sign_in(s, station, login, secret)
    return result.error


def failures(factory: Factory) -> list[AuditEvent]:
    with factory() as s:
        return list(s.scalars(
            select(AuditEvent).where(AuditEvent.action == "sign_in_failed")
            .order_by(AuditEvent.at)
        ))


def test_unknown_logins_and_pins_in_the_login_field_are_never_logged(
    session_factory: Factory,
) -> None:
    add(session_factory, "boss", Role.ORGANIZER, secret="4826")
    clock = Clock()
    huge = "x" * 120_000
    for login in (huge, "4826", "비밀번호-7391"):  # the last two: a PIN in the wrong field
        error = attempt(session_factory, Actor(station_id=uuid.uuid4(), clock=clock), login,
                        "whatever")
        assert error is not None and "wrong" in str(error)
    attempt(session_factory, Actor(station_id=uuid.uuid4(), clock=clock), "BOSS", "0000")
    events = failures(session_factory)
    assert len(events) == 4
    stored = json.dumps([[e.entity_id, e.actor, e.before, e.after] for e in events],
                        ensure_ascii=False)
    for typed in ("xxxx", "4826", "7391", "whatever", "0000"):
        assert typed not in stored
    assert [e.after["reason"] for e in events[:3]] == ["unknown"] * 3  # type: ignore[index]
    assert events[3].after["login"] == "boss"  # type: ignore[index]
    assert all(len(json.dumps(e.after)) < 200 for e in events)
    assert LOGGED_LOGIN_LENGTH <= 64


def test_a_station_that_keeps_failing_waits_longer_each_time(
    session_factory: Factory,
) -> None:
    add(session_factory, "boss", Role.ORGANIZER, secret="4826")
    clock = Clock()
    station = Actor(station_id=uuid.uuid4(), clock=clock)
    for n in range(FREE_TRIES):
        error = attempt(session_factory, station, f"guess{n}", "1234")
        assert error is not None and "seconds" not in error.params
        clock.move(timedelta(seconds=1))
    # the free tries are used up: the next waits, the right PIN too, and nothing is logged
    error = attempt(session_factory, station, "boss", "4826")
    assert error is not None and error.params == {"seconds": FIRST_WAIT_S - 1}
    assert "this station" in str(error)
    assert len(failures(session_factory)) == FREE_TRIES
    # another station is not held up
    other = Actor(station_id=uuid.uuid4(), clock=clock)
    assert attempt(session_factory, other, "boss", "4826") is None
    clock.move(timedelta(seconds=FIRST_WAIT_S))
    error = attempt(session_factory, station, "guess-again", "1234")  # allowed, wrong
    assert error is not None and "seconds" not in error.params
    error = attempt(session_factory, station, "boss", "4826")
    assert error is not None and error.params == {"seconds": 2 * FIRST_WAIT_S}  # doubled
    clock.move(timedelta(seconds=2 * FIRST_WAIT_S))
    assert attempt(session_factory, station, "boss", "4826") is None
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "sign_in_failed")) == FREE_TRIES + 1


def test_a_flood_of_huge_logins_stays_small(session_factory: Factory) -> None:
    add(session_factory, "boss", Role.ORGANIZER, secret="4826")
    clock = Clock()
    station = Actor(station_id=uuid.uuid4(), clock=clock)
    for _ in range(40):
        attempt(session_factory, station, "y" * 120_000, "1234")
    with session_factory() as s:
        logged = s.scalars(select(AuditEvent).where(AuditEvent.action == "sign_in_failed")).all()
    assert len(logged) == FREE_TRIES  # the rest waited, unlogged
    assert sum(len(json.dumps(e.after)) + len(e.entity_id) for e in logged) < 1000


@pytest.mark.parametrize("secret", ["4826" + "0" * 5000])
def test_a_huge_secret_is_refused_and_counted(session_factory: Factory, secret: str) -> None:
    add(session_factory, "boss", Role.ORGANIZER, secret="4826")
    error = attempt(session_factory, Actor(station_id=uuid.uuid4(), clock=Clock()), "boss",
                    secret)
    assert error is not None and "wrong" in str(error)
    assert len(failures(session_factory)) == 1
