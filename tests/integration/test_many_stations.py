"""A fair of many stations on the real PostgreSQL: 30 booths and 3 desks at once, nothing lost
or doubled.

Each station is a thread with its own engine (its own connection), as each PC of the hall has.
The three desks scan the same seekers in the same order, so most check-ins collide with another
desk's at the same moment; two booths of each employer hire into one scarce opening with
``force=False``, so the last positions are fought over. Afterwards every count is checked against
what the stations were told.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.models import CheckIn, Interview, Opening
from jobfair.domain.bizno import check_digit
from jobfair.services.checkins.service import check_in
from jobfair.services.context import Actor
from jobfair.services.interviews.service import HeadcountExceededError, log_interview
from jobfair.services.seekers.service import Consent, SeekerInput, register_seeker
from jobfair.services.setup.fairs import (
    EmployerInput,
    FairInput,
    OpeningInput,
    add_booth,
    add_employer,
    add_opening,
    create_fair,
)

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

EMPLOYERS = 15
BOOTHS_PER_EMPLOYER = 2  # 30 booth workers
DESKS = 3
SEEKERS = 1200
DESK_SCANS = 900  # per desk, over the same seekers in the same order: 2,700
BOOTH_SCANS = 244  # per booth: 7,320; 10,020 scans in all
SCARCE_HEADCOUNT = 3
HIRE_SHARE = 0.15  # of booth scans: a hire into the scarce opening (refused once it is full)
RETRIES = 5


@dataclass(frozen=True)
class HallFair:
    fair_id: int
    seekers: list[uuid.UUID]
    booths: list[tuple[int, int, int]]  # (booth id, scarce opening id, plentiful opening id)


@dataclass
class Tally:
    """What one station was told."""

    checked_in: list[uuid.UUID] = field(default_factory=list)  # new check-ins (already=False)
    interviews: list[uuid.UUID] = field(default_factory=list)
    hires: Counter[int] = field(default_factory=Counter)  # by opening
    refused: int = 0
    retries: int = 0
    scans: int = 0
    errors: list[str] = field(default_factory=list)


def bizno(n: int) -> str:
    nine = f"{220_81_0000 + n * 7919:09d}"
    return nine + str(check_digit(nine))


def build_hall(factory: sessionmaker[Session]) -> HallFair:
    who = Actor(station_id=uuid.uuid4(), name="organizer")
    with factory.begin() as s:
        # dated today: the stations write with the real clock, and only the fair's day counts
        today = datetime.now(ZoneInfo("Asia/Seoul")).date()
        fair = create_fair(s, who, FairInput("2026 대형 채용박람회", today))
        booths = []
        for e in range(EMPLOYERS):
            employer = add_employer(
                s, who, fair.id, EmployerInput(f"(주)기업{e:02d}", bizno(e), "C")
            )
            scarce = add_opening(s, who, fair.id, employer.id,
                                 OpeningInput("생산직", SCARCE_HEADCOUNT, "8"))
            plenty = add_opening(s, who, fair.id, employer.id, OpeningInput("사무직", 10_000, "0"))
            for b in range(BOOTHS_PER_EMPLOYER):
                booth = add_booth(s, who, fair.id, employer.id, f"{chr(65 + e)}-{b + 1}")
                booths.append((booth.id, scarce.id, plenty.id))
        seekers = [
            register_seeker(
                s, who, fair.id,
                SeekerInput(name=f"구직자{i:04d}", birth_year=1960 + i % 40,
                            phone=f"010-{1000 + i // 10000:04d}-{i % 10000:04d}",
                            consent=Consent(collection=True)),
            ).id
            for i in range(SEEKERS)
        ]
    return HallFair(fair.id, seekers, booths)


def with_retries(tally: Tally, work: Callable[[], None]) -> None:
    """One scan in its own transaction; a deadlock or lost connection is tried again (a replay
    with the same ids is harmless)."""
    for attempt in range(RETRIES):
        try:
            work()
            return
        except OperationalError as exc:
            tally.retries += 1
            if attempt == RETRIES - 1:
                tally.errors.append(repr(exc))
            time.sleep(0.01 * (attempt + 1))


def desk_worker(url: str, hall: HallFair, tally: Tally, start: threading.Barrier) -> None:
    engine = make_engine(url, pool_size=1, max_overflow=0)
    factory = make_session_factory(engine)
    me = Actor(station_id=uuid.uuid4(), name="desk")
    order = hall.seekers[:DESK_SCANS]
    start.wait()
    try:
        for seeker_id in order:
            def scan(sid: uuid.UUID = seeker_id) -> None:
                with factory.begin() as s:
                    result = check_in(s, me, sid)
                if not result.already:
                    tally.checked_in.append(sid)
            with_retries(tally, scan)
            tally.scans += 1
    except Exception as exc:  # the test reports it; a thread must not die silently
        tally.errors.append(repr(exc))
    finally:
        engine.dispose()


def booth_worker(
    url: str, hall: HallFair, booth: tuple[int, int, int], seed: int, tally: Tally,
    start: threading.Barrier,
) -> None:
    booth_id, scarce, plenty = booth
    engine = make_engine(url, pool_size=1, max_overflow=0)
    factory = make_session_factory(engine)
    me = Actor(station_id=uuid.uuid4(), name="booth")
    rng = random.Random(seed)
    start.wait()
    try:
        for _ in range(BOOTH_SCANS):
            seeker_id = rng.choice(hall.seekers)
            roll = rng.random()
            outcome: str | None
            if roll < HIRE_SHARE:
                outcome, opening = "hired", scarce
            else:
                outcome = rng.choice([None, "second", "pending", "rejected", "hired"])
                opening = plenty
            interview_id = uuid.uuid4()

            def scan(sid: uuid.UUID = seeker_id, out: str | None = outcome,
                     op: int = opening, iid: uuid.UUID = interview_id) -> None:
                try:
                    with factory.begin() as s:
                        log_interview(s, me, seeker_id=sid, booth_id=booth_id, opening_id=op,
                                      outcome=out, force=False, interview_id=iid)
                except HeadcountExceededError:
                    tally.refused += 1
                    return
                tally.interviews.append(iid)
                if out == "hired":
                    tally.hires[op] += 1
            with_retries(tally, scan)
            tally.scans += 1
    except Exception as exc:
        tally.errors.append(repr(exc))
    finally:
        engine.dispose()


@dataclass
class HallRun:
    hall: HallFair
    desks: list[Tally]
    booths: list[Tally]
    elapsed_s: float  # measured by ``python -m bench stations``; not asserted in the test
    hung: int  # stations still running after the wait


def run_hall(url: str, factory: sessionmaker[Session]) -> HallRun:
    """Build the hall's fair through ``factory``, then run every station at once on ``url``."""
    hall = build_hall(factory)
    desks = [Tally() for _ in range(DESKS)]
    booths = [Tally() for _ in hall.booths]
    start = threading.Barrier(DESKS + len(hall.booths))
    threads = [
        threading.Thread(target=desk_worker, args=(url, hall, t, start))
        for t in desks
    ] + [
        threading.Thread(target=booth_worker,
                         args=(url, hall, booth, 1000 + i, t, start))
        for i, (booth, t) in enumerate(zip(hall.booths, booths, strict=True))
    ]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=240)
    elapsed = time.monotonic() - began
    return HallRun(hall, desks, booths, elapsed, sum(t.is_alive() for t in threads))


def test_thirty_booths_and_three_desks_lose_and_double_nothing(pg_database_url: str) -> None:
    setup_engine = make_engine(pg_database_url)
    factory = make_session_factory(setup_engine)
    run = run_hall(pg_database_url, factory)
    assert run.hung == 0, "a station hung"
    hall, desks, booths = run.hall, run.desks, run.booths

    everyone = desks + booths
    assert [e for t in everyone for e in t.errors] == []
    assert sum(t.scans for t in everyone) == DESKS * DESK_SCANS + len(hall.booths) * BOOTH_SCANS
    assert sum(t.scans for t in everyone) >= 10_000

    with factory() as s:
        fair = hall.fair_id
        # check-ins: one per seeker, whoever came first; the desks were told "new" once each
        per_seeker = Counter(s.scalars(select(CheckIn.seeker_id).where(CheckIn.fair_id == fair)))
        assert max(per_seeker.values()) == 1
        desk_new = [sid for t in desks for sid in t.checked_in]
        assert len(desk_new) == len(set(desk_new)), "two desks were both told 'checked in'"
        assert set(desk_new) <= set(per_seeker)
        interviewed = set(s.scalars(select(Interview.seeker_id).where(Interview.fair_id == fair)))
        assert set(per_seeker) == set(hall.seekers[:DESK_SCANS]) | interviewed

        # interviews: exactly the successful calls, none lost, none doubled
        saved = list(s.scalars(select(Interview.id).where(Interview.fair_id == fair)))
        told = [iid for t in booths for iid in t.interviews]
        assert len(told) == len(set(told))
        assert sorted(saved) == sorted(told)

        # hires: never beyond the headcount without confirmation; the scarce ones all filled
        hires = Counter(dict(s.execute(
            select(Interview.opening_id, func.count())
            .where(Interview.fair_id == fair, Interview.outcome == "hired")
            .group_by(Interview.opening_id)
        ).all()))
        over = s.scalar(select(func.count()).select_from(Interview).where(
            Interview.fair_id == fair, Interview.over_headcount.is_(True)))
        assert over == 0
        told_hires: Counter[int] = Counter()
        for tally in booths:
            told_hires.update(tally.hires)
        assert hires == told_hires
        for opening in s.scalars(select(Opening).where(Opening.fair_id == fair)):
            assert hires[opening.id] <= opening.headcount
            if opening.headcount == SCARCE_HEADCOUNT:
                assert hires[opening.id] == SCARCE_HEADCOUNT  # enough tries to fill every one
        assert sum(t.refused for t in booths) > 0  # the last positions were fought over

    setup_engine.dispose()
    print(f"\n{sum(t.scans for t in everyone)} scans by {len(everyone)} stations in "
          f"{run.elapsed_s:.1f} s; {sum(t.retries for t in everyone)} retries; "
          f"{sum(t.refused for t in booths)} hires refused (full)")
