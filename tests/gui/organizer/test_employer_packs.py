"""*Organizer › Employer result packs…* from the main window: the letter edited, the folder
chosen in Qt's folder dialog, the packs made and read back, within each seeker's consent."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import Booth, Fair
from jobfair.gui.organizer.packs import EmployerPacksDialog
from jobfair.services.context import Actor
from jobfair.services.interviews.service import log_interview
from jobfair.services.seekers.service import Consent, SeekerInput, register_seeker
from tests.gui.conftest import (
    SMALL_FAIR_DAY,
    FakeDialogs,
    MakeWindow,
    SmallFair,
    build_small_fair,
    type_text,
)
from tests.gui.modal_robot import ModalRobot, modals  # noqa: F401  (fixture)
from tests.gui.shell.test_every_feature import FAIR, modal, organizer, run
from tests.services.reports.test_result_packs import xlsx_texts

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler")
SHARED_PHONE = "010-5550-1212"
SHARED_PLACE = "공유마을"
WITHHELD = ("010-1234-5678", "01012345678", "010-2345-6789", "010-3456-7890")  # small fair's


@pytest.fixture
def small(gui_factory: sessionmaker[Session]) -> SmallFair:
    """The small fair (nobody there consented to provision) and one seeker who did, hired at
    A-1."""
    with gui_factory.begin() as s:
        fair = build_small_fair(s, FAIR)
        who = Actor(station_id=uuid.uuid4(), name="test", clock=lambda: SMALL_FAIR_DAY)
        seeker = register_seeker(s, who, fair.fair_id, SeekerInput(
            name="정공유", birth_year=1985, phone=SHARED_PHONE, residence=SHARED_PLACE,
            consent=Consent(collection=True, provision=True)))
        booth = s.scalars(select(Booth.id).where(Booth.label == "A-1")).one()
        log_interview(s, who, seeker_id=seeker.id, booth_id=booth, outcome="pending",
                      notes="야간 가능")
    return fair


@needs_poppler
def test_organizer_makes_every_employers_pack_from_the_menu(
    qtbot: QtBot, make_window: MakeWindow, small: SmallFair, modals: ModalRobot,  # noqa: F811
    fake_dialogs: FakeDialogs, gui_factory: sessionmaker[Session], tmp_path: Path,
) -> None:
    from tests.documents.pdf_tools import pdf_text

    folder = tmp_path / "packs"
    folder.mkdir()
    window, _screen = organizer(qtbot, make_window)
    run(window, "organizerMenu", "employerPacksAction")
    dialog = modal(qtbot, EmployerPacksDialog)
    assert "채용박람회" in dialog.letter.toPlainText()  # the default letter, in Korean
    dialog.letter.clear()
    type_text(dialog.letter, "귀사의 참여에 감사드립니다.")

    modals.expect(QFileDialog, modals.type_file_name(folder))
    button = dialog.findChild(type(dialog.make), "packChooseFolderButton")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: modals.done and dialog.folder.text() == str(folder), timeout=10_000)
    qtbot.mouseClick(dialog.make, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(fake_dialogs.informed) == 1, timeout=30_000)
    assert fake_dialogs.errors == []

    names = sorted(p.name for p in folder.iterdir())
    assert names == ["(주)양주섬유_결과.pdf", "(주)양주섬유_결과.xlsx",
                     "동두천물류_결과.pdf", "동두천물류_결과.xlsx"]
    a_book = "\n".join(xlsx_texts(folder / "(주)양주섬유_결과.xlsx"))
    assert SHARED_PHONE in a_book and SHARED_PLACE in a_book and "야간 가능" in a_book
    assert "김민준" in a_book and "비공개" in a_book  # a name, and "not shared" in Korean
    for path in folder.iterdir():
        text = "\n".join(xlsx_texts(path)) if path.suffix == ".xlsx" else pdf_text(path)
        assert not [p for p in WITHHELD if p in text], path.name
    a_pdf = pdf_text(folder / "(주)양주섬유_결과.pdf")
    assert "귀사의 참여에 감사드립니다." in a_pdf and SHARED_PHONE in a_pdf
    with gui_factory() as s:
        assert s.scalars(select(Fair.pack_letter)).one() == "귀사의 참여에 감사드립니다."
