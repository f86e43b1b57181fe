"""Evaluations at the booth, driven from the main window: a rating with + and -, two of the
employer's tags, a note, saved with the outcome; a scan while the note has the keyboard opens
the next card and never lands in the note (what was typed stays on the card it was typed on)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import EmployerTag, Interview, InterviewTag
from jobfair.gui.booth.screen import BoothScreen
from jobfair.gui.shell.main_window import MainWindow
from jobfair.services.interviews.evaluations import Tag, set_employer_tags
from tests.gui.booth.test_booth import choose_booth
from tests.gui.conftest import MakeWindow
from tests.gui.stationkit import People, fair_today, open_station, people, press, scan, settle
from tests.services.fairkit import SmallFair, actor

Factory = sessionmaker[Session]


@dataclass
class Booth:
    window: MainWindow
    screen: BoothScreen
    fair: SmallFair
    people: People
    factory: Factory
    tags: tuple[Tag, ...]

    def interview(self, name: str) -> Interview:
        with self.factory() as s:
            [row] = s.scalars(select(Interview).where(
                Interview.seeker_id == self.people.seekers[name].id))
            return row

    def tag_labels(self, name: str) -> list[str]:
        with self.factory() as s:
            return list(s.scalars(
                select(EmployerTag.label).join(InterviewTag, InterviewTag.tag_id == EmployerTag.id)
                .where(InterviewTag.interview_id == self.interview(name).id)
                .order_by(EmployerTag.position)))

    def scan(self, qtbot: QtBot, name: str) -> None:
        scan(qtbot, self.people.codes[name], self.screen)
        settle(qtbot, self.screen)


@pytest.fixture
def booth(qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory) -> Iterator[Booth]:
    fair = fair_today(gui_factory, headcount=1)
    with gui_factory.begin() as s:
        tags = set_employer_tags(s, actor(), fair.employer_a,
                                 ["경력자", "야간 가능", "재면접 희망"])
    folks = people(gui_factory, fair.fair_id, {
        "Kim": "010-1234-5678", "Lee": "010-2345-6789", "Park": "010-3456-7890",
    })
    window = make_window()
    screen = open_station(qtbot, window, 2)
    assert isinstance(screen, BoothScreen)
    choose_booth(qtbot, screen, "A-1")
    qtbot.waitUntil(screen.scan_edit.hasFocus)
    settle(qtbot, screen)
    yield Booth(window, screen, fair, folks, gui_factory, tags)


def test_rate_tag_and_note_with_the_outcome(qtbot: QtBot, booth: Booth) -> None:
    screen, panel = booth.screen, booth.screen.outcome
    qtbot.waitUntil(lambda: len(panel.tag_buttons) == 3)  # the employer's own list
    booth.scan(qtbot, "Kim")
    assert panel.active and panel.hasFocus()
    for n in range(1, 5):  # + four times: 4 of 5
        press(qtbot, Qt.Key.Key_Plus)
        qtbot.waitUntil(lambda n=n: panel.rating == n)  # type: ignore[misc]
    assert [b.isChecked() for b in panel.rating_buttons.values()] == [True] * 4 + [False]
    # two tags: Tab to the note, on to the tags, Space toggles
    press(qtbot, Qt.Key.Key_Tab)
    assert panel.notes_edit.hasFocus()
    qtbot.keyClicks(panel.notes_edit, "forklift licence, starts Monday")
    press(qtbot, Qt.Key.Key_Tab)
    assert panel.tag_buttons[booth.tags[0].id].hasFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.mouseClick(panel.tag_buttons[booth.tags[2].id], Qt.MouseButton.LeftButton)
    assert panel.chosen_tags() == (booth.tags[0].id, booth.tags[2].id)
    panel.setFocus()
    press(qtbot, Qt.Key.Key_2)  # second interview
    qtbot.waitUntil(lambda: booth.interview("Kim").outcome == "second")
    settle(qtbot, screen)
    row = booth.interview("Kim")
    assert row.rating == 4 and row.notes == "forklift licence, starts Monday"
    assert booth.tag_labels("Kim") == ["경력자", "재면접 희망"]
    assert not panel.active and panel.rating is None and not panel.chosen_tags()
    assert panel.notes_edit.text() == ""


def test_a_scan_while_the_note_has_the_keyboard_opens_the_next_card(
    qtbot: QtBot, booth: Booth
) -> None:
    screen, panel = booth.screen, booth.screen.outcome
    qtbot.waitUntil(lambda: len(panel.tag_buttons) == 3)
    booth.scan(qtbot, "Lee")
    press(qtbot, Qt.Key.Key_Plus)
    qtbot.waitUntil(lambda: panel.rating == 1)
    press(qtbot, Qt.Key.Key_Tab)
    assert panel.notes_edit.hasFocus()
    qtbot.keyClicks(panel.notes_edit, "half a thought")
    booth.scan(qtbot, "Park")  # the scanner types into the note, fast, and Enter
    assert screen.card_view.name_label.text() == "Park"
    assert panel.active and panel.notes_edit.text() == ""  # nothing of Lee's, no code
    assert panel.rating is None
    lee = booth.interview("Lee")
    assert lee.outcome is None  # left undecided, with what was typed on it
    assert lee.notes == "half a thought" and lee.rating == 1
    assert booth.people.codes["Park"] not in lee.notes
    park = booth.interview("Park")
    assert park.notes == "" and park.rating is None
    # Lee's card reopened: the evaluation comes back on it
    booth.scan(qtbot, "Lee")
    qtbot.waitUntil(lambda: panel.notes_edit.text() == "half a thought")
    assert panel.rating == 1
