"""An opening asks an answer of a fair's own field, set from the openings setup page reached
from the main window; the matching then favours a seeker who gave it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import Opening
from jobfair.gui.organizer.screen import OrganizerScreen
from jobfair.gui.organizer.setup.panel import SetupPanel
from jobfair.services.seekers.matching import openings_for_seeker
from jobfair.services.seekers.service import Consent, register_seeker
from jobfair.services.setup.fields import FieldInput, add_field
from tests.gui.conftest import FakeDialogs, MakeWindow
from tests.gui.stationkit import fair_today, open_station
from tests.services.fairkit import actor, seeker_input

Factory = sessionmaker[Session]


def test_an_opening_requires_an_answer_and_matching_uses_it(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory, fake_dialogs: FakeDialogs,
) -> None:
    fair = fair_today(gui_factory)
    with gui_factory.begin() as s:
        add_field(s, actor(), fair.fair_id, FieldInput("memo", "text", "메모"))
        add_field(s, actor(), fair.fair_id,
                  FieldInput("driving", "yes_no", "운전 가능", "Can drive"))
        add_field(s, actor(), fair.fair_id, FieldInput(
            "shift", "choice", "근무 형태", choices=("주간", "야간")))
        driver = register_seeker(s, actor(), fair.fair_id, replace(
            seeker_input("운전자", consent=Consent(collection=True, provision=True)),
            answers=(("driving", True),))).id
    window = make_window()
    organizer = open_station(qtbot, window, 3)
    assert isinstance(organizer, OrganizerScreen)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    panel = organizer.setup_panel
    assert isinstance(panel, SetupPanel)
    page = panel.openings
    panel.tabs.setCurrentWidget(page)
    page.employer_combo.setCurrentIndex(page.employer_combo.findText("동두천물류"))
    fields = [page.requirement_combo.itemText(i) for i in range(page.requirement_combo.count())]
    assert fields == ["(없음)", "운전 가능", "근무 형태"]  # choices and yes / no only
    assert not page.answer_combo.isEnabled()
    page.view.selectRow(0)  # 지게차 운전원
    assert page.title_edit.text() == "지게차 운전원"
    page.requirement_combo.setFocus()
    qtbot.keyClick(page.requirement_combo, Qt.Key.Key_Down)
    assert page.requirement_combo.currentData() == "driving"
    assert [page.answer_combo.itemText(i) for i in range(page.answer_combo.count())] == [
        "예", "아니요"]
    assert page.answer_combo.currentData() is True
    with qtbot.waitSignal(panel.setup_changed):
        page.save_button.click()
    assert fake_dialogs.errors == []
    with gui_factory() as s:
        forklift = s.get(Opening, fair.opening_b1)
        assert forklift is not None
        assert forklift.requirements == [{"key": "driving", "answer": True}]
        matches = openings_for_seeker(s, driver, actor=actor())
    assert [m.opening_id for m in matches] == [fair.opening_b1]
    assert matches[0].reasons[0].render() == "운전 가능: 예, as the opening asks"

    # the form shows it again; another opening shows none; clearing it is saved
    page.view.selectRow(1)
    assert page.requirement_combo.currentIndex() == 0
    page.view.selectRow(0)
    assert page.requirement_combo.currentData() == "driving"
    assert page.answer_combo.currentData() is True
    page.requirement_combo.setCurrentIndex(0)
    with qtbot.waitSignal(panel.setup_changed):
        page.save_button.click()
    with gui_factory() as s:
        forklift = s.get(Opening, fair.opening_b1)
        assert forklift is not None and forklift.requirements is None
