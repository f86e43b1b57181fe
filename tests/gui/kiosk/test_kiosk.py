"""The self-service kiosk, driven as a seeker and as staff would from the main window
(Station › Kiosk): a badge scanned, or name + phone + birth year typed, checks in (marked as
self-service at the desk), prints the badge if it never was, greets by name with the booths to
go to next; a typo is "not found"; a printer that fails, or hangs past the watchdog, puts it out
of order (the screen never freezes); leaving takes an organizer's or the desk's PIN, and a scan
never answers the PIN prompt."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.cli import parse
from jobfair.db.models import Badge, CheckIn, Referral
from jobfair.domain.roles import Role
from jobfair.gui.desk.screen import DeskScreen
from jobfair.gui.kiosk import screen as kiosk_module
from jobfair.gui.kiosk.screen import OUT_OF_ORDER, KioskScreen
from jobfair.gui.printing import station_printer
from jobfair.gui.printing.station_printer import StationPrinter, save_station_printer
from jobfair.gui.shell.main_window import MainWindow
from jobfair.services.accounts.service import create_account
from jobfair.services.context import Actor
from jobfair.services.seekers.badges import ensure_badges
from jobfair.services.seekers.service import Consent, SeekerInput, register_seeker
from tests.documents.conftest import poppler  # noqa: F401  (fixture)
from tests.gui.conftest import FakeDialogs, MakeWindow, type_text
from tests.gui.shell.test_sign_in import sign_in_as
from tests.gui.stationkit import fair_today, open_station, press, scan
from tests.services.fairkit import ticking_clock

Factory = sessionmaker[Session]

pytestmark = pytest.mark.usefixtures("poppler")


def seekers(factory: Factory, fair_id: int) -> dict[str, tuple[uuid.UUID, str]]:
    """홍길동 (a sewing machinist: booth A-1 fits), 김철수 twice with the same phone ending and
    birth year (the kiosk cannot tell them apart), each with a badge: name -> (id, code)."""
    who = Actor(name="setup", clock=ticking_clock())
    people = [("홍길동", "010-1111-2345", 1985), ("김철수", "010-2222-7777", 1990),
              ("김철수", "010-3333-7777", 1990)]
    found: dict[str, tuple[uuid.UUID, str]] = {}
    with factory.begin() as s:
        ids = [register_seeker(s, who, fair_id, SeekerInput(
            name=name, birth_year=year, phone=phone, desired_keco="8",
            consent=Consent(collection=True))).id for name, phone, year in people]
        codes = ensure_badges(s, ids)
        create_account(s, who, login="kim", secret="4821", role=Role.ORGANIZER)
        create_account(s, who, login="lee", secret="5932", role=Role.DESK)
        create_account(s, who, login="park", secret="7310", role=Role.BOOTH,
                       booth_id=_booth(s, fair_id))
    for (name, _phone, _year), seeker_id in zip(people, ids, strict=True):
        found.setdefault(name, (seeker_id, codes[seeker_id]))
    return found


def _booth(session: Session, fair_id: int) -> int:
    from jobfair.db.models import Booth

    booth = session.scalar(select(Booth.id).where(Booth.fair_id == fair_id))
    assert booth is not None
    return booth


def open_kiosk(qtbot: QtBot, window: MainWindow) -> KioskScreen:
    """Station › Kiosk, as staff open it."""
    window.menus.station_menu.setEnabled(True)
    window.menus.kiosk_action.trigger()
    qtbot.waitUntil(lambda: window.kiosk_screen is not None)
    kiosk = window.kiosk_screen
    assert isinstance(kiosk, KioskScreen)
    assert window.isFullScreen() and not window.menuBar().isVisible()
    return kiosk


def kiosk_with_printer(qtbot: QtBot, make_window: MakeWindow, factory: Factory,
                       settings: QSettings, printer: Path
                       ) -> tuple[MainWindow, KioskScreen, dict[str, tuple[uuid.UUID, str]]]:
    fair = fair_today(factory)
    people = seekers(factory, fair.fair_id)
    save_station_printer(settings, StationPrinter(pdf_file=str(printer)))
    window = make_window()
    sign_in_as(qtbot, window, "lee", "5932")
    qtbot.waitUntil(lambda: window.account is not None)
    return window, open_kiosk(qtbot, window), people


def unlock(qtbot: QtBot, kiosk: KioskScreen, login: str, pin: str) -> None:
    type_text(kiosk.login_edit, login)
    qtbot.keyClick(kiosk.login_edit, Qt.Key.Key_Return)
    assert kiosk.pin_edit.hasFocus()
    qtbot.keyClicks(kiosk.pin_edit, pin)
    qtbot.keyClick(kiosk.pin_edit, Qt.Key.Key_Return)


def staff_leave(qtbot: QtBot, window: MainWindow, kiosk: KioskScreen) -> None:
    """Staff leave the kiosk with their PIN (so the window may close when the test ends)."""
    kiosk.ask_pin()
    unlock(qtbot, kiosk, "kim", "4821")
    qtbot.waitUntil(lambda: window.kiosk_screen is None)


def checkin_via(factory: Factory, seeker_id: uuid.UUID) -> str | None:
    with factory() as s:
        return s.scalar(select(CheckIn.via).where(CheckIn.seeker_id == seeker_id))


def test_a_badge_scanned_greets_by_name_with_booths_prints_and_resets(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory, settings: QSettings,
    tmp_path: Path,
) -> None:
    printer = tmp_path / "kiosk-badge.pdf"
    window, kiosk, people = kiosk_with_printer(qtbot, make_window, gui_factory, settings,
                                               printer)
    assert window.camera_switch.action.isEnabled()  # the camera corner feeds the same catcher
    hong, code = people["홍길동"]
    scan(qtbot, code, kiosk)
    assert kiosk.pages.currentWidget() is kiosk.greeting_page
    assert kiosk.greeting_label.text() == "반갑습니다, 홍길동 님"
    assert "A-1" in kiosk.booths_label.text()
    assert "010" not in kiosk.page_text and "1985" not in kiosk.page_text  # the name only
    assert checkin_via(gui_factory, hong) == "kiosk"
    qtbot.waitUntil(lambda: kiosk.badges_printing == 0)  # printed on the worker
    with gui_factory() as s:
        assert s.scalar(select(Badge.printed_at).where(Badge.seeker_id == hong)) is not None
        assert s.scalars(select(Referral.source).where(Referral.seeker_id == hong)).all() == [
            "kiosk"]
    assert printer.exists() and not kiosk.out_of_order

    kiosk.language_button.click()  # English for this seeker
    assert kiosk.greeting_label.text() == "Welcome, 홍길동"
    assert kiosk.reset_timer.isActive() and kiosk.reset_timer.interval() == 5000
    kiosk.reset_timer.timeout.emit()  # five seconds later
    assert kiosk.pages.currentWidget() is kiosk.welcome_page
    assert kiosk.language == "ko" and kiosk.shown is None
    assert window.kiosk_screen is kiosk
    staff_leave(qtbot, window, kiosk)


def test_name_phone_and_birth_year_check_in_a_typo_is_not_found_twins_go_to_the_desk(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory, settings: QSettings,
    tmp_path: Path,
) -> None:
    window, kiosk, people = kiosk_with_printer(qtbot, make_window, gui_factory, settings,
                                               tmp_path / "badge.pdf")
    hong, _code = people["홍길동"]

    def details(name: str, phone4: str, year: str) -> None:
        kiosk.name_edit.clear()
        type_text(kiosk.name_edit, name)
        qtbot.keyClick(kiosk.name_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(kiosk.phone_edit, phone4)
        qtbot.keyClick(kiosk.phone_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(kiosk.year_edit, year)
        qtbot.keyClick(kiosk.year_edit, Qt.Key.Key_Return)

    details("홍길동", "2354", "1985")  # a typo in the phone
    assert kiosk.pages.currentWidget() is kiosk.welcome_page
    assert kiosk.form_message.text() == "찾을 수 없습니다. 입력한 내용을 확인하고 다시 해 주세요."
    assert checkin_via(gui_factory, hong) is None

    kiosk.phone_edit.clear()
    kiosk.year_edit.clear()
    details("홍길동", "2345", "1985")
    assert kiosk.greeting_label.text() == "반갑습니다, 홍길동 님"
    assert checkin_via(gui_factory, hong) == "kiosk"

    kiosk.reset_timer.timeout.emit()
    details("김철수", "7777", "1990")  # two people: the kiosk names neither
    assert kiosk.pages.currentWidget() is kiosk.message_page
    assert "김철수" not in kiosk.page_text
    with gui_factory() as s:
        assert s.scalar(select(CheckIn.id).join(CheckIn.seeker).where(
            CheckIn.via == "kiosk", CheckIn.seeker_id != hong)) is None
    staff_leave(qtbot, window, kiosk)


def test_a_printer_that_fails_puts_the_kiosk_out_of_order_until_staff_clear_it(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory, settings: QSettings,
    tmp_path: Path,
) -> None:
    window, kiosk, people = kiosk_with_printer(
        qtbot, make_window, gui_factory, settings, tmp_path / "unplugged" / "badge.pdf")
    hong, code = people["홍길동"]
    scan(qtbot, code, kiosk)
    qtbot.waitUntil(lambda: kiosk.out_of_order)  # the printer is tried on the worker
    assert kiosk.pages.currentWidget() is kiosk.message_page
    assert kiosk.message_label.text() != ""
    assert checkin_via(gui_factory, hong) == "kiosk"  # the check-in stays
    kiosk.reset_timer.timeout.emit()
    assert kiosk.out_of_order  # no timer clears it
    other, other_code = people["김철수"]
    scan(qtbot, other_code, kiosk)
    assert checkin_via(gui_factory, other) is None  # nobody is checked in while out of order

    kiosk.staff_button.click()
    unlock(qtbot, kiosk, "lee", "5932")
    assert not kiosk.out_of_order and kiosk.pages.currentWidget() is kiosk.welcome_page
    assert window.kiosk_screen is kiosk  # cleared, still locked
    staff_leave(qtbot, window, kiosk)


def printed_at(factory: Factory, seeker_id: uuid.UUID) -> object:
    with factory() as s:
        return s.scalar(select(Badge.printed_at).where(Badge.seeker_id == seeker_id))


def test_a_printer_that_hangs_never_freezes_the_kiosk_and_puts_it_out_of_order(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory, settings: QSettings,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    entered, release = threading.Event(), threading.Event()

    def hanging_driver(*_args: object, **_kwargs: object) -> int:
        entered.set()
        release.wait(30)
        return 1  # the driver comes back at last, "printed"

    monkeypatch.setattr(station_printer, "print_pdf", hanging_driver)
    monkeypatch.setattr(kiosk_module, "PRINT_WATCHDOG_MS", 300)  # 15 s in the hall
    window, kiosk, people = kiosk_with_printer(qtbot, make_window, gui_factory, settings,
                                               tmp_path / "badge.pdf")
    assert kiosk.print_watchdog.interval() == 300
    hong, code = people["홍길동"]
    try:
        scan(qtbot, code, kiosk)
        # the scan came back with the greeting while the driver hangs on the worker
        assert kiosk.pages.currentWidget() is kiosk.greeting_page
        assert kiosk.greeting_label.text() == "반갑습니다, 홍길동 님"
        assert entered.wait(10)
        runner = kiosk.printing
        assert runner is not None and not kiosk.out_of_order
        qtbot.waitUntil(lambda: kiosk.out_of_order, timeout=5000)  # the watchdog
        assert kiosk.pages.currentWidget() is kiosk.message_page
        assert kiosk.message_label.text() == kiosk.t(OUT_OF_ORDER)
        assert checkin_via(gui_factory, hong) == "kiosk"  # the check-in stays
        assert printed_at(gui_factory, hong) is None
    finally:
        release.set()  # the driver answers at last
    assert runner.join(10)  # its thread ends
    qtbot.wait(100)  # a late answer would be delivered by now
    assert kiosk.out_of_order and kiosk.pages.currentWidget() is kiosk.message_page
    assert printed_at(gui_factory, hong) is None  # given up: not recorded as printed

    kiosk.staff_button.click()  # staff clear it with their PIN, as for any printer fault
    unlock(qtbot, kiosk, "lee", "5932")
    assert not kiosk.out_of_order and kiosk.pages.currentWidget() is kiosk.welcome_page
    assert kiosk.printing is None
    staff_leave(qtbot, window, kiosk)


def test_leaving_takes_a_staff_pin_and_a_scan_never_answers_it(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory, settings: QSettings,
    tmp_path: Path,
) -> None:
    window, kiosk, people = kiosk_with_printer(qtbot, make_window, gui_factory, settings,
                                               tmp_path / "badge.pdf")
    window.close()  # Alt+F4: the PIN panel, not a closed window
    assert window.isVisible() and kiosk.pin_panel.isVisible()
    press(qtbot, Qt.Key.Key_Escape)  # cancels the panel; the kiosk stays
    assert not kiosk.pin_panel.isVisible() and window.kiosk_screen is kiosk

    press(qtbot, Qt.Key.Key_Escape)
    assert kiosk.pin_panel.isVisible() and kiosk.login_edit.hasFocus()
    type_text(kiosk.login_edit, "lee")
    hong, code = people["홍길동"]
    scan(qtbot, code, kiosk)  # a seeker's scan lands in the panel: it never answers it
    assert not kiosk.pin_panel.isVisible() and window.kiosk_screen is kiosk
    assert kiosk.greeting_label.text() == "반갑습니다, 홍길동 님"
    assert checkin_via(gui_factory, hong) == "kiosk"

    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # a menu key
    window.show_start_page()
    assert window.kiosk_screen is kiosk and kiosk.pin_panel.isVisible()
    unlock(qtbot, kiosk, "lee", "0000")  # wrong
    assert window.kiosk_screen is kiosk and kiosk.pin_message.text() != ""
    unlock(qtbot, kiosk, "park", "7310")  # a booth's account may not
    assert window.kiosk_screen is kiosk and kiosk.pin_message.text() != ""
    kiosk.login_edit.clear()
    unlock(qtbot, kiosk, "kim", "4821")
    qtbot.waitUntil(lambda: window.kiosk_screen is None)
    assert not window.isFullScreen() and window.menuBar().isVisible()

    # item 5: the desk sees the kiosk's check-in, marked as self-service
    desk = open_station(qtbot, window, 1)
    assert isinstance(desk, DeskScreen)
    qtbot.waitUntil(lambda: desk.scan_panel.recent_list.count() > 0)
    mark = QCoreApplication.translate("ScanPanel", "self-service")
    texts = [desk.scan_panel.recent_list.item(i).text()
             for i in range(desk.scan_panel.recent_list.count())]
    assert any("홍길동" in t and mark in t for t in texts), texts


def test_without_accounts_the_kiosk_does_not_open_and_the_command_line_has_it(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory, fake_dialogs: FakeDialogs,
) -> None:
    fair_today(gui_factory)
    window = make_window()
    window.menus.kiosk_action.trigger()  # nothing could unlock it: it is not opened
    assert window.kiosk_screen is None and not window.isFullScreen()
    assert fake_dialogs.errors
    assert parse(["kiosk"]).command == "kiosk"


def test_jobfair_kiosk_opens_the_window_on_the_kiosk(
    monkeypatch: pytest.MonkeyPatch, sqlite_url: str
) -> None:
    from jobfair import app
    from jobfair.gui.shell import application

    started: list[bool] = []

    def run_gui(config: object, frame: object = None, kiosk: bool = False) -> int:
        if frame is not None:
            frame.close()  # type: ignore[attr-defined]  # the frame shown before the window
        started.append(kiosk)
        return 0

    monkeypatch.setattr(application, "run_gui", run_gui)
    assert app.main(["--db", sqlite_url, "kiosk"]) == 0
    assert started == [True]


def test_the_kiosk_asked_for_before_the_sign_in_opens_after_it(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory, settings: QSettings,
    tmp_path: Path,
) -> None:
    fair = fair_today(gui_factory)
    seekers(gui_factory, fair.fair_id)
    save_station_printer(settings, StationPrinter(pdf_file=str(tmp_path / "badge.pdf")))
    window = make_window()
    window.show_kiosk_screen()  # what ``jobfair kiosk`` does on a database with accounts
    assert window.kiosk_screen is None
    assert window.stack.currentWidget() is window.sign_in_page
    sign_in_as(qtbot, window, "lee", "5932")
    qtbot.waitUntil(lambda: window.kiosk_screen is not None)
    kiosk = window.kiosk_screen
    assert isinstance(kiosk, KioskScreen) and window.isFullScreen()
    staff_leave(qtbot, window, kiosk)
