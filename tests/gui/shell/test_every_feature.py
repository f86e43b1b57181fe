"""Every thing the README says a person can do, reached from the main window as a person does.

Each test starts at the main window, opens a station with its key (Ctrl+1 desk, Ctrl+3
organizer), reaches the feature through the menu bar (actions found by their object names and
triggered) or its shortcut, answers Qt's own windows as a person would (``ModalRobot``: it types
file names and presses buttons) and checks the effect: a file written and read back, rows in the
database, the tab or dialog on screen. Grouped by the README's bullets.
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QFont, QImage
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import AuditEvent, Badge, CheckIn, Seeker, Station
from jobfair.domain.codes import StationKind
from jobfair.gui.common.paper_sheet import PaperSheetDialog
from jobfair.gui.organizer.accounts import AccountsPanel
from jobfair.gui.organizer.audit_log import AuditLogPanel
from jobfair.gui.organizer.find_seeker import FindSeekerDialog
from jobfair.gui.organizer.follow_up import FollowUpPanel
from jobfair.gui.organizer.import_dialog import ImportDialog
from jobfair.gui.organizer.matching import MatchingPanel
from jobfair.gui.organizer.purge import PurgeDialog
from jobfair.gui.organizer.rehearsal import RehearsalPanel
from jobfair.gui.organizer.screen import OrganizerScreen
from jobfair.gui.organizer.setup.copy import CopyDialog, EmployerImportDialog
from jobfair.gui.organizer.sync_conflicts import ConflictsPanel
from jobfair.gui.shell.application import load_fonts
from jobfair.gui.shell.connection import ConnectionDialog
from jobfair.gui.shell.main_window import MainWindow
from jobfair.services.context import Actor
from jobfair.services.records import purge_files
from jobfair.services.seekers.badges import badge_for, mark_printed
from jobfair.services.seekers.service import Consent, SeekerInput, register_seeker
from tests.documents.conftest import poppler  # noqa: F401  (fixture)
from tests.documents.pdf_tools import decode_pages, pdf_pages, pdf_text
from tests.gui.conftest import FakeDialogs, MakeWindow, SmallFair, build_small_fair, type_text
from tests.gui.modal_robot import ModalRobot, modals  # noqa: F401  (fixture)
from tests.gui.shell.test_sign_in import add_accounts, sign_in_as

FAIR = "2024 의정부 채용박람회"
W = TypeVar("W", bound=QWidget)

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler")


@pytest.fixture
def small(gui_factory: sessionmaker[Session]) -> SmallFair:
    with gui_factory.begin() as s:
        return build_small_fair(s, FAIR)


def open_station(qtbot: QtBot, window: MainWindow, key: Qt.Key, kind: StationKind) -> QWidget:
    """Ctrl+<number>, as a person opens a station; its screen."""
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    assert window.station is kind
    screen = window.station_screen
    assert screen is not None and screen.isVisible()
    return screen


def organizer(
    qtbot: QtBot, make_window: MakeWindow, real_time: bool = False,
) -> tuple[MainWindow, OrganizerScreen]:
    """The window at the organizer station; on the fair's day, or today when ``real_time`` (the
    2024 fair's year of retention is over only in real time)."""
    window = make_window(clock=(lambda: datetime.now(UTC)) if real_time else None)
    screen = open_station(qtbot, window, Qt.Key.Key_3, StationKind.ORGANIZER)
    assert isinstance(screen, OrganizerScreen)
    return window, screen


def menu_of(window: MainWindow, name: str) -> QMenu:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.objectName() == name:
            assert action.isVisible(), f"{name} is hidden"
            return menu
    raise AssertionError(f"no menu {name} in the menu bar")


def _actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        yield action
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _actions(sub)


def menu_action(window: MainWindow, menu: str, name: str) -> QAction:
    """The action ``name`` in the menu bar's menu ``menu`` (or its submenus), enabled."""
    found = [a for a in _actions(menu_of(window, menu)) if a.objectName() == name]
    assert found, f"no {name} in {menu}"
    assert found[0].isEnabled(), f"{name} is disabled"
    return found[0]


def run(window: MainWindow, menu: str, name: str) -> None:
    menu_action(window, menu, name).trigger()


def modal(qtbot: QtBot, kind: type[W]) -> W:
    """The window-modal dialog of type ``kind`` a menu item just opened, with the keyboard."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=5000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind) and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    return dialog


def back_to(qtbot: QtBot, window: MainWindow) -> None:
    """The window has the keyboard again once a dialog closed (a window manager's doing; the
    offscreen platform has none)."""
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def click_row(qtbot: QtBot, dialog: FindSeekerDialog, row: int) -> None:
    view = dialog.table
    rect = view.visualRect(dialog.model.index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def seeker_id(factory: sessionmaker[Session], name: str) -> uuid.UUID:
    with factory() as s:
        return s.scalars(select(Seeker.id).where(Seeker.name == name)).one()


# --- Registration desk: before the fair, import the list and print everyone's badges ----------


@needs_poppler
def test_desk_imports_the_pre_registration_list_and_prints_the_new_badges(
    qtbot: QtBot, make_window: MakeWindow, small: SmallFair, modals: ModalRobot,  # noqa: F811
    fake_dialogs: FakeDialogs, gui_factory: sessionmaker[Session], tmp_path: Path,
) -> None:
    listing = tmp_path / "사전등록.csv"
    with listing.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["성명", "생년월일", "휴대전화", "개인정보동의"])
        for i, name in enumerate(("정하늘", "윤바다", "장가람")):
            writer.writerow([name, f"19{70 + i}-0{i + 1}-15", f"010-7000-{1000 + i}", "Y"])
    badges = tmp_path / "new-badges.pdf"
    window = make_window()
    open_station(qtbot, window, Qt.Key.Key_1, StationKind.DESK)
    run(window, "deskMenu", "importSeekersAction")
    dialog = modal(qtbot, ImportDialog)

    modals.expect(QFileDialog, modals.type_file_name(listing))
    with qtbot.waitSignal(dialog.preview_updated, timeout=10_000):
        qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=5000)
    fake_dialogs.answers = [True, False]  # print the new badges: yes; on a printer now: no
    modals.expect(QFileDialog, modals.type_file_name(badges))
    with qtbot.waitSignal(dialog.seekers_imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.print_task is not None
                    and dialog.print_task.outcome != "running", timeout=20_000)
    assert modals.done and fake_dialogs.errors == []

    with gui_factory() as s:
        imported = set(s.scalars(select(Seeker.name).where(Seeker.channel == "pre_registered")))
        printed = s.scalar(select(func.count()).select_from(Badge)
                           .where(Badge.printed_at.is_not(None)))
    assert imported == {"정하늘", "윤바다", "장가람"} and printed == 3
    assert len([code for page in decode_pages(badges) for code in page]) == 3


@needs_poppler
def test_desk_prints_every_pre_registered_badge_with_one_key(
    qtbot: QtBot, make_window: MakeWindow, small: SmallFair, modals: ModalRobot,  # noqa: F811
    fake_dialogs: FakeDialogs, gui_factory: sessionmaker[Session], tmp_path: Path,
) -> None:
    with gui_factory.begin() as s:
        for i in range(5):
            register_seeker(s, Actor(), small.fair_id, SeekerInput(
                name=f"사전{i}", birth_year=1980 + i, phone=f"010-8000-{2000 + i}",
                consent=Consent(collection=True), channel="pre_registered"))
    out = tmp_path / "all-badges.pdf"
    window = make_window()
    open_station(qtbot, window, Qt.Key.Key_1, StationKind.DESK)
    assert menu_action(window, "deskMenu", "printAllBadgesAction").shortcut().toString() \
        == "Ctrl+Shift+B"
    modals.expect(QFileDialog, modals.type_file_name(out))
    fake_dialogs.answers = [False]  # on a printer now: no, the PDF is enough
    qtbot.keyClick(window, Qt.Key.Key_B,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: out.exists() and modals.done, timeout=20_000)
    with gui_factory() as s:
        qtbot.waitUntil(lambda: s.scalar(select(func.count()).select_from(Badge).where(
            Badge.printed_at.is_not(None))) == 5, timeout=10_000)
    assert len([code for page in decode_pages(out) for code in page]) == 5  # walk-ins not
    assert fake_dialogs.errors == []


@needs_poppler
def test_desk_reprints_one_badge_found_by_name(
    qtbot: QtBot, make_window: MakeWindow, small: SmallFair, modals: ModalRobot,  # noqa: F811
    fake_dialogs: FakeDialogs, gui_factory: sessionmaker[Session], tmp_path: Path,
) -> None:
    kim = seeker_id(gui_factory, "김민준")
    with gui_factory.begin() as s:
        code = badge_for(s, kim)
        mark_printed(s, Actor(), [kim])  # printed at the desk once
    out = tmp_path / "reprint.pdf"
    window = make_window()
    open_station(qtbot, window, Qt.Key.Key_1, StationKind.DESK)
    run(window, "deskMenu", "reprintBadgeAction")
    dialog = modal(qtbot, FindSeekerDialog)
    type_text(dialog.field, "김민")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # Enter searches; it chooses nobody
    assert dialog.model.rowCount() == 1 and dialog.isVisible()
    assert not dialog.action_button.isEnabled()
    click_row(qtbot, dialog, 0)
    modals.expect(QMessageBox, modals.press("PDF"))
    modals.expect(QFileDialog, modals.type_file_name(out))
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: modals.done and out.exists(), timeout=10_000)
    assert [d.text for page in decode_pages(out) for d in page] == [code]
    with gui_factory() as s:
        printed = s.scalars(select(AuditEvent).where(
            AuditEvent.action == "print", AuditEvent.station_kind == "desk")).one()
        reprints = s.scalar(select(Badge.reprints).where(Badge.seeker_id == kim))
    assert printed.after == {"badges": 1, "reprints": 1} and reprints == 1
    assert fake_dialogs.errors == []


@needs_poppler
def test_desk_prints_an_interview_confirmation_for_a_scanned_badge(
    qtbot: QtBot, make_window: MakeWindow, small: SmallFair, modals: ModalRobot,  # noqa: F811
    fake_dialogs: FakeDialogs, gui_factory: sessionmaker[Session], tmp_path: Path,
) -> None:
    lee = seeker_id(gui_factory, "이서연")  # one interview: the second-interview at A-1
    kim = seeker_id(gui_factory, "김민준")
    with gui_factory.begin() as s:
        lee_code = badge_for(s, lee)
        kim_code = badge_for(s, kim)
    out = tmp_path / "면접확인서.pdf"
    window = make_window()
    open_station(qtbot, window, Qt.Key.Key_1, StationKind.DESK)
    run(window, "deskMenu", "confirmationAction")
    dialog = modal(qtbot, FindSeekerDialog)
    chosen: list[object] = []
    dialog.seeker_chosen.connect(chosen.append)
    for code in (kim_code, lee_code):  # two scans, scanner-fast, into whatever has the focus
        focus = QApplication.focusWidget()
        assert focus is dialog.field
        qtbot.keyClicks(focus, code)
        qtbot.keyClick(focus, Qt.Key.Key_Return)
        assert chosen == [] and dialog.isVisible()  # a scan's Enter never acts
    row = dialog.model.row_at(0)
    assert row is not None and row.name == "이서연" and dialog.action_button.isEnabled()
    modals.expect(QMessageBox, modals.press("PDF"))
    modals.expect(QFileDialog, modals.type_file_name(out))
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    assert chosen == [lee]
    qtbot.waitUntil(lambda: modals.done and out.exists(), timeout=10_000)
    text = pdf_text(out)
    assert "이서연" in text and "(주)양주섬유" in text and pdf_pages(out) == 1


# --- Organizer: setup, dashboard, the summary report, export, paper sheets --------------------


def test_organizer_menu_reaches_every_tab_by_key(
    qtbot: QtBot, make_window: MakeWindow, small: SmallFair,
) -> None:
    window, screen = organizer(qtbot, make_window)
    tabs: list[tuple[str, type[QWidget] | None]] = [
        ("dashboard", None), ("setup", None), ("paper", None), ("followUp", FollowUpPanel),
        ("matching", MatchingPanel), ("audit", AuditLogPanel), ("accounts", AccountsPanel),
        ("conflicts", ConflictsPanel), ("rehearsal", RehearsalPanel),
    ]
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.AltModifier)  # from the end
    for number, (name, panel) in enumerate(tabs, start=1):
        action = menu_action(window, "organizerMenu", f"organizerTab_{name}")
        assert action.shortcut().toString() == f"Alt+{number}"
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.AltModifier)
        assert screen.tabs.currentIndex() == number - 1, name
        page = screen.tabs.currentWidget()
        assert page is not None and page.isVisible()
        if panel is not None:
            assert isinstance(page, panel) or page.findChild(panel) is not None, name
    assert screen.setup_panel is not None
    follow_up = screen.follow_up_panel
    assert isinstance(follow_up, FollowUpPanel)
    assert follow_up.model.rowCount() == 2  # 이서연's second interview, 김민준's pending one


def test_organizer_imports_and_copies_employers_from_the_menu(
    qtbot: QtBot, make_window: MakeWindow, small: SmallFair,
) -> None:
    window, screen = organizer(qtbot, make_window)
    run(window, "organizerMenu", "importEmployersAction")
    assert screen.tabs.currentWidget() is screen.setup_page
    dialog = modal(qtbot, EmployerImportDialog)
    dialog.reject()
    run(window, "organizerMenu", "copyEmployersAction")
    modal(qtbot, CopyDialog).reject()


@needs_poppler
def test_organizer_saves_the_summary_report(
    qtbot: QtBot, make_window: MakeWindow, small: SmallFair, modals: ModalRobot,  # noqa: F811
    fake_dialogs: FakeDialogs, tmp_path: Path,
) -> None:
    out = tmp_path / "summary.pdf"
    window, _screen = organizer(qtbot, make_window)
    modals.expect(QInputDialog, modals.pick())  # the summary's language: as offered (Korean)
    modals.expect(QMessageBox, modals.press_standard(QMessageBox.StandardButton.No))
    modals.expect(QMessageBox, modals.press("PDF"))
    modals.expect(QFileDialog, modals.type_file_name(out))
    qtbot.keyClick(window, Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: modals.done and out.exists(), timeout=20_000)
    text = pdf_text(out)
    assert FAIR in text and "(주)양주섬유" in text
    assert fake_dialogs.errors == []


def test_organizer_exports_the_workbook_and_one_table(
    qtbot: QtBot, make_window: MakeWindow, small: SmallFair, modals: ModalRobot,  # noqa: F811
    fake_dialogs: FakeDialogs, tmp_path: Path,
) -> None:
    book, table = tmp_path / "fair.xlsx", tmp_path / "employers.csv"
    window, _screen = organizer(qtbot, make_window)
    modals.expect(QFileDialog, modals.type_file_name(book))
    qtbot.keyClick(window, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: modals.done and len(fake_dialogs.informed) == 1, timeout=20_000)
    workbook = openpyxl.load_workbook(book, read_only=True)
    cells = {str(c) for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True)
             for c in row if c is not None}
    assert {"(주)양주섬유", "동두천물류", "봉제원"} <= cells

    modals.expect(QFileDialog, modals.type_file_name(table))
    run(window, "organizerMenu", "exportCsv_employers")
    qtbot.waitUntil(lambda: modals.done and len(fake_dialogs.informed) == 2, timeout=20_000)
    assert "동두천물류" in table.read_text(encoding="utf-8-sig")
    assert fake_dialogs.errors == []


def test_organizer_keys_a_paper_sheet_from_the_menu(
    qtbot: QtBot, make_window: MakeWindow, small: SmallFair,
) -> None:
    window, screen = organizer(qtbot, make_window)
    qtbot.keyClick(window, Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = modal(qtbot, PaperSheetDialog)
    assert screen.paper_dialog is dialog
    run(window, "organizerMenu", "paperSheetAction")  # again: the same dialog, not a second
    assert screen.paper_dialog is dialog
    dialog.reject()


# --- Before and after: matching, follow-up, confirmations, the purge -----------------------------


def test_purge_asks_for_the_fair_name_and_a_scan_never_confirms_it(
    qtbot: QtBot, make_window: MakeWindow, small: SmallFair, fake_dialogs: FakeDialogs,
    gui_factory: sessionmaker[Session],
) -> None:
    window, screen = organizer(qtbot, make_window, real_time=True)
    assert screen.retention.isVisible()  # a 2024 fair: its year of retention is over
    qtbot.mouseClick(screen.retention.button, Qt.MouseButton.LeftButton)
    dialog = modal(qtbot, PurgeDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5000)  # counted on a worker
    assert "4" in dialog.what.text()
    assert not dialog.purge_button.isEnabled()
    dialog.reject()
    run(window, "organizerMenu", "purgeAction")  # the menu opens the same question
    dialog = modal(qtbot, PurgeDialog)

    focus = QApplication.focusWidget()
    assert focus is dialog.name_field
    qtbot.keyClicks(focus, "JF7Q2X9KD4M8RT2")  # a badge scanned into the box
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.purge_button.isEnabled()
    dialog.name_field.clear()
    type_text(dialog.name_field, FAIR)
    assert dialog.purge_button.isEnabled() and not dialog.purge_button.isDefault()
    qtbot.keyClick(dialog.name_field, Qt.Key.Key_Return)  # Enter still confirms nothing
    assert dialog.isVisible()
    with gui_factory() as s:
        assert "김민준" in set(s.scalars(select(Seeker.name)))
    with qtbot.waitSignal(dialog.purged, timeout=10_000):  # purged on a worker
        qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    assert QApplication.activeModalWidget() is None  # the dialog closed

    with gui_factory() as s:
        assert set(s.scalars(select(Seeker.name))) == {""}
        assert s.scalar(select(func.count()).select_from(CheckIn)) == 3  # the figures stay
    assert fake_dialogs.informed and "4" in fake_dialogs.informed[-1][1]
    assert not screen.retention.isVisible()


def test_escape_leaves_the_fair_unpurged(
    qtbot: QtBot, make_window: MakeWindow, small: SmallFair, gui_factory: sessionmaker[Session],
) -> None:
    window, _screen = organizer(qtbot, make_window)
    run(window, "organizerMenu", "purgeAction")
    dialog = modal(qtbot, PurgeDialog)
    type_text(QApplication.focusWidget() or dialog, FAIR)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    with gui_factory() as s:
        assert s.scalar(select(func.count()).select_from(Seeker).where(Seeker.name == "")) == 0


def test_before_the_retention_date_the_purge_needs_a_reason_and_audits_it(
    qtbot: QtBot, make_window: MakeWindow, small: SmallFair, gui_factory: sessionmaker[Session],
) -> None:
    window, _screen = organizer(qtbot, make_window)  # on the fair's day: retention runs on
    run(window, "organizerMenu", "purgeAction")
    dialog = modal(qtbot, PurgeDialog)
    assert dialog.reason_field.isVisible() and "2025" in dialog.when.text()
    type_text(dialog.name_field, FAIR)
    assert not dialog.purge_button.isEnabled()  # the name alone is not enough yet
    type_text(dialog.reason_field, "본인 삭제 요청")
    assert dialog.purge_button.isEnabled()
    with qtbot.waitSignal(dialog.purged, timeout=10_000):
        qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    with gui_factory() as s:
        assert set(s.scalars(select(Seeker.name))) == {""}
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "purge")).one()
        assert event.after is not None and event.after["before_retention"] == "본인 삭제 요청"


def test_a_held_database_file_is_said_and_the_cleanup_runs_again(
    qtbot: QtBot, make_window: MakeWindow, small: SmallFair, gui_factory: sessionmaker[Session],
    fake_dialogs: FakeDialogs, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(purge_files, "CLEANUP_WAIT_SECONDS", 0.5)
    bind = gui_factory.kw["bind"]
    path = Path(str(bind.url.database))
    window, _screen = organizer(qtbot, make_window, real_time=True)
    run(window, "organizerMenu", "purgeAction")
    dialog = modal(qtbot, PurgeDialog)
    assert not dialog.reason_field.isVisible()  # the retention period is over
    reader = sqlite3.connect(str(path), isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM seeker").fetchone()  # another program reading
    try:
        type_text(dialog.name_field, FAIR)
        with qtbot.waitSignal(dialog.purged, timeout=10_000):
            qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.cleanup_button.isVisible(), timeout=10_000)
        assert dialog.isVisible() and dialog.cleanup_error is not None
        assert "jobfair.sqlite3" in dialog.problem.text()
        assert not fake_dialogs.informed  # not reported as done
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):  # done now: the dialog closes
        qtbot.mouseClick(dialog.cleanup_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.informed
    raw = b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
    assert "김민준".encode() not in raw


# --- the rest of the window: stations, accounts, connection, demo, audit log ---------------------


def test_each_station_shows_its_own_menu(
    qtbot: QtBot, make_window: MakeWindow, small: SmallFair,
) -> None:
    window = make_window()
    for key, kind, shown in ((Qt.Key.Key_1, StationKind.DESK, "deskMenu"),
                             (Qt.Key.Key_2, StationKind.BOOTH, None),
                             (Qt.Key.Key_3, StationKind.ORGANIZER, "organizerMenu")):
        open_station(qtbot, window, key, kind)
        visible = {a.menu().objectName() for a in window.menuBar().actions()
                   if isinstance(a.menu(), QMenu) and a.isVisible()}
        assert visible & {"deskMenu", "organizerMenu"} == ({shown} if shown else set())


def test_a_desk_volunteer_signs_in_works_from_the_desk_menu_and_signs_out(
    qtbot: QtBot, make_window: MakeWindow, small: SmallFair, gui_factory: sessionmaker[Session],
) -> None:
    add_accounts(gui_factory, small.fair_id)
    window = make_window()
    assert window.stack.currentWidget() is window.sign_in_page
    assert not any(a.isVisible() for a in window.menuBar().actions()
                   if isinstance(a.menu(), QMenu)
                   and a.menu().objectName() in ("deskMenu", "organizerMenu"))
    sign_in_as(qtbot, window, "lee", "5932")
    assert window.station is StationKind.DESK  # a desk account's only station
    run(window, "deskMenu", "reprintBadgeAction")
    dialog = modal(qtbot, FindSeekerDialog)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    back_to(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.stack.currentWidget() is window.sign_in_page and window.account is None
    with gui_factory() as s:
        events = {e.action: e for e in s.scalars(
            select(AuditEvent).where(AuditEvent.station_id == window.station_id))}
    assert events["create"].actor == "lee" and events["create"].station_kind == "desk"
    assert events["sign_out"].actor == "lee"



def test_file_menu_opens_the_connection_screen_and_loads_the_demo(
    qtbot: QtBot, make_window: MakeWindow, small: SmallFair,
) -> None:
    window = make_window()
    run(window, "fileMenu", "connectAction")
    dialog = modal(qtbot, ConnectionDialog)
    dialog.reject()
    with qtbot.waitSignal(window.demo_loaded, timeout=60_000):
        run(window, "fileMenu", "demoAction")
    fair = window.current_fair()
    assert fair is not None and fair.is_demo and len(window.fairs) == 2


def test_the_audit_log_names_the_pc_its_role_and_the_seeker(
    qtbot: QtBot, make_window: MakeWindow, small: SmallFair, gui_factory: sessionmaker[Session],
) -> None:
    choi = seeker_id(gui_factory, "최유나")  # registered, not yet checked in
    with gui_factory.begin() as s:
        code = badge_for(s, choi)
    window = make_window()
    window.settings.setValue("station/name", "접수대 노트북")
    open_station(qtbot, window, Qt.Key.Key_1, StationKind.DESK)
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClicks(focus, code)  # the desk's scan
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    with gui_factory() as s:
        qtbot.waitUntil(lambda: s.scalar(select(func.count()).select_from(CheckIn).where(
            CheckIn.seeker_id == choi)) == 1, timeout=5000)

    screen = open_station(qtbot, window, Qt.Key.Key_3, StationKind.ORGANIZER)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert isinstance(screen, OrganizerScreen)
    panel = screen.audit_panel
    assert isinstance(panel, AuditLogPanel)
    panel.action.setCurrentIndex(panel.action.findData("checkin"))
    rows = [r for r in panel.model.rows if r.entity_id == str(choi)]
    assert len(rows) == 1
    index = panel.model.rows.index(rows[0])
    cells = [panel.model.index(index, c).data() for c in range(panel.model.columnCount())]
    assert cells[1] == "접수대 노트북" and cells[2] == "접수처"
    assert cells[6] == "최유나 (#4)" and str(choi) not in " ".join(cells)
    panel.table.selectRow(index)
    assert str(choi) in panel.detail_ids.text()
    with gui_factory() as s:
        station = s.get(Station, window.station_id)
        assert station is not None and station.name == "접수대 노트북"
        assert station.kind == "organizer"  # the role it was last opened as


# --- menus draw every item whole ----------------------------------------------------------


def _text_image(menu: QMenu, action: QAction, width: int) -> QImage:
    """The item's left part, where its text is drawn (not the menu's column of shortcuts nor a
    submenu's arrow)."""
    rect = menu.actionGeometry(action)
    reserved = 8 + (24 if action.menu() is not None else 0)  # the frame, a submenu's arrow
    if not action.shortcut().isEmpty():
        reserved += 16 + max(menu.fontMetrics().horizontalAdvance(a.shortcut().toString())
                             for a in menu.actions())
    # a few pixels off the top and bottom: the last item borders on the menu's frame
    return menu.grab(rect.adjusted(0, 3, width - reserved - rect.width(), -3)).toImage()


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen popups: no raise, grab
def test_no_menu_item_is_cut_short(qtbot: QtBot, make_window: MakeWindow,
                                   small: SmallFair) -> None:
    """Every item draws as it does in a menu with room to spare (Hangul with a mnemonic was
    elided in the middle: "데모 박람회…오기(D)")."""
    family = load_fonts()
    assert family is not None
    window, _screen = organizer(qtbot, make_window)
    font = QFont(family)
    font.setPointSize(12)
    checked = 0
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):  # the desk's menu too, hidden at the organizer
            continue
        menu.setFont(font)
        items = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        menu.popup(window.mapToGlobal(QPoint(0, 0)))
        qtbot.waitExposed(menu)
        widths = [menu.actionGeometry(a).width() for a in items]
        shown = [_text_image(menu, a, w) for a, w in zip(items, widths, strict=True)]
        menu.close()
        spare = menu.addAction("M" * 60)  # the same menu with room to spare
        menu.popup(window.mapToGlobal(QPoint(0, 0)))
        qtbot.waitExposed(menu)
        for action, width, image in zip(items, widths, shown, strict=True):
            assert _text_image(menu, action, width) == image, (
                f"{menu.objectName()}: {action.text()!r} is cut short")
            checked += 1
        menu.close()
        menu.removeAction(spare)
    assert checked > 30
