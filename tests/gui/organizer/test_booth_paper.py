"""The paper result sheet: typed line by line, checked per line, saved whole or not at all."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.config import Config
from jobfair.db.models import Interview, Seeker
from jobfair.domain.codes import StationKind
from jobfair.gui.common.language import LanguageManager
from jobfair.gui.common.paper_sheet import (
    COL_BADGE,
    COL_CHECK,
    COL_KEY,
    COL_SEEKER,
    PaperSheetDialog,
)
from jobfair.gui.organizer.screen import OrganizerScreen
from jobfair.gui.shell.main_window import MainWindow
from tests.gui.conftest import (
    FakeDialogs,
    MakeWindow,
    SmallFair,
    activate,
    station_context,
    window_on_fair_day,
)
from tests.gui.modal_robot import ModalRobot
from tests.gui.modal_robot import modals as modals  # fixture
from tests.gui.shell.test_every_feature import back_to, modal
from tests.gui.shell.test_every_feature import small as small  # fixture
from tests.gui.stationkit import where_keys_land
from tests.services.fairkit import register, small_fair

Factory = sessionmaker[Session]


def count_interviews(factory: Factory) -> int:
    with factory() as s:
        return int(s.scalar(select(func.count()).select_from(Interview)) or 0)


def type_focused(qtbot: QtBot, text: str) -> None:
    """Keys go where the focus is (the table, then the cell editor it opens)."""
    for ch in text:
        target = QApplication.focusWidget()
        assert target is not None
        qtbot.keyClicks(target, ch)
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, Qt.Key.Key_Return)


def test_bad_line_saves_nothing_then_fixed_saves_all(
    qtbot: QtBot,
    gui_factory: Factory,
    gui_config: Config,
    settings: QSettings,
    fake_dialogs: FakeDialogs,
) -> None:
    fair = small_fair(gui_factory)
    people = [register(gui_factory, fair.fair_id, n, phone=p)
              for n, p in (("Kim", "010-1234-5678"), ("Lee", "010-2345-6789"),
                           ("Park", "010-3456-7890"))]
    numbers = [str(p.badge_no) for p in people]
    context = station_context(
        StationKind.BOOTH, gui_factory, gui_config, settings, fake_dialogs, fair.fair_id
    )
    dialog = PaperSheetDialog(context, None, booth_id=fair.booth_b)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    assert dialog.booth_id() == fair.booth_b
    assert dialog.opening_combo.currentData() == fair.opening_b1

    # typed as an organizer would: badge, Enter, key, Enter, next line
    dialog.table.setFocus()
    dialog.table.setCurrentCell(0, COL_BADGE)
    qtbot.waitUntil(dialog.table.hasFocus)
    for badge, key in ((numbers[0], "1"), (numbers[1], "7"), ("999", "4")):
        type_focused(qtbot, badge)
        type_focused(qtbot, key)
    assert [line for _, line in dialog.lines()] == [
        (numbers[0], "1", str(fair.opening_b1)),
        (numbers[1], "7", str(fair.opening_b1)),
        ("999", "4", str(fair.opening_b1)),
    ]
    assert set(dialog.line_errors) == {1, 2}
    assert "7" in dialog.line_errors[1]
    assert "999" in dialog.line_errors[2]
    assert dialog.table.cell_text(0, COL_CHECK) == QCoreApplication.translate(
        "PaperSheetDialog", "OK")
    # the seeker each number names, to compare with the name on the paper; none for 999
    assert dialog.table.cell_text(0, COL_SEEKER) == f"#{numbers[0]} Kim"
    assert dialog.table.cell_text(1, COL_SEEKER) == f"#{numbers[1]} Lee"
    assert dialog.table.cell_text(2, COL_SEEKER) == ""

    assert dialog.save() is None
    assert fake_dialogs.errors and count_interviews(gui_factory) == 0

    dialog.table.set_cell(1, COL_KEY, "2")
    dialog.table.set_cell(2, COL_BADGE, f"#{numbers[2]}")
    assert dialog.line_errors == {}
    assert dialog.table.cell_text(2, COL_SEEKER) == f"#{numbers[2]} Park"
    saved = dialog.save()
    assert saved is not None and len(saved.interviews) == 3 and saved.hires == 1
    assert count_interviews(gui_factory) == 3
    with gui_factory() as s:
        outcomes = sorted(
            str(o) for o in s.scalars(select(Interview.outcome).where(
                Interview.booth_id == fair.booth_b))
        )
    assert outcomes == ["hired", "rejected", "second"]
    assert fake_dialogs.informed


def test_a_hire_beyond_the_headcount_needs_the_box(
    qtbot: QtBot,
    gui_factory: Factory,
    gui_config: Config,
    settings: QSettings,
    fake_dialogs: FakeDialogs,
) -> None:
    fair = small_fair(gui_factory, headcount=1)
    a = register(gui_factory, fair.fair_id, "Kim", phone="010-1234-5678")
    b = register(gui_factory, fair.fair_id, "Lee", phone="010-2345-6789")
    context = station_context(
        StationKind.BOOTH, gui_factory, gui_config, settings, fake_dialogs, fair.fair_id
    )
    dialog = PaperSheetDialog(context, None, booth_id=fair.booth_a)
    qtbot.addWidget(dialog)
    dialog.table.set_cell(0, COL_BADGE, str(a.badge_no))
    dialog.table.set_cell(0, COL_KEY, "1")
    dialog.table.set_cell(1, COL_BADGE, str(b.badge_no))
    dialog.table.set_cell(1, COL_KEY, "1")
    assert set(dialog.line_errors) == {1}
    assert dialog.force_check.text() in dialog.status.text()  # how to answer it, here
    assert dialog.save() is None and count_interviews(gui_factory) == 0
    dialog.force_check.setChecked(True)
    saved = dialog.save()
    assert saved is not None and saved.hires == 2
    with gui_factory() as s:
        assert s.scalar(select(func.count()).select_from(Interview).where(
            Interview.over_headcount.is_(True))) == 1


# --- from the main window: the organizer's Ctrl+Shift+K ----------------------------------------

SCAN = "JF7Q2X9KD4M8RT2"  # a badge code, as a wedge scanner types it


def badge_numbers(factory: Factory, fair_id: int) -> dict[str, int]:
    with factory() as s:
        return {name: int(no) for name, no in s.execute(
            select(Seeker.name, Seeker.badge_no).where(Seeker.fair_id == fair_id))}


def open_sheet(qtbot: QtBot, window: MainWindow) -> tuple[OrganizerScreen, PaperSheetDialog]:
    """Ctrl+3, then Ctrl+Shift+K: the paper sheet, with the keyboard in its table."""
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    screen = window.station_screen
    assert isinstance(screen, OrganizerScreen)
    qtbot.keyClick(window, Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = modal(qtbot, PaperSheetDialog)
    assert screen.paper_dialog is dialog
    qtbot.waitUntil(dialog.table.hasFocus)
    return screen, dialog


def escape(qtbot: QtBot) -> None:
    """Escape where the keyboard is; the first one leaves the cell being typed in."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, Qt.Key.Key_Escape)


def leave_the_cell(qtbot: QtBot, dialog: PaperSheetDialog) -> None:
    """After a line's Enter the next line's badge cell is open for typing; Escape leaves it
    (and asks nothing)."""
    assert QApplication.focusWidget() is not dialog.table  # the cell's editor
    escape(qtbot)
    qtbot.waitUntil(dialog.table.hasFocus)


def test_the_sheet_names_each_seeker_and_asks_before_discarding_lines(
    qtbot: QtBot, make_window: MakeWindow, small: SmallFair, fake_dialogs: FakeDialogs,
    gui_factory: Factory,
) -> None:
    badges = badge_numbers(gui_factory, small.fair_id)
    before = count_interviews(gui_factory)
    window = make_window()
    screen, dialog = open_sheet(qtbot, window)
    assert dialog.booth_combo.currentText().startswith("A-1")
    for name, key in (("최유나", "4"), ("김민준", "2")):  # 김민준 was interviewed at A-1
        type_focused(qtbot, str(badges[name]))
        type_focused(qtbot, key)

    # the name beside each number, to compare with the paper
    assert dialog.table.cell_text(0, COL_SEEKER) == f"#{badges['최유나']} 최유나"
    assert dialog.table.cell_text(1, COL_SEEKER) == f"#{badges['김민준']} 김민준"
    assert dialog.table.cell_text(0, COL_CHECK) == "정상"
    repeat = dialog.table.cell_text(1, COL_CHECK)
    assert "김민준" in repeat and "A-1" in repeat and "확인을 누르세요" not in repeat
    assert dialog.repeat_check.text() in dialog.status.text()  # the way to answer it here

    # Escape asks; "No", the default, keeps editing with every line
    fake_dialogs.answers = [False]
    leave_the_cell(qtbot, dialog)
    assert fake_dialogs.asked == []
    escape(qtbot)
    assert len(fake_dialogs.asked) == 1
    assert "2" in fake_dialogs.asked[0][1]
    assert dialog.isVisible() and screen.paper_dialog is dialog
    assert len(dialog.lines()) == 2

    # so does Cancel; "Yes" discards the sheet, nothing saved
    fake_dialogs.answers = [True]
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert len(fake_dialogs.asked) == 2
    qtbot.waitUntil(lambda: screen.paper_dialog is None)
    assert count_interviews(gui_factory) == before

    # nothing typed: Escape closes at once, without a question
    back_to(qtbot, window)
    open_sheet(qtbot, window)
    escape(qtbot)
    qtbot.waitUntil(lambda: screen.paper_dialog is None)
    assert len(fake_dialogs.asked) == 2


def test_a_scan_never_discards_the_sheet(
    qtbot: QtBot, gui_config: Config, gui_factory: Factory, settings: QSettings,
    languages: LanguageManager, small: SmallFair, modals: ModalRobot,
) -> None:
    """With the real question box: a badge scanned while it is open answers it with its
    default, keep editing; only a person's "Yes" discards the lines."""
    badges = badge_numbers(gui_factory, small.fair_id)
    window = window_on_fair_day(gui_config, gui_factory, settings=settings,
                                languages=languages)  # the real dialogs
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    screen, dialog = open_sheet(qtbot, window)
    type_focused(qtbot, str(badges["최유나"]))
    type_focused(qtbot, "4")

    asked: list[str] = []

    def scan_into(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.activateWindow()  # a window manager's doing: the keyboard goes to the question
        qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
        for ch in SCAN:
            qtbot.keyClicks(where_keys_land(), ch)
        qtbot.keyClick(where_keys_land(), Qt.Key.Key_Return)
        if box.isVisible():  # the scan did not close it: fail below rather than hang here
            asked.append("left open")
            box.reject()

    modals.expect(QMessageBox, scan_into)
    leave_the_cell(qtbot, dialog)
    escape(qtbot)
    qtbot.waitUntil(lambda: modals.done and QApplication.activeModalWidget() is dialog)
    assert len(asked) == 1 and "1" in asked[0]
    assert dialog.isVisible() and screen.paper_dialog is dialog
    assert [line[:2] for _, line in dialog.lines()] == [(str(badges["최유나"]), "4")]

    modals.expect(QMessageBox, modals.press(QCoreApplication.translate("Dialogs", "Yes")))
    qtbot.waitUntil(dialog.table.hasFocus)
    escape(qtbot)
    qtbot.waitUntil(lambda: modals.done and screen.paper_dialog is None)
