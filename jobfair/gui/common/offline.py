"""Offline stations: the status-bar light and the controller that delivers the outbox.

The window makes one ``OfflineController`` per station (over its outbox file in the data folder)
and hands it to the station screens through ``StationContext.offline``. A screen that meets an
unreachable server tells the controller (``went_offline``) and keeps its record in the outbox
(``kept``); the controller then tries every few seconds, on a worker thread so the screen never
waits for a server that does not answer, to reach the server and deliver what waits. While
online it keeps the station's copy of the fair's seekers fresh, so a scan resolves offline too.

Signals are past-tense events: ``status_changed(online, waiting)`` after every change,
``delivered(report)`` after a delivery that sent something (screens refresh then).
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy.orm import Session, sessionmaker

from jobfair.gui.common.style import set_state
from jobfair.gui.common.workers import Progress, run_task
from jobfair.services.context import Actor, utc_now
from jobfair.services.sync.outbox import DeliveryReport, Outbox, StationLink, is_unreachable
from jobfair.services.sync.snapshot import forget_stale, refresh_snapshot

log = logging.getLogger(__name__)

DELIVER_MS = 5_000  # how often to try while records wait or the server is away
SNAPSHOT_MS = 5 * 60_000  # how often to copy the fair's seekers while online
FIRST_SNAPSHOT_MS = 2_000  # after a screen opened: let it settle first


class OfflineController(QObject):
    """Knows whether the server answers, how many records wait, and delivers them.

    Attributes:
        link: the station's way to the server (direct, or into the outbox).
        outbox: the station's outbox file.
        waiting: records waiting for delivery (as last counted).
        timer: tries delivery while records wait or the server is away.

    Signals:
        status_changed(bool, int): online or not, records waiting.
        delivered(object): a ``DeliveryReport`` that sent records.
    """

    status_changed = Signal(bool, int)
    delivered = Signal(object)

    def __init__(
        self,
        outbox: Outbox,
        session_factory: sessionmaker[Session],
        parent: QObject | None = None,
        *,
        interval_ms: int = DELIVER_MS,
        snapshot_ms: int = SNAPSHOT_MS,
    ) -> None:
        super().__init__(parent)
        self.outbox = outbox
        forget_stale(outbox, utc_now())  # yesterday's names do not stay on this PC
        self.link = StationLink(outbox, session_factory)
        self.waiting = outbox.waiting_count()
        self._busy = False
        self._watched: tuple[Actor, int, int | None] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sync_now)
        self.snapshot_timer = QTimer(self)
        self.snapshot_timer.setInterval(snapshot_ms)
        self.snapshot_timer.timeout.connect(self.refresh_snapshot)
        self.snapshot_timer.start()
        self.first_snapshot = QTimer(self)
        self.first_snapshot.setSingleShot(True)
        self.first_snapshot.setInterval(FIRST_SNAPSHOT_MS)
        self.first_snapshot.timeout.connect(self.refresh_snapshot)
        self._update_timer()

    @classmethod
    def for_station(
        cls, data_dir: Path, station_id: uuid.UUID, session_factory: sessionmaker[Session],
        parent: QObject | None = None, *, database: str = "",
    ) -> OfflineController:
        """The controller over the station's own outbox file for ``database`` in
        ``data_dir``."""
        return cls(Outbox.for_station(data_dir, station_id, database), session_factory, parent)

    @property
    def online(self) -> bool:
        return self.link.online

    @property
    def busy(self) -> bool:
        """A delivery or snapshot refresh is running on a worker thread."""
        return self._busy

    def direct(self) -> bool:
        """Whether a screen may write straight to the server now (else: into the outbox)."""
        return self.link.direct()

    def use(self, session_factory: sessionmaker[Session]) -> None:
        """The window connected to another database."""
        self.link.session_factory = session_factory
        self.link.online = True
        self.sync_now()

    def close(self) -> None:
        self.timer.stop()
        self.snapshot_timer.stop()
        self.first_snapshot.stop()

    # -- what the screens say ------------------------------------------------------------------
    def server_failed(self, exc: BaseException) -> bool:
        """``True`` (and offline from now) when ``exc`` says the server cannot be reached."""
        if not is_unreachable(exc):
            return False
        self.link.went_offline(exc)
        self._announce()
        return True

    def kept(self) -> None:
        """A screen put a record into the outbox."""
        self._announce()

    def watch(self, actor: Actor, fair_id: int, booth_id: int | None = None) -> None:
        """Keep the copy of this fair's seekers (and this booth's interviews) fresh, starting
        shortly."""
        self._watched = (actor, fair_id, booth_id)
        self.first_snapshot.start()

    # -- work on a worker thread ---------------------------------------------------------------
    def sync_now(self) -> None:
        """Reach the server and deliver what waits, off the main thread."""
        if self._busy:
            return
        self._busy = True
        link = self.link

        def work(_progress: Progress) -> DeliveryReport:
            return link.sync()

        run_task(None, work, self._synced, self._failed, cancellable=False, show_dialog=False)

    def refresh_snapshot(self) -> None:
        """Copy the watched fair's seekers while online (skipped while busy or offline)."""
        if self._watched is None or self._busy or not self.link.online:
            return
        self._busy = True
        actor, fair_id, booth_id = self._watched
        link = self.link

        def work(_progress: Progress) -> int:
            with link.session_factory() as session:
                return refresh_snapshot(link.outbox, session, actor, fair_id, booth_id)

        run_task(None, work, self._snapshot_done, self._failed, cancellable=False,
                 show_dialog=False)

    def _synced(self, report: DeliveryReport) -> None:
        if not shiboken6.isValid(self):  # the window closed meanwhile
            return
        self._busy = False
        self._announce()
        if report.delivered or report.conflicts:
            self.delivered.emit(report)
            self.refresh_snapshot()

    def _snapshot_done(self, _count: int) -> None:
        if shiboken6.isValid(self):
            self._busy = False

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        if not self.server_failed(exc):
            log.error("offline delivery failed", exc_info=exc)

    # -- inside --------------------------------------------------------------------------------
    def _announce(self) -> None:
        self.waiting = self.outbox.waiting_count()
        self._update_timer()
        self.status_changed.emit(self.link.online, self.waiting)

    def _update_timer(self) -> None:
        if self.waiting or not self.link.online:
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()


class OfflineIndicator(QLabel):
    """The status-bar light: "Online", or "Offline · 3 waiting", or "Sending · 3 waiting"."""

    def __init__(self, controller: OfflineController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineIndicator")
        self.controller = controller
        controller.status_changed.connect(self._show)
        self._show(controller.online, controller.waiting)

    def _show(self, online: bool, waiting: int) -> None:
        self.online = online
        self.waiting = waiting
        if not online:
            text = self.tr("Offline · {count} waiting").format(count=waiting)
            state = "offline"
        elif waiting:
            text = self.tr("Sending · {count} waiting").format(count=waiting)
            state = "sending"
        else:
            text = self.tr("Online")
            state = "online"
        self.setText(text)
        set_state(self, "state", state)
        self.setToolTip(self.controller.link.last_error if not online else "")

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._show(self.controller.online, self.controller.waiting)
        super().changeEvent(event)
