"""The setup screens driven as an organizer would: create a fair, add an employer (a wrong business
number first), a booth placed on the floor, an opening, a copy from the demo fair, an import;
the database is checked after each step."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TypeVar

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QDate, QMimeData, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.config import Config
from jobfair.db.models import AuditEvent, Booth, Employer, Fair, Opening
from jobfair.domain.codes import StationKind
from jobfair.gui.organizer.setup.booths import BoothModel, booth_mime
from jobfair.gui.organizer.setup.employers import EmployerModel
from jobfair.gui.organizer.setup.openings import OpeningModel
from jobfair.gui.organizer.setup.panel import SetupPanel
from jobfair.services.context import Actor
from jobfair.services.setup.demo import create_demo
from jobfair.services.setup.fairs import (
    FairInput,
    OpeningView,
    create_fair,
)
from jobfair.services.setup.service import BoothDetail, EmployerDetail
from tests.gui.conftest import FakeDialogs, build_small_fair, station_context
from tests.services.fairkit import ticking_clock

GOOD = "2208162517"
WRONG = "2208162518"




@pytest.fixture
def panel_for(
    qtbot: QtBot, gui_config: Config, gui_factory: sessionmaker[Session], settings: QSettings,
    fake_dialogs: FakeDialogs,
) -> object:
    def make(fair_id: int | None, choose: Path | None = None) -> SetupPanel:
        context = station_context(
            StationKind.ORGANIZER, gui_factory, gui_config, settings, fake_dialogs, fair_id,
            "organizer",
        )
        panel = SetupPanel(context, choose_file=lambda _parent: choose)
        qtbot.addWidget(panel)
        panel.resize(1280, 760)
        panel.show()
        return panel

    return make


def new_fair(factory: sessionmaker[Session], name: str = "2016 양주 채용박람회") -> int:
    with factory.begin() as s:
        return create_fair(s, Actor(name="t", clock=ticking_clock()),
                           FairInput(name, date(2016, 4, 6))).id


M = TypeVar("M", Employer, Booth, Opening)


def rows_of(factory: sessionmaker[Session], model: type[M], fair_id: int) -> list[M]:
    with factory() as s:
        found = list(s.scalars(select(model).filter_by(fair_id=fair_id).order_by(model.id)))
        for row in found:
            s.expunge(row)
        return found


def test_the_setup_models_pass_the_model_tester(qtmodeltester: object) -> None:
    employers = EmployerModel()
    employers.set_rows([EmployerDetail(1, 1, "(주)양주섬유", GOOD, "C", "", "", "김", "031", "",
                                       "", 1, 3, "A-1", 0)])
    booths = BoothModel()
    booths.set_rows([BoothDetail(1, 1, "A-1", 1, "(주)양주섬유", 0, 2),
                     BoothDetail(2, 1, "A-2", 1, "(주)양주섬유", None, None)])
    openings = OpeningModel()
    openings.set_rows([OpeningView(1, 1, "봉제원", "8", 3, "regular", "", "")])
    for model in (employers, booths, openings):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert booths.data(booths.index(0, 2)) == "1-3"


def test_a_fair_is_created_from_the_form_then_edited(
    panel_for: object, gui_factory: sessionmaker[Session], qtbot: QtBot
) -> None:
    panel: SetupPanel = panel_for(None)  # type: ignore[operator]
    form = panel.fair_form
    assert not panel.employers.isEnabled()
    form.create_button.click()  # no name: the message stands beside the field
    assert form.errors.text("name")
    with gui_factory() as s:
        assert s.scalar(select(func.count()).select_from(Fair)) == 0
    form.name_edit.setText("2016 양주 일자리 박람회")
    form.venue_edit.setText("양주시청 대강당")
    form.hosts_edit.setText("양주시 · 동두천시")
    form.date_edit.setDate(QDate(2016, 4, 6))
    assert form.timezone_combo.currentText() == "Asia/Seoul"
    with qtbot.waitSignals([panel.fair_created, panel.setup_changed]):
        form.create_button.click()
    assert not form.errors.text("name")
    with gui_factory() as s:
        fair = s.scalars(select(Fair)).one()
        assert (fair.name, fair.venue, fair.date, fair.timezone) == (
            "2016 양주 일자리 박람회", "양주시청 대강당", date(2016, 4, 6), "Asia/Seoul")
    assert panel.fair_id == fair.id
    assert panel.employers.isEnabled()
    # edit: closing before opening is refused beside the field
    form.closes_edit.setTime(form.opens_edit.time().addSecs(-3600))
    form.save_button.click()
    assert form.errors.text("closes_at")
    form.load()
    form.retention_spin.setValue(90)
    with qtbot.waitSignal(panel.setup_changed):
        form.save_button.click()
    with gui_factory() as s:
        saved = s.get(Fair, fair.id)
        assert saved is not None and saved.retention_days == 90
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "update")).one()
        assert event.before and event.before["retention_days"] == 365


def test_an_employer_is_added_after_a_wrong_business_number(
    panel_for: object, gui_factory: sessionmaker[Session], qtbot: QtBot,
    fake_dialogs: FakeDialogs,
) -> None:
    fair_id = new_fair(gui_factory)
    panel: SetupPanel = panel_for(fair_id)  # type: ignore[operator]
    page = panel.employers
    panel.tabs.setCurrentWidget(page)
    page.name_edit.setText("(주)양주섬유")
    qtbot.keyClicks(page.bizno_edit, WRONG[:5])
    assert "5/10" in page.bizno_status.text()
    qtbot.keyClicks(page.bizno_edit, WRONG[5:])
    assert page.bizno_valid() is False
    assert "220-81-62518" in page.bizno_status.text()
    page.ksic_combo.setCurrentIndex(page.ksic_combo.findData("C"))
    page.save_button.click()
    assert "220-81-62518" in page.errors.text("business_no")
    assert rows_of(gui_factory, Employer, fair_id) == []
    page.bizno_edit.clear()
    qtbot.keyClicks(page.bizno_edit, "220-81-62517")
    assert page.bizno_valid() is True
    assert "220-81-62517" in page.bizno_status.text()
    page.contact_edit.setText("김담당")
    page.phone_edit.setText("031-840-1234")
    with qtbot.waitSignal(panel.setup_changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [employer] = rows_of(gui_factory, Employer, fair_id)
    assert (employer.name, employer.business_no, employer.ksic_section,
            employer.contact_name) == ("(주)양주섬유", GOOD, "C", "김담당")
    assert page.model.rowCount() == 1
    assert page.selected_id == employer.id
    # edit: a new contact person, saved with the keyboard (Return in a field)
    page.select(employer.id)
    page.contact_edit.setText("박인사")
    with qtbot.waitSignal(panel.setup_changed):
        qtbot.keyClick(page.contact_edit, Qt.Key.Key_Return)
    [employer] = rows_of(gui_factory, Employer, fair_id)
    assert employer.contact_name == "박인사"
    # the same number again, as a new employer: refused beside the field
    page.new_employer()
    page.name_edit.setText("양주섬유 2공장")
    page.bizno_edit.setText(GOOD)
    page.save()
    assert page.errors.text("business_no")
    assert len(rows_of(gui_factory, Employer, fair_id)) == 1
    assert fake_dialogs.errors == []


def test_deleting_an_employer_with_interviews_is_refused(
    panel_for: object, gui_factory: sessionmaker[Session], fake_dialogs: FakeDialogs
) -> None:
    with gui_factory.begin() as s:
        fair = build_small_fair(s)
    panel: SetupPanel = panel_for(fair.fair_id)  # type: ignore[operator]
    page = panel.employers
    page.select(next(r.id for r in page.model.rows if r.name == "(주)양주섬유"))
    assert not page.delete()
    # the message names how many interviews stand in the way (2), in the user's language
    assert fake_dialogs.errors and "2" in fake_dialogs.errors[-1][1]
    assert len(rows_of(gui_factory, Employer, fair.fair_id)) == 2


def test_a_booth_is_added_and_placed_on_the_floor(
    panel_for: object, gui_factory: sessionmaker[Session], qtbot: QtBot,
) -> None:
    with gui_factory.begin() as s:
        fair = build_small_fair(s)
    panel: SetupPanel = panel_for(fair.fair_id)  # type: ignore[operator]
    page = panel.booths
    panel.tabs.setCurrentWidget(page)
    assert page.model.rowCount() == 2
    page.new_booth()
    qtbot.keyClicks(page.label_edit, "C-1")
    page.employer_combo.setCurrentIndex(page.employer_combo.findText("동두천물류"))
    with qtbot.waitSignal(panel.setup_changed):
        page.save_button.click()
    booth = next(b for b in rows_of(gui_factory, Booth, fair.fair_id) if b.label == "C-1")
    assert booth.grid_row is None
    # choose the cell (row 2, column 3), then Place
    assert page.selected_id == booth.id
    page.grid.setCurrentCell(1, 2)
    with qtbot.waitSignal(panel.setup_changed):
        page.place_button.click()
    booth = next(b for b in rows_of(gui_factory, Booth, fair.fair_id) if b.label == "C-1")
    assert (booth.grid_row, booth.grid_col) == (1, 2)
    placed, corner = page.grid.item(1, 2), page.grid.item(0, 0)
    assert placed is not None and corner is not None
    assert placed.text() == "C-1"
    # drag it to row 1, column 1
    target = page.grid.visualItemRect(corner).center()
    data: QMimeData = booth_mime(booth.id)
    drop = QDropEvent(QPointF(QPoint(target)), Qt.DropAction.MoveAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.grid.dropEvent(drop)
    booth = next(b for b in rows_of(gui_factory, Booth, fair.fair_id) if b.label == "C-1")
    assert (booth.grid_row, booth.grid_col) == (0, 0)
    assert page.grid.booth_at(0, 0) == booth.id
    assert page.grid.booth_at(1, 2) is None


def test_an_opening_is_added_and_the_positions_add_up(
    panel_for: object, gui_factory: sessionmaker[Session], qtbot: QtBot,
) -> None:
    with gui_factory.begin() as s:
        fair = build_small_fair(s)
    panel: SetupPanel = panel_for(fair.fair_id)  # type: ignore[operator]
    page = panel.openings
    panel.tabs.setCurrentWidget(page)
    page.employer_combo.setCurrentIndex(page.employer_combo.findText("동두천물류"))
    assert page.model.rowCount() == 1
    page.title_edit.setText("물류 사무원")
    page.keco_combo.setCurrentIndex(page.keco_combo.findData("0"))
    page.headcount_spin.setValue(0)
    page.save_button.click()
    assert page.errors.text("headcount")
    page.headcount_spin.setValue(3)
    page.type_combo.setCurrentIndex(page.type_combo.findData("contract"))
    page.wage_edit.setText("월 230만원")
    page.place_edit.setText("동두천시")
    with qtbot.waitSignal(panel.setup_changed):
        page.save_button.click()
    added = [o for o in rows_of(gui_factory, Opening, fair.fair_id) if o.title == "물류 사무원"]
    assert [(o.keco_code, o.headcount, o.employment_type, o.wage)
            for o in added] == [("0", 3, "contract", "월 230만원")]
    assert page.model.rowCount() == 2
    assert "8" in page.totals.text()  # 5 positions before, 8 now
    # a free code typed into the KECO box
    page.new_opening()
    page.title_edit.setText("지게차 정비원")
    page.keco_combo.setEditText("853")
    page.save_button.click()
    assert any(o.keco_code == "853" for o in rows_of(gui_factory, Opening, fair.fair_id))


def test_employers_are_copied_from_the_demo_fair(
    panel_for: object, gui_factory: sessionmaker[Session], fake_dialogs: FakeDialogs,
    qtbot: QtBot,
) -> None:
    with gui_factory.begin() as s:
        demo = create_demo(s, Actor(name="demo")).fair_id
    fair_id = new_fair(gui_factory)
    panel: SetupPanel = panel_for(fair_id)  # type: ignore[operator]
    dialog = panel.open_copy()
    assert dialog is not None
    dialog.choose_fair(demo)
    count = dialog.employer_list.count()
    assert count >= 3
    dialog.none_button.click()
    for i in range(2):
        dialog.employer_list.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.booths_check.setChecked(True)
    with qtbot.waitSignal(panel.setup_changed):
        result = dialog.copy()
    assert result is not None and len(result.employers) == 2
    employers = rows_of(gui_factory, Employer, fair_id)
    assert len(employers) == 2
    assert len(rows_of(gui_factory, Opening, fair_id)) == result.openings > 0
    assert len(rows_of(gui_factory, Booth, fair_id)) == result.booths > 0
    assert panel.employers.model.rowCount() == 2
    # again with everything ticked: the two already here are skipped and reported
    dialog.all_button.click()
    again = dialog.copy()
    assert again is not None
    assert len(again.skipped) == 2 and len(again.employers) == count - 2
    assert "(주)" in fake_dialogs.informed[-1][1] or "-" in fake_dialogs.informed[-1][1]
    assert "\n" in fake_dialogs.informed[-1][1]  # the line naming the skipped employers
    assert len(rows_of(gui_factory, Employer, fair_id)) == count


def write_list(path: Path, third_number: str) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["업체명", "사업자등록번호", "업종", "담당자", "모집직종", "구인인원", "고용형태"])
    sheet.append(["(주)양주섬유", "220-81-62517", "C", "김담당", "봉제원", 3, "정규직"])
    sheet.append(["(주)양주섬유", "220-81-62517", "", "", "재단사", 1, "계약직"])
    sheet.append(["의정부식품", third_number, "제조업", "", "포장원", 2, ""])
    book.save(path)
    return path


def test_an_employer_list_is_imported_only_when_every_row_is_good(
    panel_for: object, gui_factory: sessionmaker[Session], tmp_path: Path, qtbot: QtBot,
) -> None:
    fair_id = new_fair(gui_factory)
    bad = write_list(tmp_path / "bad.xlsx", "123-45-67890")
    panel: SetupPanel = panel_for(fair_id, bad)  # type: ignore[operator]
    dialog = panel.open_import()
    assert dialog is not None
    dialog.browse()
    assert dialog.preview is not None and not dialog.preview.ok
    assert not dialog.import_button.isEnabled()
    business_no = QCoreApplication.translate("import", "Business number")
    assert [(p.row, p.field) for p in dialog.problems.rows] == [(4, business_no)]
    good = write_list(tmp_path / "good.xlsx", "123-45-67891")
    assert dialog.open_file(good)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(panel.setup_changed, timeout=5000):
        dialog.start_import()
    employers = rows_of(gui_factory, Employer, fair_id)
    assert sorted(e.name for e in employers) == ["(주)양주섬유", "의정부식품"]
    assert sum(o.headcount for o in rows_of(gui_factory, Opening, fair_id)) == 6
    assert panel.employers.model.rowCount() == 2
    dialog.close()
