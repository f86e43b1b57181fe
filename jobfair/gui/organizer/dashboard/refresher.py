"""Reading the dashboard again and again without freezing the window.

A ``Refresher`` runs ``load()`` (which opens its own session and returns plain dataclasses) on a
thread pool every ``interval_ms``, one load in flight at a time, and skips a tick while the screen
is hidden. The result comes back on the main thread through a queued signal; only the receiver of
``loaded`` touches widgets. ``run_in_background`` is the same idea for one-off reads (the other
fair of the comparison).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 1500


class _Delivery(QObject):
    """Carries one result from a pool thread to the main thread (lives on the main thread)."""

    succeeded = Signal(object)
    failed = Signal(object)


# Deliveries stay referenced here until the main thread has received them, so a pool thread never
# emits through an object that Python has already let go of.
_in_transit: set[_Delivery] = set()


class _Load(QRunnable):
    def __init__(self, work: Callable[[], Any], delivery: _Delivery) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.work = work
        self.delivery = delivery

    def run(self) -> None:  # Qt override, on a pool thread
        try:
            result = self.work()
        except Exception as exc:  # any failure is reported, never raised on a pool thread
            self.delivery.failed.emit(exc)
        else:
            self.delivery.succeeded.emit(result)


def run_in_background(
    owner: QObject,
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    pool: QThreadPool | None = None,
) -> None:
    """Run ``work()`` on the pool; call back on the main thread unless ``owner`` is gone by then."""
    delivery = _Delivery()
    _in_transit.add(delivery)

    def deliver(callback: Callable[[Any], None], value: Any) -> None:
        _in_transit.discard(delivery)
        delivery.deleteLater()
        if shiboken6.isValid(owner):
            callback(value)

    delivery.succeeded.connect(
        lambda value: deliver(on_success, value), Qt.ConnectionType.QueuedConnection
    )
    delivery.failed.connect(
        lambda exc: deliver(on_failure, exc), Qt.ConnectionType.QueuedConnection
    )
    (pool or QThreadPool.globalInstance()).start(_Load(work, delivery))


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
