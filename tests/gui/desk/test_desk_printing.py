"""A walk-in's badge in one key: the desk asks for its printer once, then prints with no dialog.

Driven from the main window as a volunteer does: the walk-in form, Ctrl+Enter, the printer
dialog the first time, the Desk menu to change it, Ctrl+P to print again. The station's printer
is a *file printer* (Qt's PDF output, chosen in the dialog as "A PDF file"), read back with
poppler and zxing: its page is the layout's paper, and its QR code is the new seeker's.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.config import Config
from jobfair.db.models import Badge, CheckIn, Seeker
from jobfair.gui.desk.scan import BANNER_OK
from jobfair.gui.desk.screen import DeskScreen
from jobfair.gui.printing.calibration import PDF_FILE, CalibrationDialog
from jobfair.gui.printing.station_printer import StationPrinter, save_station_printer
from jobfair.gui.shell.main_window import MainWindow
from jobfair.services.seekers.badges import resolve_code
from tests.documents.conftest import poppler  # noqa: F401  (fixture)
from tests.documents.pdf_tools import decode_pages, pdf_page_sizes_mm
from tests.gui.conftest import FakeDialogs, MakeWindow, type_text
from tests.gui.modal_robot import ModalRobot, modals  # noqa: F401  (fixture)
from tests.gui.stationkit import fair_today, open_station, press, settle

Factory = sessionmaker[Session]

pytestmark = pytest.mark.usefixtures("poppler")


def at_the_desk(qtbot: QtBot, make_window: MakeWindow, factory: Factory
                ) -> tuple[MainWindow, DeskScreen]:
    fair_today(factory)
    window = make_window()
    screen = open_station(qtbot, window, 1)
    assert isinstance(screen, DeskScreen)
    return window, screen


def walk_in(qtbot: QtBot, screen: DeskScreen, name: str, phone: str) -> None:
    """F3, the form with consent, Ctrl+Enter: saved, checked in, printed."""
    press(qtbot, Qt.Key.Key_F3)
    form = screen.walk_in
    type_text(form.name_edit, name)
    type_text(form.birth_edit, "1988")
    type_text(form.phone_edit, phone)
    form.collection_box.setChecked(True)
    form.name_edit.setFocus()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, screen)


def print_into(path: Path, layout: str | None = None) -> object:
    """The printer dialog: "A PDF file" at ``path`` (and ``layout``), then OK."""

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, CalibrationDialog)
        combo = widget.printer_combo
        combo.setCurrentIndex(combo.findData(PDF_FILE))
        widget.pdf_edit.setText(str(path))
        if layout is not None:
            widget.layout_combo.setCurrentIndex(widget.layout_combo.findData(layout))
        ok = widget.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.click()

    return answer


def seeker(factory: Factory, name: str) -> Seeker:
    with factory() as s:
        return s.scalars(select(Seeker).where(Seeker.name == name)).one()


def checked_in(factory: Factory, seeker_id: uuid.UUID) -> bool:
    with factory() as s:
        return s.scalar(select(CheckIn.id).where(CheckIn.seeker_id == seeker_id)) is not None


def printed_at(factory: Factory, seeker_id: uuid.UUID) -> object:
    with factory() as s:
        return s.scalar(select(Badge.printed_at).where(Badge.seeker_id == seeker_id))


def badge_owner(factory: Factory, pdf: Path) -> list[uuid.UUID]:
    codes = [d.text for page in decode_pages(pdf, dpi=300) for d in page]
    with factory() as s:
        return [resolve_code(s, code) for code in codes]


def assert_page(pdf: Path, width_mm: float, height_mm: float) -> None:
    sizes = pdf_page_sizes_mm(pdf)
    assert len(sizes) == 1
    (w, h), = sizes  # Qt writes standard papers in whole points: A6 is 297 × 420 pt
    assert (w, h) == (pytest.approx(width_mm, abs=0.5), pytest.approx(height_mm, abs=0.5))


def back_to(qtbot: QtBot, window: MainWindow) -> None:
    """The window has the keyboard again once a dialog closed (no window manager offscreen)."""
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def test_walk_in_badge_asks_for_the_printer_once_then_prints_with_no_dialog(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory, modals: ModalRobot,  # noqa: F811
    fake_dialogs: FakeDialogs, tmp_path: Path,
) -> None:
    window, screen = at_the_desk(qtbot, make_window, gui_factory)
    out = tmp_path / "badge-printer.pdf"

    modals.expect(CalibrationDialog, print_into(out))
    walk_in(qtbot, screen, "홍길동", "010-8888-1234")
    assert modals.done and modals.answered == ["CalibrationDialog"]
    hong = seeker(gui_factory, "홍길동")
    assert checked_in(gui_factory, hong.id) and printed_at(gui_factory, hong.id) is not None
    assert screen.scan_panel.state == BANNER_OK
    status = screen.scan_panel.print_status
    assert status.isVisible() and status.property("printed") is True
    assert_page(out, 90.0, 55.0)  # the single badge's own paper, turned the badge's way
    assert badge_owner(gui_factory, out) == [hong.id]
    assert hong.name == "홍길동"

    out.unlink()
    back_to(qtbot, window)
    walk_in(qtbot, screen, "김영희", "010-7777-4321")
    assert modals.answered == ["CalibrationDialog"]  # no dialog the second time
    kim = seeker(gui_factory, "김영희")
    assert checked_in(gui_factory, kim.id) and printed_at(gui_factory, kim.id) is not None
    assert_page(out, 90.0, 55.0)
    assert badge_owner(gui_factory, out) == [kim.id]
    assert screen.scan_panel.name_label.text() == "김영희"
    assert fake_dialogs.errors == [] and fake_dialogs.informed == []


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_fails_keeps_the_check_in_and_ctrl_p_prints_it_later(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory, modals: ModalRobot,  # noqa: F811
    fake_dialogs: FakeDialogs, settings: QSettings, tmp_path: Path, gui_config: Config,
) -> None:
    save_station_printer(settings, StationPrinter(name="Office laser (gone)"))
    window, screen = at_the_desk(qtbot, make_window, gui_factory)
    walk_in(qtbot, screen, "홍길동", "010-8888-1234")
    hong = seeker(gui_factory, "홍길동")
    assert checked_in(gui_factory, hong.id)  # the check-in is kept
    assert printed_at(gui_factory, hong.id) is None
    status = screen.scan_panel.print_status
    assert status.isVisible() and status.property("printed") is False
    assert "Office laser (gone)" in status.text() and "Ctrl+P" in status.text()
    kept = list((tmp_path / "station" / "badges").glob("*.pdf"))
    assert len(kept) == 1 and str(kept[0]) in status.text()
    assert badge_owner(gui_factory, kept[0]) == [hong.id]
    assert modals.answered == [] and fake_dialogs.errors == []  # a message, not a window

    # A file printer in a folder that is not there fails the same way, on Ctrl+P.
    missing = tmp_path / "no such folder" / "x.pdf"
    save_station_printer(settings, StationPrinter(pdf_file=str(missing)))
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert status.property("printed") is False and "no such folder" in status.text()

    # A file printer set to the open database (a slip, or mischief) never writes over it.
    database = Path(gui_config.db_url.removeprefix("sqlite:///"))
    before = database.read_bytes()
    save_station_printer(settings, StationPrinter(pdf_file=str(database)))
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert status.property("printed") is False
    assert database.read_bytes() == before
    assert checked_in(gui_factory, hong.id)

    # The volunteer chooses another printer (and A6 paper) from the Desk menu, then Ctrl+P.
    out = tmp_path / "a6-printer.pdf"
    action = window.findChild(QAction, "printerSetupAction")
    assert isinstance(action, QAction) and action.isEnabled() and action.isVisible()
    modals.expect(CalibrationDialog, print_into(out, layout="a6"))
    action.trigger()
    qtbot.waitUntil(lambda: modals.done and QApplication.activeModalWidget() is None)
    back_to(qtbot, window)
    screen.focus_scan()
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert status.property("printed") is True, status.text()
    assert_page(out, 105.0, 148.0)
    assert badge_owner(gui_factory, out) == [hong.id]
    assert printed_at(gui_factory, hong.id) is not None
    assert fake_dialogs.errors == []


def test_cancelling_the_first_printer_choice_keeps_the_check_in(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory, modals: ModalRobot,  # noqa: F811
    fake_dialogs: FakeDialogs,
) -> None:
    _window, screen = at_the_desk(qtbot, make_window, gui_factory)

    def cancel(widget: QWidget) -> None:
        assert isinstance(widget, CalibrationDialog)
        widget.reject()

    modals.expect(CalibrationDialog, cancel)
    walk_in(qtbot, screen, "홍길동", "010-8888-1234")
    hong = seeker(gui_factory, "홍길동")
    assert modals.done and checked_in(gui_factory, hong.id)
    status = screen.scan_panel.print_status
    assert status.property("printed") is False and "Ctrl+P" in status.text()
    assert screen.walk_in.name_edit.text() == ""  # saved, so the form is ready for the next
