"""``demo``: loading the demo fair into an empty database ("try it out" on a new PC).

Issue 16 moved this goal out of the tests (which check what the demo holds, not how fast it
comes): the demo loads in under 3 s on SQLite. Each run loads it into a fresh migrated SQLite
file of its own; the large fair is not used.

Figure: ``demo.load`` (s, the median of the runs; goal 3), with the worst run.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from bench import BenchContext, Figure, benchmark
from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.migrate import upgrade
from jobfair.services.context import Actor
from jobfair.services.setup.demo import create_demo

GOAL_S = 3.0


@benchmark("demo", "loading the demo fair into an empty SQLite database")
def bench_demo(ctx: BenchContext) -> Iterator[Figure]:
    if ctx.db != "sqlite":
        print("bench: demo is measured on SQLite (a new PC's database); skipped here",
              file=sys.stderr)
        return
    actor = Actor(name="bench", clock=lambda: datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    runs = max(1, min(ctx.runs, 5))
    times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="jobfair-bench-demo-") as tmp:
        template = Path(tmp) / "template.sqlite3"
        engine = make_engine(f"sqlite:///{template}")
        upgrade(engine)
        engine.dispose()
        for k in range(runs):
            path = Path(tmp) / f"demo{k}.sqlite3"
            shutil.copy(template, path)
            engine = make_engine(f"sqlite:///{path}")
            try:
                factory = make_session_factory(engine)
                started = time.perf_counter()
                with factory.begin() as session:
                    create_demo(session, actor)
                times.append(time.perf_counter() - started)
            finally:
                engine.dispose()
    yield Figure("demo.load", round(statistics.median(times), 3), "s", GOAL_S,
                 {"db": ctx.db, "runs": runs, "worst": round(max(times), 3)})
