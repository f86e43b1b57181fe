"""A whole fair day through the windows, as the people at the stations would do it.

Two desks, five booths and an organizer, each a main window of its own on one database. The day
before, the scanners are tried with the real fair (a rehearsal). On the day, the desks check
people in by scan (in bursts, one desk after the other), by search and by walk-in registration,
and undo a mistaken check-in; the booths scan, key outcomes, leave cards open when the next badge
comes, meet the repeat and headcount questions, use their queues and undo an entry. All of it
through keys, at a scanner's pace, into whatever has the focus.

The script keeps its own count of what it did, by the rules the centres use. Afterwards
``jobfair stats --json``, the organizer's dashboard and the summary report read back from its PDF
must all say exactly that.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.app import main
from jobfair.config import Config
from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.models import Interview
from jobfair.domain.bizno import check_digit
from jobfair.domain.codes import Outcome
from jobfair.gui.booth.screen import BoothScreen
from jobfair.gui.common.settings import make_settings
from jobfair.gui.desk.screen import DeskScreen
from jobfair.gui.organizer.screen import OrganizerScreen
from jobfair.gui.shell.application import build_main_window
from jobfair.gui.shell.main_window import MainWindow
from jobfair.operations.results import QuestionKind
from jobfair.services.context import Actor
from jobfair.services.seekers.badges import ensure_badges
from jobfair.services.seekers.service import Consent, SeekerInput, register_seeker
from jobfair.services.setup.fairs import (
    EmployerInput,
    FairInput,
    OpeningInput,
    add_booth,
    add_employer,
    add_opening,
    create_fair,
)
from tests.gui.conftest import FakeDialogs, type_text
from tests.gui.stationkit import press, scan, settle

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler"),
]

FAIR_DATE = date(2015, 3, 25)
ZONE = ZoneInfo("Asia/Seoul")
BIZNOS = tuple(nine + str(check_digit(nine)) for nine in
               ("220816251", "124815566", "123456789", "101811300", "105814741"))
HEADCOUNTS = (3, 2, 2, 1, 2)
SEEKERS = 100

Factory = sessionmaker[Session]


class ScriptClock:
    """The day's time for every station: the script moves it on."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=7)
        return self.now.astimezone(UTC)

    def set(self, local_day: date, at: time) -> None:
        self.now = datetime.combine(local_day, at, ZONE)


@dataclass
class Tally:
    """The script's own count of the day, by the centres' rules."""

    checked_in: set[uuid.UUID] = field(default_factory=set)
    registered: int = SEEKERS
    # per booth, its interviews in the order they were made: [seeker, outcome, undone]
    interviews: dict[int, list[list[Any]]] = field(default_factory=dict)
    hires: dict[int, int] = field(default_factory=dict)
    open_card: dict[int, list[Any] | None] = field(default_factory=dict)

    def live(self) -> list[list[Any]]:
        return [i for rows in self.interviews.values() for i in rows if not i[2]]

    def figures(self) -> dict[str, int]:
        live = self.live()
        outcome = [i[1] for i in live]
        return {
            "employers": len(HEADCOUNTS),
            "positions": sum(HEADCOUNTS),
            "registered": self.registered,
            "attendees": len(self.checked_in),
            "interviews": len(live),
            "interviewees": len({i[0] for i in live}),
            "hires": outcome.count(Outcome.HIRED),
            "second_interviews": outcome.count(Outcome.SECOND),
            "pending": outcome.count(Outcome.PENDING),
            "rejected": outcome.count(Outcome.REJECTED),
            "undecided": outcome.count(None),
        }


@dataclass
class Day:
    factory: Factory
    url: str
    fair_id: int
    booths: list[int]
    seekers: list[uuid.UUID]
    names: dict[uuid.UUID, str]
    codes: dict[uuid.UUID, str]
    clock: ScriptClock
    folder: Path
    windows: list[MainWindow] = field(default_factory=list)


@pytest.fixture
def day(sqlite_url: str, tmp_path: Path) -> Iterator[Day]:
    engine = make_engine(sqlite_url)
    factory = make_session_factory(engine)
    who = Actor(name="setup")
    with factory.begin() as s:
        fair = create_fair(s, who, FairInput("2015 양주 채용박람회", FAIR_DATE))
        booths = []
        for i, (bizno, headcount) in enumerate(zip(BIZNOS, HEADCOUNTS, strict=True)):
            employer = add_employer(s, who, fair.id, EmployerInput(f"업체{i + 1}", bizno, "C"))
            booths.append(add_booth(s, who, fair.id, employer.id, f"B-{i + 1}").id)
            add_opening(s, who, fair.id, employer.id, OpeningInput("생산직", headcount, "8"))
        people = [
            register_seeker(s, who, fair.id, SeekerInput(
                name=f"구직자{i:03d}", birth_year=1960 + i % 40, phone=f"010-7000-{i:04d}",
                consent=Consent(collection=True), channel="pre_registered"))
            for i in range(SEEKERS)
        ]
        codes = ensure_badges(s, [p.id for p in people])
    clock = ScriptClock(datetime.combine(FAIR_DATE - timedelta(days=1), time(15), ZONE))
    result = Day(factory, sqlite_url, fair.id, booths, [p.id for p in people],
                 {p.id: p.name for p in people}, codes, clock, tmp_path)
    yield result
    for window in result.windows:
        window.close()
    engine.dispose()


def open_window(qtbot: QtBot, day: Day, name: str, station_key: Qt.Key) -> MainWindow:
    config = Config(db_url=day.url, data_dir=day.folder / name, language="ko")
    window = build_main_window(config, day.factory, settings=make_settings(config),
                               dialogs=FakeDialogs(), clock=day.clock)
    qtbot.addWidget(window)
    day.windows.append(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    qtbot.keyClick(window, station_key, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.station_screen is not None)
    return window


def activate(qtbot: QtBot, window: MainWindow) -> None:
    """The person at this station takes the keyboard."""
    if QApplication.activeWindow() is window:
        return
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def desk_of(window: MainWindow) -> DeskScreen:
    assert isinstance(window.station_screen, DeskScreen)
    return window.station_screen


def booth_of(window: MainWindow) -> BoothScreen:
    assert isinstance(window.station_screen, BoothScreen)
    return window.station_screen


class Station:
    """A booth's window, with what the script expects of it."""

    def __init__(self, qtbot: QtBot, day: Day, window: MainWindow, index: int,
                 tally: Tally) -> None:
        self.qtbot = qtbot
        self.day = day
        self.window = window
        self.index = index
        self.booth_id = day.booths[index]
        self.tally = tally
        tally.interviews.setdefault(self.booth_id, [])
        tally.hires.setdefault(self.booth_id, 0)
        tally.open_card.setdefault(self.booth_id, None)

    @property
    def screen(self) -> BoothScreen:
        return booth_of(self.window)

    def scan(self, seeker: uuid.UUID, *, another: bool = False) -> bool:
        """Scan a badge; the card of an interview, ``True`` when one waits for a key."""
        activate(self.qtbot, self.window)
        scan(self.qtbot, self.day.codes[seeker], self.screen)
        settle(self.qtbot, self.screen)
        self.tally.checked_in.add(seeker)
        rows = self.tally.interviews[self.booth_id]
        mine = [r for r in rows if r[0] == seeker and not r[2]]
        undecided = [r for r in mine if r[1] is None]
        if undecided:
            self.tally.open_card[self.booth_id] = undecided[-1]
        elif mine:
            assert self.screen.question.isVisible(), "the repeat question"
            assert self.screen.question.question is not None
            assert self.screen.question.question.kind is QuestionKind.REPEAT_INTERVIEW
            if not another:
                press(self.qtbot, Qt.Key.Key_Escape)
                settle(self.qtbot, self.screen)
                self.tally.open_card[self.booth_id] = None
                return False
            press(self.qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
            settle(self.qtbot, self.screen)
            self._new(seeker)
        else:
            self._new(seeker)
        assert self.screen.card_view.name_label.text() == self.day.names[seeker]
        return True

    def _new(self, seeker: uuid.UUID) -> None:
        row = [seeker, None, False]
        self.tally.interviews[self.booth_id].append(row)
        self.tally.open_card[self.booth_id] = row

    def key(self, outcome: Outcome, *, beyond: bool = False) -> None:
        """One outcome key on the card; a hire into a full position is confirmed with
        ``beyond``, else declined and recorded as not hired."""
        card = self.tally.open_card[self.booth_id]
        assert card is not None
        digit = {Outcome.HIRED: Qt.Key.Key_1, Outcome.SECOND: Qt.Key.Key_2,
                 Outcome.PENDING: Qt.Key.Key_3, Outcome.REJECTED: Qt.Key.Key_4}[outcome]
        activate(self.qtbot, self.window)
        full = outcome is Outcome.HIRED and self.tally.hires[self.booth_id] >= HEADCOUNTS[
            self.index]
        press(self.qtbot, digit)
        if full:
            self.qtbot.waitUntil(self.screen.question.isVisible)
            if beyond:
                press(self.qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
            else:
                press(self.qtbot, Qt.Key.Key_Escape)
                settle(self.qtbot, self.screen)
                press(self.qtbot, Qt.Key.Key_4)
                outcome = Outcome.REJECTED
        self.qtbot.waitUntil(lambda: not self.screen.outcome.active)
        settle(self.qtbot, self.screen)
        if card[1] == Outcome.HIRED:
            self.tally.hires[self.booth_id] -= 1
        card[1] = outcome
        if outcome is Outcome.HIRED:
            self.tally.hires[self.booth_id] += 1
        self.tally.open_card[self.booth_id] = None

    def undo_last(self) -> None:
        """Ctrl+Z, then Ctrl+Y: the newest entry is undone."""
        activate(self.qtbot, self.window)
        settle(self.qtbot, self.screen)
        press(self.qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.waitUntil(self.screen.question.isVisible)
        press(self.qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
        settle(self.qtbot, self.screen)
        with self.day.factory() as s:
            newest = s.scalars(select(Interview).where(Interview.booth_id == self.booth_id)
                               .order_by(Interview.started_at.desc())).first()
        assert newest is not None and newest.voided_at is not None
        row = next(r for r in self.tally.interviews[self.booth_id]
                   if r[0] == newest.seeker_id and not r[2])
        row[2] = True
        if row[1] == Outcome.HIRED:
            self.tally.hires[self.booth_id] -= 1
        if self.tally.open_card[self.booth_id] is row:
            self.tally.open_card[self.booth_id] = None


def desk_scan(qtbot: QtBot, window: MainWindow, day: Day, tally: Tally,
              seeker: uuid.UUID) -> None:
    activate(qtbot, window)
    screen = desk_of(window)
    scan(qtbot, day.codes[seeker], screen)
    settle(qtbot, screen)
    tally.checked_in.add(seeker)


def test_a_whole_fair_day_through_the_windows(
    qtbot: QtBot, day: Day, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(20150325)
    tally = Tally()
    rehearsal = Tally()
    seekers = day.seekers

    # -- the day before: the scanners are tried with the real fair ------------------------------
    desks = [open_window(qtbot, day, f"desk{i}", Qt.Key.Key_1) for i in (1, 2)]
    assert desk_of(desks[0]).day_banner.isVisible()
    booth_windows = []
    for i in range(len(day.booths)):
        window = open_window(qtbot, day, f"booth{i}", Qt.Key.Key_2)
        chooser = booth_of(window).chooser.filter_edit
        qtbot.waitUntil(chooser.hasFocus)
        qtbot.keyClicks(chooser, f"b-{i + 1}")
        qtbot.keyClick(chooser, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda w=window: booth_of(w).booth is not None)
        booth_windows.append(window)
    assert booth_of(booth_windows[0]).day_banner.isVisible()
    for seeker in seekers[:3]:
        desk_scan(qtbot, desks[0], day, rehearsal, seeker)
    tried = Station(qtbot, day, booth_windows[0], 0, rehearsal)
    tried.scan(seekers[3])
    tried.key(Outcome.HIRED)
    tried.scan(seekers[4])  # left open: a rehearsal's undecided card
    with day.factory() as s:
        assert s.scalar(select(Interview.id).where(Interview.seeker_id == seekers[4]))

    # -- the fair's day -------------------------------------------------------------------------
    day.clock.set(FAIR_DATE, time(9, 50))
    for window in (*desks, *booth_windows):
        screen = window.station_screen
        screen.refresh()  # type: ignore[union-attr]
        settle(qtbot, screen)  # type: ignore[arg-type]
    assert not desk_of(desks[0]).day_banner.isVisible()
    booths = [Station(qtbot, day, w, i, tally) for i, w in enumerate(booth_windows)]

    # the desks, in bursts of scans, one desk after the other
    arriving = seekers[:70]
    for start in range(0, len(arriving), 5):
        desk = desks[(start // 5) % 2]
        for seeker in arriving[start:start + 5]:
            desk_scan(qtbot, desk, day, tally, seeker)
    desk_scan(qtbot, desks[1], day, tally, arriving[0])  # scanned twice: counted once
    assert desk_of(desks[1]).scan_panel.state == "already"

    # found by search at the second desk: Down to choose, Enter to check in
    activate(qtbot, desks[1])
    found = seekers[80]
    press(qtbot, Qt.Key.Key_F2)
    panel = desk_of(desks[1]).search_panel
    type_text(panel.edit, day.names[found])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, desk_of(desks[1]))
    tally.checked_in.add(found)

    # a wrong person checked in, undone with a reason
    wrong = seekers[81]
    desk_scan(qtbot, desks[0], day, tally, wrong)
    screen = desk_of(desks[0])
    screen.scan_panel.undo_button.click()
    settle(qtbot, screen)
    type_text(screen.question.reason_edit, "다른 사람")
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, screen)
    tally.checked_in.discard(wrong)

    # two walk-ins, saved and checked in with Ctrl+Enter
    screen.print_badges = lambda ids: None
    form = screen.walk_in
    for k in range(2):
        press(qtbot, Qt.Key.Key_F3)
        type_text(form.name_edit, f"현장접수{k}")
        type_text(form.birth_edit, "1991")
        type_text(form.phone_edit, f"010-8100-000{k}")
        form.collection_box.setChecked(True)
        form.name_edit.setFocus()
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot, screen)
        qtbot.waitUntil(lambda: form.name_edit.text() == "")
        tally.registered += 1
        tally.checked_in.add(uuid.uuid5(uuid.NAMESPACE_OID, f"walk-in {k}"))  # counted, not id

    # the booths: interleaved visits, outcomes, cards left open by the next badge
    visitors = [s for s in seekers[:70] if s != wrong] + seekers[85:92]  # some skip the desk
    outcomes = [Outcome.HIRED, Outcome.SECOND, Outcome.PENDING, Outcome.REJECTED]
    for n in range(90):
        station = booths[rng.randrange(len(booths))]
        seeker = rng.choice(visitors)
        if not station.scan(seeker, another=rng.random() < 0.2):
            continue
        if rng.random() < 0.15:
            continue  # the next badge comes first: this card stays undecided
        station.key(rng.choice(outcomes), beyond=n % 3 == 0)

    # a queue at booth 3: scanned in as waiting, then called
    third = booths[2]
    activate(qtbot, third.window)
    press(qtbot, Qt.Key.Key_F2)
    waiting = seekers[92:95]
    for seeker in waiting:
        scan(qtbot, day.codes[seeker], third.screen)
        settle(qtbot, third.screen)
        tally.checked_in.add(seeker)
    press(qtbot, Qt.Key.Key_F2)
    for seeker in waiting[:2]:
        press(qtbot, Qt.Key.Key_F3)
        settle(qtbot, third.screen)
        assert third.screen.card_view.name_label.text() == day.names[seeker]
        third._new(seeker)
        third.key(Outcome.PENDING)

    # two entries undone at their booths
    booths[0].undo_last()
    booths[4].undo_last()

    # -- closing: every way of reading the day says what the script did -----------------------
    expected = tally.figures()
    stats = json.loads(run(capsys, "stats", "--fair", str(day.fair_id), "--json",
                           "--db", day.url))
    assert {k: stats[k] for k in expected} == expected
    # the rehearsal's 5 check-ins gave way to the day's (all 5 came); its 2 interviews stay apart
    assert stats["rehearsal_records"] == 2
    waiting_now = booth_of(third.window).view
    assert waiting_now is not None and waiting_now.day.waiting == 1

    organizer = open_window(qtbot, day, "organizer", Qt.Key.Key_3)
    screen = organizer.station_screen
    assert isinstance(screen, OrganizerScreen)
    screen.dashboard.refresh_now()
    cards = screen.dashboard.cards
    qtbot.waitUntil(lambda: cards.figures is not None
                    and cards.figures.interviews == expected["interviews"], timeout=10_000)
    for key in ("attendees", "interviewees", "interviews", "positions", "hires",
                "second_interviews", "pending"):
        assert cards.cards[key].value.text() == f"{expected[key]:,}", key
    assert cards.cards["hire_rate"].value.text() == f"{stats['hire_rate']:.1f}%"

    pdf = tmp_path / "summary.pdf"
    run(capsys, "report", "--fair", str(day.fair_id), "--db", day.url, "-o", str(pdf),
        "--lang", "en")
    from tests.documents.pdf_tools import pdf_text

    text = re.sub(r"\s+", " ", pdf_text(pdf))
    headline = re.search(
        r"(\d+) employers took part; ([\d,]+) job seekers attended; ([\d,]+) were interviewed; "
        r"of ([\d,]+) positions sought, ([\d,]+) were filled on the spot \(hire rate ([\d.]+)%\)",
        text,
    )
    assert headline is not None, text
    assert [int(g.replace(",", "")) for g in headline.groups()[:5]] == [
        expected[k] for k in ("employers", "attendees", "interviewees", "positions", "hires")]
    assert float(headline[6]) == stats["hire_rate"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    status = main([*argv, *([] if "--lang" in argv else ["--lang", "en"])])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    return captured.out

