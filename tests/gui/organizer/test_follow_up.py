"""The Follow-up tab driven as an organizer would: choose a case, log a call, record the final
outcome by clicking; the database, the progress and the final figures are checked."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.config import Config
from jobfair.db.models import FollowUpCall, Interview
from jobfair.domain.codes import StationKind
from jobfair.gui.organizer.follow_up import FollowUpModel, FollowUpPanel
from jobfair.gui.organizer.screen import TAB_FOLLOW_UP
from jobfair.services.interviews.follow_up import FollowUpCase
from jobfair.services.reports.metrics import compute_figures, compute_final_figures
from tests.gui.conftest import (
    FakeDialogs,
    MakeWindow,
    build_small_fair,
    station_context,
    type_text,
)
from tests.gui.organizer.test_organizer import organizer_from_start_page


def row_of(panel: FollowUpPanel, name: str) -> int:
    names = [case.seeker_name for case in panel.model.rows]
    return names.index(name)


def test_record_a_final_outcome_by_clicking(
    qtbot: QtBot, gui_config: Config, gui_factory: sessionmaker[Session], settings: QSettings,
    fake_dialogs: FakeDialogs,
) -> None:
    with gui_factory.begin() as s:
        fair = build_small_fair(s)
    with gui_factory() as s:
        day_before = compute_figures(s, fair.fair_id)
    context = station_context(
        StationKind.ORGANIZER, gui_factory, gui_config, settings, fake_dialogs, fair.fair_id,
        "organizer",
    )
    panel = FollowUpPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)

    # 김민준 pending at B, 이서연 second interview at A; the hire and the rejection: not listed
    assert sorted(c.seeker_name for c in panel.model.rows) == ["김민준", "이서연"]
    assert panel.progress.maximum() == 2 and panel.progress.value() == 0
    assert not panel.final_button.isEnabled()  # nothing chosen yet

    panel.table.setFocus()
    panel.table.selectRow(row_of(panel, "이서연"))
    assert panel.final_button.isEnabled()
    assert "010-2345-6789" in panel.case_label.text()

    # a call that reached her, chosen with the keyboard
    panel.call_result.setFocus()
    panel.call_result.setCurrentIndex(panel.call_result.findData("reached"))
    type_text(panel.call_note, "4/2 최종면접 합격 통보")
    qtbot.mouseClick(panel.call_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.errors == []
    assert panel.progress_value.reached == 1

    panel.final_outcome.setCurrentIndex(panel.final_outcome.findData("hired"))
    panel.final_date.setDate(QDate(2024, 5, 28))
    qtbot.mouseClick(panel.final_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.errors == []

    with gui_factory() as s:
        interview = s.scalars(select(Interview).where(Interview.outcome == "second")).one()
        assert (interview.final_outcome, interview.final_outcome_on) == (
            "hired", date(2024, 5, 28)
        )
        call = s.scalars(select(FollowUpCall)).one()
        assert (call.result, call.note, call.actor) == ("reached", "4/2 최종면접 합격 통보",
                                                         "organizer")
        assert compute_figures(s, fair.fair_id) == day_before
        final = compute_final_figures(s, fair.fair_id)
    assert (final.onsite_hires, final.final_hires) == (1, 2)
    assert panel.progress.value() == 1
    assert "1" in panel.progress_text.text()
    # the selection stayed on the case, which now shows its final outcome
    chosen = panel.selected_case()
    assert chosen is not None and chosen.final_outcome == "hired"

    # the other case, "not hired", saved with Space on the focused button
    panel.table.selectRow(row_of(panel, "김민준"))
    assert panel.selected_case() is not None
    panel.final_outcome.setFocus()
    panel.final_outcome.setCurrentIndex(panel.final_outcome.findData("not_hired"))
    panel.final_button.setFocus()
    qtbot.keyClick(panel.final_button, Qt.Key.Key_Space)
    assert panel.progress.value() == 2 and panel.progress_value.remaining == 0
    with gui_factory() as s:
        pending = s.scalars(select(Interview).where(Interview.outcome == "pending")).one()
        assert pending.final_outcome == "not_hired"
        assert compute_final_figures(s, fair.fair_id).final_hires == 2

    # the filter: open cases leave out both, decided ones show both
    panel.filter.setCurrentIndex(1)
    assert panel.model.rows == []
    panel.filter.setCurrentIndex(2)
    assert sorted(c.seeker_name for c in panel.model.rows) == ["김민준", "이서연"]
    panel.filter.setCurrentIndex(0)


def test_the_tab_is_built_when_first_shown(qtbot: QtBot, make_window: MakeWindow) -> None:
    screen = organizer_from_start_page(qtbot, make_window)  # the demo fair
    assert screen.follow_up_panel is None
    assert screen.tabs.tabText(TAB_FOLLOW_UP)
    screen.tabs.setCurrentIndex(TAB_FOLLOW_UP)
    panel = screen.follow_up_panel
    assert isinstance(panel, FollowUpPanel)
    with screen.context.session_factory() as s:
        figures = compute_figures(s, panel.fair_id)
    assert panel.model.rowCount() == figures.second_interviews + figures.pending
    assert panel.progress_value.total == panel.model.rowCount()
    screen.tabs.setCurrentIndex(0)
    screen.tabs.setCurrentIndex(TAB_FOLLOW_UP)
    assert screen.follow_up_panel is panel  # built once


def test_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = FollowUpModel()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_rows([
        FollowUpCase(uuid.uuid4(), "김민준", "01012345678", "동두천물류", "", "B-1", "pending",
                     None, None, "", None, None, 0),
    ])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
