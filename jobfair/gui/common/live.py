"""Live updates: tells the window when another station changed the fair it shows.

On PostgreSQL a ``Listener`` (``jobfair.db.notify``) waits for the database's change
notifications on a thread and connection of its own; a notification wakes it at once. On SQLite
a thread asks the file's change counter (``FileChangeCounter``, ``PRAGMA data_version``) every
``poll_interval_s`` (50 ms), which costs microseconds while nothing changes, and reads
``changes.data_version`` of the watched fair only when the counter moved. Either way the news
crosses to the main thread by a queued signal and is folded per fair (``live_fold.NewsFold``):
passed on ``fold_ms`` after it arrives, and at most once every ``min_gap_ms`` per fair. A quiet
hall hears a change after some 20 ms; a hall writing 300 times a second makes each screen refresh
about six times a second, never later than about ``min_gap_ms`` after the change.

(Before, one gap of 750 ms was shared by all fairs and the file was polled once a second: under a
busy hall every piece of news waited for the next tick of that gap, anywhere from 0 to 0.75 s.)

One instance per window; ``stop()`` before the window goes (the window does it on close).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from jobfair.db.engine import SessionFactory
from jobfair.db.notify import FileChangeCounter, Listener, is_postgresql
from jobfair.gui.common.live_fold import NewsFold
from jobfair.services.sync.changes import DataVersion, data_version

log = logging.getLogger(__name__)

MODE_LISTEN = "listen"
MODE_POLL = "poll"


class LiveUpdates(QObject):
    """Announces changes made anywhere (this station included) to the fairs' data.

    Attributes:
        mode: ``"listen"`` (PostgreSQL notifications) or ``"poll"`` (SQLite).
        fair_id: the fair polled on SQLite (``watch``); notifications cover every fair.

    Signals:
        data_changed(int): the data of this fair changed; ``0`` when the fair is not known
            (refresh whatever is shown).
    """

    data_changed = Signal(int)
    _heard = Signal(int)  # emitted on the background thread, received on the main thread

    def __init__(
        self,
        session_factory: SessionFactory,
        parent: QObject | None = None,
        *,
        poll_interval_s: float = 0.05,
        fold_ms: int = 20,
        min_gap_ms: int = 150,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        engine: Engine = session_factory.kw["bind"]
        self.engine = engine
        self.mode = MODE_LISTEN if is_postgresql(engine) else MODE_POLL
        self.fair_id: int | None = None
        self.poll_interval_s = poll_interval_s
        self._seen: tuple[int, DataVersion] | None = None  # the poller's last reading
        self._seen_lock = threading.Lock()
        self._in_flight: set[int] = set()  # fairs whose news is queued for the main thread
        self._in_flight_lock = threading.Lock()
        self._stopped = threading.Event()
        self._running = False
        self._listener: Listener | None = None
        self._poller: threading.Thread | None = None
        self._fold = QTimer(self)
        self._fold.setSingleShot(True)
        self._fold.setTimerType(Qt.TimerType.PreciseTimer)  # 20 ms, not "about 20 ms ± 5 %"
        self.fold_ms = fold_ms
        self.min_gap_s = min_gap_ms / 1000
        self.news = NewsFold(fold_ms / 1000, min_gap_ms / 1000)
        self._target = 0.0  # the moment the fold timer is set for
        self._clock = clock  # seconds, only ever compared with itself (tests pass their own)
        self._fold.timeout.connect(self._flush)
        self._heard.connect(self._on_heard, Qt.ConnectionType.QueuedConnection)
        # a window deleted without closing: its thread must stop talking to a deleted object
        self.destroyed.connect(self._stopped.set)

    # -- control ---------------------------------------------------------------------------
    def watch(self, fair_id: int | None) -> None:
        """The fair whose changes matter (polled on SQLite).

        On SQLite the fair's version is read at once, before the screen reads the fair, so no
        change made in between goes unnoticed.
        """
        self.fair_id = fair_id
        if self.mode != MODE_POLL:
            return
        version = self._read(fair_id) if fair_id is not None else None
        with self._seen_lock:
            self._seen = (fair_id, version) if fair_id is not None and version is not None else None

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self._stopped.clear()
        if self.mode == MODE_LISTEN:
            self._listener = Listener(self.engine.url, self._announce)
            self._listener.start()
        else:
            self._poller = threading.Thread(target=self._poll, name="jobfair-poll", daemon=True)
            self._poller.start()

    def stop(self) -> None:
        """End the background thread (waits for it) and drop pending news."""
        self._stopped.set()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        if self._poller is not None:
            self._poller.join(5.0)
            self._poller = None
        self._running = False
        self._fold.stop()
        self.news.clear()

    @property
    def running(self) -> bool:
        return self._running

    def wait_ready(self, timeout_s: float = 5.0) -> bool:
        """``True`` once changes are being heard (the LISTEN is in force; polling at once)."""
        if self._listener is not None:
            return self._listener.connected.wait(timeout_s)
        return self._running

    # -- background side -------------------------------------------------------------------
    def _read(self, fair_id: int) -> DataVersion | None:
        try:
            with self.session_factory() as session:
                return data_version(session, fair_id)
        except SQLAlchemyError as exc:
            log.warning("polling for changes failed (%s)", type(exc).__name__)
            return None

    def _poll(self) -> None:
        counter = FileChangeCounter(self.engine.url)
        # a file of its own: asking is nearly free; otherwise every asking reads the fair
        interval = self.poll_interval_s if counter.has_file else max(self.poll_interval_s, 1.0)
        last_count: int | None = None
        last_fair: int | None = None
        try:
            while not self._stopped.wait(interval):
                fair_id = self.fair_id
                if fair_id is None:
                    continue
                count = counter.read()
                if count is not None and count == last_count and fair_id == last_fair:
                    continue  # nobody committed anything since the last reading
                version = self._read(fair_id)
                if version is None:
                    continue
                last_count, last_fair = count, fair_id
                with self._seen_lock:
                    if self.fair_id != fair_id:
                        continue  # the window moved to another fair meanwhile
                    seen, self._seen = self._seen, (fair_id, version)
                if seen is not None and seen[0] == fair_id and seen[1] != version:
                    self._announce(fair_id)
        finally:
            counter.close()

    def _announce(self, fair_id: int) -> None:
        """From the background thread: queue the news for the main thread.

        A hall writes hundreds of times a second; news of a fair already on its way to the main
        thread is not sent again, so the main thread gets a handful of signals, not hundreds.
        """
        if self._stopped.is_set():
            return
        with self._in_flight_lock:
            if fair_id in self._in_flight:
                return
            self._in_flight.add(fair_id)
        try:
            self._heard.emit(fair_id)
        except RuntimeError:  # the object is being deleted
            self._stopped.set()

    # -- main thread side ------------------------------------------------------------------
    def _on_heard(self, fair_id: int) -> None:
        with self._in_flight_lock:
            self._in_flight.discard(fair_id)  # news heard after this point is sent again
        if self._stopped.is_set():
            return
        self.news.add(fair_id, self._clock())
        self._schedule()

    def _schedule(self) -> None:
        """Set the timer for the earliest news due (news due sooner moves it forward)."""
        due = self.news.next_due()
        if due is None:
            self._fold.stop()
            return
        if self._fold.isActive() and self._target <= due:
            return
        self._target = due
        self._fold.start(max(0, math.ceil((due - self._clock()) * 1000 - 1e-6)))

    def _flush(self) -> None:
        # The timer fired for ``_target``: that moment has come, even if the clock (a test's,
        # standing still) or the timer's rounding says a hair less.
        now = max(self._clock(), self._target)
        for fair_id in self.news.take(now):
            self.data_changed.emit(fair_id)
        self._schedule()
