"""What each racing process does in ``test_account_races``: one station each, its own engine.

Run in processes started with ``spawn`` (a fresh interpreter each, as separate PCs are); every
worker waits at the barrier, then acts at once, and puts what it was told into the queue.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from jobfair.db.engine import make_engine, make_session_factory
from jobfair.domain.errors import JobFairError
from jobfair.services.accounts.service import actor_for, sign_in, update_account
from jobfair.services.context import Actor


def _station(at: datetime) -> Actor:
    return Actor(station_id=uuid.uuid4(), name="racer", clock=lambda: at)


def try_pin(url: str, login: str, pin: str, at: datetime, barrier: Any, results: Any) -> None:
    """One sign-in try from a station of its own."""
    engine = make_engine(url)
    factory = make_session_factory(engine)
    station = _station(at)
    with factory() as session:  # connect (and import everything) before the start
        session.connection()
    barrier.wait()
    try:
        with factory.begin() as session:
            attempt = sign_in(session, station, login, pin)
        results.put(("ok" if attempt.error is None else "refused",
                     dict(attempt.error.params) if attempt.error else {}))
    except Exception as exc:  # reported to the test, which fails on it
        results.put(("error", {"error": repr(exc)}))
    finally:
        engine.dispose()


def switch_off(
    url: str, login: str, pin: str, target: str, at: datetime, barrier: Any, results: Any
) -> None:
    """An organizer, signed in, switches off the account ``target`` (its id as text)."""
    engine = make_engine(url)
    factory = make_session_factory(engine)
    station = _station(at)
    with factory.begin() as session:
        attempt = sign_in(session, station, login, pin)
    me = actor_for(attempt.account_or_raise(), station)
    barrier.wait()
    try:
        with factory.begin() as session:
            update_account(session, me, uuid.UUID(target), active=False)
        results.put((login, "ok"))
    except JobFairError as exc:
        results.put((login, type(exc).__name__))
    except Exception as exc:  # reported to the test, which fails on it
        results.put((login, repr(exc)))
    finally:
        engine.dispose()


def hire(
    url: str, seeker: str, booth_id: int, opening_id: int, at: datetime, barrier: Any,
    results: Any,
) -> None:
    """A booth station hires ``seeker`` (its id as text) into the opening, unforced."""
    from jobfair.services.interviews.service import log_interview

    engine = make_engine(url)
    factory = make_session_factory(engine)
    station = _station(at)
    with factory() as session:
        session.connection()
    barrier.wait()
    try:
        with factory.begin() as session:
            log_interview(session, station, seeker_id=uuid.UUID(seeker), booth_id=booth_id,
                          opening_id=opening_id, outcome="hired")
        results.put("hired")
    except JobFairError as exc:
        results.put(type(exc).__name__)
    except Exception as exc:  # reported to the test, which fails on it
        results.put(repr(exc))
    finally:
        engine.dispose()
