"""The import dialog driven as an organizer would: a CP949 CSV with a bad row, a corrected
column, a good Excel file imported and its badges printed."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.config import Config
from jobfair.db.models import Badge, Seeker
from jobfair.domain.codes import StationKind
from jobfair.gui.common.stations import StationContext
from jobfair.gui.organizer import import_dialog
from jobfair.gui.organizer.import_dialog import ImportDialog, ProblemRow, ProblemsModel, field_label
from jobfair.services.context import Actor
from jobfair.services.setup.fairs import FairInput, create_fair
from tests.documents.conftest import poppler  # noqa: F401  (fixture)
from tests.documents.pdf_tools import decode_pages
from tests.gui.conftest import FakeDialogs
from tests.gui.printing.test_printing import FakePrintUi
from tests.services.fairkit import ticking_clock


@dataclass
class Organizer:
    context: StationContext
    dialogs: FakeDialogs
    fair_id: int


@pytest.fixture
def organizer(
    gui_config: Config, gui_factory: sessionmaker[Session], settings: QSettings
) -> Organizer:
    actor = Actor(station_id=uuid.uuid4(), name="organizer", clock=ticking_clock())
    with gui_factory.begin() as s:
        fair = create_fair(s, actor, FairInput("2015 양주 채용박람회", date(2015, 3, 25)))
    dialogs = FakeDialogs()
    context = StationContext(
        kind=StationKind.ORGANIZER, fair=fair, config=gui_config, session_factory=gui_factory,
        actor=actor, dialogs=dialogs, settings=settings, load_demo=lambda: None,
    )
    return Organizer(context, dialogs, fair.id)


def seekers_in(factory: sessionmaker[Session], fair_id: int) -> int:
    with factory() as s:
        return s.scalar(select(func.count()).select_from(Seeker).where(Seeker.fair_id == fair_id))


def test_problems_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = ProblemsModel()
    model.set_rows([ProblemRow(3, "Phone", "bad"), ProblemRow(7, "Name", "missing")])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.data(model.index(1, 0)) == "7"


def test_a_bad_row_blocks_the_import_until_the_right_column_is_chosen(
    qtbot: QtBot, organizer: Organizer, tmp_path: Path, gui_factory: sessionmaker[Session]
) -> None:
    lines = [
        "이름,생년월일,연락처,휴대폰,개인정보 수집·이용 동의",
        "김민준,1990-01-02,010-1234-5678,010-1234-5678,Y",
        "이서연,1975,집에 없음,010-2345-6789,Y",  # line 3: the home phone column is no phone
        "박지호,600315,010-3456-7890,010-3456-7890,동의",
    ]
    path = tmp_path / "사전등록.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp949"))
    chosen: list[Path | None] = [path]
    dialog = ImportDialog(organizer.context, choose_file=lambda parent: chosen.pop())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)

    assert dialog.file is not None and dialog.file.encoding.lower() in ("cp949", "euc-kr")
    assert dialog.combos["phone"].currentData() == 2  # 연락처, the first phone-like column
    model = dialog.problems
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "3"
    assert model.data(model.index(0, 1)) == field_label("phone")
    assert model.data(model.index(0, 2))  # the reason, in the user's language
    assert not dialog.import_button.isEnabled()
    assert "1" in dialog.counts_label.text()

    with qtbot.waitSignal(dialog.preview_updated, timeout=5000):
        dialog.set_column("phone", "휴대폰")
    assert model.rowCount() == 0
    assert dialog.preview is not None and dialog.preview.valid == 3
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.preview_updated, timeout=5000):
        dialog.combos["name"].setCurrentIndex(0)  # "(not in the file)": a required field
    assert not dialog.import_button.isEnabled()
    assert seekers_in(gui_factory, organizer.fair_id) == 0


def test_a_good_excel_file_imports_every_seeker_and_prints_their_badges(
    qtbot: QtBot, organizer: Organizer, tmp_path: Path, gui_factory: sessionmaker[Session],
    poppler: None,  # noqa: F811
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["2015 채용박람회 사전등록 명단"])  # a title above the header
    sheet.append(["성명", "생년월일", "휴대전화", "희망직종", "개인정보동의", "제3자 제공 동의"])
    surnames = "김이박최정강조윤장임"
    for i in range(25):
        sheet.append([f"{surnames[i % 10]}민{i:02d}", date(1960 + i, 1 + i % 12, 1),
                      f"010-55{i:02d}-{1000 + i}", str(i % 10), "Y", "N"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    out = tmp_path / "new-badges.pdf"
    organizer.dialogs.answers = [True]  # print the new badges: yes
    dialog = ImportDialog(organizer.context, print_ui=FakePrintUi(save_to=out), rasteriser=None)
    qtbot.addWidget(dialog)
    assert dialog.open_file(path)
    assert dialog.problems.rowCount() == 0, dialog.problems.rows
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.seekers_imported, timeout=10_000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args == [1, 25]
    assert seekers_in(gui_factory, organizer.fair_id) == 25
    with gui_factory() as s:
        names = set(s.scalars(select(Seeker.name).where(Seeker.channel == "pre_registered")))
    assert "김민00" in names and len(names) == 25
    assert not dialog.import_button.isEnabled()  # imported once only

    assert dialog.print_task is not None
    qtbot.waitUntil(lambda: dialog.print_task is not None
                    and dialog.print_task.outcome != "running", timeout=10_000)
    assert dialog.print_task.outcome == "succeeded"
    codes = [d.text for page in decode_pages(out) for d in page]
    assert len(codes) == 25
    with gui_factory() as s:
        assert s.scalar(select(func.count()).select_from(Badge)
                        .where(Badge.printed_at.is_not(None))) == 25


def test_an_unreadable_file_is_refused_with_a_message(
    qtbot: QtBot, organizer: Organizer, tmp_path: Path
) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a workbook")
    dialog = ImportDialog(organizer.context)
    qtbot.addWidget(dialog)
    assert not dialog.open_file(path)
    assert organizer.dialogs.errors and dialog.file is None
    assert not dialog.import_button.isEnabled()


def test_a_big_file_is_checked_on_a_worker_thread(
    qtbot: QtBot, organizer: Organizer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_dialog, "SYNC_ROWS", 0)
    path = tmp_path / "list.csv"
    path.write_text("name,birth,phone,consent\n홍길동,1980,010-9999-0000,yes\n"
                    "홍길순,1981,010-9999-0000,yes\n", encoding="utf-8-sig")
    dialog = ImportDialog(organizer.context)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_updated, timeout=10_000):
        assert dialog.open_file(path)
    assert dialog.task is not None and dialog.task.outcome == "succeeded"
    assert [r.row for r in dialog.problems.rows] == [3]  # the same phone twice
    assert not dialog.import_button.isEnabled()


def test_a_column_is_mapped_to_a_field_of_the_fairs_own(
    qtbot: QtBot, organizer: Organizer, tmp_path: Path, gui_factory: sessionmaker[Session]
) -> None:
    from jobfair.services.setup.fields import FieldInput, add_field

    with gui_factory.begin() as s:
        add_field(s, organizer.context.actor, organizer.fair_id, FieldInput(
            "branch", "choice", "지점", "Branch", choices=("양주", "의정부")))
        add_field(s, organizer.context.actor, organizer.fair_id, FieldInput(
            "driving", "yes_no", "운전 가능", "Can drive"))
    path = tmp_path / "list.csv"
    path.write_text("이름,생년월일,연락처,개인정보 수집·이용 동의,지점,운전\n"
                    "김민준,1990-01-02,010-1234-5678,Y,양주,아니오\n", encoding="utf-8")
    organizer.dialogs.answers = [False]  # print the new badges: no
    dialog = ImportDialog(organizer.context, choose_file=lambda parent: path, rasteriser=None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.combos["field:branch"].currentData() == 4  # found by its label
    assert dialog.combos["field:driving"].currentData() == -1  # "운전" is not its label
    with qtbot.waitSignal(dialog.preview_updated, timeout=5000):
        dialog.set_column("field:driving", "운전")
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.seekers_imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    with gui_factory() as s:
        answers = s.scalars(select(Seeker.answers)).one()
    assert answers == {"branch": "양주", "driving": False}
