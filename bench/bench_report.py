"""``report``: the end-of-day summary PDF, the workbook export and the dashboard's figures.

- ``report.demo``: summary PDF of the demo fair (28 employers, 1,000 seekers), goal 1 s;
- ``report.large``: summary PDF of the large fair (300 employers, 30,000 seekers), goal 5 s;
- ``export.large``: the large fair's XLSX workbook (every table), goal 10 s;
- ``analytics.median`` / ``analytics.p95``: ``dashboard_data`` on the large fair, in ms.

Each measure opens its own session as a user action does; the PDF and workbook measures include
reading the data. The demo fair is made in a SQLite file of its own.
"""

from __future__ import annotations

import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from bench import BenchContext, Figure, benchmark
from bench.bench_stats import p95
from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.migrate import upgrade
from jobfair.documents.report import DEFAULT_APPROVAL, ReportOptions, report_bytes
from jobfair.documents.workbook import write_workbook
from jobfair.services.context import Actor
from jobfair.services.reports.analytics import dashboard_data
from jobfair.services.reports.export import export_tables
from jobfair.services.setup.demo import create_demo

REPORT_DEMO_S = 1.0
REPORT_LARGE_S = 5.0
EXPORT_LARGE_S = 10.0
DASHBOARD_MS = 100


def make_report(factory: sessionmaker[Session], fair_id: int) -> int:
    with factory() as session:
        data = dashboard_data(session, fair_id)
    return len(report_bytes(data, ReportOptions(approval=DEFAULT_APPROVAL)))


def make_workbook(factory: sessionmaker[Session], fair_id: int, path: Path) -> int:
    with factory() as session:
        tables = export_tables(session, fair_id, actor=Actor())
    write_workbook(tables, path)
    return sum(len(t.rows) for t in tables)


def seconds(action: Callable[[], object], runs: int) -> list[float]:
    action()  # warm: fonts loaded, caches filled
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        out.append(time.perf_counter() - started)
    return out


@benchmark("report", "summary PDF (demo, large), XLSX export and dashboard_data (large)")
def bench_report(ctx: BenchContext) -> Iterator[Figure]:
    extra = {"db": ctx.db}
    with tempfile.TemporaryDirectory(prefix="jobfair-bench-report-") as tmp:
        if ctx.db == "sqlite":
            engine = make_engine(f"sqlite:///{Path(tmp) / 'demo.sqlite3'}")
            upgrade(engine)
            demo_factory = make_session_factory(engine)
            with demo_factory.begin() as session:
                who = Actor(station_id=uuid.uuid4(), name="bench")
                demo_id = create_demo(session, who).fair_id
            times = seconds(lambda: make_report(demo_factory, demo_id), min(ctx.runs, 5))
            engine.dispose()
            yield Figure("report.demo", round(statistics.median(times), 3), "s", REPORT_DEMO_S,
                         {**extra, "n": len(times), "max": round(max(times), 3)})

        times = seconds(lambda: make_report(ctx.session_factory, ctx.fair_id), 3)
        size = make_report(ctx.session_factory, ctx.fair_id)
        yield Figure("report.large", round(statistics.median(times), 3), "s", REPORT_LARGE_S,
                     {**extra, "n": len(times), "max": round(max(times), 3), "bytes": size})

        path = Path(tmp) / "large.xlsx"
        started = time.perf_counter()
        rows = make_workbook(ctx.session_factory, ctx.fair_id, path)
        took = time.perf_counter() - started
        yield Figure("export.large", round(took, 3), "s", EXPORT_LARGE_S,
                     {**extra, "rows": rows, "bytes": path.stat().st_size})

    def dashboard() -> None:
        with ctx.session_factory() as session:
            dashboard_data(session, ctx.fair_id)

    ms = [t * 1000 for t in seconds(dashboard, ctx.runs)]
    extra = {**extra, "n": len(ms)}
    yield Figure("analytics.median", round(statistics.median(ms), 2), "ms", DASHBOARD_MS, extra)
    yield Figure("analytics.p95", round(p95(ms), 2), "ms", DASHBOARD_MS, extra)
