"""*Organizer › Annul a check-in or interview…* from the main window: find the seeker, pick the
hire, give the reason, confirm; the hire counts nowhere and the audit log keeps the reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import AuditEvent
from jobfair.gui.organizer.annul import AnnulDialog
from jobfair.gui.organizer.find_seeker import FindSeekerDialog
from jobfair.services.reports.metrics import compute_figures
from tests.gui.conftest import FakeDialogs, MakeWindow, SmallFair, type_text
from tests.gui.shell.test_every_feature import click_row, modal, organizer, run, small  # noqa: F401


def test_organizer_annuls_a_hire_with_a_reason(
    qtbot: QtBot, make_window: MakeWindow, small: SmallFair,  # noqa: F811
    fake_dialogs: FakeDialogs, gui_factory: sessionmaker[Session],
) -> None:
    with gui_factory() as s:
        assert compute_figures(s, small.fair_id).hires == 1
    window, _screen = organizer(qtbot, make_window)
    run(window, "organizerMenu", "annulAction")
    finder = modal(qtbot, FindSeekerDialog)
    type_text(finder.field, "김민준")
    qtbot.keyClick(finder.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: finder.model.rowCount() == 1, timeout=5000)
    click_row(qtbot, finder, 0)
    qtbot.mouseClick(finder.action_button, Qt.MouseButton.LeftButton)
    dialog = modal(qtbot, AnnulDialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    hire = next(i for i, t in enumerate(texts) if "A-1" in t)
    assert "현장 채용" in texts[hire] or "채용" in texts[hire]
    dialog.list.setCurrentRow(hire)

    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)  # no reason yet: refused
    assert len(fake_dialogs.errors) == 1
    type_text(dialog.reason, "다른 구직자로 잘못 기록")
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    assert len(fake_dialogs.asked) == 1 and len(fake_dialogs.informed) == 1
    assert all("A-1" not in dialog.list.item(i).text() for i in range(dialog.list.count()))
    with gui_factory() as s:
        assert compute_figures(s, small.fair_id).hires == 0
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "annul")).one()
    assert event.after["reason"] == "다른 구직자로 잘못 기록"
    assert event.before["outcome"] == "hired" and event.station_kind == "organizer"
