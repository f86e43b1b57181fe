"""The organizer's Audit log tab: the events, a filter that narrows them, before and after."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.config import Config
from jobfair.db.models import Interview
from jobfair.domain.codes import StationKind
from jobfair.gui.common.language import LanguageManager
from jobfair.gui.common.stations import StationContext
from jobfair.gui.organizer.audit_log import AuditLogPanel, AuditModel, fair_zone
from jobfair.services.audit.log import AuditRow, FieldChange
from jobfair.services.context import Actor
from jobfair.services.interviews.service import set_outcome
from jobfair.services.setup.fairs import get_fair
from tests.gui.conftest import FakeDialogs, build_small_fair
from tests.services.fairkit import ticking_clock


@pytest.fixture
def panel(
    qtbot: QtBot, gui_config: Config, gui_factory: sessionmaker[Session], settings: QSettings,
    fake_dialogs: FakeDialogs, languages: LanguageManager,
) -> AuditLogPanel:
    with gui_factory.begin() as s:
        small = build_small_fair(s)
        interview = s.scalars(
            select(Interview).where(Interview.outcome == "second")
        ).one()
        corrector = Actor(station_id=uuid.uuid4(), name="organizer", clock=ticking_clock(),
                          station_kind=StationKind.ORGANIZER)
        set_outcome(s, corrector, interview.id, "hired")
        fair = get_fair(s, small.fair_id)
    context = StationContext(
        kind=StationKind.ORGANIZER, fair=fair, config=gui_config, session_factory=gui_factory,
        actor=Actor(station_id=uuid.uuid4(), name="organizer", clock=ticking_clock()),
        dialogs=fake_dialogs, settings=settings, load_demo=lambda: None,
    )
    widget = AuditLogPanel(context)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_filter_by_action_and_see_before_and_after(qtbot: QtBot, panel: AuditLogPanel) -> None:
    everything = panel.model.rowCount()
    assert everything == panel.total >= 10
    assert not panel.more_button.isEnabled()
    index = panel.action.findData("update")
    assert index > 0
    panel.action.setCurrentIndex(index)
    assert panel.model.rowCount() == 1 < everything
    row = panel.model.row_at(0)
    assert row is not None and row.actor == "organizer" and row.action == "update"
    assert panel.model.index(0, 0).data() == "2015-03-25 10:02:00"  # 01:02 UTC in Seoul
    columns = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
    assert columns[2:] == [  # role, person, action, record, who or what, changes: as words
        "운영본부", "organizer", "변경", "면접", "이서연 (#2) · A-1 · (주)양주섬유",
        "결과: 2차면접 → 현장채용",
    ]
    assert row.entity_id not in " ".join(columns)  # ids only in the details
    assert panel.detail.rowCount() == 0
    panel.table.selectRow(0)
    assert panel.detail.rowCount() == 1
    cells = [panel.detail.item(0, c).text() for c in range(3)]
    assert cells == ["결과", "2차면접", "현장채용"]
    assert row.entity_id in panel.detail_ids.text()
    assert "이서연 (#2)" in panel.detail_title.text()

    panel.action.setCurrentIndex(0)  # all
    assert panel.model.rowCount() == everything
    panel.actor.setCurrentIndex(panel.actor.findData("organizer"))
    assert panel.model.rowCount() == 1


def test_text_and_paging(
    qtbot: QtBot, panel: AuditLogPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.keyClicks(panel.text, "rejected")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=2000)
    panel.text.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == panel.total > 1, timeout=2000)

    monkeypatch.setattr("jobfair.gui.organizer.audit_log.PAGE_SIZE", 4)
    panel.refresh()
    total = panel.total
    assert panel.model.rowCount() == 4 and panel.more_button.isEnabled()
    seen = {r.id for r in panel.model.rows}
    panel.more_button.click()
    assert panel.model.rowCount() == min(8, total)
    assert len({r.id for r in panel.model.rows}) == panel.model.rowCount() > len(seen)
    while panel.more_button.isEnabled():
        panel.more_button.click()
    assert panel.model.rowCount() == total
    assert str(total) in panel.count_label.text()


def test_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = AuditModel(fair_zone("Asia/Seoul"))
    row = AuditRow(
        id=uuid.uuid4(), at=datetime(2015, 3, 25, 1, 0, tzinfo=UTC), station_id=None,
        station_name=None, actor="cli", action="create", entity="fair", entity_id="1",
        changes=(FieldChange("name", None, "박람회"),),
    )
    model.set_rows([row, row])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.append_rows((row,))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 3


def test_organizer_builds_the_audit_tab_when_shown(qtbot: QtBot, panel: AuditLogPanel) -> None:
    from jobfair.gui.organizer.screen import TAB_AUDIT, OrganizerScreen

    screen = OrganizerScreen(panel.context)
    qtbot.addWidget(screen)
    assert screen.audit_panel is None
    screen.tabs.setCurrentIndex(TAB_AUDIT)
    assert isinstance(screen.audit_panel, AuditLogPanel)
    assert screen.audit_panel.model.rowCount() == panel.total
