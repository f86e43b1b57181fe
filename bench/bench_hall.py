"""``hall``: what the hall screen's refresh costs the GUI thread with 300 booths.

A fair of 300 booths, each with three seekers in its queue and the first called, is put in the
benchmark's database (beside the large fair); a main window shows the hall screen at 1920 x 1080
(offscreen). Each run, a booth calls its next number and the screen is told, as its live updates
tell it; the figure is the main thread's time for the refresh: the call of ``refresh()`` plus
putting the board on screen (the read itself runs on the screen's worker thread). The run's wall
time from the call to the new board on screen is stated beside it.

Figures: ``hall.refresh_main_thread`` (ms, p95 of the runs; goal 20),
``hall.refresh_to_screen`` (ms, p95, from the call to the board shown; no goal).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bench import BenchContext, Figure, benchmark
from jobfair.services.context import Actor
from jobfair.services.interviews.queue import call_next, enqueue
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

BOOTHS = 300
MAIN_THREAD_GOAL_MS = 20.0


def p95(values: list[float]) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[94]


def build_hall_fair(ctx: BenchContext, who: Actor) -> tuple[int, list[int]]:
    from jobfair.domain.bizno import check_digit

    def bizno(n: int) -> str:
        nine = f"{320_81_0000 + n * 7919:09d}"
        return nine + str(check_digit(nine))

    today = datetime.now(ZoneInfo(FairInput.timezone)).date()  # the fair is today, there
    booths: list[int] = []
    with ctx.session_factory.begin() as s:
        fair = create_fair(s, who, FairInput(f"홀 화면 벤치 {uuid.uuid4().hex[:6]}", today))
        for e in range(BOOTHS):
            employer = add_employer(s, who, fair.id,
                                    EmployerInput(f"(주)홀벤치{e:03d}", bizno(e), "C"))
            add_opening(s, who, fair.id, employer.id, OpeningInput("생산직", 3, "8"))
            booths.append(add_booth(s, who, fair.id, employer.id, f"H-{e + 1:03d}").id)
        for b, booth_id in enumerate(booths):
            for k in range(3):
                seeker = register_seeker(
                    s, who, fair.id,
                    SeekerInput(name=f"대기자{b:03d}{k}", birth_year=1980 + k,
                                phone=f"010-{5000 + b:04d}-{1000 + k:04d}",
                                consent=Consent(collection=True)))
                enqueue(s, who, booth_id, seeker.id)
            call_next(s, who, booth_id)
    return fair.id, booths


@benchmark("hall", "the hall screen's refresh with 300 booths: main-thread time per refresh")
def bench_hall(ctx: BenchContext) -> Iterator[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from jobfair.config import Config
    from jobfair.gui.common.settings import KEY_FAIR, make_settings
    from jobfair.gui.hall.screen import HallScreen
    from jobfair.gui.shell.application import build_main_window

    app = QApplication.instance() or QApplication([])
    who = Actor(station_id=uuid.uuid4(), name="bench")
    started = time.perf_counter()
    fair_id, booths = build_hall_fair(ctx, who)
    build_s = time.perf_counter() - started

    def spin_until(done: Callable[[], bool], limit_s: float) -> bool:
        ends = time.monotonic() + limit_s
        while not done() and time.monotonic() < ends:
            app.processEvents()
            time.sleep(0.001)
        return done()

    runs = max(5, ctx.runs)
    main_ms: list[float] = []
    to_screen_ms: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        url = ctx.engine.url.render_as_string(hide_password=False)
        config = Config(db_url=url, data_dir=Path(folder), language="ko")
        settings = make_settings(config)
        settings.setValue(KEY_FAIR, fair_id)
        window = build_main_window(config, ctx.session_factory, settings=settings)
        window.show()
        window.reload_fairs(fair_id)
        window.show_hall_screen(full_screen=False)
        hall = window.hall_screen
        assert isinstance(hall, HallScreen)
        window.resize(1920, 1080)
        spin_until(lambda: hall.board is not None and hall.runner.idle, 60)
        window.live.stop()  # the runs below tell the screen themselves, one at a time

        spent = [0.0]
        shown = [0]
        inside_refresh = [False]
        show = hall._show_board

        def timed_show(board: object) -> None:
            began = time.perf_counter()
            show(board)  # type: ignore[arg-type]
            if not inside_refresh[0]:  # (a read inline is already in the refresh's time)
                spent[0] += time.perf_counter() - began
            shown[0] += 1

        hall._show_board = timed_show  # type: ignore[method-assign]
        for k in range(runs + 2):  # two to warm up
            with ctx.session_factory.begin() as s:
                if call_next(s, who, booths[k % len(booths)]) is None:
                    enqueue(s, who, booths[k % len(booths)], register_seeker(
                        s, who, fair_id, SeekerInput(
                            name=f"추가{k:04d}", birth_year=1990,
                            phone=f"010-9{k:03d}-0000", consent=Consent(collection=True))).id)
            spent[0] = 0.0
            before = shown[0]
            began = time.perf_counter()
            inside_refresh[0] = True
            hall.refresh()
            inside_refresh[0] = False
            spent[0] += time.perf_counter() - began
            if not spin_until(lambda before=before: shown[0] > before and hall.runner.idle, 30):
                raise RuntimeError("the hall screen did not show its board within 30 s")
            if k >= 2:
                main_ms.append(spent[0] * 1000)
                to_screen_ms.append((time.perf_counter() - began) * 1000)
        window.close()
    extra = {"db": ctx.db, "booths": BOOTHS, "runs": len(main_ms), "rows_on_page": len(hall.rows),
             "threaded_read": hall.runner.threaded, "fair_built_s": round(build_s, 1)}
    yield Figure("hall.refresh_main_thread", round(p95(main_ms), 2), "ms", MAIN_THREAD_GOAL_MS,
                 {**extra, "median": round(statistics.median(main_ms), 2),
                  "max": round(max(main_ms), 2)})
    yield Figure("hall.refresh_to_screen", round(p95(to_screen_ms), 1), "ms", None,
                 {**extra, "median": round(statistics.median(to_screen_ms), 1)})
