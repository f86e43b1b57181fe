"""The organizer station: opened from the main window, its tabs, its report buttons."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jobfair.domain.codes import StationKind
from jobfair.gui.common.paper_sheet import PaperSheetDialog
from jobfair.gui.common.settings import KEY_ORGANIZER_REFRESH_MS
from jobfair.gui.common.stations import FiguresStation
from jobfair.gui.organizer import reports as reports_module
from jobfair.gui.organizer.screen import (
    TAB_PAPER,
    TAB_SETUP,
    OrganizerScreen,
    create_station,
    refresh_interval,
)
from jobfair.gui.organizer.setup.panel import SetupPanel
from tests.gui.conftest import FakeDialogs, MakeWindow


def organizer_from_start_page(qtbot: QtBot, make_window: MakeWindow) -> OrganizerScreen:
    window = make_window()  # an empty database: the window offers the demo, the test says yes
    with qtbot.waitSignal(window.demo_loaded, timeout=30_000):
        window.start()
    window.show_start_page()
    button = window.start_page.buttons[StationKind.ORGANIZER]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert window.station is StationKind.ORGANIZER
    screen = window.station_screen
    assert isinstance(screen, OrganizerScreen)
    return screen


def test_the_organizer_screen_opens_from_the_station_chooser(
    qtbot: QtBot, make_window: MakeWindow, fake_dialogs: FakeDialogs
) -> None:
    screen = organizer_from_start_page(qtbot, make_window)
    titles = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
    for title in ("현황판", "박람회 설정", "감사 기록", "계정"):
        assert any(title in t for t in titles), titles
    assert screen.tabs.currentWidget() is screen.dashboard
    qtbot.waitUntil(lambda: screen.dashboard.data is not None, timeout=3000)
    assert screen.dashboard.cards.cards["interviewees"].value.text() == "405"
    assert screen.dashboard.cards.cards["hire_rate"].value.text() == "41.4%"
    assert fake_dialogs.errors == []


def test_setup_is_built_when_its_tab_is_first_shown(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    screen = organizer_from_start_page(qtbot, make_window)
    assert screen.setup_panel is None
    screen.tabs.setCurrentIndex(TAB_SETUP)
    panel = screen.setup_panel
    assert isinstance(panel, SetupPanel) and panel.context is screen.context
    screen.tabs.setCurrentIndex(0)
    screen.tabs.setCurrentIndex(TAB_SETUP)
    assert screen.setup_panel is panel  # built once
    loads = screen.dashboard.refresher.loads
    panel.setup_changed.emit()
    assert screen.dashboard.refresher.loads > loads or screen.dashboard.refresher.in_flight


def test_report_buttons_call_the_reports_module(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen = organizer_from_start_page(qtbot, make_window)
    calls: list[tuple[str, tuple[Any, ...]]] = []
    monkeypatch.setattr(reports_module, "save_report", lambda *a: calls.append(("report", a)))
    monkeypatch.setattr(reports_module, "export_workbook",
                        lambda *a: calls.append(("workbook", a)))
    monkeypatch.setattr(reports_module, "export_csv", lambda *a: calls.append(("csv", a)))
    qtbot.mouseClick(screen.dashboard.report_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.dashboard.workbook_button, Qt.MouseButton.LeftButton)
    actions = screen.dashboard.csv_menu.actions()
    keys = [a.data() for a in actions]
    assert "employers" in keys and "interviews" in keys  # the export service's tables
    actions[keys.index("employers")].trigger()
    assert [c[0] for c in calls] == ["report", "workbook", "csv"]
    assert calls[0][1] == (screen.context, screen)
    assert calls[2][1] == (screen.context, screen, "employers")


def test_paper_sheets_tab_opens_the_sheet_dialog(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    screen = organizer_from_start_page(qtbot, make_window)
    screen.tabs.setCurrentIndex(TAB_PAPER)
    qtbot.mouseClick(screen.paper_button, Qt.MouseButton.LeftButton)
    dialog = screen.paper_dialog
    assert isinstance(dialog, PaperSheetDialog)
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(screen.paper_button, Qt.MouseButton.LeftButton)
    assert screen.paper_dialog is dialog  # one at a time
    dialog.reject()
    assert screen.paper_dialog is None


def test_refresh_interval_comes_from_the_settings(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    screen = organizer_from_start_page(qtbot, make_window)
    assert screen.dashboard.refresher.interval_ms == 1500
    screen.context.settings.setValue(KEY_ORGANIZER_REFRESH_MS, "700")
    assert refresh_interval(screen.context) == 700
    screen.context.settings.setValue(KEY_ORGANIZER_REFRESH_MS, "5")
    assert refresh_interval(screen.context) == 250


def test_without_a_fair_the_station_shows_the_figures_page(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(show=False)
    context = window.context_for(StationKind.ORGANIZER)
    assert context.fair is None  # never started: no demo, no fair
    widget = create_station(context)
    qtbot.addWidget(widget)
    assert isinstance(widget, FiguresStation)


def test_the_real_setup_panel_opens_in_its_tab(qtbot: QtBot, make_window: MakeWindow) -> None:
    setup = pytest.importorskip("jobfair.gui.organizer.setup.panel")
    screen = organizer_from_start_page(qtbot, make_window)
    screen.tabs.setCurrentIndex(TAB_SETUP)
    assert isinstance(screen.setup_panel, setup.SetupPanel)
    assert screen.setup_panel.isVisible()
