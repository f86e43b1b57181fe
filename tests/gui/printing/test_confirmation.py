"""Printing the 면접확인서 from the desk and the booth; the organizer's retention banner."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.config import Config
from jobfair.db.models import Seeker
from jobfair.domain.codes import StationKind
from jobfair.gui.common.stations import StationContext
from jobfair.gui.desk.screen import DeskScreen
from jobfair.gui.organizer.find_seeker import FindSeekerDialog
from jobfair.gui.printing.badges import file_name
from jobfair.gui.printing.confirmation import print_confirmation
from jobfair.services.context import Actor
from jobfair.services.interviews.confirmation import InterviewChoice
from jobfair.services.setup.fairs import get_fair
from tests.documents.conftest import poppler  # noqa: F401  (fixture)
from tests.documents.pdf_tools import pdf_pages, pdf_text
from tests.gui.booth.test_booth import Booth, booth  # noqa: F401  (fixture)
from tests.gui.conftest import FakeDialogs, MakeWindow, build_small_fair, type_text
from tests.gui.modal_robot import ModalRobot, modals  # noqa: F401  (fixture)
from tests.gui.organizer.test_matching import save_as
from tests.gui.printing.test_printing import FakePrintUi
from tests.gui.shell.test_every_feature import click_row, modal, run
from tests.gui.stationkit import open_station, press
from tests.services.fairkit import ticking_clock

pytestmark = pytest.mark.usefixtures("qapp")


def make_context(
    config: Config, factory: sessionmaker[Session], settings: QSettings, kind: StationKind
) -> tuple[StationContext, uuid.UUID]:
    with factory.begin() as s:
        fair = build_small_fair(s)
        view = get_fair(s, fair.fair_id)
        minjun = s.scalar(select(Seeker.id).where(Seeker.name == "김민준"))
    assert minjun is not None
    context = StationContext(
        kind=kind, fair=view, config=config, session_factory=factory,
        actor=Actor(station_id=uuid.uuid4(), name="t", clock=ticking_clock()),
        dialogs=FakeDialogs(), settings=settings, load_demo=lambda: None,
    )
    return context, minjun


@pytest.mark.usefixtures("poppler")
def test_desk_prints_the_chosen_or_all_interviews_of_a_seeker(
    gui_config: Config, gui_factory: sessionmaker[Session], settings: QSettings,
    tmp_path: Path,
) -> None:
    context, minjun = make_context(gui_config, gui_factory, settings, StationKind.DESK)
    offered: list[list[InterviewChoice]] = []

    def first(_parent: QWidget | None, choices: list[InterviewChoice]) -> list[uuid.UUID]:
        offered.append(choices)
        return [choices[0].interview_id]

    ui = FakePrintUi(save_to=tmp_path / "one.pdf")
    assert print_confirmation(context, minjun, None, of_seeker=True, ui=ui, choose=first)
    assert [c.employer_name for c in offered[0]] == ["(주)양주섬유", "동두천물류"]
    text = pdf_text(tmp_path / "one.pdf")
    assert "김민준" in text and "220-81-62517" in text and "2024 의정부 채용박람회" in text
    assert "동두천물류" not in text and pdf_pages(tmp_path / "one.pdf") == 1

    ui = FakePrintUi(save_to=tmp_path / "all.pdf")
    assert print_confirmation(context, minjun, None, of_seeker=True, ui=ui,
                              choose=lambda _p, cs: [c.interview_id for c in cs])
    assert pdf_pages(tmp_path / "all.pdf") == 2
    assert "124-81-55663" in pdf_text(tmp_path / "all.pdf")

    cancelled = FakePrintUi(action=None)
    assert print_confirmation(context, minjun, None, of_seeker=True, ui=cancelled,
                              choose=lambda _p, _c: None) is None
    assert cancelled.asked == []


def test_desk_screen_button_asks_for_a_seeker_first(
    qtbot: QtBot, gui_config: Config, gui_factory: sessionmaker[Session], settings: QSettings,
) -> None:
    context, _ = make_context(gui_config, gui_factory, settings, StationKind.DESK)
    screen = DeskScreen(context, print_badges=lambda _ids: None)
    qtbot.addWidget(screen)
    screen.confirm_button.click()
    assert isinstance(context.dialogs, FakeDialogs)
    assert len(context.dialogs.informed) == 1 and context.dialogs.errors == []


def test_booth_f6_confirms_the_newest_interview_here(
    qtbot: QtBot,
    booth: Booth,  # noqa: F811  (fixture)
    monkeypatch: pytest.MonkeyPatch,
    fake_dialogs: FakeDialogs,
) -> None:
    calls: list[uuid.UUID] = []
    monkeypatch.setattr(
        "jobfair.gui.booth.screen.print_confirmation", lambda _c, target, _p: calls.append(target)
    )
    screen = booth.screen
    press(qtbot, Qt.Key.Key_F6)
    assert calls == [] and len(fake_dialogs.informed) == 1  # nothing recorded yet

    booth.scan(qtbot, "Kim")
    booth.key(qtbot, Qt.Key.Key_1, wait_for="Kim")
    press(qtbot, Qt.Key.Key_F6)
    assert calls == [booth.interviews("Kim")[0].id]

    booth.scan(qtbot, "Kim")  # the card open again: its last interview here
    assert screen.card_view.card is not None
    screen.confirm_button.click()
    assert calls[-1] == booth.interviews("Kim")[0].id


@pytest.mark.usefixtures("poppler")
def test_the_confirmation_is_saved_under_its_own_title_and_a_readable_name(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: sessionmaker[Session],
    modals: ModalRobot, fake_dialogs: FakeDialogs, tmp_path: Path,  # noqa: F811
) -> None:
    with gui_factory.begin() as s:
        build_small_fair(s)
    window = make_window()
    open_station(qtbot, window, 1)
    run(window, "deskMenu", "confirmationAction")
    dialog = modal(qtbot, FindSeekerDialog)
    type_text(dialog.field, "이서연")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    click_row(qtbot, dialog, 0)
    out = tmp_path / "saved.pdf"
    seen: list[tuple[str, str]] = []
    modals.expect(QMessageBox, modals.press("PDF"))
    modals.expect(QFileDialog, save_as(qtbot, out, seen))
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: modals.done and out.exists(), timeout=10_000)
    assert seen == [("면접확인서를 PDF로 저장", "면접확인서_이서연_2024-05-14.pdf")]
    assert "이서연" in pdf_text(out) and fake_dialogs.errors == []


def test_file_names_keep_what_a_file_system_takes() -> None:
    assert file_name("면접확인서", "홍길동", "2015-03-25") == "면접확인서_홍길동_2015-03-25.pdf"
    assert file_name("Candidates", 'A/B: "C" <D>|E?*', "") == "Candidates_A-B- -C- -D-E.pdf"
    assert file_name("  ", "..") == "document.pdf"
    assert len(file_name("x" * 500)) <= 124
