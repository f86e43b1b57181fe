"""Long work off the GUI thread: a progress dialog, cancel, and callbacks on the main thread.

``run_task(parent, work, on_success)`` runs ``work(progress)`` on the global thread pool. The work
opens its own session from the factory and touches no widget; it reports with
``progress(done, total)`` and stops when ``progress.cancelled()`` says so. Everything the user
sees (the progress dialog, the callbacks, failure messages) happens on the main thread, reached
through queued signals of a ``TaskHandle`` that lives there.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from jobfair.domain.errors import JobFairError
from jobfair.gui.common.dialogs import Dialogs
from jobfair.i18n import error_message
from jobfair.logs import log_failure

T = TypeVar("T")

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 400  # quick work finishes before a dialog flashes up


class TaskCancelled(Exception):
    """Raised by work that noticed ``progress.cancelled()``; any exception raised after the
    user cancelled counts as a cancel too."""


class Progress:
    """What the work gets: report progress, ask whether the user cancelled. Thread-safe.

    Callable as ``progress(done, total)`` so it fits ``render_badges`` and ``preview_import``.
    """

    def __init__(self, report: Callable[[int, int], None] | None = None) -> None:
        self._report = report
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int | None = None) -> None:
        if self._report is not None:
            self._report(done, -1 if total is None else total)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``TaskCancelled`` if the user cancelled: call it between steps."""
        if self._cancel.is_set():
            raise TaskCancelled()


class _Signals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    was_cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress,
                 signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.work = work
        self.progress = progress
        self.signals = signals

    def run(self) -> None:  # Qt override, on a pool thread
        try:
            result = self.work(self.progress)
        except BaseException as exc:
            if isinstance(exc, TaskCancelled) or self.progress.cancelled():
                self.signals.was_cancelled.emit()
            else:
                self.signals.failed.emit(exc)
            return
        if self.progress.cancelled():
            self.signals.was_cancelled.emit()
        else:
            self.signals.succeeded.emit(result)


class TaskHandle(QObject, Generic[T]):
    """One running task, living on the main thread.

    Attributes:
        dialog: the progress dialog (shown after a short delay), or ``None`` when hidden.
        progress: the work's progress object; ``cancel()`` asks the work to stop.
        outcome: ``"running"``, ``"succeeded"``, ``"failed"`` or ``"cancelled"``.

    Signals:
        finished: the task ended, after its callback ran (whatever the outcome).
    """

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
        on_cancelled: Callable[[], None] | None,
        title: str,
        label: str,
        cancellable: bool,
        show_dialog: bool,
    ) -> None:
        super().__init__()  # no parent: it outlives a window closed while the work runs
        self.on_success = on_success
        self.on_failure = on_failure
        self.on_cancelled = on_cancelled
        self.outcome = "running"
        self.signals = _Signals(self)
        self.signals.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self.signals.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.signals.was_cancelled.connect(self._cancelled, Qt.ConnectionType.QueuedConnection)
        self.progress = Progress(self.signals.progressed.emit)
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            cancel_text = QCoreApplication.translate("workers", "Cancel") if cancellable else ""
            dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
            dialog.setWindowTitle(title)
            dialog.setObjectName("taskProgressDialog")
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(PROGRESS_DELAY_MS)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if not cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(self.cancel)
            dialog.setValue(0)
            self.dialog = dialog

    @Slot()
    def cancel(self) -> None:
        self.progress.cancel()
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.setLabelText(QCoreApplication.translate("workers", "Stopping…"))

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self.dialog is None or self.outcome != "running" or not shiboken6.isValid(self.dialog):
            return
        if total <= 0:
            self.dialog.setRange(0, 0)
        else:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))

    def _close(self, outcome: str) -> None:
        self.outcome = outcome
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        _running.discard(self)

    @Slot(object)
    def _succeeded(self, result: T) -> None:
        self._close("succeeded")
        try:
            self.on_success(result)
        finally:
            self.finished.emit()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._close("failed")
        try:
            self.on_failure(exc)
        finally:
            self.finished.emit()

    @Slot()
    def _cancelled(self) -> None:
        self._close("cancelled")
        try:
            if self.on_cancelled is not None:
                self.on_cancelled()
        finally:
            self.finished.emit()


_running: set[TaskHandle[Any]] = set()  # keeps handles alive while their work runs


def running_tasks() -> int:
    return len(_running)


def report_failure(
    dialogs: Dialogs, title: str, exc: BaseException, log_dir: Path | None = None
) -> None:
    """A ``JobFairError``'s own message; anything else a short message, the traceback logged."""
    if isinstance(exc, JobFairError):
        dialogs.error(title, error_message(exc))
        return
    logged = log_failure(log_dir, "task failed", (type(exc), exc, exc.__traceback__))
    where = str(logged) if logged is not None else ""
    message = QCoreApplication.translate(
        "workers", "The work stopped because of an unexpected error. Nothing was half saved."
    )
    if where:
        message += " " + QCoreApplication.translate(
            "workers", "The details are in {path}."
        ).format(path=where)
    dialogs.error(title, message, f"{type(exc).__name__}: {exc}")


def run_task(
    parent: QWidget | None,
    work: Callable[[Progress], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None] | None = None,
    *,
    title: str = "",
    label: str = "",
    cancellable: bool = True,
    on_cancelled: Callable[[], None] | None = None,
    dialogs: Dialogs | None = None,
    log_dir: Path | None = None,
    show_dialog: bool = True,
    pool: QThreadPool | None = None,
) -> TaskHandle[T]:
    """Run ``work(progress)`` on a pool thread; call back on the main thread.

    Without ``on_failure``, a failure is shown through ``dialogs`` (``report_failure``); with
    neither, it is logged. A cancel (``TaskCancelled``, or any exception once the user pressed
    Cancel) calls ``on_cancelled`` instead. Must be called on the main thread.
    """
    if on_failure is None:
        if dialogs is not None:
            shown = dialogs

            def on_failure(exc: BaseException) -> None:
                report_failure(shown, title, exc, log_dir)
        else:

            def on_failure(exc: BaseException) -> None:
                log.error("task failed", exc_info=exc)

    handle: TaskHandle[T] = TaskHandle(
        parent, on_success, on_failure, on_cancelled, title, label, cancellable, show_dialog
    )
    _running.add(handle)
    (pool or QThreadPool.globalInstance()).start(
        _Runnable(work, handle.progress, handle.signals)
    )
    return handle


def run_in_background(
    owner: QObject,
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    pool: QThreadPool | None = None,
) -> TaskHandle[Any]:
    """``run_task`` for the reads a screen refreshes itself from: no progress dialog, no cancel,
    and the callbacks are skipped when ``owner`` is gone by the time the read comes back."""

    def while_alive(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def call(value: Any) -> None:
            if shiboken6.isValid(owner):
                callback(value)
        return call

    return run_task(None, lambda _progress: work(), while_alive(on_success),
                    while_alive(on_failure), cancellable=False, show_dialog=False, pool=pool)
