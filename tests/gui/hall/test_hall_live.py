"""The hall screen on another PC: numbers a booth calls reach it through the live updates, on a
SQLite file (polling) and on PostgreSQL (notifications, read on a worker thread)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from jobfair.config import Config
from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.models import Booth, Seeker
from jobfair.gui.common import settings as keys
from jobfair.gui.common.language import LanguageManager
from jobfair.gui.hall.screen import HallScreen
from jobfair.gui.shell.main_window import MainWindow
from jobfair.services.context import Actor
from jobfair.services.interviews.booth import call_next, enqueue
from tests.gui.conftest import SMALL_FAIR_DAY, FakeDialogs, build_small_fair, window_on_fair_day
from tests.services.fairkit import ticking_clock

NAMES = ("이서연", "박지호", "최유나")


@pytest.fixture
def hall_window(
    qtbot: QtBot, db_url: str, tmp_path: Path, languages: LanguageManager
) -> Iterator[tuple[MainWindow, int]]:
    engine = make_engine(db_url)
    with make_session_factory(engine).begin() as session:
        fair = build_small_fair(session)
    config = Config(db_url=db_url, data_dir=tmp_path / "hall")
    settings = keys.make_settings(config)
    settings.setValue(keys.KEY_FAIR, fair.fair_id)
    window = window_on_fair_day(config, make_session_factory(engine), settings=settings,
                                languages=languages, dialogs=FakeDialogs())
    qtbot.addWidget(window)
    window.show()
    assert window.live.wait_ready(5)
    yield window, fair.fair_id
    window.close()
    engine.dispose()


def test_numbers_called_at_a_booth_reach_the_hall_screen(
    qtbot: QtBot, hall_window: tuple[MainWindow, int], db_url: str
) -> None:
    window, fair_id = hall_window
    window.hall_action.trigger()  # Station › Hall screen
    hall = window.hall_screen
    assert isinstance(hall, HallScreen)
    qtbot.waitUntil(lambda: hall.board is not None)

    # the booth is another PC: its own engine and station
    engine = make_engine(db_url)
    factory = make_session_factory(engine)
    booth = Actor(station_id=uuid.uuid4(), name="booth", clock=ticking_clock(SMALL_FAIR_DAY))
    try:
        with factory.begin() as s:
            booth_id = s.scalars(select(Booth.id).where(
                Booth.fair_id == fair_id, Booth.label == "B-1")).one()
            for name in NAMES:
                seeker = s.scalars(select(Seeker.id).where(
                    Seeker.fair_id == fair_id, Seeker.name == name)).one()
                enqueue(s, booth, booth_id, seeker)
        with factory.begin() as s:
            call_next(s, booth, booth_id)
    finally:
        engine.dispose()

    def b1() -> tuple[str, str] | None:
        for row in hall.rows:
            if row.board is not None and row.board.label == "B-1":
                return row.called.text(), row.next_up.text()
        return None

    qtbot.waitUntil(lambda: b1() == ("1", "2 3"))
    assert not any(name in label.text() for name in NAMES
                   for row in hall.rows for label in (row.employer, row.openings))
