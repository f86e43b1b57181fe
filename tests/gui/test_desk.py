"""The registration desk driven as a volunteer would: scans, searches, a walk-in with consent."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.config import Config
from jobfair.db.models import CheckIn, Seeker
from jobfair.domain import badge_code
from jobfair.domain.codes import StationKind
from jobfair.gui.desk import DeskScreen, create_station
from jobfair.gui.desk_scan import BANNER_ALREADY, BANNER_OK, BANNER_REFUSED
from jobfair.services.badges import badge_for
from jobfair.services.seekers import SeekerView
from tests.gui.conftest import FakeDialogs, activate, station_context, type_text
from tests.services.fairkit import register, small_fair


class FakeClock:
    def __init__(self, step: float = 0.004) -> None:
        self.now = 0.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@dataclass
class Printer:
    calls: list[list[uuid.UUID]] = field(default_factory=list)

    def __call__(self, seeker_ids: Sequence[uuid.UUID]) -> None:
        self.calls.append(list(seeker_ids))


@dataclass
class Desk:
    screen: DeskScreen
    fair_id: int
    seekers: dict[str, SeekerView]
    codes: dict[str, str]
    printer: Printer
    dialogs: FakeDialogs
    factory: sessionmaker[Session]






@pytest.fixture
def desk(
    qtbot: QtBot,
    gui_factory: sessionmaker[Session],
    gui_config: Config,
    settings: QSettings,
    fake_dialogs: FakeDialogs,
) -> Desk:
    fair_id = small_fair(gui_factory).fair_id
    people = {
        "김민준": "010-1234-5678",
        "김민지": "010-9999-4321",
        "이서연": "010-2345-6789",
    }
    seekers = {
        name: register(gui_factory, fair_id, name, phone=phone, channel="pre_registered")
        for name, phone in people.items()
    }
    with gui_factory.begin() as s:
        codes = {name: badge_for(s, v.id) for name, v in seekers.items()}
    printer = Printer()
    context = station_context(
        StationKind.DESK, gui_factory, gui_config, settings, fake_dialogs, fair_id, "desk"
    )
    screen = DeskScreen(context, print_badges=printer, scan_clock=FakeClock())
    qtbot.addWidget(screen)
    activate(qtbot, screen)
    return Desk(screen, fair_id, seekers, codes, printer, fake_dialogs, gui_factory)


def scan(qtbot: QtBot, text: str) -> None:
    """The scanner types into whatever has the focus."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def checked_in(desk: Desk, name: str) -> CheckIn | None:
    with desk.factory() as s:
        return s.scalar(select(CheckIn).where(CheckIn.seeker_id == desk.seekers[name].id))


def count(desk: Desk, what: Callable[[], object]) -> int:
    with desk.factory() as s:
        return int(s.scalar(select(func.count()).select_from(what())) or 0)  # type: ignore[arg-type]


def test_a_scan_checks_in_whatever_has_the_focus(qtbot: QtBot, desk: Desk) -> None:
    panel = desk.screen.scan_panel
    desk.screen.focus_search()
    desk.screen.search_panel.edit.setText("이서")
    qtbot.waitUntil(desk.screen.search_panel.edit.hasFocus)
    scan(qtbot, badge_code.format_code(desk.codes["김민준"]))
    assert panel.state == BANNER_OK
    assert panel.banner_text == QCoreApplication.translate("ScanPanel", "Checked in")
    assert panel.name_label.text() == "김민준"
    assert panel.badge_label.text() == "#1"
    assert desk.screen.search_panel.edit.text() == "이서"  # the scan did not land in the field
    row = checked_in(desk, "김민준")
    assert row is not None and row.via == "scan"
    assert panel.recent_list.count() == 1 and "김민준" in panel.recent_list.item(0).text()

    scan(qtbot, desk.codes["김민준"])
    assert panel.state == BANNER_ALREADY
    # the desk's clock said 01:01 UTC at the first check-in: 10:01 in Seoul
    assert panel.banner_text == QCoreApplication.translate(
        "ScanPanel", "Already checked in at {time}"
    ).format(time="10:01")
    assert count(desk, lambda: CheckIn) == 1


def test_codes_typed_in_the_code_field(qtbot: QtBot, desk: Desk) -> None:
    panel = desk.screen.scan_panel
    desk.screen.catcher.clock = FakeClock(step=0.3)  # typed by hand, not scanned
    desk.screen.focus_scan()
    qtbot.waitUntil(panel.scan_edit.hasFocus)
    scan(qtbot, desk.codes["이서연"].lower())
    assert panel.state == BANNER_OK and panel.name_label.text() == "이서연"
    assert checked_in(desk, "이서연") is not None
    assert panel.scan_edit.text() == ""

    desk.screen.focus_scan()
    qtbot.waitUntil(panel.scan_edit.hasFocus)
    scan(qtbot, "hello")
    assert panel.state == BANNER_REFUSED
    assert "hello" in panel.banner_text
    assert panel.name_label.text() == ""

    mistyped = desk.codes["김민지"][:-2] + desk.codes["김민지"][-1] + desk.codes["김민지"][-2]
    desk.screen.focus_scan()
    qtbot.waitUntil(panel.scan_edit.hasFocus)
    scan(qtbot, mistyped)
    assert panel.state == BANNER_REFUSED
    assert checked_in(desk, "김민지") is None


def test_a_foreign_code_is_refused(qtbot: QtBot, desk: Desk) -> None:
    foreign = badge_code.make_code(badge_code.new_secret(), 99)
    desk.screen.focus_walk_in()
    qtbot.waitUntil(desk.screen.walk_in.name_edit.hasFocus)
    scan(qtbot, foreign)
    panel = desk.screen.scan_panel
    assert panel.state == BANNER_REFUSED
    assert badge_code.format_code(foreign) in panel.banner_text
    assert desk.screen.walk_in.name_edit.text() == ""
    assert count(desk, lambda: CheckIn) == 0


def test_search_by_name_part_and_phone_then_enter(qtbot: QtBot, desk: Desk) -> None:
    search = desk.screen.search_panel
    desk.screen.focus_search()
    type_text(search.edit, "김민")
    qtbot.waitUntil(lambda: search.model.rowCount() == 2)
    assert [r.name for r in search.model.rows] == ["김민준", "김민지"]
    qtbot.keyClick(search.edit, Qt.Key.Key_Down)
    assert search.selected_id() == desk.seekers["김민지"].id
    qtbot.keyClick(search.edit, Qt.Key.Key_Return)
    assert desk.screen.scan_panel.name_label.text() == "김민지"
    row = checked_in(desk, "김민지")
    assert row is not None and row.via == "search"
    assert checked_in(desk, "김민준") is None
    qtbot.waitUntil(lambda: search.model.rows[1].checked_in_at is not None)

    search.edit.setText("6789")
    qtbot.waitUntil(lambda: [r.name for r in search.model.rows] == ["이서연"])
    assert search.model.rows[0].phone_masked == "010-****-6789"
    qtbot.keyClick(search.edit, Qt.Key.Key_Return)
    assert checked_in(desk, "이서연") is not None


def test_search_model(qtmodeltester: object, desk: Desk, qtbot: QtBot) -> None:
    search = desk.screen.search_panel
    search.edit.setText("김")
    search.run_search()
    assert search.model.rowCount() == 2
    qtmodeltester.check(search.model)  # type: ignore[attr-defined]


def fill_walk_in(desk: Desk, name: str = "홍길동", phone: str = "010 8888 1234") -> None:
    form = desk.screen.walk_in
    desk.screen.focus_walk_in()
    type_text(form.name_edit, name)
    type_text(form.birth_edit, "1990")
    type_text(form.phone_edit, phone)
    form.keco_combo.setCurrentIndex(9)  # 8 설치·정비·생산직
    type_text(form.job_edit, "봉제")


def test_walk_in_without_consent_is_not_saved(qtbot: QtBot, desk: Desk) -> None:
    fill_walk_in(desk)
    form = desk.screen.walk_in
    assert "Youth" in form.age_groups_label.text() or "청년" in form.age_groups_label.text()
    qtbot.keyClick(form.job_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.error_text("consent")
    assert count(desk, lambda: Seeker) == 3
    assert desk.printer.calls == []
    assert form.name_edit.text() == "홍길동"  # nothing lost


def test_walk_in_with_consent_is_saved_checked_in_and_printed(qtbot: QtBot, desk: Desk) -> None:
    fill_walk_in(desk)
    form = desk.screen.walk_in
    form.collection_box.setChecked(True)
    assert not form.flag_boxes["disability"].isEnabled()
    form.sensitive_box.setChecked(True)
    form.flag_boxes["disability"].setChecked(True)
    qtbot.keyClick(form.job_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert desk.dialogs.asked == []  # no duplicate
    with desk.factory() as s:
        seeker = s.scalars(select(Seeker).where(Seeker.name == "홍길동")).one()
        assert (seeker.phone, seeker.birth_year, seeker.channel) == ("01088881234", 1990, "walk_in")
        assert (seeker.desired_keco, seeker.desired_job) == ("8", "봉제")
        assert seeker.groups == ["disability"]
        assert (seeker.consent_collection, seeker.consent_provision,
                seeker.consent_sensitive) == (True, False, True)
        assert seeker.consent_notice_version == "desk-2026-1"
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
    desk.screen.focus_walk_in()
    type_text(form.birth_edit, "2030")
    type_text(form.phone_edit, "12345")
    form.collection_box.setChecked(True)
    form.save_button.click()
    assert form.error_text("name")
    assert form.error_text("phone")
    assert count(desk, lambda: Seeker) == 3
    type_text(form.name_edit, "홍길동")
    form.phone_edit.setText("010-8888-1234")
    form.save_button.click()
    assert form.error_text("birth")  # 2030 is not a plausible birth year
    assert count(desk, lambda: Seeker) == 3


@pytest.mark.parametrize("answer", [False, True])
def test_a_duplicate_is_warned_about(qtbot: QtBot, desk: Desk, answer: bool) -> None:
    fill_walk_in(desk, name="김민준", phone="010-1234-5678")
    form = desk.screen.walk_in
    form.collection_box.setChecked(True)
    desk.dialogs.answers = [answer]
    form.save_button.click()
    assert len(desk.dialogs.asked) == 1
    assert "#1 김민준" in desk.dialogs.asked[0][1]
    assert count(desk, lambda: Seeker) == (4 if answer else 3)
    assert len(desk.printer.calls) == (1 if answer else 0)
    assert (form.name_edit.text() == "") is answer


def test_can_leave_asks_when_the_form_is_half_filled(qtbot: QtBot, desk: Desk) -> None:
    type_text(desk.screen.walk_in.name_edit, "홍")
    desk.dialogs.answers = [False]
    assert not desk.screen.can_leave()
    assert len(desk.dialogs.asked) == 1


def test_through_the_main_window(
    qtbot: QtBot, make_window: Callable[..., object], gui_factory: sessionmaker[Session]
) -> None:
    fair_id = small_fair(gui_factory).fair_id
    seeker = register(gui_factory, fair_id, "최유나", phone="010-4567-8901")
    with gui_factory.begin() as s:
        code = badge_for(s, seeker.id)
    window = make_window()
    window.choose_station(StationKind.DESK)  # type: ignore[attr-defined]
    screen = window.station_screen  # type: ignore[attr-defined]
    assert isinstance(screen, DeskScreen)
    screen.catcher.clock = FakeClock()
    screen.focus_scan()
    qtbot.waitUntil(screen.scan_panel.scan_edit.hasFocus)
    scan(qtbot, code)
    assert screen.scan_panel.state == BANNER_OK
    with gui_factory() as s:
        assert s.scalar(select(CheckIn.via).where(CheckIn.seeker_id == seeker.id)) == "scan"


def test_without_a_fair_the_desk_shows_the_figures_page(
    qtbot: QtBot,
    gui_factory: sessionmaker[Session],
    gui_config: Config,
    settings: QSettings,
    fake_dialogs: FakeDialogs,
) -> None:
    screen = create_station(
        station_context(StationKind.DESK, gui_factory, gui_config, settings, fake_dialogs)
    )
    qtbot.addWidget(screen)
    assert not isinstance(screen, DeskScreen)


def test_default_printing_goes_through_the_printing_module(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    gui_factory: sessionmaker[Session],
    gui_config: Config,
    settings: QSettings,
    fake_dialogs: FakeDialogs,
) -> None:
    import sys
    import types

    from jobfair.gui.desk import default_print_badges

    fair_id = small_fair(gui_factory).fair_id
    context = station_context(
        StationKind.DESK, gui_factory, gui_config, settings, fake_dialogs, fair_id, "desk"
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    calls: list[tuple[object, list[uuid.UUID], object]] = []
    fake = types.ModuleType("jobfair.gui.printing")
    fake.print_badges_for = lambda ctx, ids, par: calls.append((ctx, ids, par))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "jobfair.gui.printing", fake)
    sid = uuid.uuid4()
    default_print_badges(context, parent)([sid])
    assert calls == [(context, [sid], parent)]

    monkeypatch.setitem(sys.modules, "jobfair.gui.printing", types.ModuleType("empty"))
    default_print_badges(context, parent)([sid])
    assert len(fake_dialogs.informed) == 1 and len(calls) == 1
