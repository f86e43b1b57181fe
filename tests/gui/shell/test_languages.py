"""Both languages everywhere in the window: Qt's own dialogs, code names, the calendar.

Each test switches the language as a person does, from the main window's View › Language menu.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import CheckIn
from jobfair.domain.codes import StationKind
from jobfair.gui.booth.screen import BoothScreen
from jobfair.gui.common.settings import booth_setting_key
from jobfair.gui.desk.screen import DeskScreen
from jobfair.gui.organizer.screen import TAB_SETUP, OrganizerScreen
from jobfair.gui.shell.main_window import MainWindow
from jobfair.services.context import Actor
from jobfair.services.seekers.badges import badge_for
from jobfair.services.seekers.service import Consent, SeekerInput, register_seeker
from jobfair.services.setup.fairs import (
    EmployerInput,
    FairInput,
    OpeningInput,
    add_booth,
    add_employer,
    add_opening,
    create_fair,
)
from tests.gui.conftest import BIZNO_A, MakeWindow, scan_into
from tests.gui.organizer.test_organizer import organizer_from_start_page
from tests.services.fairkit import ticking_clock


def choose_language(window: MainWindow, code: str) -> None:
    """View › Language › the language named ``code``'s own way."""
    assert window.menus.view_menu.menuAction() in window.menuBar().actions()
    assert window.menus.language_menu.menuAction() in window.menus.view_menu.actions()
    action = next(a for a in window.menus.language_menu.actions() if a.data() == code)
    action.trigger()
    assert action.isChecked()


def cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    return button.text()


def file_dialog(mode: QFileDialog.AcceptMode = QFileDialog.AcceptMode.AcceptOpen) -> QFileDialog:
    """Qt's own file dialog, as JobFair's open and save dialogs show it on Linux."""
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    return dialog


def file_dialog_labels() -> set[str]:
    dialog = file_dialog()
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    dialog.deleteLater()
    return texts


def english_words(dialog: QWidget) -> list[str]:
    """The labels, buttons and box titles of one of Qt's dialogs that hold English words."""
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    texts += [w.title() for w in dialog.findChildren(QGroupBox)]
    dialog.deleteLater()
    return [t for t in texts if re.search("[A-Za-z]{2,}", t.replace("PDF", ""))]


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
    assert english_words(file_dialog()) == []
    assert english_words(file_dialog(QFileDialog.AcceptMode.AcceptSave)) == []
    assert english_words(QPrintDialog(QPrinter())) == []

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
        # as shown, less the zero-width places to wrap the breakdowns add ("베이비부머\u200b(…")
        return [str(model.index(r, 0).data()).replace("\u200b", "")  # type: ignore[attr-defined]
                for r in range(rows)]

    assert "설치·정비·생산직" in names(occupation)
    assert "경력단절여성" in names(groups)
    choose_language(window, "en")
    assert "Installation, maintenance and production" in names(occupation)
    assert "Career-interrupted woman" in names(groups)
    assert not any("직" in name for name in names(occupation))
    choose_language(window, "ko")
    assert "설치·정비·생산직" in names(occupation)


# -- the station screens: cards and forms name occupations and industries in the language --------


@dataclass(frozen=True)
class TodaysFair:
    fair_id: int
    booth_id: int
    code: str  # the badge of a seeker who wants a health job and declared a career break


def todays_fair(factory: sessionmaker[Session]) -> TodaysFair:
    who = Actor(station_id=uuid.uuid4(), name="test", clock=ticking_clock())
    with factory.begin() as s:
        fair = create_fair(s, who, FairInput("2026 의정부 채용박람회", date.today()))
        employer = add_employer(s, who, fair.id, EmployerInput("(주)양주섬유", BIZNO_A, "C"))
        booth = add_booth(s, who, fair.id, employer.id, "A-1")
        add_opening(s, who, fair.id, employer.id, OpeningInput("봉제원", 3, "8"))
        seeker = register_seeker(s, who, fair.id, SeekerInput(
            name="이서연", birth_year=1975, phone="010-2345-6789", desired_keco="3",
            groups=("career_break",), consent=Consent(collection=True),
        ))
        code = badge_for(s, seeker.id)
    return TodaysFair(fair.id, booth.id, code)


def test_cards_and_forms_name_codes_in_the_language_chosen(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: sessionmaker[Session],
    settings: QSettings,
) -> None:
    fair = todays_fair(gui_factory)
    settings.setValue(booth_setting_key(fair.fair_id), fair.booth_id)
    window = make_window()
    choose_language(window, "en")

    window.choose_station(StationKind.DESK)
    desk = window.station_screen
    assert isinstance(desk, DeskScreen)
    scan_into(qtbot, desk.scan_panel.scan_edit, fair.code)
    assert desk.scan_panel.job_label.text() == "Desired job: Health and medical care"
    with gui_factory() as s:  # checked in, whatever the language
        assert s.scalar(select(func.count()).select_from(CheckIn)) == 1
    assert desk.walk_in.flag_boxes["career_break"].text() == "Career break"
    keco = desk.walk_in.keco_combo
    assert keco.itemText(keco.findData("3")) == "3 Health and medical care"
    choose_language(window, "ko")
    qtbot.waitUntil(lambda: keco.itemText(keco.findData("3")) == "3 보건·의료직")
    assert keco.itemText(0) == "—"

    window.choose_station(StationKind.BOOTH)
    booth = window.station_screen
    assert isinstance(booth, BoothScreen)
    scan_into(qtbot, booth.scan_edit, fair.code)
    qtbot.waitUntil(lambda: booth.card_view.card is not None)
    assert "보건·의료직" in booth.card_view.job_label.text()
    assert "경력단절여성" in booth.card_view.groups_label.text()
    choose_language(window, "en")
    qtbot.waitUntil(lambda: booth.card_view.job_label.text() == (
        "Looks for: Health and medical care"
    ))
    assert "Career-interrupted woman" in booth.card_view.groups_label.text()

    window.choose_station(StationKind.ORGANIZER)
    organizer = window.station_screen
    assert isinstance(organizer, OrganizerScreen)
    organizer.tabs.setCurrentIndex(TAB_SETUP)
    setup = organizer.setup_panel
    assert setup is not None
    ksic = setup.employers.ksic_combo
    occupations = setup.openings.keco_combo
    assert ksic.itemText(ksic.findData("C")) == "C Manufacturing"
    assert occupations.itemText(occupations.findData("8")) == (
        "8 Installation, maintenance and production"
    )
    industry = setup.employers.model.index(0, 2).data()
    assert industry == "C Manufacturing"
    choose_language(window, "ko")
    qtbot.waitUntil(lambda: ksic.itemText(ksic.findData("C")) == "C 제조업")
    assert occupations.itemText(occupations.findData("8")) == "8 설치·정비·생산직"
    assert setup.employers.model.index(0, 2).data() == "C 제조업"
