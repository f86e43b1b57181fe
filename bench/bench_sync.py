"""``sync``: a hall of 30 stations writing at once to one PostgreSQL, and how fast others hear it.

Issue 6's goals: 30 stations x 10 scans a second for 60 seconds against the local PostgreSQL,
p99 write <= 50 ms, nothing lost or doubled; a change reaches another station's screen in
p95 <= 2 s.

    uv run python -m bench.bench_sync              # 60 s
    uv run python -m bench.bench_sync --seconds 10 # a short run

Each station is a process of its own (the PCs of a hall do not share one Python interpreter) with
its own connection, paced to a fixed timetable: 3 desks check seekers in, 27 booths log interviews
with outcomes (a few hires into scarce openings with ``force=False``, refused once full). A write's
latency is its transaction, begin to commit; each station's first 30 scans warm it up untimed (a
real station runs all day). The stations are forked from this process after it froze its objects
for the garbage collector: otherwise every child's first collections copy the parent's whole heap
page by page, a cost of forking that separate PCs never pay. Meanwhile a probe writes to a second
fair once a second and a ``LiveUpdates`` in this process (as in a station's window) listens: the
time from the probe's commit to ``data_changed`` of that fair is the propagation time, measured
while the hall writes 300 times a second. Afterwards every count is checked against what the
stations were told. Not registered with the ``python -m bench`` runner: it needs its own minute and
a PostgreSQL server.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing as mp
import random
import statistics
import sys
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from bench import Figure
from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.migrate import upgrade
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

WRITE_GOAL_MS = 50
PROPAGATION_GOAL_S = 2.0
DESKS = 3
BOOTHS = 27
RATE = 10  # scans a second per station
SCARCE_HEADCOUNT = 2
HIRE_SHARE = 0.05


@dataclass(frozen=True)
class Hall:
    fair_id: int
    probe_fair_id: int
    probe_seekers: list[str]
    seekers: list[str]
    booths: list[tuple[int, int, int]]  # booth, scarce opening, plentiful opening


@dataclass(frozen=True)
class StartClock:
    """The common start: stations wait at ``warmed``, then for ``ready`` and ``start_at``."""

    ready: Any
    start_at: Any
    warmed: Any


@dataclass
class StationReport:
    latencies_ms: list[float] = field(default_factory=list)
    checked_in: list[str] = field(default_factory=list)
    interviews: list[str] = field(default_factory=list)
    hires: dict[int, int] = field(default_factory=dict)
    refused: int = 0
    retries: int = 0
    errors: list[str] = field(default_factory=list)
    scans: int = 0
    max_behind_s: float = 0.0
    finished_at: float = 0.0


def bizno(n: int) -> str:
    nine = f"{310_81_0000 + n * 7919:09d}"
    return nine + str(check_digit(nine))


def build_hall(url: str, seekers: int, booth_count: int) -> Hall:
    engine = make_engine(url)
    upgrade(engine)
    factory = make_session_factory(engine)
    who = Actor(station_id=uuid.uuid4(), name="organizer")
    with factory.begin() as s:
        fair = create_fair(s, who, FairInput("벤치 채용박람회", date(2026, 11, 30)))
        probe = create_fair(s, who, FairInput("벤치 탐침", date(2026, 11, 30)))
        booths = []
        for e in range(booth_count):
            employer = add_employer(s, who, fair.id,
                                    EmployerInput(f"(주)벤치{e:02d}", bizno(e), "C"))
            scarce = add_opening(s, who, fair.id, employer.id,
                                 OpeningInput("생산직", SCARCE_HEADCOUNT, "8"))
            plenty = add_opening(s, who, fair.id, employer.id, OpeningInput("사무직", 100_000, "0"))
            booth = add_booth(s, who, fair.id, employer.id, f"B-{e + 1:02d}")
            booths.append((booth.id, scarce.id, plenty.id))

        def person(fair_id: int, i: int) -> str:
            return str(register_seeker(
                s, who, fair_id,
                SeekerInput(name=f"구직자{i:05d}", birth_year=1960 + i % 40,
                            phone=f"010-{1000 + i // 10000:04d}-{i % 10000:04d}",
                            consent=Consent(collection=True)),
            ).id)

        people = [person(fair.id, i) for i in range(seekers)]
        probes = [person(probe.id, i) for i in range(200)]
    engine.dispose()
    return Hall(fair.id, probe.id, probes, people, booths)


def _retrying(report: StationReport, work: Any) -> None:
    for attempt in range(5):
        try:
            work()
            return
        except OperationalError as exc:
            report.retries += 1
            if attempt == 4:
                report.errors.append(repr(exc))
            time.sleep(0.01 * (attempt + 1))


WARM_UP_SCANS = 30  # per station, untimed: caches, prepared statements, pages settle


def station(
    index: int, url: str, hall: Hall, clock: Any, seconds: float, rate: float, out: Any
) -> None:
    """One station's process: its own engine and connection, scans on a fixed timetable.

    A few scans before the clock starts warm the process up (SQLAlchemy compiles each statement
    once per engine); they are checked like the others but not timed.
    """
    engine = make_engine(url, pool_size=1, max_overflow=0)
    factory = make_session_factory(engine)
    me = Actor(station_id=uuid.uuid4(), name=f"station{index}")
    rng = random.Random(index)
    report = StationReport()
    desk = index < DESKS
    hires: Counter[int] = Counter()
    if desk:
        mine = hall.seekers[index::DESKS]
    booth = hall.booths[(index - DESKS) % len(hall.booths)] if not desk else (0, 0, 0)
    total = int(seconds * rate)
    offset = index / (rate * (DESKS + len(hall.booths)))
    start_at = 0.0
    for k in range(-WARM_UP_SCANS, total):
        if k == 0:
            gc.freeze()  # as a station's window does before its event loop (run_gui)
            report.latencies_ms.clear()
            clock.warmed.wait()
            clock.ready.wait()  # every station warmed up: the common start time is set
            start_at = clock.start_at.value
        if k >= 0:
            due = start_at + offset + k / rate
            wait = due - time.time()
            if wait > 0:
                time.sleep(wait)
            else:
                report.max_behind_s = max(report.max_behind_s, -wait)
        if desk:
            # every tenth scan is a seeker this desk already checked in: must not count again
            sid = mine[k - 1] if k % 10 == 9 else mine[k % len(mine)]

            def desk_scan(sid: str = sid) -> None:
                began = time.perf_counter()
                with factory.begin() as s:
                    result = check_in(s, me, uuid.UUID(sid))
                report.latencies_ms.append((time.perf_counter() - began) * 1000)
                if not result.already:
                    report.checked_in.append(sid)

            _retrying(report, desk_scan)
        else:
            booth_id, scarce, plenty = booth
            sid = rng.choice(hall.seekers)
            outcome: str | None
            if rng.random() < HIRE_SHARE:
                outcome, opening = "hired", scarce
            else:
                outcome = rng.choice([None, "second", "pending", "rejected", "hired"])
                opening = plenty
            iid = uuid.uuid4()

            def booth_scan(sid: str = sid, out: str | None = outcome, op: int = opening,
                     iid: uuid.UUID = iid, booth_id: int = booth_id) -> None:
                began = time.perf_counter()
                try:
                    with factory.begin() as s:
                        log_interview(s, me, seeker_id=uuid.UUID(sid), booth_id=booth_id,
                                      opening_id=op, outcome=out, force=False,
                                      interview_id=iid)
                except HeadcountExceededError:
                    report.refused += 1
                    report.latencies_ms.append((time.perf_counter() - began) * 1000)
                    return
                report.latencies_ms.append((time.perf_counter() - began) * 1000)
                report.interviews.append(str(iid))
                if out == "hired":
                    hires[op] += 1

            _retrying(report, booth_scan)
        report.scans += 1
    report.hires = dict(hires)
    report.finished_at = time.time()
    engine.dispose()
    out.put((index, report))


def percentile(values: list[float], q: int) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def measure_propagation(
    url: str, hall: Hall, start_at: float, seconds: float
) -> tuple[list[float], list[float]]:
    """Probe writes to the probe fair once a second while a LiveUpdates listens in this process;
    (commit -> data_changed seconds, figures refresh ms after it)."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from jobfair.gui.common.live import LiveUpdates
    from jobfair.services.reports.metrics import compute_figures

    app = QCoreApplication.instance() or QCoreApplication(["bench_sync"])
    engine = make_engine(url)
    factory = make_session_factory(engine)
    live = LiveUpdates(factory)
    delays: list[float] = []
    refresh_ms: list[float] = []
    lock = threading.Lock()
    # the probe in flight: its commit time (once known) and when it was heard
    flight: dict[str, float | None] = {"commit": None, "heard": None, "open": 0.0}

    def on_changed(fair_id: int) -> None:
        if fair_id not in (hall.probe_fair_id, 0):  # 0: "anything changed" (also refreshes)
            return
        with lock:
            fresh = bool(flight["open"]) and flight["heard"] is None
            if fresh:
                flight["heard"] = time.time()
        if fresh:
            began = time.perf_counter()
            with factory() as s:  # what the screen does next
                compute_figures(s, hall.fair_id)
            refresh_ms.append((time.perf_counter() - began) * 1000)

    live.data_changed.connect(on_changed)
    live.watch(hall.probe_fair_id)
    live.start()
    live.wait_ready(5)

    def probe() -> None:
        """One probe a second, each waited for (5 s at most: then it counts as missed)."""
        who = Actor(station_id=uuid.uuid4(), name="probe")
        probe_engine = make_engine(url, pool_size=1, max_overflow=0)
        probe_factory = make_session_factory(probe_engine)
        time.sleep(max(0.0, start_at - time.time()) + 0.5)
        for sid in hall.probe_seekers[: max(1, int(seconds) - 1)]:
            sent = time.time()
            with lock:  # open before the commit: the news may beat this thread back
                flight.update(commit=None, heard=None, open=1.0)
            with probe_factory.begin() as s:
                check_in(s, who, uuid.UUID(sid))
            committed_at = time.time()
            while time.time() < committed_at + 5:
                with lock:
                    heard = flight["heard"]
                if heard is not None:
                    break
                time.sleep(0.01)
            with lock:
                flight["open"] = 0.0
            delays.append(max(0.0, heard - committed_at) if heard is not None else float("inf"))
            time.sleep(max(0.0, sent + 1.0 - time.time()))
        probe_engine.dispose()

    prober = threading.Thread(target=probe, daemon=True)
    prober.start()
    timer = QTimer()
    timer.timeout.connect(lambda: None if prober.is_alive() else app.quit())
    timer.start(100)
    app.exec()
    live.stop()
    engine.dispose()
    print("bench_sync: propagation delays (s): "
          + " ".join(f"{d:.2f}" for d in delays), file=sys.stderr, flush=True)
    return delays, refresh_ms


def check_counts(url: str, hall: Hall, reports: list[StationReport]) -> dict[str, Any]:
    engine = make_engine(url)
    factory = make_session_factory(engine)
    problems: list[str] = []
    with factory() as s:
        fair = hall.fair_id
        per_seeker = Counter(str(x) for x in s.scalars(
            select(CheckIn.seeker_id).where(CheckIn.fair_id == fair)))
        if per_seeker and max(per_seeker.values()) > 1:
            problems.append("a seeker checked in twice")
        desk_new = [sid for r in reports for sid in r.checked_in]
        if len(desk_new) != len(set(desk_new)):
            problems.append("a desk was told 'new check-in' twice for one seeker")
        if not set(desk_new) <= set(per_seeker):
            problems.append("a check-in a desk was told about is missing")
        saved = sorted(str(x) for x in s.scalars(
            select(Interview.id).where(Interview.fair_id == fair)))
        told = sorted(iid for r in reports for iid in r.interviews)
        if saved != told:
            problems.append(f"interviews: {len(told)} told, {len(saved)} saved")
        hires = Counter(dict(s.execute(
            select(Interview.opening_id, func.count())
            .where(Interview.fair_id == fair, Interview.outcome == "hired")
            .group_by(Interview.opening_id)).all()))
        told_hires: Counter[int] = Counter()
        for r in reports:
            told_hires.update(r.hires)
        if hires != told_hires:
            problems.append("hires differ from what the booths were told")
        for opening in s.scalars(select(Opening).where(Opening.fair_id == fair)):
            if hires[opening.id] > opening.headcount:
                problems.append(f"opening {opening.id} over its headcount")
        interviews = len(saved)
        checkins = sum(per_seeker.values())
    engine.dispose()
    return {"problems": problems, "interviews": interviews, "checkins": checkins}


def run(seconds: float, url: str, stations: int = DESKS + BOOTHS, rate: float = RATE
        ) -> list[Figure]:
    seekers = max(600, int(DESKS * rate * seconds) + 300)
    started = time.perf_counter()
    hall = build_hall(url, seekers, stations - DESKS)
    print(f"bench_sync: fair built ({seekers} seekers) in {time.perf_counter() - started:.1f} s",
          file=sys.stderr, flush=True)
    ctx = mp.get_context("fork")
    out = ctx.Queue()
    clock = StartClock(ctx.Event(), ctx.Value("d", 0.0), ctx.Barrier(stations + 1))
    procs = [ctx.Process(target=station, args=(i, url, hall, clock, seconds, rate, out))
             for i in range(stations)]
    gc.freeze()  # the children inherit the hall's objects: the collector leaves them unshared
    for p in procs:
        p.start()
    clock.warmed.wait(timeout=300)
    start_at = time.time() + 1.0
    clock.start_at.value = start_at
    clock.ready.set()
    delays, refresh_ms = measure_propagation(url, hall, start_at, seconds)
    reports: list[StationReport] = [StationReport()] * stations
    for _ in procs:
        index, report = out.get(timeout=seconds + 120)
        reports[index] = report
    for p in procs:
        p.join(30)
    latencies = [v for r in reports for v in r.latencies_ms]
    counts = check_counts(url, hall, reports)
    scans = sum(r.scans for r in reports)
    timed = len(latencies)
    finished = max(r.finished_at for r in reports)
    common = {"db": "postgresql", "stations": stations, "rate": rate, "seconds": seconds}
    return [
        Figure("sync.write_p99", round(percentile(latencies, 99), 1), "ms", WRITE_GOAL_MS,
               {**common, "p50": round(percentile(latencies, 50), 1),
                "p95": round(percentile(latencies, 95), 1), "max": round(max(latencies), 1),
                "writes": len(latencies)}),
        Figure("sync.scans_per_s", round(timed / (finished - start_at), 1), "1/s", None,
               {**common, "asked_per_s": stations * rate, "scans": scans,
                "took_s": round(finished - start_at, 1),
                "max_behind_s": round(max(r.max_behind_s for r in reports), 3),
                "retries": sum(r.retries for r in reports),
                "errors": sum(len(r.errors) for r in reports),
                "refused_hires": sum(r.refused for r in reports)}),
        Figure("sync.lost_or_doubled", len(counts["problems"]), "problems", 0,
               {**common, "interviews": counts["interviews"], "checkins": counts["checkins"],
                "details": counts["problems"]}),
        Figure("sync.propagation_p95", round(percentile(delays, 95), 3), "s", PROPAGATION_GOAL_S,
               {**common, "p50": round(percentile(delays, 50), 3),
                "max": round(max(delays), 3) if delays else None, "probes": len(delays),
                "figures_refresh_p95_ms": round(percentile(refresh_ms, 95), 1)}),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--stations", type=int, default=DESKS + BOOTHS,
                        help=f"stations in all, {DESKS} of them desks (default 30)")
    parser.add_argument("--rate", type=float, default=RATE, help="scans a second per station")
    parser.add_argument("--db", help="a PostgreSQL URL to use (default: a throwaway database "
                        "on the local server)")
    args = parser.parse_args(argv)
    from bench.__main__ import OVER_GOAL, emit, throwaway_pg_database

    def go(url: str) -> int:
        for figure in run(args.seconds, url, args.stations, args.rate):
            emit(figure)
        return 1 if OVER_GOAL else 0

    if args.db:
        return go(args.db)
    with throwaway_pg_database() as url:
        if url is None:
            return 2
        return go(url)


if __name__ == "__main__":
    raise SystemExit(main())
