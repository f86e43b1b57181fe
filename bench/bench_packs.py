"""``packs``: every employer's result pack of the large fair (300 employers), goal 30 s.

- ``packs.large``: reading the packs (one session, as the window's worker does) and writing an
  XLSX and a one-page PDF per employer into a folder, through the one file writer;
- ``packs.read``: the reading alone, for where the time goes.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench import BenchContext, Figure, benchmark
from jobfair.operations.result_packs import write_packs
from jobfair.services.context import Actor
from jobfair.services.reports.result_packs import pack_data

PACKS_LARGE_S = 30.0


@benchmark("packs", "employer result packs (XLSX and PDF each) of the large fair")
def bench_packs(ctx: BenchContext) -> Iterator[Figure]:
    extra = {"db": ctx.db}
    with tempfile.TemporaryDirectory(prefix="jobfair-bench-packs-") as tmp:
        started = time.perf_counter()
        with ctx.session_factory() as session:
            packs = pack_data(session, ctx.fair_id, actor=Actor())
        read = time.perf_counter() - started
        files = write_packs(packs, Path(tmp))
        took = time.perf_counter() - started
        size = sum(p.stat().st_size for f in files for p in (f.workbook, f.summary))
    interviews = sum(len(p.interviews) for p in packs)
    yield Figure("packs.large", round(took, 2), "s", PACKS_LARGE_S,
                 {**extra, "employers": len(packs), "interviews": interviews, "bytes": size})
    yield Figure("packs.read", round(read, 2), "s", None, extra)
