"""The paper result sheet: typed line by line, checked per line, saved whole or not at all."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.config import Config
from jobfair.db.models import Interview
from jobfair.domain.codes import StationKind
from jobfair.gui.booth_paper import COL_BADGE, COL_KEY, PaperSheetDialog
from tests.gui.conftest import FakeDialogs, activate, station_context
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
    assert dialog.table.cell_text(0, 2) == QCoreApplication.translate("PaperSheetDialog", "OK")

    assert dialog.save() is None
    assert fake_dialogs.errors and count_interviews(gui_factory) == 0

    dialog.table.set_cell(1, COL_KEY, "2")
    dialog.table.set_cell(2, COL_BADGE, f"#{numbers[2]}")
    assert dialog.line_errors == {}
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
    assert dialog.save() is None and count_interviews(gui_factory) == 0
    dialog.force_check.setChecked(True)
    saved = dialog.save()
    assert saved is not None and saved.hires == 2
    with gui_factory() as s:
        assert s.scalar(select(func.count()).select_from(Interview).where(
            Interview.over_headcount.is_(True))) == 1
