"""The booth station driven as a recruiter would, from the main window, at a scanner's speed:
choose the booth, scan, one key; the questions on the card and what a scan does to them; the
queue; undo and corrections. After each, the database and the dashboard's figures agree."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import AuditEvent, CheckIn, Interview, QueueEntry
from jobfair.gui.booth.models import RecentModel, WaitingModel
from jobfair.gui.booth.screen import BANNER_OK, BANNER_REFUSED, BANNER_WARN, BoothScreen
from jobfair.gui.common.labels import outcome_label
from jobfair.gui.common.paper_sheet import PaperSheetDialog
from jobfair.gui.shell.main_window import MainWindow
from jobfair.operations.results import QuestionKind
from jobfair.services.context import Actor
from jobfair.services.interviews.booth import booth_day
from jobfair.services.records.rehearsal import rehearsal_count
from jobfair.services.reports.analytics import booth_rows
from jobfair.services.reports.metrics import compute_figures
from tests.gui.conftest import MakeWindow
from tests.gui.stationkit import (
    People,
    fair_today,
    open_station,
    people,
    press,
    scan,
    settle,
    today,
)
from tests.services.fairkit import SmallFair

Factory = sessionmaker[Session]


@dataclass
class Booth:
    window: MainWindow
    screen: BoothScreen
    fair: SmallFair
    people: People
    factory: Factory

    def interviews(self, name: str) -> list[Interview]:
        with self.factory() as s:
            return list(s.scalars(
                select(Interview)
                .where(Interview.seeker_id == self.people.seekers[name].id)
                .order_by(Interview.started_at)
            ))

    def scan(self, qtbot: QtBot, name: str) -> None:
        scan(qtbot, self.people.codes[name], self.screen)
        settle(qtbot, self.screen)

    def key(self, qtbot: QtBot, key: Qt.Key, *, wait_for: str | None = None) -> None:
        """An outcome key on the card (it counts after the short pause that tells it from a
        scan); ``wait_for``: the seeker whose interview must change."""
        before = [(i.outcome, i.voided_at) for i in self.interviews(wait_for)] if wait_for else []
        press(qtbot, key)
        if wait_for:
            qtbot.waitUntil(lambda: [(i.outcome, i.voided_at)
                                     for i in self.interviews(wait_for)] != before)
        settle(qtbot, self.screen)

    def dashboard_row(self) -> tuple[int, int, int]:
        """What the organizer's dashboard shows for booth A-1: interviews, hires, waiting."""
        with self.factory() as s:
            row = next(r for r in booth_rows(s, self.fair.fair_id) if r.label == "A-1")
        return row.interviews, row.hires, row.queue


def choose_booth(qtbot: QtBot, screen: BoothScreen, label: str) -> None:
    qtbot.waitUntil(screen.chooser.filter_edit.hasFocus)
    qtbot.keyClicks(screen.chooser.filter_edit, label.lower())
    qtbot.keyClick(screen.chooser.filter_edit, Qt.Key.Key_Return)


@pytest.fixture
def booth(qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory) -> Iterator[Booth]:
    fair = fair_today(gui_factory, headcount=1)
    folks = people(gui_factory, fair.fair_id, {
        "Kim": "010-1234-5678", "Lee": "010-2345-6789", "Park": "010-3456-7890",
    }, shared=("Park",))
    window = make_window()
    screen = open_station(qtbot, window, 2)
    assert isinstance(screen, BoothScreen)
    choose_booth(qtbot, screen, "A-1")
    qtbot.waitUntil(screen.scan_edit.hasFocus)
    yield Booth(window, screen, fair, folks, gui_factory)


def test_the_booth_is_chosen_once_and_remembered(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory, settings: QSettings
) -> None:
    fair = fair_today(gui_factory)
    window = make_window()
    screen = open_station(qtbot, window, 2)
    assert isinstance(screen, BoothScreen)
    assert screen.stack.currentWidget() is screen.chooser
    assert len(screen.chooser.visible_labels()) == 2
    choose_booth(qtbot, screen, "B-1")
    assert screen.booth is not None and screen.booth.id == fair.booth_b
    assert "B-1" in screen.heading.text()
    window.close()

    again = make_window()
    screen = again.station_screen
    assert isinstance(screen, BoothScreen)  # the station and its booth come back
    assert screen.booth is not None and screen.booth.id == fair.booth_b
    screen.switch_button.click()
    choose_booth(qtbot, screen, "A-1")
    assert screen.booth is not None and screen.booth.label == "A-1"


def test_scan_then_one_key_records_a_hire(qtbot: QtBot, booth: Booth) -> None:
    screen = booth.screen
    booth.scan(qtbot, "Kim")
    assert screen.card_view.name_label.text() == "Kim"
    assert screen.outcome.active and screen.outcome.hasFocus()
    with booth.factory() as s:  # never went to the desk: the scan checked them in
        assert s.scalar(select(CheckIn).where(CheckIn.seeker_id == booth.people.seekers["Kim"].id))
    [row] = booth.interviews("Kim")  # the card is an interview from the start
    assert row.outcome is None
    assert screen.card_view.details_label.text() == QCoreApplication.translate(
        "SeekerCardView", "Contact details not shared with employers (no consent)."
    )
    assert screen.outcome.current_opening() == booth.fair.opening_a  # the only one, preselected

    booth.key(qtbot, Qt.Key.Key_1, wait_for="Kim")
    [row] = booth.interviews("Kim")
    assert row.outcome == "hired" and row.opening_id == booth.fair.opening_a
    assert not row.over_headcount
    assert screen.banner_state == BANNER_OK and "Kim" in screen.banner_text
    assert screen.day_panel.values["interviews"].text() == "1"
    assert screen.day_panel.values["hires"].text() == "1 / 1"
    assert screen.recent_panel.model.rowCount() == 1
    assert not screen.outcome.active and screen.scan_edit.hasFocus()
    assert booth.dashboard_row() == (1, 1, 0)


def test_a_badge_number_and_enter_leaves_it_undecided(qtbot: QtBot, booth: Booth) -> None:
    screen = booth.screen
    scan(qtbot, booth.people.badge("Lee"), screen)
    settle(qtbot, screen)
    assert screen.card_view.name_label.text() == "Lee"
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, screen)
    [row] = booth.interviews("Lee")
    assert row.outcome is None
    assert screen.day_panel.values["undecided"].text() == "1"
    assert screen.undecided_panel.model.rowCount() == 1

    scan(qtbot, "#999", screen)
    settle(qtbot, screen)
    assert screen.banner_state == BANNER_REFUSED and "999" in screen.banner_text


def test_a_scan_while_a_card_waits_keeps_both(qtbot: QtBot, booth: Booth) -> None:
    screen = booth.screen
    booth.scan(qtbot, "Kim")
    assert screen.outcome.hasFocus()
    booth.scan(qtbot, "Lee")  # typed into the card: codes hold the digits 2-4
    qtbot.wait(300)  # longer than the pause after which a digit counts as an outcome
    assert screen.card_view.name_label.text() == "Lee"
    [kim] = booth.interviews("Kim")
    assert kim.outcome is None and kim.voided_at is None  # not dropped: undecided
    assert "Kim" in screen.banner_text
    assert booth.dashboard_row() == (2, 0, 0)
    assert {r.name for r in screen.undecided_panel.model.rows} == {"Kim", "Lee"}
    # the undecided one is completed later by scanning the seeker again
    booth.scan(qtbot, "Kim")
    assert screen.card_view.name_label.text() == "Kim"
    booth.key(qtbot, Qt.Key.Key_2, wait_for="Kim")
    assert [i.outcome for i in booth.interviews("Kim")] == ["second"]


def test_a_scan_while_the_over_headcount_question_is_open(qtbot: QtBot, booth: Booth) -> None:
    screen = booth.screen
    booth.scan(qtbot, "Kim")
    booth.key(qtbot, Qt.Key.Key_1, wait_for="Kim")
    booth.scan(qtbot, "Lee")
    press(qtbot, Qt.Key.Key_1)
    qtbot.waitUntil(screen.question.isVisible)
    assert screen.question.question is not None
    assert screen.question.question.kind is QuestionKind.OVER_HEADCOUNT
    assert screen.question.hasFocus()
    assert "Ctrl+Y" in screen.question.yes_button.text()
    assert not screen.question.yes_button.isDefault()
    # the next badge arrives (its Enter must not confirm, its digits must not record)
    booth.scan(qtbot, "Park")
    qtbot.wait(300)
    assert not screen.question.isVisible()
    assert screen.card_view.name_label.text() == "Park"
    [lee] = booth.interviews("Lee")
    assert lee.outcome is None and not lee.over_headcount  # the safe answer
    assert len(booth.interviews("Park")) == 1  # and Park's badge was not lost
    assert booth.dashboard_row() == (3, 1, 0)


def test_the_over_headcount_question_needs_ctrl_y(qtbot: QtBot, booth: Booth) -> None:
    screen = booth.screen
    booth.scan(qtbot, "Kim")
    booth.key(qtbot, Qt.Key.Key_1, wait_for="Kim")
    booth.scan(qtbot, "Lee")
    press(qtbot, Qt.Key.Key_1)
    qtbot.waitUntil(screen.question.isVisible)
    press(qtbot, Qt.Key.Key_Return)  # Enter is "no"
    settle(qtbot, screen)
    assert not screen.question.isVisible() and screen.outcome.active
    assert booth.interviews("Lee")[0].outcome is None
    assert screen.banner_state == BANNER_WARN
    press(qtbot, Qt.Key.Key_1)
    qtbot.waitUntil(screen.question.isVisible)
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, screen)
    [lee] = booth.interviews("Lee")
    assert lee.outcome == "hired" and lee.over_headcount
    assert screen.day_panel.values["hires"].text() == "2 / 1"
    with booth.factory() as s:
        event = s.scalars(select(AuditEvent).where(
            AuditEvent.entity == "interview", AuditEvent.entity_id == str(lee.id),
            AuditEvent.action == "update")).one()
    assert event.after is not None and event.after["outcome"] == "hired"
    model = screen.recent_panel.model
    assert model.data(model.index(0, 4)) == QCoreApplication.translate(
        "BoothModels", "{outcome} (over headcount)"
    ).format(outcome=outcome_label("hired"))


def test_a_scan_while_the_repeat_question_is_open(qtbot: QtBot, booth: Booth) -> None:
    screen = booth.screen
    booth.scan(qtbot, "Lee")
    booth.key(qtbot, Qt.Key.Key_3, wait_for="Lee")
    booth.scan(qtbot, "Lee")
    assert screen.question.isVisible()
    assert screen.question.question is not None
    assert screen.question.question.kind is QuestionKind.REPEAT_INTERVIEW
    assert screen.card_view.earlier_label.text()  # the earlier interview is shown
    press(qtbot, Qt.Key.Key_4)  # a digit does not answer, nor record
    qtbot.wait(300)
    assert len(booth.interviews("Lee")) == 1
    booth.scan(qtbot, "Kim")  # the next badge: no extra interview of Lee, Kim's card opens
    qtbot.wait(300)
    assert not screen.question.isVisible()
    assert screen.card_view.name_label.text() == "Kim"
    assert len(booth.interviews("Lee")) == 1 and len(booth.interviews("Kim")) == 1
    assert booth.interviews("Kim")[0].outcome is None  # the 4 did not land on Kim either

    booth.scan(qtbot, "Lee")  # now a person answers: Ctrl+Y adds another interview
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, screen)
    booth.key(qtbot, Qt.Key.Key_2, wait_for="Lee")
    assert [r.outcome for r in booth.interviews("Lee")] == ["pending", "second"]
    assert screen.day_panel.values["seekers"].text() == "2"


def test_called_with_f3_then_a_scan_keeps_the_interview(qtbot: QtBot, booth: Booth) -> None:
    screen = booth.screen
    press(qtbot, Qt.Key.Key_F2)
    assert screen.waiting_mode
    booth.scan(qtbot, "Park")
    booth.scan(qtbot, "Lee")
    assert [r.name for r in screen.queue_panel.model.rows] == ["Park", "Lee"]
    assert screen.day_panel.values["waiting"].text() == "2"
    assert booth.dashboard_row()[2] == 2
    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_F3)
    settle(qtbot, screen)
    assert screen.card_view.name_label.text() == "Park"
    booth.scan(qtbot, "Kim")  # the next badge comes before a key for Park
    [park] = booth.interviews("Park")
    assert park.outcome is None and park.voided_at is None
    with booth.factory() as s:
        entry = s.scalar(select(QueueEntry).where(
            QueueEntry.seeker_id == booth.people.seekers["Park"].id))
    assert entry is not None and entry.done_at is not None
    assert [r.name for r in screen.queue_panel.model.rows] == ["Lee"]
    assert screen.day_panel.values["waiting"].text() == "1"
    assert booth.dashboard_row() == (2, 0, 1)  # the dashboard agrees with the booth


def test_undo_asks_on_the_card_and_a_scan_withdraws_it(qtbot: QtBot, booth: Booth) -> None:
    screen = booth.screen
    booth.scan(qtbot, "Kim")
    booth.key(qtbot, Qt.Key.Key_1, wait_for="Kim")
    booth.scan(qtbot, "Lee")
    booth.key(qtbot, Qt.Key.Key_4, wait_for="Lee")
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(screen.question.isVisible)
    assert "Lee" in screen.question.label.text()
    press(qtbot, Qt.Key.Key_Escape)
    settle(qtbot, screen)
    assert booth.interviews("Lee")[0].voided_at is None
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(screen.question.isVisible)
    booth.scan(qtbot, "Park")  # a scan withdraws the undo question: nothing undone
    assert not screen.question.isVisible()
    assert booth.interviews("Lee")[0].voided_at is None
    press(qtbot, Qt.Key.Key_Return)  # Park: leave undecided
    settle(qtbot, screen)
    screen.recent_panel.table.setFocus()
    screen.recent_panel.select(booth.interviews("Lee")[0].id)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(screen.question.isVisible)
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, screen)
    assert booth.interviews("Lee")[0].voided_at is not None  # kept on record, undone
    assert screen.day_panel.values["rejected"].text() == "0"
    assert booth.dashboard_row() == (2, 1, 0)

    # correct Kim's hire to a second interview: the hire count goes back
    screen.recent_panel.select(booth.interviews("Kim")[0].id)
    combo = screen.recent_panel.outcome_combo
    combo.setCurrentIndex(combo.findData("second"))
    screen.recent_panel.correct_button.click()
    settle(qtbot, screen)
    assert booth.interviews("Kim")[0].outcome == "second"
    assert screen.day_panel.values["hires"].text() == "0 / 1"
    with booth.factory() as s:
        assert booth_day(s, booth.fair.booth_a, actor=Actor()).hires == 0


def test_undecided_entries_are_completed_from_their_tab(qtbot: QtBot, booth: Booth) -> None:
    screen = booth.screen
    booth.scan(qtbot, "Kim")
    booth.scan(qtbot, "Lee")
    press(qtbot, Qt.Key.Key_0)
    qtbot.waitUntil(lambda: not screen.outcome.active)
    settle(qtbot, screen)
    panel = screen.undecided_panel
    assert {r.name for r in panel.model.rows} == {"Kim", "Lee"}
    assert "2" in screen.tabs.tabText(2)
    panel.select(booth.interviews("Kim")[0].id)
    panel.outcome_combo.setCurrentIndex(panel.outcome_combo.findData("rejected"))
    panel.correct_button.click()
    settle(qtbot, screen)
    assert booth.interviews("Kim")[0].outcome == "rejected"
    assert [r.name for r in panel.model.rows] == ["Lee"]


def test_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester: object, booth: Booth) -> None:
    screen = booth.screen
    press(qtbot, Qt.Key.Key_F2)
    booth.scan(qtbot, "Park")
    press(qtbot, Qt.Key.Key_F2)
    booth.scan(qtbot, "Kim")
    booth.key(qtbot, Qt.Key.Key_4, wait_for="Kim")
    waiting: WaitingModel = screen.queue_panel.model
    recent: RecentModel = screen.recent_panel.model
    assert waiting.rowCount() == 1 and recent.rowCount() == 1
    qtmodeltester.check(waiting)  # type: ignore[attr-defined]
    qtmodeltester.check(recent)  # type: ignore[attr-defined]
    qtmodeltester.check(screen.undecided_panel.model)  # type: ignore[attr-defined]


def test_details_only_with_consent_and_the_paper_sheet_button(
    qtbot: QtBot, booth: Booth
) -> None:
    screen = booth.screen
    booth.scan(qtbot, "Park")
    assert "010-3456-7890" in screen.card_view.details_label.text()
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, screen)

    screen.paper_button.click()
    dialog = screen.findChild(PaperSheetDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.booth_id() == booth.fair.booth_a
    dialog.table.set_cell(0, 0, str(booth.people.seekers["Lee"].badge_no))
    dialog.table.set_cell(0, 1, "4")
    assert dialog.save() is not None
    qtbot.waitUntil(lambda: screen.day_panel.values["rejected"].text() == "1")


def test_a_rehearsal_day_says_so_and_its_records_never_meet_the_fairs(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory
) -> None:
    fair = fair_today(gui_factory, headcount=1)
    folks = people(gui_factory, fair.fair_id, {"Kim": "010-1234-5678"})
    eve = datetime.combine(today() - timedelta(days=1), time(15, 0), ZoneInfo("Asia/Seoul"))
    window = make_window(clock=lambda: eve.astimezone(UTC))
    screen = open_station(qtbot, window, 2)
    assert isinstance(screen, BoothScreen)
    choose_booth(qtbot, screen, "A-1")
    settle(qtbot, screen)
    assert screen.day_banner.isVisible()  # before the first scan
    assert today().isoformat() in screen.day_banner.text()
    booth = Booth(window, screen, fair, folks, gui_factory)
    booth.scan(qtbot, "Kim")
    booth.key(qtbot, Qt.Key.Key_1, wait_for="Kim")
    assert screen.day_panel.values["hires"].text() == "0 / 1"  # the rehearsal hire counts not
    assert booth.dashboard_row() == (0, 0, 0)
    with gui_factory() as s:
        assert rehearsal_count(s, fair.fair_id) == 2  # its check-in and its interview
    window.close()

    day = make_window()  # the fair's day: the rehearsal interview is not "earlier"
    screen = day.station_screen
    assert isinstance(screen, BoothScreen)
    settle(qtbot, screen)
    assert not screen.day_banner.isVisible()
    booth = Booth(day, screen, fair, folks, gui_factory)
    booth.scan(qtbot, "Kim")
    assert not screen.question.isVisible() and screen.outcome.active
    booth.key(qtbot, Qt.Key.Key_1, wait_for="Kim")
    assert booth.dashboard_row() == (1, 1, 0)
    with gui_factory() as s:
        assert compute_figures(s, fair.fair_id).attendees == 1  # checked in today, for real
