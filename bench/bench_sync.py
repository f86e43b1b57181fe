"""``sync``: a hall of 30 stations writing at once to one PostgreSQL, and how fast others hear it.

Issue 6's goals: 30 stations x 10 scans a second for 60 seconds against the local PostgreSQL,
p99 write <= 50 ms, nothing lost or doubled; issue 14: a change reaches another station's screen in
p95 <= 250 ms.

    uv run python -m bench.bench_sync              # 60 s
    uv run python -m bench.bench_sync --seconds 10 # a short run

Each station is a process of its own (the PCs of a hall do not share one Python interpreter) with
its own connection, paced to a fixed timetable: 3 desks check seekers in, 27 booths log interviews
with outcomes (a few hires into scarce openings with ``force=False``, refused once full). A write's
latency is its transaction, begin to commit; each station's first 30 scans warm it up untimed (a
real station runs all day). The stations are forked from this process after it froze its objects
for the garbage collector: otherwise every child's first collections copy the parent's whole heap
page by page, a cost of forking that separate PCs never pay. Meanwhile a probe checks a seeker in
at the same fair once a second and a ``LiveUpdates`` in this process (as in a station's window)
watches that fair, the busiest there is: the time from the probe's commit to the first
``data_changed`` of the fair after it is the propagation time (from then on the screen's read sees
the change), measured while the hall writes 300 times a second; the hall board's read that follows
is timed too. Afterwards every count is checked against what the stations were told.

So that the figures compare across machines, the write figure states the load average, the CPU
count, and the CPU time per write of the station processes (``time.process_time``) and of their
PostgreSQL backends (utime + stime from ``/proc/<pid>/stat``; the server runs on this machine,
else ``null``). Not registered with the ``python -m bench`` runner: it needs its own minute and a
PostgreSQL server.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing as mp
import os
import random
import statistics
import sys
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

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
PROPAGATION_GOAL_S = 0.25
DESKS = 3
BOOTHS = 27
RATE = 10  # scans a second per station
SCARCE_HEADCOUNT = 2
HIRE_SHARE = 0.05


@dataclass(frozen=True)
class Hall:
    fair_id: int
    probe_seekers: list[str]  # of the same fair, never scanned by the desks
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
    cpu_s: float = 0.0  # the station process's CPU time over the timed scans
    backend_cpu_s: float | None = None  # its PostgreSQL backend's, when /proc shows it


def backend_pid(engine: Any) -> int:
    with engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one())


def process_cpu_s(pid: int) -> float | None:
    """utime + stime of a process on this machine (``None`` when /proc does not show it)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def bizno(n: int) -> str:
    nine = f"{310_81_0000 + n * 7919:09d}"
    return nine + str(check_digit(nine))


def build_hall(url: str, seekers: int, booth_count: int) -> Hall:
    engine = make_engine(url)
    upgrade(engine)
    factory = make_session_factory(engine)
    who = Actor(station_id=uuid.uuid4(), name="organizer")
    with factory.begin() as s:
        # the fair is today where it is held: hires count against the headcount on its day
        today = datetime.now(ZoneInfo(FairInput.timezone)).date()
        fair = create_fair(s, who, FairInput("벤치 채용박람회", today))
        booths = []
        for e in range(booth_count):
            employer = add_employer(s, who, fair.id,
                                    EmployerInput(f"(주)벤치{e:02d}", bizno(e), "C"))
            scarce = add_opening(s, who, fair.id, employer.id,
                                 OpeningInput("생산직", SCARCE_HEADCOUNT, "8"))
            plenty = add_opening(s, who, fair.id, employer.id, OpeningInput("사무직", 10_000, "0"))
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
        probes = [person(fair.id, seekers + i) for i in range(200)]
    engine.dispose()
    return Hall(fair.id, probes, people, booths)


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
    cpu_began = 0.0
    backend: int | None = None
    backend_began: float | None = None
    for k in range(-WARM_UP_SCANS, total):
        if k == 0:
            gc.freeze()  # as a station's window does before its event loop (run_gui)
            report.latencies_ms.clear()
            backend = backend_pid(engine)
            clock.warmed.wait()
            clock.ready.wait()  # every station warmed up: the common start time is set
            start_at = clock.start_at.value
            cpu_began = time.process_time()
            backend_began = process_cpu_s(backend)
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
    report.cpu_s = time.process_time() - cpu_began
    if backend is not None and backend_began is not None:
        ended = process_cpu_s(backend)
        report.backend_cpu_s = None if ended is None else ended - backend_began
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
) -> tuple[list[float], list[float], list[float]]:
    """A probe checks a seeker of the hall's fair in once a second while a LiveUpdates in this
    process watches that fair; (commit -> first data_changed after it, s; the hall board's read
    that follows, ms; commit -> that read done, s)."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from jobfair.gui.common.live import LiveUpdates
    from jobfair.services.hall.board import hall_board

    app = QCoreApplication.instance() or QCoreApplication(["bench_sync"])
    engine = make_engine(url)
    factory = make_session_factory(engine)
    live = LiveUpdates(factory)
    delays: list[float] = []
    read_ms: list[float] = []
    seen: list[float] = []
    heard: list[float] = []  # when data_changed of the hall's fair came (main thread appends)

    def on_changed(fair_id: int) -> None:
        if fair_id in (hall.fair_id, 0):  # 0: "anything changed" (also refreshes)
            heard.append(time.time())

    live.data_changed.connect(on_changed)
    live.watch(hall.fair_id)
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
            with probe_factory.begin() as s:
                check_in(s, who, uuid.UUID(sid))
            committed_at = time.time()
            first: float | None = None
            while time.time() < committed_at + 5:
                later = [t for t in heard[-20:] if t >= committed_at]
                if later:
                    first = later[0]
                    break
                time.sleep(0.002)
            if first is None:
                delays.append(float("inf"))
                seen.append(float("inf"))
            else:
                delays.append(first - committed_at)
                began = time.perf_counter()
                with probe_factory() as s:  # what the hall screen reads next, on its worker
                    hall_board(s, hall.fair_id, "", datetime.now(UTC))
                took = time.perf_counter() - began
                read_ms.append(took * 1000)
                seen.append(first - committed_at + took)
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
          + " ".join(f"{d:.3f}" for d in delays), file=sys.stderr, flush=True)
    return delays, read_ms, seen


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
    delays, read_ms, seen = measure_propagation(url, hall, start_at, seconds)
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
    load1, load5, _load15 = os.getloadavg()
    client_cpu = sum(r.cpu_s for r in reports)
    server = [r.backend_cpu_s for r in reports]
    server_cpu = None if any(v is None for v in server) else sum(v or 0.0 for v in server)
    common = {"db": "postgresql", "stations": stations, "rate": rate, "seconds": seconds}
    return [
        Figure("sync.write_p99", round(percentile(latencies, 99), 1), "ms", WRITE_GOAL_MS,
               {**common, "p50": round(percentile(latencies, 50), 1),
                "p95": round(percentile(latencies, 95), 1), "max": round(max(latencies), 1),
                "writes": len(latencies), "cpus": os.cpu_count(),
                "loadavg_1m": round(load1, 2), "loadavg_5m": round(load5, 2),
                "client_cpu_ms_per_write": round(client_cpu * 1000 / max(1, timed), 2),
                "server_cpu_ms_per_write": None if server_cpu is None
                else round(server_cpu * 1000 / max(1, timed), 2),
                "cpu_ms_available_per_write": round(
                    (os.cpu_count() or 1) * 1000 / (stations * rate), 2)}),
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
                "hall_read_p95_ms": round(percentile(read_ms, 95), 1),
                "on_screen_p95_s": round(percentile(seen, 95), 3)}),
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
