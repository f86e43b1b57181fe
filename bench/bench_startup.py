"""``startup``: how long whole processes take to start, as a person or a script meets them.

Issue 16's goals on this machine: ``jobfair --help`` at most 0.3 s, ``jobfair stats`` on the
demo at most 1.0 s, and the window visible within twice the time a bare PySide6 window takes in
the same run. Each figure is the median of ``--runs`` runs (at most 5) of a fresh process; the
floor (``python -c pass``) and the bare window are measured alongside, since a busy machine
moves them all. The window runs offscreen (``bench/startup_probes/window_shown.py`` exits when
it is exposed); ``startup.window_ready`` is when JobFair's main window itself is up (database
open, start page built), measured, no goal.

Runs once, on SQLite (its own demo database in a temporary folder); the large fair is not used.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from bench import BenchContext, Figure, benchmark

PROBE = Path(__file__).resolve().parent / "startup_probes" / "window_shown.py"
HELP_GOAL_S = 0.3
STATS_GOAL_S = 1.0
WINDOW_FACTOR = 2.0


def _jobfair(*args: str) -> list[str]:
    return [sys.executable, "-m", "jobfair", *args]


def _run(command: Sequence[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` to its exit (or to the time it printed as shown)."""
    started = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()[-500:]}")
    for line in done.stdout.splitlines():
        if line.startswith("shown "):
            return float(line.split()[1]) - started
    return time.time() - started


def _median(command: Sequence[str], env: dict[str, str], runs: int) -> float:
    _run(command, env)  # warm the file cache: the figure is a restart, not a first start
    return statistics.median(_run(command, env) for _ in range(runs))


@benchmark("startup", "whole processes: --help, stats on the demo, the window against bare Qt")
def bench_startup(ctx: BenchContext) -> Iterator[Figure]:
    if ctx.db != "sqlite":
        return  # start-up does not depend on the server: measured once
    runs = min(ctx.runs, 5)
    extra = {"db": ctx.db, "runs": runs, "statistic": "median"}
    with tempfile.TemporaryDirectory(prefix="jobfair-startup-") as tmp:
        env = {**os.environ, "JOBFAIR_DATA_DIR": str(Path(tmp) / "data"),
               "QT_QPA_PLATFORM": "offscreen", "JOBFAIR_LANG": "ko"}
        env.pop("JOBFAIR_DB", None)
        db = f"sqlite:///{Path(tmp) / 'demo.sqlite3'}"
        subprocess.run(_jobfair("demo", "--db", db, "--create"), env=env, check=True,
                       capture_output=True)

        floor = _median([sys.executable, "-c", "pass"], env, runs)
        yield Figure("startup.python_floor", round(floor, 3), "s", None, extra)
        yield Figure("startup.help", round(_median(_jobfair("--help"), env, runs), 3), "s",
                     HELP_GOAL_S, extra)
        yield Figure("startup.stats", round(_median(_jobfair("stats", "--db", db), env, runs),
                                            3), "s", STATS_GOAL_S, extra)
        bare = _median([sys.executable, str(PROBE), "bare"], env, runs)
        yield Figure("startup.bare_window", round(bare, 3), "s", None, extra)
        window = _median([sys.executable, str(PROBE), "jobfair", "--db", db], env, runs)
        yield Figure("startup.window_visible", round(window, 3), "s",
                     round(WINDOW_FACTOR * bare, 3), {**extra, "bare_window_s": round(bare, 3),
                                                      "ratio": round(window / bare, 2)})
        ready_env = {**env, "JOBFAIR_PROBE": "ready"}
        ready = _median([sys.executable, str(PROBE), "jobfair", "--db", db], ready_env, runs)
        yield Figure("startup.window_ready", round(ready, 3), "s", None, extra)
