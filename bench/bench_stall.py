"""``stall``: a booth on a shared server whose link stalls, then gives up, then comes back.

Issue 11's goal: the window's main thread never blocked more than 50 ms during a station
operation while the server stalls, and a scan taken meanwhile is kept in order. The booth is the
real main window (offscreen) on the large fair in PostgreSQL, reached through a TCP proxy
(``tests.netcut``) that first holds every byte (a server that stopped answering, a Wi-Fi holding
packets), then closes the connections after 5 s (what the station's TCP user timeout does on a
real link), then forwards again. Six badges are scanned while it stalls, a quarter of a second
apart. A 5 ms timer on the main thread measures how late the event loop ran it: its worst lateness
is the longest the window was frozen.

Figures: ``stall.main_thread_max_block`` (ms, goal 50), ``stall.scans_in_order`` (1 when every
scanned seeker's card came up, in the order scanned), ``stall.first_card_after_stall`` (s from
the first scan to its card, offline), ``stall.delivered`` (the records kept offline that reached
the server after the link came back).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import func, select

from bench import BenchContext, Figure, benchmark
from jobfair.db.models import Booth, Interview, Seeker

GOAL_MS = 50
PROBE_MS = 5
STALL_S = 5.0


class QuietDialogs:
    """Nobody is at the screen: every question is answered "no" at once."""

    def ask(self, title: str, text: str) -> bool:
        return False

    def inform(self, title: str, text: str) -> None:
        pass

    def error(self, title: str, text: str, details: str | None = None) -> None:
        pass


@benchmark("stall", "booth on a stalled server: longest main-thread block, scans in order")
def bench_stall(ctx: BenchContext) -> Iterator[Figure]:
    if ctx.db != "postgresql":
        print("bench: stall needs a database server (PostgreSQL); skipped on SQLite",
              file=sys.stderr)
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from jobfair.config import Config
    from jobfair.db.engine import make_engine, make_session_factory
    from jobfair.domain.codes import StationKind
    from jobfair.gui.booth.screen import BoothScreen
    from jobfair.gui.common.settings import booth_setting_key, make_settings
    from jobfair.gui.shell.application import build_main_window
    from tests.netcut import NetCut

    app = QApplication.instance() or QApplication([])
    url = ctx.engine.url
    with ctx.session_factory() as session:
        booth_id = session.scalar(select(Booth.id).where(Booth.fair_id == ctx.fair_id)
                                  .order_by(Booth.id).limit(1))
        top = session.scalar(select(func.max(Seeker.badge_no))
                             .where(Seeker.fair_id == ctx.fair_id)) or 1
    assert booth_id is not None
    badges = [f"#{top - k * 7}" for k in range(12)]

    def spin_until(done: Callable[[], bool], limit_s: float) -> bool:
        ends = time.monotonic() + limit_s
        while not done() and time.monotonic() < ends:
            app.processEvents()
            time.sleep(0.002)
        return done()

    with tempfile.TemporaryDirectory() as folder, NetCut(url.host or "127.0.0.1",
                                                         url.port or 5432) as link:
        station_url = link.url(url.render_as_string(hide_password=False))
        engine = make_engine(station_url)
        config = Config(db_url=station_url, data_dir=Path(folder), language="ko")
        settings = make_settings(config)
        settings.setValue(booth_setting_key(ctx.fair_id), booth_id)
        window = build_main_window(config, make_session_factory(engine), settings=settings,
                                   dialogs=QuietDialogs())
        window.resize(1280, 800)
        window.show()
        window.reload_fairs(ctx.fair_id)
        window.choose_station(StationKind.BOOTH)
        screen = window.station_screen
        assert isinstance(screen, BoothScreen) and window.offline is not None
        offline = window.offline
        offline.timer.setInterval(200)
        offline.refresh_snapshot()  # the copy a booth keeps while online
        spin_until(lambda: not offline.busy, 120)

        shown: list[str] = []
        shown_at: list[float] = []
        render = screen._render_card

        def recording(result: object) -> None:
            render(result)  # type: ignore[arg-type]
            shown.append(screen.card_view.name_label.text())
            shown_at.append(time.monotonic())

        screen._render_card = recording  # type: ignore[method-assign]
        for badge in badges[:4]:  # warm up, online
            screen.handle_scan(badge)
            spin_until(lambda: screen.runner.idle, 30)
        shown.clear()
        shown_at.clear()

        lateness: list[float] = []
        clock = QElapsedTimer()
        probe = QTimer()
        probe.setInterval(PROBE_MS)
        last = [0]

        def tick() -> None:
            now = clock.elapsed()
            lateness.append(now - last[0] - PROBE_MS)
            last[0] = now

        probe.timeout.connect(tick)
        clock.start()
        probe.start()
        link.stall()
        stalled_at = time.monotonic()
        scanned = badges[4:10]
        for k, badge in enumerate(scanned):
            QTimer.singleShot(250 * k, lambda b=badge: screen.handle_scan(b))
        spin_until(lambda: time.monotonic() - stalled_at > STALL_S, STALL_S + 1)
        link.cut()  # the link gives up, as the TCP user timeout does on a real network
        spin_until(lambda: len(shown) >= len(scanned) and screen.runner.idle, 60)
        probe.stop()
        link.restore()
        waiting = offline.outbox.waiting_count()
        spin_until(lambda: offline.online and offline.outbox.waiting_count() == 0, 60)
        delivered = waiting - offline.outbox.waiting_count()
        with ctx.session_factory() as session:
            counted = session.scalar(select(func.count()).select_from(Interview)
                                     .where(Interview.booth_id == booth_id))
        names = []
        with ctx.session_factory() as session:
            for badge in scanned:
                names.append(session.scalar(select(Seeker.name).where(
                    Seeker.fair_id == ctx.fair_id, Seeker.badge_no == int(badge[1:]))))
        in_order = int(shown[: len(scanned)] == names)
        window.close()
        offline.close()
        spin_until(lambda: not offline.busy, 30)
        engine.dispose()
    extra = {"db": ctx.db, "scans": len(scanned), "stall_s": STALL_S, "probe_ms": PROBE_MS,
             "booth_interviews": counted}
    yield Figure("stall.main_thread_max_block", round(max(lateness, default=0.0), 1), "ms",
                 GOAL_MS, extra)
    yield Figure("stall.scans_in_order", in_order, "bool", None, {**extra, "shown": shown})
    yield Figure("stall.first_card_after_stall",
                 round(shown_at[0] - stalled_at, 2) if shown_at else -1, "s", None, extra)
    yield Figure("stall.delivered", delivered, "records", None, extra)
