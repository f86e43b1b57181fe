"""What the station tests share: a fair held today, seekers with badges, a scanner's keys sent
where a real scan lands, and the way to a station from the main window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from jobfair.gui.shell.main_window import MainWindow
from jobfair.services.seekers.badges import ensure_badges
from jobfair.services.seekers.service import Consent, SeekerView, load_seeker
from tests.services.fairkit import SmallFair, register, small_fair

Factory = sessionmaker[Session]


def today(timezone: str = "Asia/Seoul") -> date:
    """The fair's day when the window writes with the real clock."""
    return datetime.now(ZoneInfo(timezone)).date()


@dataclass(frozen=True)
class People:
    seekers: dict[str, SeekerView]
    codes: dict[str, str]

    def badge(self, name: str) -> str:
        return f"#{self.seekers[name].badge_no}"


def fair_today(factory: Factory, headcount: int = 1) -> SmallFair:
    """``fairkit.small_fair`` held today: A-1 (one opening of ``headcount``), B-1 (two)."""
    return small_fair(factory, headcount=headcount, day=today())


def people(
    factory: Factory, fair_id: int, names: dict[str, str], *, shared: tuple[str, ...] = ()
) -> People:
    """Seekers ``name -> phone`` with their badges; those in ``shared`` consented to
    provision to employers."""
    seekers = {
        n: register(factory, fair_id, n, phone=p,
                    consent=Consent(collection=True, provision=n in shared))
        for n, p in names.items()
    }
    with factory.begin() as s:
        codes = ensure_badges(s, [v.id for v in seekers.values()])
    with factory() as s:
        loaded = {n: load_seeker(s, v.id) for n, v in seekers.items()}
    return People(loaded, {n: codes[v.id] for n, v in seekers.items()})


def where_keys_land() -> QWidget:
    """The widget a keyboard (and so a scanner) types into now."""
    target = QApplication.activeModalWidget() or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard"
    return target


class ScannerClock:
    """A scanner's pace for the station's scan catcher: 4 ms a key, whatever the machine's load
    (a busy test machine must not turn a scan into slow typing)."""

    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        self.now += 0.004
        return self.now


def scan(qtbot: QtBot, text: str, station: QWidget | None = None) -> None:
    """A wedge scanner: the code at scanner speed, then Enter, into whatever has the focus.

    ``station``: the screen whose catcher should see the keys at a scanner's pace.
    """
    catcher = getattr(station, "catcher", None)
    real = catcher.clock if catcher is not None else None
    if catcher is not None:
        catcher.clock = ScannerClock(catcher.clock() + 1.0)  # a pause before the scan
    try:
        qtbot.keyClicks(where_keys_land(), text)
        qtbot.keyClick(where_keys_land(), Qt.Key.Key_Return)
    finally:
        if catcher is not None:
            catcher.clock = real


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
          ) -> None:
    """A person's key, where the keyboard is."""
    qtbot.keyClick(where_keys_land(), key, modifier)


def open_station(qtbot: QtBot, window: MainWindow, number: int) -> QWidget:
    """Ctrl+1 desk, Ctrl+2 booth, Ctrl+3 organizer: the station's screen once it shows."""
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.station_screen is not None)
    screen = window.station_screen
    assert screen is not None
    return screen


def settle(qtbot: QtBot, screen: QWidget) -> None:
    """Wait until the station's operations ran (at once on SQLite; a worker on a server)."""
    qtbot.waitUntil(lambda: not getattr(screen, "busy", False))
