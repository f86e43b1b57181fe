"""``stations``: 30 booths and 3 desks scanning at once on one PostgreSQL server.

The scenario of ``tests/integration/test_many_stations.py`` (about 10,000 scans by 33 stations,
each a thread with an engine of its own), timed. The test checks that nothing is lost or doubled;
how long the hall takes is measured here (issue 16 moved the goal of 120 s out of the test). It
runs in a throwaway database of its own on the same server, so the large fair is left as it was.

Figures: ``stations.elapsed`` (s for every station's scans; goal 120), ``stations.scans_per_s``.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Iterator

from sqlalchemy import create_engine, text

from bench import BenchContext, Figure, benchmark
from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.migrate import upgrade

GOAL_S = 120


@benchmark("stations", "30 booths and 3 desks scanning at once on PostgreSQL")
def bench_stations(ctx: BenchContext) -> Iterator[Figure]:
    if ctx.db != "postgresql":
        print("bench: stations needs a database server (PostgreSQL); skipped on SQLite",
              file=sys.stderr)
        return
    from tests.integration.test_many_stations import run_hall

    admin = create_engine(ctx.engine.url, isolation_level="AUTOCOMMIT")
    name = f"jobfair_bench_hall_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    try:
        engine = make_engine(url)
        try:
            upgrade(engine)
            run = run_hall(url, make_session_factory(engine))
        finally:
            engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    everyone = run.desks + run.booths
    scans = sum(t.scans for t in everyone)
    errors = sum(len(t.errors) for t in everyone)
    extra = {"db": ctx.db, "stations": len(everyone), "scans": scans, "errors": errors,
             "hung": run.hung, "retries": sum(t.retries for t in everyone)}
    yield Figure("stations.elapsed", round(run.elapsed_s, 1), "s", GOAL_S, extra)
    yield Figure("stations.scans_per_s", round(scans / run.elapsed_s), "1/s", None, extra)
