"""``badges``: badge PDFs (issue 3): 1,000 badges on A4 2x4 label sheets in at most 1.0 s, at
least 10 times faster than the usual way, and 30,000 badges in at most 200 MiB.

The usual way, measured side by side on the same badges and the same layout, is the one most
examples show: ``qrcode.make(code)`` gives a PIL image that ``canvas.drawImage`` embeds. Only
the QR drawing differs between the two runs. Peak memory is the whole process's peak resident
size (``ru_maxrss``) in a fresh subprocess that renders 30,000 badges from a generator to a
file, so the interpreter, reportlab and the fonts are counted too.

No database is needed: also runnable alone with ``uv run python -m bench.bench_badges``.
"""

from __future__ import annotations

import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from bench import BenchContext, Figure, benchmark
from jobfair.documents import badges as badges_module
from jobfair.documents.badges import DEFAULT_GROUP_COLORS, BadgeData, render_badges
from jobfair.documents.fonts import register_fonts
from jobfair.domain.badge_code import make_code, new_secret

LAYOUT = "a4-2x4"
COUNT = 1_000
GOAL_S = 1.0
GOAL_RATIO = 0.1  # ours / the usual way: at least 10 times faster
MEMORY_COUNT = 30_000
GOAL_MIB = 200.0
RUNS = 5

_SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구민"
_SYLLABLES = "민서준지현우수영하윤도예주원진성은경혜동태희연승재호채아나유정소다인선미혁철광용"
_JOBS = ("경영·사무·금융·보험직", "보건·의료직", "설치·정비·생산직", "영업·판매·운전·운송직",
         "미용·여행·숙박·음식·경비·청소직", "")  # fmt: skip
_GROUPS = (("청년", "youth"), ("", ""), ("중장년", "middle_aged"), ("경력단절여성", "career_break"),
           ("신중년", "new_middle_aged"), ("", ""))  # fmt: skip


def make_badges(count: int, secret: str) -> Iterator[BadgeData]:
    """``count`` badges with varied Hangul names (many distinct syllables, as real lists have)."""
    n_s, n_y = len(_SURNAMES), len(_SYLLABLES)
    for i in range(count):
        label, group = _GROUPS[i % len(_GROUPS)]
        name = _SURNAMES[i % n_s] + _SYLLABLES[(i // n_s) % n_y] + _SYLLABLES[(i * 7 + 3) % n_y]
        yield BadgeData(
            code=make_code(secret, 1_000_000 + i),
            badge_no=f"{i + 1:05d}",
            name=name,
            fair_name="2015 양주·의정부·동두천 일자리사랑 채용박람회",
            fair_date=date(2015, 3, 25),
            desired_job=_JOBS[i % len(_JOBS)],
            group_label=label,
            band_color=DEFAULT_GROUP_COLORS.get(group),
        )


def _raster_qr(canvas: Any, text: str, x: float, y: float, size: float) -> None:
    """The usual way: a PIL image from ``qrcode.make``, embedded with ``drawImage``."""
    import qrcode
    from reportlab.lib.utils import ImageReader

    image = qrcode.make(text)
    canvas.drawImage(ImageReader(image.get_image()), x, y, size, size)


@contextmanager
def _usual_way() -> Iterator[None]:
    original = badges_module.draw_qr
    badges_module.draw_qr = _raster_qr
    try:
        yield
    finally:
        badges_module.draw_qr = original


def _timed(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """(median wall seconds, median CPU seconds) over ``runs`` runs."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def speed_figures(runs: int = RUNS) -> list[Figure]:
    register_fonts()  # once per process, as the app does; not part of a batch
    badges = list(make_badges(COUNT, new_secret()))
    ours_wall, ours_cpu = _timed(lambda: render_badges(badges, LAYOUT, io.BytesIO()), runs)
    with _usual_way():
        raster_wall, raster_cpu = _timed(
            lambda: render_badges(badges, LAYOUT, io.BytesIO()), max(1, min(runs, 3))
        )
    common = {"layout": LAYOUT, "badges": COUNT, "runs": runs}
    return [
        Figure("badges.render_1000", round(ours_wall, 3), "s", GOAL_S,
               {**common, "cpu_s": round(ours_cpu, 3)}),
        Figure("badges.raster_1000", round(raster_wall, 3), "s", None,
               {**common, "cpu_s": round(raster_cpu, 3), "how": "qrcode.make -> PIL -> drawImage"}),
        Figure("badges.ours_over_raster", round(ours_wall / raster_wall, 4), "ratio", GOAL_RATIO,
               {"speedup": round(raster_wall / ours_wall, 1),
                "cpu_speedup": round(raster_cpu / ours_cpu, 1)}),
    ]  # fmt: skip


def memory_figure(count: int = MEMORY_COUNT) -> Figure:
    """Render ``count`` badges in a fresh interpreter and read its peak resident size."""
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run(
        [sys.executable, "-m", "bench.bench_badges", "--peak-memory", str(count)],
        cwd=root, capture_output=True, text=True, check=True,
    )  # fmt: skip
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return Figure(
        f"badges.peak_memory_{count}", data["peak_mib"], "MiB", GOAL_MIB,
        {"layout": LAYOUT, "badges": count, "pages": data["pages"], "seconds": data["seconds"],
         "after_imports_mib": data["baseline_mib"], "pdf_mib": data["pdf_mib"]},
    )  # fmt: skip


def _peak_memory_child(count: int) -> None:
    register_fonts()
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with tempfile.TemporaryDirectory(prefix="jobfair-badges-") as tmp:
        out = Path(tmp) / "badges.pdf"
        started = time.perf_counter()
        result = render_badges(make_badges(count, new_secret()), LAYOUT, out)
        seconds = time.perf_counter() - started
        size = out.stat().st_size / 2**20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"peak_mib": round(peak, 1), "baseline_mib": round(baseline, 1),
                      "pages": result.pages, "seconds": round(seconds, 1),
                      "pdf_mib": round(size, 1)}))  # fmt: skip


_cache: list[Figure] = []


@benchmark("badges", "badge PDFs: 1,000 on A4 2x4 vs the raster way (s), 30,000 peak memory (MiB)")
def bench_badges(ctx: BenchContext) -> Iterator[Figure]:
    # No database involved: measured once, whichever database the runner is on.
    del ctx
    if not _cache:
        _cache.extend(speed_figures())
        _cache.append(memory_figure())
    yield from _cache


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--peak-memory":
        _peak_memory_child(int(argv[1]))
        return 0
    for figure in [*speed_figures(), memory_figure()]:
        print(figure.as_json(), flush=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main(sys.argv[1:]))
