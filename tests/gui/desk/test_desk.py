"""The registration desk driven as a volunteer would, from the main window, at a scanner's
speed: scans wherever the focus is, search and choose, undo a check-in with a reason, walk-ins
with their consent and the duplicate question. After each, the database agrees."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.config import Config
from jobfair.db.models import AuditEvent, CheckIn, Seeker
from jobfair.domain.codes import StationKind
from jobfair.gui.desk.scan import BANNER_ALREADY, BANNER_OK, BANNER_REFUSED
from jobfair.gui.desk.screen import DeskScreen, create_station
from jobfair.gui.shell.main_window import MainWindow
from jobfair.operations.results import QuestionKind
from jobfair.services.reports.metrics import compute_figures
from tests.gui.conftest import FakeDialogs, MakeWindow, station_context, type_text
from tests.gui.stationkit import (
    People,
    fair_today,
    open_station,
    people,
    press,
    scan,
    settle,
    today,
)

Factory = sessionmaker[Session]


@dataclass
class Printer:
    calls: list[list[uuid.UUID]] = field(default_factory=list)

    def __call__(self, seeker_ids: Sequence[uuid.UUID]) -> None:
        self.calls.append(list(seeker_ids))


@dataclass
class Desk:
    window: MainWindow
    screen: DeskScreen
    fair_id: int
    people: People
    printer: Printer
    factory: Factory

    def scan(self, qtbot: QtBot, text: str) -> None:
        scan(qtbot, text, self.screen)
        settle(qtbot, self.screen)

    def checked_in(self, name: str) -> CheckIn | None:
        with self.factory() as s:
            return s.scalar(select(CheckIn).where(
                CheckIn.seeker_id == self.people.seekers[name].id))

    def seekers(self) -> int:
        with self.factory() as s:
            return s.scalar(select(func.count()).select_from(Seeker)) or 0

    def attendees(self) -> int:
        with self.factory() as s:
            return compute_figures(s, self.fair_id).attendees


@pytest.fixture
def desk(qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory) -> Desk:
    fair = fair_today(gui_factory)
    folks = people(gui_factory, fair.fair_id, {
        "김민준": "010-1234-5678", "김민지": "010-9999-4321", "이서연": "010-2345-6789",
    })
    window = make_window()
    screen = open_station(qtbot, window, 1)
    assert isinstance(screen, DeskScreen)
    printer = Printer()
    screen.print_badges = printer
    return Desk(window, screen, fair.fair_id, folks, printer, gui_factory)


def test_a_scan_checks_in_whatever_has_the_focus(qtbot: QtBot, desk: Desk) -> None:
    screen = desk.screen
    screen.focus_search()
    type_text(screen.search_panel.edit, "이서")
    desk.scan(qtbot, desk.people.codes["김민준"])
    assert screen.scan_panel.state == BANNER_OK
    assert screen.scan_panel.name_label.text() == "김민준"
    assert screen.search_panel.edit.text() == "이서"  # the field the scan landed in is intact
    assert desk.checked_in("김민준") is not None and desk.checked_in("김민준").via == "scan"
    desk.scan(qtbot, desk.people.codes["김민준"])
    assert screen.scan_panel.state == BANNER_ALREADY  # amber: counted once
    assert desk.attendees() == 1
    assert screen.scan_panel.recent_list.count() == 1


def test_codes_and_badge_numbers_typed_in_the_code_field(qtbot: QtBot, desk: Desk) -> None:
    screen = desk.screen
    press(qtbot, Qt.Key.Key_F4)
    assert screen.scan_panel.scan_edit.hasFocus()
    typed = desk.people.codes["이서연"].lower()
    qtbot.keyClicks(screen.scan_panel.scan_edit, f"{typed[:5]}-{typed[5:10]}-{typed[10:]}")
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, screen)
    assert desk.checked_in("이서연") is not None
    qtbot.keyClicks(screen.scan_panel.scan_edit, desk.people.badge("김민지"))
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, screen)
    assert desk.checked_in("김민지") is not None


def test_a_foreign_code_is_refused(qtbot: QtBot, desk: Desk) -> None:
    desk.screen.focus_scan()
    desk.scan(qtbot, "K7QF4-M2XRA-9TB3C")
    assert desk.screen.scan_panel.state == BANNER_REFUSED
    assert desk.attendees() == 0


def test_search_checks_in_only_the_row_chosen(qtbot: QtBot, desk: Desk) -> None:
    screen = desk.screen
    press(qtbot, Qt.Key.Key_F2)
    panel = screen.search_panel
    assert panel.edit.hasFocus()
    type_text(panel.edit, "김민")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert panel.selected_id() is None  # nothing chosen for the volunteer
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, screen)
    assert desk.attendees() == 0  # Enter without a choice checks nobody in
    assert panel.status.text()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    chosen = panel.model.row_at(1)
    assert chosen is not None and panel.selected_id() == chosen.seeker_id
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, screen)
    with desk.factory() as s:
        assert s.scalar(select(CheckIn.via).where(CheckIn.seeker_id == chosen.seeker_id)) \
            == "search"
    assert desk.attendees() == 1
    assert screen.scan_panel.name_label.text() == chosen.name

    panel.edit.clear()
    type_text(panel.edit, "5678")  # the last four digits of the phone
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.row_at(0) is not None and panel.model.row_at(0).name == "김민준"


def test_search_says_when_it_shows_only_part(
    qtbot: QtBot, desk: Desk, gui_factory: Factory
) -> None:
    people(gui_factory, desk.fair_id, {f"김철수{i:02d}": f"010-5555-{i:04d}" for i in range(24)})
    press(qtbot, Qt.Key.Key_F2)
    panel = desk.screen.search_panel
    type_text(panel.edit, "김")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 20)
    assert "20" in panel.status.text() and "26" in panel.status.text()


def test_search_model(qtmodeltester: object, desk: Desk, qtbot: QtBot) -> None:
    press(qtbot, Qt.Key.Key_F2)
    type_text(desk.screen.search_panel.edit, "김민")
    qtbot.waitUntil(lambda: desk.screen.search_panel.model.rowCount() == 2)
    qtmodeltester.check(desk.screen.search_panel.model)  # type: ignore[attr-defined]


def test_undo_a_check_in_with_a_reason(qtbot: QtBot, desk: Desk) -> None:
    screen = desk.screen
    screen.focus_scan()
    desk.scan(qtbot, desk.people.codes["김민준"])
    assert desk.attendees() == 1
    screen.scan_panel.undo_button.click()
    settle(qtbot, screen)
    bar = screen.question
    assert bar.isVisible() and bar.question is not None
    assert bar.question.kind is QuestionKind.UNDO_CHECK_IN
    assert bar.reason_edit.hasFocus() and not bar.yes_button.isEnabled()
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # no reason: nothing
    press(qtbot, Qt.Key.Key_Return)  # Enter neither confirms nor cancels
    assert bar.isVisible() and desk.attendees() == 1
    # a scan meanwhile withdraws the question: nothing undone, the new arrival counted
    desk.scan(qtbot, desk.people.codes["이서연"])
    assert not bar.isVisible()
    assert desk.attendees() == 2

    screen.scan_panel.recent_list.setCurrentRow(1)  # 김민준, the earlier one
    screen.scan_panel.undo_button.click()
    settle(qtbot, screen)
    assert "김민준" in bar.label.text()
    type_text(bar.reason_edit, "다른 사람을 선택함")
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, screen)
    assert desk.checked_in("김민준") is None and desk.attendees() == 1
    with desk.factory() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "undo_checkin")).one()
    assert event.after == {"reason": "다른 사람을 선택함"}
    assert screen.scan_panel.recent_list.count() == 1


def fill_walk_in(screen: DeskScreen, name: str = "홍길동", phone: str = "010 8888 1234") -> None:
    form = screen.walk_in
    press_f3 = screen.focus_walk_in
    press_f3()
    type_text(form.name_edit, name)
    type_text(form.birth_edit, "1995")
    type_text(form.phone_edit, phone)
    form.keco_combo.setCurrentIndex(9)  # 8 설치·정비·생산직
    type_text(form.job_edit, "봉제")


def test_walk_in_without_consent_is_not_saved(qtbot: QtBot, desk: Desk) -> None:
    fill_walk_in(desk.screen)
    form = desk.screen.walk_in
    assert "청년" in form.age_groups_label.text()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, desk.screen)
    assert form.error_text("consent")
    assert desk.seekers() == 3 and desk.printer.calls == []
    assert form.name_edit.text() == "홍길동"  # nothing lost


def test_walk_in_with_consent_is_saved_checked_in_and_printed(qtbot: QtBot, desk: Desk) -> None:
    fill_walk_in(desk.screen)
    form = desk.screen.walk_in
    form.collection_box.setChecked(True)
    assert not form.flag_boxes["disability"].isEnabled()
    form.sensitive_box.setChecked(True)
    form.flag_boxes["disability"].setChecked(True)
    form.job_edit.setFocus()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, desk.screen)
    assert not desk.screen.question.isVisible()  # no duplicate
    with desk.factory() as s:
        seeker = s.scalars(select(Seeker).where(Seeker.name == "홍길동")).one()
        assert (seeker.phone, seeker.birth_year, seeker.channel) == ("01088881234", 1995, "walk_in")
        assert (seeker.desired_keco, seeker.desired_job) == ("8", "봉제")
        assert seeker.groups == ["disability"]
        assert (seeker.consent_collection, seeker.consent_provision,
                seeker.consent_sensitive) == (True, False, True)
        checkin = s.scalar(select(CheckIn).where(CheckIn.seeker_id == seeker.id))
        assert checkin is not None and checkin.via == "walk_in"
        new_id = seeker.id
    assert desk.printer.calls == [[new_id]]
    assert desk.screen.scan_panel.state == BANNER_OK
    assert desk.screen.scan_panel.name_label.text() == "홍길동"
    assert form.name_edit.text() == "" and not form.collection_box.isChecked()
    assert desk.screen.can_leave()


def test_walk_in_errors_are_shown_beside_the_fields(qtbot: QtBot, desk: Desk) -> None:
    form = desk.screen.walk_in
    press(qtbot, Qt.Key.Key_F3)
    type_text(form.birth_edit, "2030")
    type_text(form.phone_edit, "12345")
    form.collection_box.setChecked(True)
    form.save_button.click()
    assert form.error_text("name") and form.error_text("phone")
    assert desk.seekers() == 3
    type_text(form.name_edit, "홍길동")
    form.phone_edit.setText("010-8888-1234")
    form.save_button.click()
    assert form.error_text("birth")  # 2030 is not a plausible birth year
    assert desk.seekers() == 3


@pytest.mark.parametrize("answer", ["no", "yes", "scan"])
def test_a_possible_duplicate_is_a_question_on_the_screen(
    qtbot: QtBot, desk: Desk, answer: str
) -> None:
    screen = desk.screen
    fill_walk_in(screen, name="김민준", phone="010-1234-5678")
    form = screen.walk_in
    form.collection_box.setChecked(True)
    form.save_button.click()
    settle(qtbot, screen)
    bar = screen.question
    assert bar.isVisible() and bar.question is not None
    assert bar.question.kind is QuestionKind.POSSIBLE_DUPLICATE
    assert f"#{desk.people.seekers['김민준'].badge_no} 김민준" in bar.label.text()
    assert bar.hasFocus()
    if answer == "yes":
        press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    elif answer == "no":
        press(qtbot, Qt.Key.Key_Escape)
    else:
        desk.scan(qtbot, desk.people.codes["이서연"])
    settle(qtbot, screen)
    assert not bar.isVisible()
    assert desk.seekers() == (4 if answer == "yes" else 3)
    assert len(desk.printer.calls) == (1 if answer == "yes" else 0)
    assert (form.name_edit.text() == "") is (answer == "yes")  # "no" keeps what was typed
    if answer == "scan":
        assert desk.checked_in("이서연") is not None


def test_leaving_a_half_filled_form_asks(
    qtbot: QtBot, desk: Desk, fake_dialogs: FakeDialogs
) -> None:
    press(qtbot, Qt.Key.Key_F3)
    type_text(desk.screen.walk_in.name_edit, "홍")
    fake_dialogs.answers = [False]
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # to the booth station
    assert len(fake_dialogs.asked) == 1
    assert desk.window.station_screen is desk.screen  # the form stays


def test_without_a_fair_the_desk_shows_the_figures_page(
    qtbot: QtBot,
    gui_factory: Factory,
    gui_config: Config,
    settings: QSettings,
    fake_dialogs: FakeDialogs,
) -> None:
    screen = create_station(
        station_context(StationKind.DESK, gui_factory, gui_config, settings, fake_dialogs)
    )
    qtbot.addWidget(screen)
    assert not isinstance(screen, DeskScreen)


def test_a_rehearsal_day_shows_its_banner_and_the_check_in_does_not_count(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory
) -> None:
    fair = fair_today(gui_factory)
    folks = people(gui_factory, fair.fair_id, {"김민준": "010-1234-5678"})
    eve = datetime.combine(today() - timedelta(days=1), time(15, 0), ZoneInfo("Asia/Seoul"))
    window = make_window(clock=lambda: eve.astimezone(UTC))
    screen = open_station(qtbot, window, 1)
    assert isinstance(screen, DeskScreen)
    settle(qtbot, screen)
    assert screen.day_banner.isVisible()
    screen.focus_scan()
    scan(qtbot, folks.codes["김민준"], screen)
    settle(qtbot, screen)
    assert screen.scan_panel.state == BANNER_OK
    with gui_factory() as s:
        assert compute_figures(s, fair.fair_id).attendees == 0
