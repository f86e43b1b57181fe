"""The organizer's rehearsal records, from the main window: listed in their tab, left out of the
dashboard, and discarded only by a click on Discard (a scanner's Enter cancels)."""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import AuditEvent, Booth, CheckIn, Interview, Seeker
from jobfair.domain.codes import StationKind
from jobfair.gui.organizer.rehearsal import RehearsalPanel
from jobfair.gui.organizer.screen import OrganizerScreen
from jobfair.services.context import Actor
from jobfair.services.interviews.service import log_interview
from jobfair.services.records.rehearsal import rehearsal_count
from tests.gui.conftest import SMALL_FAIR_DAY, MakeWindow, build_small_fair
from tests.services.fairkit import ticking_clock

Factory = sessionmaker[Session]


def rehearse(factory: Factory) -> int:
    """The small fair; the day before it, 최유나 (absent on the day) hired at A-1 in a rehearsal
    (which checked her in too)."""
    with factory.begin() as s:
        fair = build_small_fair(s)
        who = Actor(station_id=uuid.uuid4(), name="rehearsal",
                    clock=ticking_clock(SMALL_FAIR_DAY - timedelta(days=1)))
        choi = s.scalars(select(Seeker.id).where(Seeker.name == "최유나")).one()
        booth = s.scalars(select(Booth.id).where(Booth.label == "A-1")).one()
        log_interview(s, who, seeker_id=choi, booth_id=booth, outcome="hired")
        return fair.fair_id


def open_organizer(qtbot: QtBot, make_window: MakeWindow) -> OrganizerScreen:
    window = make_window()
    button = window.start_page.buttons[StationKind.ORGANIZER]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    screen = window.station_screen
    assert isinstance(screen, OrganizerScreen)
    return screen


def scan(qtbot: QtBot, code: str) -> None:
    """A wedge scanner: the code and Enter, to whatever has the keyboard."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def counts(factory: Factory) -> tuple[int, int]:
    with factory() as s:
        return (s.scalar(select(func.count()).select_from(CheckIn)) or 0,
                s.scalar(select(func.count()).select_from(Interview)) or 0)


def test_the_organizer_discards_rehearsal_records_from_their_tab(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory
) -> None:
    rehearse(gui_factory)
    assert counts(gui_factory) == (4, 5)
    screen = open_organizer(qtbot, make_window)
    qtbot.waitUntil(lambda: screen.dashboard.data is not None, timeout=3000)
    cards = screen.dashboard.cards.cards
    assert cards["attendees"].value.text() == "3"  # the rehearsal's check-in counts nowhere
    assert cards["hires"].value.text() == "1"
    panel = screen.rehearsal_panel
    index = screen.tabs.indexOf(panel)
    assert screen.tabs.tabText(index) == "리허설 기록 (2)"

    bar = screen.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert screen.tabs.currentWidget() is panel
    assert isinstance(panel, RehearsalPanel)
    assert panel.model.rowCount() == 2
    rows = panel.model.rows
    assert {(r.kind, r.name, r.day.isoformat()) for r in rows} == {
        ("checkin", "최유나", "2024-05-13"), ("interview", "최유나", "2024-05-13")}
    assert "리허설 기록 2건" in panel.summary.text()

    # the confirmation opens on Cancel: a badge scanned meanwhile cancels it, deleting nothing
    qtbot.mouseClick(panel.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.confirm is not None
                    and QApplication.activeWindow() is panel.confirm)
    confirm = panel.confirm
    assert confirm is not None
    assert confirm.cancel_button.isDefault() and not confirm.discard_button.isDefault()
    assert not confirm.discard_button.autoDefault() and not confirm.cancel_button.autoDefault()
    scan(qtbot, "ABCDEFGHJKLMNPQ")
    qtbot.waitUntil(lambda: panel.confirm is None)
    assert counts(gui_factory) == (4, 5)

    qtbot.mouseClick(panel.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.confirm is not None
                    and QApplication.activeWindow() is panel.confirm)
    confirm = panel.confirm
    assert confirm is not None
    confirm.discard_button.setFocus()  # a person tabbing to Discard: Enter still cancels
    qtbot.keyClick(confirm.discard_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.confirm is None)
    assert counts(gui_factory) == (4, 5)

    qtbot.mouseClick(panel.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.confirm is not None
                    and QApplication.activeWindow() is panel.confirm)
    assert panel.confirm is not None
    qtbot.mouseClick(panel.confirm.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.confirm is None)

    assert counts(gui_factory) == (3, 4)
    with gui_factory() as s:
        fair_id = s.scalars(select(CheckIn.fair_id)).first()
        assert fair_id is not None and rehearsal_count(s, fair_id) == 0
        assert s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == "discard_rehearsal")) == 2
    assert panel.model.rowCount() == 0
    assert panel.status.text() == "리허설 기록 2건을 삭제했습니다."
    assert screen.tabs.tabText(index) == "리허설 기록"
    assert not panel.discard_button.isEnabled()
    qtbot.waitUntil(lambda: cards["attendees"].value.text() == "3")
    assert cards["hires"].value.text() == "1"
