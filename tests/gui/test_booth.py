"""The booth station driven as a recruiter would: choose the booth, scan, one key, the rules."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.config import Config
from jobfair.db.models import AuditEvent, CheckIn, Interview, QueueEntry
from jobfair.domain.codes import StationKind
from jobfair.gui.booth import (
    BANNER_OK,
    BANNER_REFUSED,
    BoothScreen,
    booth_setting_key,
    create_station,
)
from jobfair.gui.booth_models import RecentModel, WaitingModel, outcome_label
from jobfair.gui.booth_paper import PaperSheetDialog
from jobfair.gui.stations import StationContext
from jobfair.services.badges import ensure_badges
from jobfair.services.booth import booth_day
from jobfair.services.context import Actor
from jobfair.services.seekers import Consent, SeekerView
from tests.gui.conftest import FakeDialogs, activate, scan_into, station_context
from tests.services.fairkit import SmallFair, register, small_fair

Factory = sessionmaker[Session]


@dataclass
class Booth:
    screen: BoothScreen
    fair: SmallFair
    seekers: dict[str, SeekerView]
    codes: dict[str, str]
    dialogs: FakeDialogs
    factory: Factory
    settings: QSettings
    context: StationContext






@pytest.fixture
def booth(
    qtbot: QtBot,
    gui_factory: Factory,
    gui_config: Config,
    settings: QSettings,
    fake_dialogs: FakeDialogs,
) -> Iterator[Booth]:
    fair = small_fair(gui_factory, headcount=1)
    people = {"Kim": "010-1234-5678", "Lee": "010-2345-6789", "Park": "010-3456-7890"}
    seekers = {n: register(gui_factory, fair.fair_id, n, phone=p) for n, p in people.items()}
    with gui_factory.begin() as s:
        by_id = ensure_badges(s, [v.id for v in seekers.values()])
    codes = {n: by_id[v.id] for n, v in seekers.items()}
    settings.setValue(booth_setting_key(fair.fair_id), fair.booth_a)
    context = station_context(
        StationKind.BOOTH, gui_factory, gui_config, settings, fake_dialogs, fair.fair_id,
        "recruiter",
    )
    screen = BoothScreen(context)
    qtbot.addWidget(screen)
    activate(qtbot, screen)
    yield Booth(screen, fair, seekers, codes, fake_dialogs, gui_factory, settings, context)


def scan(qtbot: QtBot, booth: Booth, text: str) -> None:
    """The recruiter scans into the scan field, then Enter."""
    scan_into(qtbot, booth.screen.scan_edit, text)


def press(qtbot: QtBot, booth: Booth, key: Qt.Key) -> None:
    """An outcome key on the card; it counts after the short pause that tells it from a scan."""
    qtbot.keyClick(booth.screen.outcome, key)


def interviews(booth: Booth, seeker: str) -> list[Interview]:
    with booth.factory() as s:
        return list(
            s.scalars(
                select(Interview)
                .where(Interview.seeker_id == booth.seekers[seeker].id)
                .order_by(Interview.started_at)
            )
        )


def live(rows: list[Interview]) -> list[Interview]:
    return [r for r in rows if r.voided_at is None]


def test_first_open_asks_for_the_booth_and_remembers_it(
    qtbot: QtBot,
    gui_factory: Factory,
    gui_config: Config,
    settings: QSettings,
    fake_dialogs: FakeDialogs,
) -> None:
    fair = small_fair(gui_factory)
    context = station_context(
        StationKind.BOOTH, gui_factory, gui_config, settings, fake_dialogs, fair.fair_id,
        "recruiter",
    )
    screen = create_station(context)
    assert isinstance(screen, BoothScreen)
    qtbot.addWidget(screen)
    activate(qtbot, screen)
    assert screen.stack.currentWidget() is screen.chooser
    assert len(screen.chooser.visible_labels()) == 2
    qtbot.waitUntil(screen.chooser.filter_edit.hasFocus)
    qtbot.keyClicks(screen.chooser.filter_edit, "b-1")
    assert [t.split(" ")[0] for t in screen.chooser.visible_labels()] == ["B-1"]
    qtbot.keyClick(screen.chooser.filter_edit, Qt.Key.Key_Return)
    assert screen.booth is not None and screen.booth.id == fair.booth_b
    assert "B-1" in screen.heading.text()
    assert settings.value(booth_setting_key(fair.fair_id)) in (fair.booth_b, str(fair.booth_b))

    again = BoothScreen(context)
    qtbot.addWidget(again)
    assert again.booth is not None and again.booth.id == fair.booth_b
    assert again.stack.currentIndex() == 1

    again.switch_booth()
    assert again.stack.currentWidget() is again.chooser
    again.choose_booth(fair.booth_a)
    assert again.booth is not None and again.booth.label == "A-1"
    assert int(str(settings.value(booth_setting_key(fair.fair_id)))) == fair.booth_a


def test_scan_then_one_key_records_a_hire(qtbot: QtBot, booth: Booth) -> None:
    screen = booth.screen
    scan(qtbot, booth, booth.codes["Kim"])
    assert screen.card is not None and screen.card.name == "Kim"
    assert screen.card_view.name_label.text() == "Kim"
    assert screen.card.checked_in_by_scan  # never went to the desk: the scan checked them in
    with booth.factory() as s:
        assert s.scalar(select(CheckIn).where(CheckIn.seeker_id == booth.seekers["Kim"].id))
    assert screen.card_view.details_label.text() == QCoreApplication.translate(
        "SeekerCardView", "Contact details not shared with employers (no consent)."
    )
    assert screen.outcome.current_opening() == booth.fair.opening_a  # the only one, preselected
    qtbot.waitUntil(screen.outcome.hasFocus)

    press(qtbot, booth, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: len(interviews(booth, "Kim")) == 1)
    [row] = interviews(booth, "Kim")
    assert row.outcome == "hired" and row.opening_id == booth.fair.opening_a
    assert row.booth_id == booth.fair.booth_a and not row.over_headcount
    assert screen.banner_state == BANNER_OK and "Kim" in screen.banner_text
    assert screen.day_panel.values["interviews"].text() == "1"
    assert screen.day_panel.values["hires"].text() == "1 / 1"
    assert screen.day_panel.values["hired"].text() == "1"
    assert screen.recent_panel.model.rowCount() == 1
    assert screen.card is None and not screen.outcome.active
    assert screen.scan_edit.hasFocus()


def test_a_badge_number_and_enter_leaves_it_open(qtbot: QtBot, booth: Booth) -> None:
    screen = booth.screen
    number = booth.seekers["Lee"].badge_no
    scan(qtbot, booth, f"#{number}")
    assert screen.card is not None and screen.card.name == "Lee"
    qtbot.waitUntil(screen.outcome.hasFocus)
    qtbot.keyClick(screen.outcome, Qt.Key.Key_Return)
    [row] = interviews(booth, "Lee")
    assert row.outcome is None
    assert screen.day_panel.values["undecided"].text() == "1"

    scan(qtbot, booth, "#999")
    assert screen.banner_state == BANNER_REFUSED
    assert "999" in screen.banner_text
    assert screen.card is None


def test_a_scan_is_not_taken_for_outcome_keys(qtbot: QtBot, booth: Booth) -> None:
    screen = booth.screen
    scan(qtbot, booth, booth.codes["Kim"])
    qtbot.waitUntil(screen.outcome.hasFocus)
    # the next seeker's badge is scanned while the card waits (the scanner types into the card)
    qtbot.keyClicks(screen.outcome, booth.codes["Lee"])
    qtbot.keyClick(screen.outcome, Qt.Key.Key_Return)
    qtbot.wait(300)
    assert screen.card is not None and screen.card.name == "Lee"
    assert interviews(booth, "Kim") == []


def test_double_scan_asks_before_adding(qtbot: QtBot, booth: Booth) -> None:
    screen = booth.screen
    scan(qtbot, booth, booth.codes["Lee"])
    press(qtbot, booth, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: len(interviews(booth, "Lee")) == 1)

    booth.dialogs.answers = [False]
    scan(qtbot, booth, booth.codes["Lee"])
    assert len(booth.dialogs.asked) == 1
    assert "Lee" in booth.dialogs.asked[0][1]
    assert screen.card_view.earlier_label.text()  # the earlier interview is shown
    assert not screen.outcome.active
    press(qtbot, booth, Qt.Key.Key_2)
    qtbot.wait(300)
    assert len(interviews(booth, "Lee")) == 1  # "no": nothing added

    booth.dialogs.answers = [True]
    scan(qtbot, booth, booth.codes["Lee"])
    assert len(booth.dialogs.asked) == 2
    press(qtbot, booth, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: len(interviews(booth, "Lee")) == 2)
    assert [r.outcome for r in interviews(booth, "Lee")] == ["pending", "second"]
    assert screen.day_panel.values["interviews"].text() == "2"
    assert screen.day_panel.values["seekers"].text() == "1"


def test_hire_beyond_headcount_needs_confirmation(qtbot: QtBot, booth: Booth) -> None:
    screen = booth.screen
    scan(qtbot, booth, booth.codes["Kim"])
    press(qtbot, booth, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: len(interviews(booth, "Kim")) == 1)

    booth.dialogs.answers = [False]
    scan(qtbot, booth, booth.codes["Lee"])
    press(qtbot, booth, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: len(booth.dialogs.asked) == 1)
    assert booth.dialogs.asked[0][0] == QCoreApplication.translate(
        "BoothScreen", "Beyond the headcount"
    )
    assert interviews(booth, "Lee") == []
    assert screen.outcome.active  # the card stays for another outcome

    booth.dialogs.answers = [True]
    press(qtbot, booth, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: len(interviews(booth, "Lee")) == 1)
    [row] = interviews(booth, "Lee")
    assert row.outcome == "hired" and row.over_headcount
    assert screen.day_panel.values["hires"].text() == "2 / 1"
    with booth.factory() as s:
        event = s.scalar(
            select(AuditEvent).where(AuditEvent.entity == "interview",
                                     AuditEvent.entity_id == str(row.id))
        )
    assert event is not None and event.after is not None
    assert event.after["over_headcount"] is True
    model = screen.recent_panel.model
    assert model.data(model.index(0, 4)) == QCoreApplication.translate(
        "BoothModels", "{outcome} (over headcount)"
    ).format(outcome=outcome_label("hired"))


def test_undo_and_correct(qtbot: QtBot, booth: Booth) -> None:
    screen = booth.screen
    scan(qtbot, booth, booth.codes["Kim"])
    press(qtbot, booth, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: len(interviews(booth, "Kim")) == 1)
    scan(qtbot, booth, booth.codes["Park"])
    press(qtbot, booth, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: len(interviews(booth, "Park")) == 1)
    assert screen.day_panel.values["interviews"].text() == "2"

    screen.scan_edit.setFocus()
    qtbot.keyClick(screen.scan_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Park" in booth.dialogs.asked[-1][1]
    assert live(interviews(booth, "Park")) == []
    assert interviews(booth, "Park")[0].voided_at is not None  # kept on record
    assert screen.day_panel.values["interviews"].text() == "1"
    assert screen.day_panel.values["rejected"].text() == "0"

    # correct Kim's hire to a second interview: the hire count goes back
    screen.recent_panel.table.selectRow(0)
    screen.recent_panel.outcome_combo.setCurrentIndex(
        screen.recent_panel.outcome_combo.findData("second")
    )
    screen.recent_panel.correct_button.click()
    assert interviews(booth, "Kim")[0].outcome == "second"
    assert screen.day_panel.values["hires"].text() == "0 / 1"
    with booth.factory() as s:
        day = booth_day(s, booth.fair.booth_a, actor=Actor())
    assert day.hires == 0 and day.interviews == 1


def test_queue_scan_in_as_waiting_then_next(qtbot: QtBot, booth: Booth) -> None:
    screen = booth.screen
    qtbot.keyClick(screen.scan_edit, Qt.Key.Key_F2)
    assert screen.waiting_mode and screen.waiting_button.isChecked()
    scan(qtbot, booth, booth.codes["Park"])
    scan(qtbot, booth, booth.codes["Lee"])
    assert screen.card is None
    rows = screen.queue_panel.model.rows
    assert [r.name for r in rows] == ["Park", "Lee"]
    assert screen.day_panel.values["waiting"].text() == "2"
    model = screen.queue_panel.model
    assert any(ch.isdigit() for ch in str(model.data(model.index(0, 3))))  # minutes waited

    qtbot.keyClick(screen.scan_edit, Qt.Key.Key_F2)
    assert not screen.waiting_mode
    qtbot.keyClick(screen.scan_edit, Qt.Key.Key_F3)
    assert screen.card is not None and screen.card.name == "Park"
    assert [r.name for r in screen.queue_panel.model.rows] == ["Lee"]
    press(qtbot, booth, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: len(interviews(booth, "Park")) == 1)
    with booth.factory() as s:
        entry = s.scalar(
            select(QueueEntry).where(QueueEntry.seeker_id == booth.seekers["Park"].id)
        )
    assert entry is not None and entry.called_at is not None and entry.done_at is not None
    screen.refresh_timer.timeout.emit()
    assert screen.day_panel.values["waiting"].text() == "1"


def test_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester: object, booth: Booth) -> None:
    screen = booth.screen
    qtbot.keyClick(screen.scan_edit, Qt.Key.Key_F2)
    scan(qtbot, booth, booth.codes["Park"])
    qtbot.keyClick(screen.scan_edit, Qt.Key.Key_F2)
    scan(qtbot, booth, booth.codes["Kim"])
    press(qtbot, booth, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: len(interviews(booth, "Kim")) == 1)
    waiting: WaitingModel = screen.queue_panel.model
    recent: RecentModel = screen.recent_panel.model
    assert waiting.rowCount() == 1 and recent.rowCount() == 1
    qtmodeltester.check(waiting)  # type: ignore[attr-defined]
    qtmodeltester.check(recent)  # type: ignore[attr-defined]
    qtmodeltester.check(WaitingModel())  # type: ignore[attr-defined]


def test_details_only_with_consent_and_the_paper_sheet_from_the_menu(
    qtbot: QtBot, booth: Booth
) -> None:
    shared = register(
        booth.factory, booth.fair.fair_id, "Choi", phone="010-5555-6666",
        consent=Consent(collection=True, provision=True),
    )
    screen = booth.screen
    scan(qtbot, booth, f"{shared.badge_no}")
    assert screen.card is not None and screen.card.phone == "01055556666"
    assert "010-5555-6666" in screen.card_view.details_label.text()

    screen.paper_button.click()
    dialog = screen.findChild(PaperSheetDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.booth_id() == booth.fair.booth_a
    dialog.table.set_cell(0, 0, str(booth.seekers["Park"].badge_no))
    dialog.table.set_cell(0, 1, "4")
    assert dialog.save() is not None
    qtbot.waitUntil(lambda: screen.day_panel.values["rejected"].text() == "1")
