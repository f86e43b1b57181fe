"""Both languages everywhere in the window: Qt's own dialogs, code names, the calendar.

Each test switches the language as a person does, from the main window's View › Language menu.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from jobfair.gui.language import split_mnemonic, with_mnemonic
from jobfair.gui.main_window import MainWindow
from jobfair.gui.organizer import OrganizerScreen
from tests.gui.conftest import MakeWindow
from tests.gui.test_organizer import organizer_from_start_page


def choose_language(window: MainWindow, code: str) -> None:
    """View › Language › the language named ``code``'s own way."""
    assert window.view_menu.menuAction() in window.menuBar().actions()
    assert window.language_menu.menuAction() in window.view_menu.actions()
    action = next(a for a in window.language_menu.actions() if a.data() == code)
    action.trigger()
    assert action.isChecked()


def cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    return button.text()


def file_dialog_labels() -> set[str]:
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    dialog.deleteLater()
    return texts


def test_qt_standard_buttons_and_file_dialog_follow_the_language_menu(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert cancel_text() == "취소"
    ask = QMessageBox()
    ask.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert sorted(b.text() for b in ask.buttons()) == ["아니요(&N)", "예(&Y)"]
    # Qt writes these with a shortcut letter; its Korean catalogue has them only without
    assert {"다음에서 찾기(&L):", "파일 형식(&T):", "파일 이름(&N):"} <= file_dialog_labels()

    choose_language(window, "en")
    assert cancel_text() == "Cancel"
    assert {"&Look in:", "Files of &type:", "File &name:"} <= file_dialog_labels()
    existing = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert existing is not None
    qtbot.waitUntil(lambda: existing.text() == "Cancel")  # a box on screen follows too

    choose_language(window, "ko")
    assert cancel_text() == "취소"
    qtbot.waitUntil(lambda: existing.text() == "취소")


def test_a_calendar_on_screen_follows_the_language(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    window.statusBar().addWidget(edit)  # a widget of the window, made before the switch
    calendar = edit.calendarWidget()
    assert calendar.locale().language() == QLocale.Language.Korean
    choose_language(window, "en")
    assert edit.locale().language() == QLocale.Language.English
    assert calendar.locale().monthName(3) == "March"
    choose_language(window, "ko")
    assert calendar.locale().monthName(3) == "3월"


def test_code_names_on_the_dashboard_follow_the_language(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    screen: OrganizerScreen = organizer_from_start_page(qtbot, make_window)
    window = screen.window()
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: screen.dashboard.data is not None, timeout=3000)
    occupation = screen.dashboard.breakdowns.models["occupation"]
    groups = screen.dashboard.breakdowns.models["target_group"]

    def names(model: object) -> list[str]:
        rows = model.rowCount()  # type: ignore[attr-defined]
        return [model.index(r, 0).data() for r in range(rows)]  # type: ignore[attr-defined]

    assert "설치·정비·생산직" in names(occupation)
    assert "경력단절여성" in names(groups)
    choose_language(window, "en")
    assert "Installation, maintenance and production" in names(occupation)
    assert "Career-interrupted woman" in names(groups)
    assert not any("직" in name for name in names(occupation))
    choose_language(window, "ko")
    assert "설치·정비·생산직" in names(occupation)


@pytest.mark.parametrize(
    ("source", "plain", "letter"),
    [("&Look in:", "Look in:", "L"), ("Files of &type:", "Files of type:", "t"),
     ("Save && quit", "Save && quit", ""), ("No shortcut", "No shortcut", "")],
)
def test_a_shortcut_letter_is_found_and_written_the_korean_way(
    source: str, plain: str, letter: str
) -> None:
    assert split_mnemonic(source) == (plain, letter)
    if letter:
        assert with_mnemonic("다음에서 찾기:", letter) == f"다음에서 찾기(&{letter.upper()}):"
    assert with_mnemonic("인쇄…", "p") == "인쇄(&P)…"
    assert with_mnemonic("쪽 집합", "s") == "쪽 집합(&S)"
