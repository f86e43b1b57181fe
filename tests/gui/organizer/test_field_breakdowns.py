"""The dashboard broken down by a fair's own choice field, from the main window: the organizer
opens the breakdowns, picks the field, and reads each answer's attendees, interviewees and hires;
a choice field added meanwhile joins the list by itself."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from jobfair.gui.organizer.screen import OrganizerScreen
from jobfair.services.checkins.service import check_in
from jobfair.services.context import Actor
from jobfair.services.interviews.service import log_interview
from jobfair.services.seekers.service import register_seeker
from jobfair.services.setup.fields import FieldInput, add_field
from tests.gui.conftest import FakeDialogs, MakeWindow
from tests.gui.stationkit import fair_today, open_station
from tests.services.fairkit import seeker_input

Factory = sessionmaker[Session]


def now_actor() -> Actor:
    return Actor(station_id=uuid.uuid4(), name="tester", clock=lambda: datetime.now(UTC))


def test_breakdown_by_a_choice_field(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory, fake_dialogs: FakeDialogs,
) -> None:
    fair = fair_today(gui_factory)
    who = now_actor()
    with gui_factory.begin() as s:
        add_field(s, who, fair.fair_id, FieldInput("memo", "text", "메모"))
        add_field(s, who, fair.fair_id, FieldInput(
            "region", "choice", "희망 근무지", "Preferred place", choices=("양주", "의정부")))
        for n, (region, outcome) in enumerate(
            (("양주", "hired"), ("양주", "pending"), ("의정부", None), (None, None))
        ):
            answers = (("region", region),) if region else ()
            seeker = register_seeker(s, who, fair.fair_id, replace(
                seeker_input(f"구직자{n}", phone=f"010-4444-000{n}"), answers=answers))
            check_in(s, who, seeker.id)
            if outcome:
                log_interview(s, who, seeker_id=seeker.id, booth_id=fair.booth_a,
                              outcome=outcome)
    window = make_window()
    organizer = open_station(qtbot, window, 3)
    assert isinstance(organizer, OrganizerScreen)
    dashboard = organizer.dashboard
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=10_000)

    # beside the breakdowns: the tab breaking them down by one of the fair's fields
    right = dashboard.right_tabs
    assert isinstance(right, QTabWidget)
    titles = [right.tabText(i) for i in range(right.count())]
    assert "자체 항목별" in titles, titles
    right.setCurrentIndex(titles.index("자체 항목별"))
    panel = dashboard.by_field
    assert right.currentWidget() is panel
    combo = panel.combo
    assert combo.isEnabled() and panel.table.isVisibleTo(window)
    assert [combo.itemText(i) for i in range(combo.count())] == ["희망 근무지"]  # choices only
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # the person picks the field
    assert combo.currentData() == "region"

    def rows() -> list[list[str]]:
        model = panel.table.model()
        return [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]

    assert rows() == [
        ["양주", "2 (50.0%)", "2 (100.0%)", "1 (100.0%)"],
        ["의정부", "1 (25.0%)", "0 (0.0%)", "0 (0.0%)"],
        ["무응답", "1 (25.0%)", "0 (0.0%)", "0 (0.0%)"],
    ]
    # the same figures as the fair's own cards
    figures = dashboard.data.figures  # type: ignore[union-attr]
    assert (figures.attendees, figures.interviewees, figures.hires) == (4, 2, 1)

    # a choice field added in the setup joins the list at the next refresh; the choice holds
    with gui_factory.begin() as s:
        add_field(s, who, fair.fair_id, FieldInput(
            "drive", "choices", "운전 가능 차종", choices=("1종", "2종")))
    dashboard.refresh_now()
    qtbot.waitUntil(lambda: combo.count() == 2, timeout=10_000)
    assert combo.currentData() == "region"
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert combo.currentData() == "drive"
    assert [r[0] for r in rows()] == ["1종", "2종", "무응답"]
    assert rows()[2][1] == "4 (100.0%)"
    assert fake_dialogs.errors == []
