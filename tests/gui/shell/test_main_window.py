"""The main window driven as a person would: first start, choosing fair and station, language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.engine import describe_url
from jobfair.domain.codes import StationKind
from jobfair.gui.common.figures_panel import FiguresPanel
from jobfair.gui.common.settings import KEY_LANGUAGE
from jobfair.gui.common.stations import FiguresStation
from jobfair.gui.shell import station_factories
from jobfair.gui.shell.main_window import MainWindow
from jobfair.services.context import Actor
from jobfair.services.setup.demo import DemoResult
from jobfair.services.setup.fairs import FairInput, create_fair
from tests.gui.conftest import FakeDialogs, MakeWindow, build_small_fair


@pytest.fixture(autouse=True)
def figures_at_every_station(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """These tests are about the window, not the station screens: every station shows the
    figures."""
    for kind in station_factories.FACTORIES:
        monkeypatch.setitem(station_factories.FACTORIES, kind, FiguresStation)
    yield


def shown_panel(window: MainWindow) -> FiguresPanel | None:
    """The figures panel of the station on screen (a replaced one may await deletion)."""
    assert window.station_screen is not None
    return window.station_screen.findChild(FiguresPanel)


def test_first_start_offers_the_demo_fair_and_selects_it(
    qtbot: QtBot, make_window: MakeWindow, fake_dialogs: FakeDialogs
) -> None:
    window = make_window()
    assert window.fair_combo.count() == 0
    assert not window.fair_combo.isEnabled()

    with qtbot.waitSignal(window.demo_loaded, timeout=30_000):
        window.start()

    assert len(fake_dialogs.asked) == 1
    title, text = fake_dialogs.asked[0]
    assert "박람회" in title and "데모" in text
    assert window.fair_combo.count() == 1
    assert "2015 양주·의정부·동두천 일자리사랑 채용박람회" in window.fair_combo.currentText()
    assert "JobFair" in window.windowTitle() and "양주" in window.windowTitle()
    assert fake_dialogs.errors == []

    window.choose_station(StationKind.ORGANIZER)
    panel = shown_panel(window)
    assert panel is not None
    shown = {key: label.text() for key, label in panel.count_values.items()}
    assert shown["employers"] == "28"
    assert shown["positions"] == "152"
    assert shown["attendees"] == "1,000"
    assert shown["interviewees"] == "405"
    assert shown["hires"] == "63"
    assert panel.ratio_values["hire_rate"].text() == "41.4%"
    assert panel.ratio_values["interview_hire_rate"].text() == "15.6%"


def test_declining_the_demo_leaves_the_database_empty_until_asked_again(
    qtbot: QtBot, make_window: MakeWindow, fake_dialogs: FakeDialogs
) -> None:
    fake_dialogs.answers = [False]
    window = make_window()
    window.start()
    qtbot.waitUntil(lambda: len(fake_dialogs.asked) == 1)
    assert window.fair_combo.count() == 0
    window.choose_station(StationKind.DESK)
    assert window.station_screen is not None
    demo_button = window.station_screen.findChild(QPushButton, "loadDemoButton")
    assert demo_button is not None  # the empty station offers the demo again

    with qtbot.waitSignal(window.demo_loaded, timeout=30_000):
        qtbot.mouseClick(demo_button, Qt.MouseButton.LeftButton)
    assert window.fair_combo.count() == 1
    assert window.station is StationKind.DESK  # the station stays, now on the demo fair
    assert shown_panel(window) is not None
    window.offer_demo_if_empty()
    assert len(fake_dialogs.asked) == 1  # a fair exists: no second offer


def test_a_missing_demo_is_reported_not_crashed(
    make_window: MakeWindow, fake_dialogs: FakeDialogs
) -> None:
    def missing(session: Session, actor: Actor) -> DemoResult:
        raise NotImplementedError

    window = make_window(demo_loader=missing)
    window.offer_demo_if_empty()
    assert len(fake_dialogs.errors) == 1
    assert window.fair_combo.count() == 0


def test_station_is_chosen_with_number_keys(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: sessionmaker[Session]
) -> None:
    with gui_factory.begin() as s:
        build_small_fair(s)
    window = make_window()
    assert window.stack.currentWidget() is window.start_page

    with qtbot.waitSignal(window.station_changed) as changed:
        qtbot.keyClick(window.start_page, Qt.Key.Key_2)
    assert changed.args == [StationKind.BOOTH.value]
    assert window.station is StationKind.BOOTH
    assert window.stack.currentWidget() is window.station_screen
    assert window.station_combo.currentText() == "기업 부스"
    assert "기업 부스" in window.station_status.text()

    window.show_start_page()
    assert window.station is None
    assert "선택" in window.station_status.text()


def test_station_is_chosen_with_arrows_and_enter(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: sessionmaker[Session]
) -> None:
    with gui_factory.begin() as s:
        build_small_fair(s)
    window = make_window()
    page = window.start_page
    page.focus_station()
    assert page.focused_station() is StationKind.DESK
    qtbot.keyClick(page.buttons[StationKind.DESK], Qt.Key.Key_Right)
    qtbot.keyClick(page.buttons[StationKind.BOOTH], Qt.Key.Key_Right)
    assert page.focused_station() is StationKind.ORGANIZER
    qtbot.keyClick(page.buttons[StationKind.ORGANIZER], Qt.Key.Key_Down)  # wraps round
    assert page.focused_station() is StationKind.DESK
    qtbot.keyClick(page.buttons[StationKind.DESK], Qt.Key.Key_Left)
    assert page.focused_station() is StationKind.ORGANIZER
    qtbot.keyClick(page.buttons[StationKind.ORGANIZER], Qt.Key.Key_Return)
    assert window.station is StationKind.ORGANIZER


def test_status_bar_names_the_database_without_its_password(
    make_window: MakeWindow, gui_config: object, sqlite_url: str
) -> None:
    window = make_window()
    text = window.database_label.text()
    assert text.startswith("데이터베이스:")
    assert describe_url(sqlite_url) in text
    assert window.database_label.isVisible()
    # the address shown hides a password
    assert "secret" not in describe_url("postgresql+psycopg://jobfair:secret@db.example:5432/fair")


def test_figures_panel_shows_the_fair_counts_and_named_ratios(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: sessionmaker[Session]
) -> None:
    with gui_factory.begin() as s:
        fair = build_small_fair(s)
    window = make_window()
    window.choose_station(StationKind.ORGANIZER)
    panel = shown_panel(window)
    assert panel is not None and panel.fair_id == fair.fair_id
    shown = {key: label.text() for key, label in panel.count_values.items()}
    assert shown == {
        "employers": "2", "positions": "5", "attendees": "3", "interviewees": "3",
        "interviews": "4", "hires": "1", "registered": "4", "pre_registered": "0",
        "walk_ins": "4", "second_interviews": "1", "pending": "1", "rejected": "1",
        "undecided": "0",
    }
    assert panel.ratio_values["hire_rate"].text() == "20.0%"
    assert panel.ratio_values["interview_hire_rate"].text() == "33.3%"
    assert panel.ratio_values["attendee_hire_rate"].text() == "33.3%"
    assert panel.ratio_values["interview_rate"].text() == "100.0%"
    # each ratio names what it divides by, in the user's language
    assert panel.ratio_names["hire_rate"].text() == "채용률(구인인원 대비)"
    assert panel.ratio_formulas["hire_rate"].text() == "현장채용 1 ÷ 구인인원 5"
    assert panel.ratio_formulas["interview_hire_rate"].text() == "현장채용 1 ÷ 면접 인원 3"


def test_figures_refresh_with_f5(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: sessionmaker[Session]
) -> None:
    with gui_factory.begin() as s:
        fair = build_small_fair(s)
    window = make_window()
    window.choose_station(StationKind.BOOTH)
    panel = shown_panel(window)
    assert panel is not None
    assert panel.count_values["registered"].text() == "4"

    from jobfair.services.seekers.service import Consent, SeekerInput, register_seeker

    with gui_factory.begin() as s:
        register_seeker(s, Actor(name="desk"), fair.fair_id, SeekerInput(
            name="정하늘", birth_year=2000, phone="010-5678-9012",
            consent=Consent(collection=True)))
    with qtbot.waitSignal(panel.refreshed):
        qtbot.keyClick(panel, Qt.Key.Key_F5)
    assert panel.count_values["registered"].text() == "5"
    with qtbot.waitSignal(panel.refreshed):
        qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)


def test_latest_fair_is_selected_and_switching_fair_rebuilds_the_station(
    make_window: MakeWindow, gui_factory: sessionmaker[Session]
) -> None:
    with gui_factory.begin() as s:
        small = build_small_fair(s)
        older = create_fair(s, Actor(name="t"), FairInput("2019 동두천 박람회", date(2019, 4, 2)))
    window = make_window()
    assert window.current_fair() is not None
    assert window.current_fair().id == small.fair_id  # type: ignore[union-attr]
    window.choose_station(StationKind.ORGANIZER)
    window.fair_combo.setCurrentIndex(1)
    assert window.current_fair().id == older.id  # type: ignore[union-attr]
    panel = shown_panel(window)
    assert panel is not None and panel.fair_id == older.id
    assert panel.count_values["employers"].text() == "0"
    assert panel.ratio_values["hire_rate"].text() == "–"  # nothing to divide by


def test_last_fair_and_station_are_remembered(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: sessionmaker[Session],
    settings: QSettings,
) -> None:
    with gui_factory.begin() as s:
        build_small_fair(s)
        older = create_fair(s, Actor(name="t"), FairInput("2019 동두천 박람회", date(2019, 4, 2)))
    first = make_window()
    first.fair_combo.setCurrentIndex(1)
    first.choose_station(StationKind.DESK)
    first.close()

    second = make_window()
    assert second.current_fair().id == older.id  # type: ignore[union-attr]
    assert second.station is StationKind.DESK
    assert second.stack.currentWidget() is second.station_screen
    assert second.station_id == first.station_id


def test_a_screen_with_unsaved_work_keeps_the_station(
    make_window: MakeWindow, gui_factory: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    from jobfair.gui.common.stations import StationContext, StationScreen

    asked: list[StationContext] = []

    class BusyScreen(StationScreen):
        busy = True

        def can_leave(self) -> bool:
            return not self.busy

    def busy(context: StationContext) -> BusyScreen:
        asked.append(context)
        return BusyScreen(context)

    monkeypatch.setitem(station_factories.FACTORIES, StationKind.DESK, busy)
    if True:  # the indentation of the former try block
        with gui_factory.begin() as s:
            fair = build_small_fair(s)
        window = make_window()
        window.choose_station(StationKind.DESK)
        assert isinstance(window.station_screen, BusyScreen)
        assert asked[0].fair is not None and asked[0].fair.id == fair.fair_id
        assert asked[0].actor.station_id == window.station_id
        window.choose_station(StationKind.BOOTH)
        assert window.station is StationKind.DESK
        assert window.station_combo.currentText() == "접수처"
        # the work is done: the window closes (and its live updates end with it)
        window.station_screen.busy = False
        assert window.close()
        assert not window.live.running


def test_switching_to_english_changes_visible_texts_at_once(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: sessionmaker[Session],
    settings: QSettings,
) -> None:
    with gui_factory.begin() as s:
        build_small_fair(s)
    window = make_window()
    assert window.fair_caption.text() == "박람회(&F):"
    assert window.start_page.heading.text() != "Which station is this PC?"

    window.menus.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.fair_caption.text() == "&Fair:")
    assert window.start_page.heading.text() == "Which station is this PC?"
    assert window.database_label.text().startswith("Database:")
    assert window.menus.file_menu.title() == "&File"
    assert settings.value(KEY_LANGUAGE) == "en"

    window.choose_station(StationKind.ORGANIZER)
    panel = shown_panel(window)
    assert panel is not None
    assert panel.ratio_names["hire_rate"].text() == "Hire rate (of positions sought)"
    assert panel.ratio_formulas["hire_rate"].text() == "Hired on the spot 1 ÷ Positions sought 5"

    window.menus.language_actions["ko"].trigger()
    qtbot.waitUntil(lambda: panel.ratio_names["hire_rate"].text() == "채용률(구인인원 대비)")
    assert window.station_combo.currentText() == "운영본부"
    assert window.menus.language_actions["ko"].isChecked()


def test_window_fits_a_1280_by_800_screen(make_window: MakeWindow) -> None:
    window: MainWindow = make_window()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800
    assert window.size().width() <= 1280 and window.size().height() <= 800

