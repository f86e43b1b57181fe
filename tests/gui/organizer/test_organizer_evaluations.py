"""The organizer's side of the booths' evaluations, from the main window: each employer's tag list
typed in the employers form, the ratings, tags and notes seen in the follow-up list, and in the
employer's result pack (read back with openpyxl), never in another employer's."""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import Booth, EmployerTag, Interview, Seeker
from jobfair.domain.roles import Role
from jobfair.gui.organizer.follow_up import FollowUpPanel
from jobfair.gui.organizer.screen import TAB_FOLLOW_UP, TAB_SETUP
from jobfair.operations.result_packs import write_packs
from jobfair.services.context import Actor
from jobfair.services.interviews.evaluations import employer_tags, save_evaluation
from jobfair.services.reports.result_packs import pack_data
from tests.gui.conftest import FakeDialogs, MakeWindow, build_small_fair, type_text
from tests.gui.shell.test_every_feature import FAIR, organizer

Factory = sessionmaker[Session]
NOTE = "지게차 면허 있음, 4월 출근 가능"


def _interview_of(s: Session, name: str, booth: str) -> Interview:
    return s.scalars(
        select(Interview).join(Seeker, Seeker.id == Interview.seeker_id)
        .join(Booth, Booth.id == Interview.booth_id)
        .where(Seeker.name == name, Booth.label == booth)).one()


def test_tags_follow_up_and_packs(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory, fake_dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    with gui_factory.begin() as s:
        fair = build_small_fair(s, FAIR)
    window, screen = organizer(qtbot, make_window)
    screen.tabs.setCurrentIndex(TAB_SETUP)
    panel = screen.setup_panel
    assert panel is not None
    page = panel.employers  # type: ignore[attr-defined]
    panel.tabs.setCurrentWidget(page)  # type: ignore[attr-defined]
    with gui_factory() as s:
        a_id = s.scalars(select(Booth.employer_id).where(Booth.label == "A-1")).one()
    page.select(a_id)
    assert page.tags_edit.text() == ""
    page.tags_edit.clear()
    type_text(page.tags_edit, "경력자, 야간 가능,재면접 희망")
    qtbot.keyClick(page.tags_edit, Qt.Key.Key_Return)  # Return saves, as in the other fields
    assert fake_dialogs.errors == []
    with gui_factory() as s:
        tags = employer_tags(s, a_id)
        assert [t.label for t in tags] == ["경력자", "야간 가능", "재면접 희망"]
        assert s.scalars(select(EmployerTag)).all()
    page.select(a_id)
    assert page.tags_edit.text() == "경력자, 야간 가능, 재면접 희망"

    # a recruiter at A-1 rates 이서연's second interview (the booth's screen has its own test)
    with gui_factory.begin() as s:
        booth_a = s.scalars(select(Booth.id).where(Booth.label == "A-1")).one()
        recruiter = Actor(station_id=uuid.uuid4(), name="a1", role=Role.BOOTH, booth_id=booth_a)
        iid = _interview_of(s, "이서연", "A-1").id
        save_evaluation(s, recruiter, iid, rating=4, tag_ids=[tags[0].id, tags[2].id], note=NOTE)

    screen.tabs.setCurrentIndex(TAB_FOLLOW_UP)
    follow_up = screen.follow_up_panel
    assert isinstance(follow_up, FollowUpPanel)
    model = follow_up.model
    row = next(r for r in range(model.rowCount()) if model.rows[r].seeker_name == "이서연")
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    shown = {h: model.data(model.index(row, c)) for c, h in enumerate(headers)}
    assert "4" in shown.values() and "경력자, 재면접 희망" in shown.values()
    assert NOTE in shown.values()

    # the packs: A's workbook has them in its interviewee's row, B's has none of it
    with gui_factory() as s:
        packs = pack_data(s, fair.fair_id, actor=dataclasses.replace(recruiter,
                                                                       role=Role.ORGANIZER))
    files = write_packs(packs, tmp_path)
    by_employer = {f.employer: f.workbook for f in files}
    book = openpyxl.load_workbook(by_employer["(주)양주섬유"], read_only=True)
    sheet = book.worksheets[1]
    rows = list(sheet.iter_rows(values_only=True))
    head = list(rows[0])
    lee = next(r for r in rows[1:] if "이서연" in r)
    assert lee[head.index("Rating (1-5)")] == 4
    assert lee[head.index("Tags")] == "경력자, 재면접 희망"
    assert lee[head.index("Recruiter's note")] == NOTE
    summary = {r[0]: r[1] for r in book.worksheets[0].iter_rows(values_only=True)}
    assert summary["Rated interviews"] == 1 and summary["Average rating (1-5)"] == 4
    other = openpyxl.load_workbook(by_employer["동두천물류"], read_only=True)
    texts = [str(c) for ws in other.worksheets for r in ws.iter_rows(values_only=True)
             for c in r if c is not None]
    assert not [t for t in texts if NOTE in t or "경력자" in t]
    window.close()
