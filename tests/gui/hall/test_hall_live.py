"""The hall screen on another PC: numbers a booth calls reach it through the live updates, on a
SQLite file (polling) and on PostgreSQL (notifications); the board is read on a worker thread."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from jobfair.config import Config
from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.models import Booth, QueueEntry, Seeker
from jobfair.gui.booth.screen import BoothScreen
from jobfair.gui.common import settings as keys
from jobfair.gui.common.language import LanguageManager
from jobfair.gui.hall.screen import HallScreen
from jobfair.gui.shell.main_window import MainWindow
from jobfair.services.context import Actor
from jobfair.services.interviews.booth import call_next, enqueue
from tests.gui.conftest import SMALL_FAIR_DAY, FakeDialogs, build_small_fair, window_on_fair_day
from tests.gui.hall.test_hall import row_of
from tests.gui.stationkit import fair_today, people, press, scan, settle
from tests.services.fairkit import ticking_clock

NAMES = ("이서연", "박지호", "최유나")


@pytest.fixture
def hall_window(
    qtbot: QtBot, db_url: str, tmp_path: Path, languages: LanguageManager
) -> Iterator[tuple[MainWindow, int]]:
    engine = make_engine(db_url)
    with make_session_factory(engine).begin() as session:
        fair = build_small_fair(session)
    config = Config(db_url=db_url, data_dir=tmp_path / "hall")
    settings = keys.make_settings(config)
    settings.setValue(keys.KEY_FAIR, fair.fair_id)
    window = window_on_fair_day(config, make_session_factory(engine), settings=settings,
                                languages=languages, dialogs=FakeDialogs())
    qtbot.addWidget(window)
    window.show()
    assert window.live.wait_ready(5)
    yield window, fair.fair_id
    window.close()
    engine.dispose()


def test_numbers_called_at_a_booth_reach_the_hall_screen(
    qtbot: QtBot, hall_window: tuple[MainWindow, int], db_url: str
) -> None:
    window, fair_id = hall_window
    window.menus.hall_action.trigger()  # Station › Hall screen
    hall = window.hall_screen
    assert isinstance(hall, HallScreen)
    qtbot.waitUntil(lambda: hall.board is not None)

    # the booth is another PC: its own engine and station
    engine = make_engine(db_url)
    factory = make_session_factory(engine)
    booth = Actor(station_id=uuid.uuid4(), name="booth", clock=ticking_clock(SMALL_FAIR_DAY))
    try:
        with factory.begin() as s:
            booth_id = s.scalars(select(Booth.id).where(
                Booth.fair_id == fair_id, Booth.label == "B-1")).one()
            for name in NAMES:
                seeker = s.scalars(select(Seeker.id).where(
                    Seeker.fair_id == fair_id, Seeker.name == name)).one()
                enqueue(s, booth, booth_id, seeker)
        with factory.begin() as s:
            call_next(s, booth, booth_id)
    finally:
        engine.dispose()

    def b1() -> tuple[str, str] | None:
        for row in hall.rows:
            if row.board is not None and row.board.label == "B-1":
                return row.called.text(), row.next_up.text()
        return None

    qtbot.waitUntil(lambda: b1() == ("1", "2 3"))
    assert not any(name in label.text() for name in NAMES
                   for row in hall.rows for label in (row.employer, row.openings))


# News crosses in about 20 ms (``python -m bench live``); a busy test machine may be much slower.
HALL_TIMEOUT_MS = 20_000
PHONES = {"Kim": "010-1234-5678", "Lee": "010-2345-6789", "Park": "010-3456-7890"}


def station_window(qtbot: QtBot, db_url: str, folder: Path, languages: LanguageManager
                   ) -> MainWindow:
    """A station's window as on a PC of its own: its own engine, settings and data folder."""
    engine = make_engine(db_url)
    config = Config(db_url=db_url, data_dir=folder)
    window = window_on_fair_day(config, make_session_factory(engine),
                                settings=keys.make_settings(config), languages=languages,
                                dialogs=FakeDialogs())
    window.destroyed.connect(lambda *_: engine.dispose())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_a_booth_window_calls_the_next_and_the_hall_window_shows_it(
    qtbot: QtBot, db_url: str, tmp_path: Path, languages: LanguageManager
) -> None:
    """Two PCs on one database: the booth scans three people in as waiting and calls the next
    (keys only); the hall screen shows the numbers, then the one called, by the live updates."""
    engine = make_engine(db_url)
    factory = make_session_factory(engine)
    try:
        fair = fair_today(factory)
        folks = people(factory, fair.fair_id, PHONES)
    finally:
        engine.dispose()

    hall_window = station_window(qtbot, db_url, tmp_path / "hall", languages)
    hall_window.reload_fairs(fair.fair_id)
    activate(qtbot, hall_window)
    qtbot.keyClick(hall_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Hall screen
    qtbot.waitUntil(lambda: hall_window.hall_screen is not None)
    hall = hall_window.hall_screen
    assert isinstance(hall, HallScreen)
    assert hall.runner.threaded  # the board is read off the GUI thread, on SQLite too
    assert hall_window.live.wait_ready(10)
    qtbot.waitUntil(lambda: row_of(hall, "A-1") == ("–", "–"), timeout=HALL_TIMEOUT_MS)

    booth_window = station_window(qtbot, db_url, tmp_path / "booth", languages)
    booth_window.reload_fairs(fair.fair_id)
    activate(qtbot, booth_window)
    qtbot.keyClick(booth_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Booth
    qtbot.waitUntil(lambda: isinstance(booth_window.station_screen, BoothScreen))
    screen = booth_window.station_screen
    assert isinstance(screen, BoothScreen)
    qtbot.waitUntil(screen.chooser.filter_edit.hasFocus)
    qtbot.keyClicks(screen.chooser.filter_edit, "a-1")
    qtbot.keyClick(screen.chooser.filter_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(screen.scan_edit.hasFocus)
    press(qtbot, Qt.Key.Key_F2)  # the queue: scans put people in as waiting
    for name in ("Kim", "Lee", "Park"):
        scan(qtbot, folks.codes[name], screen)
        settle(qtbot, screen)
    qtbot.waitUntil(lambda: row_of(hall, "A-1") == ("–", "1 2 3"), timeout=HALL_TIMEOUT_MS)

    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_F3)  # call the next
    settle(qtbot, screen)
    assert screen.card_view.name_label.text() == "Kim"
    qtbot.waitUntil(lambda: row_of(hall, "A-1") == ("1", "2 3"), timeout=HALL_TIMEOUT_MS)
    assert hall.chime.played >= 1
    shown = " ".join(label.text() for row in hall.rows
                     for label in (row.employer, row.openings, row.called, row.next_up))
    assert not any(name in shown for name in PHONES)  # numbers only, never names
    engine = make_engine(db_url)
    try:
        with make_session_factory(engine)() as s:
            called = s.scalars(select(QueueEntry.queue_no).where(
                QueueEntry.fair_id == fair.fair_id, QueueEntry.called_at.is_not(None))).all()
    finally:
        engine.dispose()
    assert list(called) == [1]
