"""GUI fixtures: the window on a real migrated SQLite file, fake dialogs, settings in tmp.

Offscreen Qt is set in ``tests/conftest.py``. Message boxes never open: windows get a
``FakeDialogs`` that answers from a script and records what was shown.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from jobfair.config import Config
from jobfair.db.engine import make_engine, make_session_factory
from jobfair.domain.codes import StationKind
from jobfair.gui.common.language import LanguageManager
from jobfair.gui.common.settings import make_settings
from jobfair.gui.common.stations import StationContext
from jobfair.gui.shell.application import build_main_window
from jobfair.gui.shell.main_window import DemoLoader, MainWindow, default_demo_loader
from jobfair.services.context import Actor
from jobfair.services.interviews.service import log_interview
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
    get_fair,
)
from tests.services.fairkit import ticking_clock


@pytest.fixture
def shipped_style(qapp: QApplication) -> Iterator[None]:
    """The application's look as the app sets it (``frame.setup_application``): the shipped style
    sheet, for tests that check how a screen looks; put back afterwards."""
    from jobfair.resources import resources_dir

    before = qapp.styleSheet()
    qapp.setStyleSheet((resources_dir() / "style" / "jobfair.qss").read_text(encoding="utf-8"))
    yield
    qapp.setStyleSheet(before)


@dataclass
class FakeDialogs:
    """Answers ``ask`` from ``answers`` (yes when they run out) and records every dialog."""

    answers: list[bool] = field(default_factory=list)
    asked: list[tuple[str, str]] = field(default_factory=list)
    informed: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str, str | None]] = field(default_factory=list)

    def ask(self, title: str, text: str) -> bool:
        self.asked.append((title, text))
        return self.answers.pop(0) if self.answers else True

    def inform(self, title: str, text: str) -> None:
        self.informed.append((title, text))

    def error(self, title: str, text: str, details: str | None = None) -> None:
        self.errors.append((title, text, details))


@pytest.fixture
def fake_dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def gui_config(tmp_path: Path, sqlite_url: str) -> Config:
    return Config(db_url=sqlite_url, data_dir=tmp_path / "station", language=None)


@pytest.fixture
def settings(gui_config: Config) -> QSettings:
    return make_settings(gui_config)


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageManager]:
    """Korean, as a station starts; the suite's default language is restored afterwards."""
    manager = LanguageManager(qapp)
    manager.apply("ko")
    yield manager
    manager.apply("ko")


@pytest.fixture
def gui_factory(gui_config: Config) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(gui_config.db_url)
    yield make_session_factory(engine)
    engine.dispose()


MakeWindow = Callable[..., MainWindow]


class FairDayClock:
    """The window's clock in the tests: time runs from the closing time of the fair the window
    shows, on its date and in its zone, so what a test records through the window counts (and
    comes after what the fixtures recorded that day), whatever the fixture fair's date. Before
    the window exists, or without a fair, it is the real time.
    """

    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.started = time.monotonic()

    def __call__(self) -> datetime:
        fair = self.window.current_fair() if self.window is not None else None
        if fair is None:
            return datetime.now(UTC)
        closing = datetime.combine(fair.date, fair.closes_at, ZoneInfo(fair.timezone))
        return (closing + timedelta(seconds=time.monotonic() - self.started)).astimezone(UTC)


def window_on_fair_day(
    config: Config, factory: sessionmaker[Session], *,
    clock: Callable[[], datetime] | None = None, **options: Any,
) -> MainWindow:
    """``build_main_window`` with the window's clock on its fair's day (or ``clock``)."""
    fair_day = FairDayClock()
    window = build_main_window(config, factory, clock=clock or fair_day, **options)
    fair_day.window = window
    return window


@pytest.fixture
def make_window(
    qtbot: QtBot,
    gui_config: Config,
    gui_factory: sessionmaker[Session],
    settings: QSettings,
    languages: LanguageManager,
    fake_dialogs: FakeDialogs,
) -> MakeWindow:
    """Builds the main window as ``run_gui`` does, minus the event loop and the real dialogs;
    its clock runs on the shown fair's day (``FairDayClock``) unless ``clock`` is given."""

    def make(
        demo_loader: DemoLoader = default_demo_loader, show: bool = True,
        clock: Callable[[], datetime] | None = None,
    ) -> MainWindow:
        window = window_on_fair_day(
            gui_config,
            gui_factory,
            settings=settings,
            languages=languages,
            dialogs=fake_dialogs,
            demo_loader=demo_loader,
            clock=clock,
        )
        qtbot.addWidget(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
            # offscreen windows are not activated on their own; shortcuts need an active one
            handle = window.windowHandle()
            assert handle is not None
            handle.requestActivate()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    return make


# -- a small fair built through the services ------------------------------------------------

BIZNO_A = "220-81-62517"
BIZNO_B = "124-81-55663"


def station_context(
    kind: StationKind,
    factory: sessionmaker[Session],
    config: Config,
    settings: QSettings,
    dialogs: FakeDialogs,
    fair: FairView | int | None = None,
    actor_name: str = "tester",
) -> StationContext:
    """What the window hands a station screen, for testing the screen on its own."""
    if isinstance(fair, int):
        with factory() as s:
            fair = get_fair(s, fair)
    return StationContext(
        kind=kind, fair=fair, config=config, session_factory=factory,
        actor=Actor(station_id=uuid.uuid4(), name=actor_name, clock=ticking_clock()),
        dialogs=dialogs, settings=settings, load_demo=lambda: None,
    )


def type_text(widget: QWidget, text: str) -> None:
    """Types ``text`` key by key into ``widget``; Hangul as key events carrying their text
    (QTest's keyClicks cannot type it)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def scan_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """A scanner (or a person) typing ASCII into ``widget`` through QTest, then Enter."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Show ``widget`` at the size of a station's screen and make it the active window."""
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    handle = widget.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


SMALL_FAIR_DAY = datetime(2024, 5, 14, 1, 0, tzinfo=UTC)  # 10:00 in Seoul, the fair's day


@dataclass(frozen=True)
class SmallFair:
    """Two employers (5 positions), 4 seekers of whom 3 came, 4 interviews, 1 hire."""

    fair_id: int
    name: str


def build_small_fair(session: Session, name: str = "2024 의정부 채용박람회") -> SmallFair:
    """Employer A (booth A-1, 3 positions), B (booth B-1, 2 positions); four seekers: 김민준
    hired at A and pending at B, 이서연 second interview at A, 박지호 not hired at B, 최유나
    registered but absent."""
    who = Actor(station_id=uuid.uuid4(), name="test", clock=ticking_clock(SMALL_FAIR_DAY))
    fair = create_fair(session, who, FairInput(name, SMALL_FAIR_DAY.date()))
    a = add_employer(session, who, fair.id, EmployerInput("(주)양주섬유", BIZNO_A, "C"))
    b = add_employer(session, who, fair.id, EmployerInput("동두천물류", BIZNO_B, "H"))
    booth_a = add_booth(session, who, fair.id, a.id, "A-1")
    booth_b = add_booth(session, who, fair.id, b.id, "B-1")
    add_opening(session, who, fair.id, a.id, OpeningInput("봉제원", 3, "8"))
    add_opening(session, who, fair.id, b.id, OpeningInput("지게차 운전원", 2, "6"))
    seekers = [
        register_seeker(
            session, who, fair.id,
            SeekerInput(name=n, birth_year=y, phone=p, consent=Consent(collection=True)),
        )
        for n, y, p in (
            ("김민준", 1990, "010-1234-5678"),
            ("이서연", 1975, "010-2345-6789"),
            ("박지호", 1960, "010-3456-7890"),
            ("최유나", 1998, "010-4567-8901"),
        )
    ]
    log_interview(session, who, seeker_id=seekers[0].id, booth_id=booth_a.id, outcome="hired")
    log_interview(session, who, seeker_id=seekers[0].id, booth_id=booth_b.id, outcome="pending")
    log_interview(session, who, seeker_id=seekers[1].id, booth_id=booth_a.id, outcome="second")
    log_interview(session, who, seeker_id=seekers[2].id, booth_id=booth_b.id, outcome="rejected")
    return SmallFair(fair.id, name)
