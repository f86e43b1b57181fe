"""The Matching tab from the keyboard: find a seeker, recommend, print; an employer's list."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.config import Config
from jobfair.db.models import Recommendation
from jobfair.documents.layouts import Layout
from jobfair.domain.codes import StationKind
from jobfair.gui.common.stations import StationContext
from jobfair.gui.organizer.matching import MatchingPanel
from jobfair.services.context import Actor
from jobfair.services.seekers.service import Consent, SeekerInput, register_seeker
from jobfair.services.setup.fairs import (
    EmployerInput,
    FairInput,
    FairView,
    OpeningInput,
    add_booth,
    add_employer,
    add_opening,
    create_fair,
)
from tests.documents.pdf_tools import pdf_text
from tests.gui.conftest import BIZNO_A, BIZNO_B, FakeDialogs, MakeWindow
from tests.gui.modal_robot import Answer, ModalRobot, modals  # noqa: F401  (fixture)
from tests.gui.stationkit import open_station, press
from tests.services.fairkit import ticking_clock


class SavingUi:
    """Answers 'save' and saves into a folder; records what was asked."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.saved: list[Path] = []

    def choose_action(self, parent: QWidget | None, count: int, can_print: bool) -> str | None:
        return "save"

    def choose_printer(self, parent: QWidget | None, layout: Layout) -> QPrinter | None:
        return None

    def choose_save_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        target = self.folder / suggested.name
        self.saved.append(target)
        return target


def _fair(factory: sessionmaker[Session]) -> tuple[FairView, uuid.UUID, uuid.UUID]:
    who = Actor(station_id=uuid.uuid4(), name="test", clock=ticking_clock())
    with factory.begin() as s:
        fair = create_fair(s, who, FairInput("2015 양주 채용박람회", date(2015, 3, 25)))
        a = add_employer(s, who, fair.id, EmployerInput("(주)양주섬유", BIZNO_A, "C"))
        b = add_employer(s, who, fair.id, EmployerInput("동두천물류", BIZNO_B, "H"))
        add_booth(s, who, fair.id, a.id, "A-1")
        add_booth(s, who, fair.id, b.id, "B-1")
        add_opening(s, who, fair.id, b.id, OpeningInput("포장원", 2, "8", work_place="동두천시"))
        add_opening(s, who, fair.id, a.id, OpeningInput("미싱사", 2, "8602", work_place="양주시"))
        base = SeekerInput(name="박서연", birth_year=1970, phone="010-1111-2222",
                           consent=Consent(collection=True, provision=True),
                           residence="양주시", desired_keco="8601", desired_job="봉제")
        shared = register_seeker(s, who, fair.id, base)
        private = register_seeker(s, who, fair.id, replace(
            base, name="최지우", phone="010-3333-4444", consent=Consent(collection=True)
        ))
    return fair, shared.id, private.id


@pytest.fixture
def panel(
    qtbot: QtBot, gui_config: Config, gui_factory: sessionmaker[Session], settings: QSettings,
    fake_dialogs: FakeDialogs, tmp_path: Path,
) -> tuple[MatchingPanel, SavingUi, list[uuid.UUID]]:
    fair, shared, private = _fair(gui_factory)
    context = StationContext(
        kind=StationKind.ORGANIZER, fair=fair, config=gui_config, session_factory=gui_factory,
        actor=Actor(station_id=uuid.uuid4(), name="counsellor", clock=ticking_clock()),
        dialogs=fake_dialogs, settings=settings, load_demo=lambda: None,
    )
    ui = SavingUi(tmp_path)
    widget = MatchingPanel(context, print_ui=ui, rasteriser=None)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, ui, [shared, private]


def test_seeker_search_recommend_and_slip(
    qtbot: QtBot, panel: tuple[MatchingPanel, SavingUi, list[uuid.UUID]],
    gui_factory: sessionmaker[Session],
) -> None:
    widget, ui, (shared, _private) = panel
    widget.search.setFocus()
    qtbot.keyClicks(widget.search, "1")  # badge number 1
    qtbot.keyClick(widget.search, Qt.Key.Key_Return)
    assert widget.results.count() == 1 and widget.seeker_id == shared
    assert [m.title for m in widget.openings] == ["미싱사", "포장원"]
    assert widget.opening_table.item(0, 0).text() == "A-1"
    assert "양주" in widget.opening_table.item(0, 5).text()
    assert widget.opening_table.currentRow() == 0
    qtbot.keyClick(widget.opening_table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    with gui_factory() as s:
        assert s.scalars(select(Recommendation.seeker_id)).all() == [shared]
    assert widget.openings[0].recommended and widget.opening_table.item(0, 4).text()
    qtbot.keyClick(widget.opening_table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(ui.saved) == 1
    text = pdf_text(ui.saved[0])
    assert "박서연" in text and "A-1" in text and "미싱사" in text
    assert "B-1" not in text and "포장원" not in text  # not marked: not on the slip
    qtbot.keyClick(widget.opening_table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    with gui_factory() as s:
        assert s.scalars(select(Recommendation)).all() == []


def test_employer_list_has_only_consenting_seekers(
    qtbot: QtBot, panel: tuple[MatchingPanel, SavingUi, list[uuid.UUID]],
) -> None:
    widget, ui, (shared, _private) = panel
    widget.pages.setCurrentIndex(1)
    index = widget.employer_combo.findText("(주)양주섬유")
    widget.employer_combo.setCurrentIndex(index)
    assert [c.seeker_id for c in widget.candidates] == [shared]
    assert widget.candidate_table.rowCount() == 1
    assert widget.candidate_table.item(0, 0).text() == "박서연"
    widget.candidate_table.setFocus()
    qtbot.keyClick(widget.candidate_table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    text = pdf_text(ui.saved[0])
    assert "박서연" in text and "최지우" not in text


def test_organizer_builds_the_matching_tab_when_shown(
    qtbot: QtBot, panel: tuple[MatchingPanel, SavingUi, list[uuid.UUID]],
) -> None:
    from jobfair.gui.organizer.screen import TAB_MATCHING, OrganizerScreen

    screen = OrganizerScreen(panel[0].context)
    qtbot.addWidget(screen)
    assert screen.matching_panel is None
    screen.tabs.setCurrentIndex(TAB_MATCHING)
    assert isinstance(screen.matching_panel, MatchingPanel)


# --- From the main window: the counsellor marks two openings and prints the slip -----------------


def _fair_of_many(factory: sessionmaker[Session]) -> uuid.UUID:
    """A seeker who suits four openings at three booths (two at A-1)."""
    who = Actor(station_id=uuid.uuid4(), name="test", clock=ticking_clock())
    with factory.begin() as s:
        fair = create_fair(s, who, FairInput("2015 양주 채용박람회", date(2015, 3, 25)))
        a = add_employer(s, who, fair.id, EmployerInput("(주)양주섬유", BIZNO_A, "C"))
        b = add_employer(s, who, fair.id, EmployerInput("동두천물류", BIZNO_B, "H"))
        add_booth(s, who, fair.id, a.id, "A-1")
        add_booth(s, who, fair.id, b.id, "B-1")
        add_opening(s, who, fair.id, a.id, OpeningInput("미싱사", 2, "8602", work_place="양주시"))
        add_opening(s, who, fair.id, a.id, OpeningInput("재단사", 1, "8601", work_place="양주시"))
        add_opening(s, who, fair.id, b.id, OpeningInput("포장원", 2, "8", work_place="동두천시"))
        add_opening(s, who, fair.id, b.id, OpeningInput("검수원", 1, "8", work_place="동두천시"))
        seeker = register_seeker(s, who, fair.id, SeekerInput(
            name="박서연", birth_year=1970, phone="010-1111-2222",
            consent=Consent(collection=True, provision=True),
            residence="양주시", desired_keco="8601", desired_job="봉제"))
    return seeker.id


def test_the_slip_from_the_window_has_exactly_the_openings_marked(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: sessionmaker[Session],
    modals: ModalRobot, fake_dialogs: FakeDialogs, tmp_path: Path,  # noqa: F811
) -> None:
    seeker = _fair_of_many(gui_factory)
    window = make_window()
    open_station(qtbot, window, 3)
    press(qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)  # the Matching tab
    panel = window.findChild(MatchingPanel)
    assert isinstance(panel, MatchingPanel) and panel.isVisible()
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "1")  # badge number 1
    press(qtbot, Qt.Key.Key_Return)
    assert panel.seeker_id == seeker
    press(qtbot, Qt.Key.Key_Return)  # on to the openings
    assert panel.opening_table.hasFocus() and len(panel.openings) == 4

    # Nothing marked: the panel says so and prints nothing.
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert "Ctrl+R" in panel.seeker_status.text() and modals.answered == []

    marked = []
    for row in (0, 2):  # the first and the third, by keys
        while panel.opening_table.currentRow() < row:
            press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        marked.append(panel.openings[row])
    assert [m.recommended for m in panel.openings] == [True, False, True, False]

    out = tmp_path / "slip.pdf"
    seen: list[tuple[str, str]] = []
    modals.expect(QMessageBox, modals.press("PDF"))
    modals.expect(QFileDialog, save_as(qtbot, out, seen))
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: modals.done and out.exists(), timeout=10_000)
    assert seen == [("추천 부스 안내를 PDF로 저장", "추천부스안내_박서연_2015-03-25.pdf")]
    text = pdf_text(out)
    titles = {m.title for m in panel.openings}
    assert {t for t in titles if t in text} == {m.title for m in marked}
    for m in marked:
        assert m.employer_name in text and m.booth_label in text
    assert fake_dialogs.errors == []


def save_as(qtbot: QtBot, path: Path, seen: list[tuple[str, str]]) -> Answer:
    """A file dialog: note its title and the name it suggests, then save at ``path``."""

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog)
        field = widget.findChild(QLineEdit, "fileNameEdit")
        assert field is not None
        seen.append((widget.windowTitle(), field.text()))
        field.setFocus()
        field.setText(str(path))
        qtbot.keyClick(field, Qt.Key.Key_Return)

    return answer
