"""Printing the 면접확인서 from the desk and the booth; the organizer's retention banner."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.config import Config
from jobfair.db.models import Seeker
from jobfair.domain.codes import StationKind
from jobfair.gui.confirmation import print_confirmation
from jobfair.gui.desk import DeskScreen
from jobfair.gui.stations import StationContext
from jobfair.services.confirmation import InterviewChoice
from jobfair.services.context import Actor
from jobfair.services.fairs import get_fair
from tests.documents.conftest import poppler  # noqa: F401  (fixture)
from tests.documents.pdf_tools import pdf_pages, pdf_text
from tests.gui.conftest import FakeDialogs, build_small_fair
from tests.gui.stationkit import press
from tests.gui.test_booth import Booth, booth  # noqa: F401  (fixture)
from tests.gui.test_printing import FakePrintUi
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
        "jobfair.gui.booth.print_confirmation", lambda _c, target, _p: calls.append(target)
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
