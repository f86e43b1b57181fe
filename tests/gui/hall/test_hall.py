"""The hall screen: a booth scans three people in as waiting and calls the next; a second window
on the same database, showing the hall screen, shows the number called (never a name) with a
chime; booths that do not fit turn over page by page; numbers are readable from 8 m."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.config import Config
from jobfair.db.models import QueueEntry
from jobfair.domain.codes import StationKind
from jobfair.gui.booth.screen import BoothScreen
from jobfair.gui.common.language import LanguageManager
from jobfair.gui.hall.screen import HallScreen
from jobfair.gui.shell.main_window import MainWindow
from jobfair.services.setup.fairs import add_booth
from tests.gui.conftest import FakeDialogs, MakeWindow, station_context
from tests.gui.stationkit import fair_today, open_station, people, press, scan, settle
from tests.services.fairkit import SmallFair, actor

Factory = sessionmaker[Session]
NAMES = {"Kim": "010-1234-5678", "Lee": "010-2345-6789", "Park": "010-3456-7890"}


def open_hall(qtbot: QtBot, window: MainWindow) -> HallScreen:
    """Station › Hall screen (Ctrl+4), as a person opens it."""
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.hall_screen is not None)
    hall = window.hall_screen
    assert isinstance(hall, HallScreen)
    return hall


def hall_texts(hall: HallScreen) -> list[str]:
    return [label.text() for label in hall.findChildren(QLabel)]


def row_of(hall: HallScreen, label: str) -> tuple[str, str] | None:
    """The numbers called and next shown for booth ``label``."""
    for row in hall.rows:
        if row.board is not None and row.board.label == label:
            return row.called.text(), row.next_up.text()
    return None


def test_a_number_called_at_the_booth_shows_in_the_hall(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory
) -> None:
    fair = fair_today(gui_factory)
    folks = people(gui_factory, fair.fair_id, NAMES)
    hall_window = make_window()
    hall = open_hall(qtbot, hall_window)
    assert hall_window.isFullScreen() and not hall_window.menuBar().isVisible()
    qtbot.waitUntil(lambda: row_of(hall, "A-1") == ("–", "–"))

    booth_window = make_window()
    screen = open_station(qtbot, booth_window, 2)
    assert isinstance(screen, BoothScreen)
    qtbot.waitUntil(screen.chooser.filter_edit.hasFocus)
    qtbot.keyClicks(screen.chooser.filter_edit, "a-1")
    qtbot.keyClick(screen.chooser.filter_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(screen.scan_edit.hasFocus)
    press(qtbot, Qt.Key.Key_F2)
    for name in ("Kim", "Lee", "Park"):
        scan(qtbot, folks.codes[name], screen)
        settle(qtbot, screen)
    assert screen.banner_text == QCoreApplication.translate(  # Park's number, to say aloud
        "BoothScreen", "Number {number}: {name} is waiting ({count} in the queue).").format(
            number=3, name="Park", count=3)
    with gui_factory() as s:
        numbers = dict(s.execute(select(QueueEntry.seeker_id, QueueEntry.queue_no)).all())
    assert [numbers[folks.seekers[n].id] for n in ("Kim", "Lee", "Park")] == [1, 2, 3]
    assert [r.queue_no for r in screen.queue_panel.model.rows] == [1, 2, 3]
    qtbot.waitUntil(lambda: row_of(hall, "A-1") == ("–", "1 2 3"))
    # three ahead, no interview of the booth's own yet: three of the fair's typical 8 minutes
    assert "24" in screen.queue_panel.wait_label.text()
    assert next(r for r in hall.rows if r.board and r.board.label == "A-1").wait.text() == (
        QCoreApplication.translate("HallScreen", "{minutes} min").format(minutes=24))

    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_F3)
    settle(qtbot, screen)
    assert screen.card_view.name_label.text() == "Kim"
    assert screen.banner_text.startswith(QCoreApplication.translate(
        "BoothScreen", "Calling number {number}.").format(number=1))
    qtbot.waitUntil(lambda: row_of(hall, "A-1") == ("1", "2 3"))
    assert hall.chime.played >= 1
    texts = " ".join(hall_texts(hall))
    assert not any(name in texts for name in NAMES)
    assert "봉제원" in texts  # the opening still unfilled, in Korean by default

    # Escape leaves full screen; Ctrl+0 leaves the hall screen for the start page
    hall_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is hall_window)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not hall_window.isFullScreen())
    assert hall_window.menuBar().isVisible()
    press(qtbot, Qt.Key.Key_F11)  # and back on the whole monitor
    qtbot.waitUntil(hall_window.isFullScreen)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not hall_window.isFullScreen())
    qtbot.keyClick(hall_window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: hall_window.hall_screen is None)
    assert hall_window.stack.currentWidget() is hall_window.start_page


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def many_booths(gui_factory: Factory, languages: LanguageManager) -> Iterator[SmallFair]:
    """Twelve booths A-1, A-02 … A-12 and B-1, the window's language (Korean) in force."""
    del languages
    fair = fair_today(gui_factory)
    with gui_factory.begin() as s:
        for i in range(2, 13):
            add_booth(s, actor(), fair.fair_id, fair.employer_a, f"A-{i:02d}")
    yield fair


def tv_screen(
    qtbot: QtBot, fair: SmallFair, gui_factory: Factory, gui_config: Config,
    settings: QSettings, fake_dialogs: FakeDialogs, **options: object,
) -> HallScreen:
    context = station_context(StationKind.ORGANIZER, gui_factory, gui_config, settings,
                              fake_dialogs, fair=fair.fair_id)
    hall = HallScreen(context, "A", **options)  # type: ignore[arg-type]
    qtbot.addWidget(hall)
    hall.set_full_screen(True)
    hall.resize(1920, 1080)  # a TV in the hall
    hall.show()
    qtbot.waitExposed(hall)
    qtbot.waitUntil(lambda: hall.board is not None)
    return hall


def test_the_hall_screen_is_light_on_dark_and_alone_on_the_monitor(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory, shipped_style: None
) -> None:
    fair_today(gui_factory)
    window = make_window()
    hall = open_hall(qtbot, window)
    assert window.isFullScreen()
    assert not window.menuBar().isVisible() and not window.station_toolbar.isVisible()
    qtbot.waitUntil(lambda: hall.board is not None)
    picture = hall.grab().toImage()
    corner = picture.pixelColor(3, picture.height() - 3)  # the screen's own background
    assert corner.lightness() < 60, corner.name()  # dark, so the white numbers read
    for row in hall.rows:
        for label in row.number_labels():
            assert label.palette().color(label.foregroundRole()).lightness() > 180


def test_booths_that_do_not_fit_turn_over_page_by_page(
    qtbot: QtBot, many_booths: SmallFair, gui_factory: Factory, gui_config: Config,
    settings: QSettings, fake_dialogs: FakeDialogs,
) -> None:
    clock = FakeClock()
    hall = tv_screen(qtbot, many_booths, gui_factory, gui_config, settings, fake_dialogs,
                     clock=clock, page_seconds=10.0)
    assert hall.board is not None and len(hall.board.booths) == 12  # A-* only, not B-1
    assert hall.pages > 1 and hall.page == 0
    first = [row.board.label for row in hall.rows if row.board is not None]
    assert first[0] == "A-02"  # by label: "A-02" sorts before "A-1"
    seen = set(first)
    for turn in range(1, hall.pages + 1):
        clock.now += 10.0
        qtbot.waitUntil(lambda t=turn: hall.page == t % hall.pages)  # the screen's own timer
        seen |= {row.board.label for row in hall.rows if row.board is not None}
    assert len(seen) == 12 and hall.page == 0
    assert hall.page_label.text()


def test_numbers_are_at_least_72_px_high_at_1920_by_1080(
    qtbot: QtBot, many_booths: SmallFair, gui_factory: Factory, gui_config: Config,
    settings: QSettings, fake_dialogs: FakeDialogs,
) -> None:
    hall = tv_screen(qtbot, many_booths, gui_factory, gui_config, settings, fake_dialogs)
    assert hall.rows
    for row in hall.rows:
        for label in row.number_labels():
            digits = QFontMetrics(label.font()).tightBoundingRect("0123456789")
            assert digits.height() >= 72
            assert label.height() >= digits.height()  # not squeezed by the layout


def test_korean_and_english_alternate(
    qtbot: QtBot, many_booths: SmallFair, gui_factory: Factory, gui_config: Config,
    settings: QSettings, fake_dialogs: FakeDialogs,
) -> None:
    clock = FakeClock()
    hall = tv_screen(qtbot, many_booths, gui_factory, gui_config, settings, fake_dialogs,
                     clock=clock, page_seconds=10.0, alternate=True)
    korean = hall.called_title.text()
    assert korean and korean != "Now calling"
    clock.now += 10.0
    qtbot.waitUntil(lambda: hall.called_title.text() == "Now calling")


def test_jobfair_hall_opens_the_window_on_the_hall_screen(
    monkeypatch: pytest.MonkeyPatch, sqlite_url: str
) -> None:
    from jobfair import app
    from jobfair.gui.shell import application

    started: list[object] = []

    def run_gui(config: object, frame: object = None, hall: object = None) -> int:
        if frame is not None:
            frame.close()  # type: ignore[attr-defined]  # the frame shown before the window
        started.append(hall)
        return 0

    monkeypatch.setattr(application, "run_gui", run_gui)
    assert app.main(["--db", sqlite_url, "hall", "--group", "A", "--alternate"]) == 0
    assert app.main(["--db", sqlite_url]) == 0
    assert started == [application.HallStart("A", True), None]
