"""A station's operations, run in order, one at a time, without freezing the window.

Where the database is a server, a Wi-Fi drop or a stalled server must not freeze the screen for
the seconds a connection takes to time out: the operations then run on the station's own worker
thread, in the order they were asked for (a scan taken meanwhile waits its turn, it is never
lost or reordered), and their results come back to the main thread. On a SQLite file on this PC
there is no network to wait for: operations run at once on the main thread, which keeps the
screen's behaviour simple and its tests deterministic.

Signals:
    idle_changed(bool): the queue became empty (``True``) or got work (``False``).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from sqlalchemy import make_url

T = TypeVar("T")
log = logging.getLogger(__name__)

def runs_on_a_server(url: str) -> bool:
    """Whether the database is a server reached over the network (operations then run on a
    worker thread)."""
    return make_url(url).get_backend_name() != "sqlite"


Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class OperationRunner(QObject):
    """Runs station operations in order (see the module docstring).

    Attributes:
        threaded: on a worker thread (a database server) or inline (a SQLite file).
        pending: operations asked for and not yet called back.
    """

    idle_changed = Signal(bool)
    _finished = Signal(object, object, object)  # done, failed, (ok, value)

    def __init__(self, threaded: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threaded = threaded
        self.pending = 0
        self._queue: queue.Queue[tuple[Callable[[], Any], Done, Failed] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._stopped = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def idle(self) -> bool:
        return self.pending == 0

    def submit(self, work: Callable[[], T], done: Callable[[T], None], failed: Failed) -> None:
        """Run ``work()`` after everything asked for before; then ``done(result)`` (or
        ``failed(exc)``) on the main thread."""
        if self._stopped:
            return
        self.pending += 1
        if self.pending == 1:
            self.idle_changed.emit(False)
        if not self.threaded:
            try:
                value = work()
            except Exception as exc:  # reported to the screen, never raised into Qt
                self._deliver(done, failed, (False, exc))
            else:
                self._deliver(done, failed, (True, value))
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="station-operations",
                                            daemon=True)
            self._thread.start()
        self._queue.put((work, done, failed))

    def stop(self) -> None:
        """No more work: the worker finishes what it runs and ends; nothing is called back."""
        self._stopped = True
        self._queue.put(None)

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the worker to end (tests); ``True`` when it has."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    # -- the worker ----------------------------------------------------------------------------
    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            work, done, failed = item
            try:
                outcome: tuple[bool, Any] = (True, work())
            except Exception as exc:
                outcome = (False, exc)
            if self._stopped:
                continue
            try:
                self._finished.emit(done, failed, outcome)
            except RuntimeError:  # the screen is gone
                return

    @Slot(object, object, object)
    def _deliver(self, done: Done, failed: Failed, outcome: tuple[bool, Any]) -> None:
        if not shiboken6.isValid(self) or self._stopped:
            return
        ok, value = outcome
        try:
            if ok:
                done(value)
            else:
                failed(value)
        finally:
            self.pending -= 1
            if self.pending == 0:
                self.idle_changed.emit(True)
