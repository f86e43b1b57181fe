"""run_task: work on a pool thread, progress and callbacks on the main thread, cancel, failures."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from jobfair.domain.errors import ValidationError
from jobfair.gui.common.workers import Progress, TaskCancelled, run_task, running_tasks
from jobfair.i18n import error_message
from tests.gui.conftest import FakeDialogs


def test_work_runs_off_the_main_thread_and_calls_back_on_it(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def work(progress: Progress) -> int:
        seen["worker"] = threading.get_ident()
        for i in range(1, 4):
            progress(i, 3)
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback_main"] = QThread.currentThread() is QApplication.instance().thread()

    handle = run_task(parent, work, done, title="t")
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert seen["value"] == 42
    assert seen["callback_main"] is True
    assert seen["worker"] != threading.get_ident()
    assert handle.outcome == "succeeded"
    assert handle.dialog is None  # closed
    assert running_tasks() == 0


def test_cancel_stops_the_work_and_calls_on_cancelled(qtbot: QtBot) -> None:
    started = threading.Event()
    outcome: list[str] = []

    def work(progress: Progress) -> None:
        started.set()
        while True:
            progress.check()
            time.sleep(0.005)

    handle = run_task(None, work, lambda _: outcome.append("ok"),
                      on_cancelled=lambda: outcome.append("cancelled"))
    assert started.wait(5)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        assert handle.dialog is not None
        button = handle.dialog.findChild(QPushButton)
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert outcome == ["cancelled"]
    assert handle.outcome == "cancelled"


def test_a_jobfair_error_is_shown_translated(qtbot: QtBot) -> None:
    dialogs = FakeDialogs()

    error = ValidationError("The phone number is required.", field="phone")

    def work(progress: Progress) -> None:
        raise error

    handle = run_task(None, work, lambda _: None, title="Import", dialogs=dialogs)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert handle.outcome == "failed"
    assert len(dialogs.errors) == 1
    title, text, details = dialogs.errors[0]
    assert title == "Import"
    assert text == error_message(error)  # in the language in force
    assert details is None


def test_an_unexpected_error_is_short_and_logged(qtbot: QtBot, tmp_path: Path) -> None:
    dialogs = FakeDialogs()

    def work(progress: Progress) -> None:
        raise RuntimeError("disk on fire")

    handle = run_task(None, work, lambda _: None, dialogs=dialogs, log_dir=tmp_path)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    (_, text, details) = dialogs.errors[0]
    assert "disk on fire" not in text
    assert details is not None and "RuntimeError" in details
    log = (tmp_path / "jobfair.log").read_text(encoding="utf-8")
    assert "disk on fire" in log and "Traceback" in log


def test_on_failure_replaces_the_message(qtbot: QtBot) -> None:
    caught: list[BaseException] = []

    def work(progress: Progress) -> None:
        raise TaskCancelled() if progress.cancelled() else KeyError("x")

    handle = run_task(None, work, lambda _: None, caught.append, show_dialog=False)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert isinstance(caught[0], KeyError)
