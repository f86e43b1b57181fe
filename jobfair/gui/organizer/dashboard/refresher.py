"""Reading the dashboard again and again without freezing the window.

A ``Refresher`` runs ``load()`` (which opens its own session and returns plain dataclasses) every
``interval_ms`` through the one task runner (``jobfair.gui.common.workers.run_in_background``),
one load in flight at a time, and skips a tick while the screen is hidden. The result comes back
on the main thread; only the receiver of ``loaded`` touches widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from jobfair.gui.common.workers import run_in_background

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 1500


class Refresher(QObject):
    """Loads on a worker every ``interval_ms`` and hands the result to the main thread.

    Attributes:
        interval_ms: time between the end of one tick and the next.
        in_flight: a load is running now.
        loads: how many loads were started (tests and benchmarks read it).

    Signals:
        loaded(object): a load finished; the argument is what ``load()`` returned.
        failed(object): a load raised; the argument is the exception.
    """

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        load: Callable[[], Any],
        interval_ms: int = DEFAULT_INTERVAL_MS,
        is_visible: Callable[[], bool] | None = None,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.load = load
        self.interval_ms = interval_ms
        self.is_visible = is_visible or (lambda: True)
        self.pool = pool
        self.in_flight = False
        self.loads = 0
        self._again = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.timer.start(self.interval_ms)

    def stop(self) -> None:
        self.timer.stop()

    def set_interval(self, interval_ms: int) -> None:
        self.interval_ms = interval_ms
        self.timer.setInterval(interval_ms)

    @Slot()
    def refresh_now(self) -> None:
        """Load now (or right after the load in flight), whatever the timer says."""
        if self.in_flight:
            self._again = True
            return
        self._start()

    @Slot()
    def _tick(self) -> None:
        if self.in_flight or not self.is_visible():
            return
        self._start()

    def _start(self) -> None:
        self.in_flight = True
        self._again = False
        self.loads += 1
        run_in_background(self, self.load, self._succeeded, self._failed, self.pool)

    def _succeeded(self, result: Any) -> None:
        self.in_flight = False
        self.loaded.emit(result)
        self._maybe_again()

    def _failed(self, exc: BaseException) -> None:
        self.in_flight = False
        log.debug("dashboard refresh failed: %s", exc)
        self.failed.emit(exc)
        self._maybe_again()

    def _maybe_again(self) -> None:
        if self._again and self.is_visible():
            self._start()
        self._again = False
