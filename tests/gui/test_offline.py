"""Offline stations driven as people would: the booth and the desk lose the server, go on into
the outbox, and deliver once it is back; the organizer sees the conflict and resolves it."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar, cast

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from jobfair.config import Config
from jobfair.db.engine import describe_url, make_engine, make_session_factory
from jobfair.db.models import CheckIn, Interview, SyncConflict
from jobfair.domain.codes import StationKind
from jobfair.gui.application import build_main_window
from jobfair.gui.booth import BANNER_WARN, BoothScreen, booth_setting_key
from jobfair.gui.desk import DeskScreen
from jobfair.gui.desk_scan import BANNER_OFFLINE, BANNER_REFUSED
from jobfair.gui.offline import OfflineController, OfflineIndicator
from jobfair.gui.organizer import OrganizerScreen
from jobfair.gui.stations import StationContext
from jobfair.gui.sync_conflicts import ConflictsPanel
from jobfair.services.badges import ensure_badges
from jobfair.services.booth_interviews import record_interview
from jobfair.services.checkin import check_in
from jobfair.services.outbox import OVER_HEADCOUNT, DeliveryReport, Outbox, outbox_path
from jobfair.services.seekers import SeekerView
from tests.gui.conftest import FakeDialogs, MakeWindow, activate, scan_into, station_context
from tests.services.fairkit import SmallFair, actor, register, small_fair

Factory = sessionmaker[Session]


class CuttableFactory:
    """A session factory whose server can be made unreachable, as a dropped Wi-Fi does."""

    def __init__(self, real: Factory) -> None:
        self.real = real
        self._cut = threading.Event()

    def cut(self) -> None:
        self._cut.set()

    def restore(self) -> None:
        self._cut.clear()

    def _check(self) -> None:
        if self._cut.is_set():
            raise OperationalError("connect", {}, ConnectionRefusedError("network is down"))

    def __call__(self) -> Session:
        self._check()
        return self.real()

    def begin(self) -> AbstractContextManager[Session]:
        self._check()
        return self.real.begin()


@dataclass
class Station:
    fair: SmallFair
    seekers: dict[str, SeekerView]
    codes: dict[str, str]
    server: CuttableFactory
    controller: OfflineController
    indicator: OfflineIndicator
    context: StationContext


@pytest.fixture
def station(
    qtbot: QtBot,
    gui_factory: Factory,
    gui_config: Config,
    settings: QSettings,
    fake_dialogs: FakeDialogs,
    tmp_path: Path,
) -> Iterator[Station]:
    fair = small_fair(gui_factory, headcount=1)
    people = {"Kim": "010-1234-5678", "Lee": "010-2345-6789"}
    seekers = {n: register(gui_factory, fair.fair_id, n, phone=p) for n, p in people.items()}
    with gui_factory.begin() as s:
        by_id = ensure_badges(s, [v.id for v in seekers.values()])
    server = CuttableFactory(gui_factory)
    controller = OfflineController(
        Outbox(tmp_path / "outbox.sqlite"), cast(Factory, server), interval_ms=20
    )
    indicator = OfflineIndicator(controller)
    qtbot.addWidget(indicator)
    settings.setValue(booth_setting_key(fair.fair_id), fair.booth_a)
    context = replace(
        station_context(StationKind.BOOTH, cast(Factory, server), gui_config, settings,
                        fake_dialogs, fair.fair_id, "recruiter"),
        offline=controller,
    )
    yield Station(fair, seekers, {n: by_id[v.id] for n, v in seekers.items()}, server,
                  controller, indicator, context)
    controller.close()
    qtbot.waitUntil(lambda: not controller.busy)


ScreenT = TypeVar("ScreenT", bound=QWidget)


def open_screen(qtbot: QtBot, station: Station, screen: ScreenT) -> ScreenT:
    """The screen on show, with the station's copy of the seekers made while online."""
    qtbot.addWidget(screen)
    activate(qtbot, screen)
    copy_seekers(qtbot, station)
    return screen


def copy_seekers(qtbot: QtBot, station: Station) -> None:
    """The copy the station keeps while online (the controller starts it shortly on its own)."""
    station.controller.refresh_snapshot()
    qtbot.waitUntil(lambda: not station.controller.busy)




def test_the_booth_goes_on_offline_and_delivers_once_when_the_server_is_back(
    qtbot: QtBot, station: Station, gui_factory: Factory
) -> None:
    screen = open_screen(qtbot, station, BoothScreen(station.context))
    with gui_factory.begin() as s:  # Kim checked in at the desk this morning
        check_in(s, actor(), station.seekers["Kim"].id)
    copy_seekers(qtbot, station)
    assert station.indicator.online and station.indicator.waiting == 0

    station.server.cut()
    scan_into(qtbot, screen.scan_edit, station.codes["Kim"])
    assert screen.card is not None and screen.card.name == "Kim"
    assert screen.card_view.offline and screen.card_view.offline_label.isVisible()
    assert screen.banner_state == BANNER_WARN
    assert not station.indicator.online and station.indicator.waiting == 0  # no new check-in

    qtbot.keyClick(screen.outcome, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: station.indicator.waiting == 1)
    assert not station.indicator.online
    assert "Kim" in screen.banner_text and screen.banner_state == BANNER_WARN
    assert screen.card is None
    [kept] = station.controller.outbox.items()
    with gui_factory() as s:
        assert s.get(Interview, kept.record_id) is None

    station.server.restore()
    qtbot.waitUntil(lambda: station.indicator.online and station.indicator.waiting == 0,
                    timeout=10_000)
    with gui_factory() as s:
        rows = s.scalars(select(Interview).where(
            Interview.seeker_id == station.seekers["Kim"].id)).all()
        assert [r.id for r in rows] == [kept.record_id]
        assert rows[0].outcome == "hired" and rows[0].started_at == kept.recorded_at
    # the screen shows the server's figures again: the hire counts
    qtbot.waitUntil(lambda: screen.day is not None and screen.day.hires == 1)


def test_a_badge_missing_from_the_copy_is_recorded_by_its_code(
    qtbot: QtBot, station: Station, gui_factory: Factory
) -> None:
    screen = open_screen(qtbot, station, BoothScreen(station.context))
    late = register(gui_factory, station.fair.fair_id, "Choi", phone="010-9999-0000")
    with gui_factory.begin() as s:
        code = ensure_badges(s, [late.id])[late.id]

    station.server.cut()
    scan_into(qtbot, screen.scan_edit, code)
    assert screen.card is not None and screen.card.badge_no is None
    assert station.indicator.waiting == 1  # the check-in by this scan, by code
    qtbot.keyClick(screen.outcome, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: station.indicator.waiting == 2)

    scan_into(qtbot, screen.scan_edit, "K7QF4-M2XRA-9TB3C")  # not this installation's
    assert screen.card is None and station.indicator.waiting == 2

    station.server.restore()
    qtbot.waitUntil(lambda: station.indicator.online and station.indicator.waiting == 0,
                    timeout=10_000)
    with gui_factory() as s:
        [interview] = s.scalars(select(Interview).where(Interview.seeker_id == late.id)).all()
        assert interview.outcome == "pending"
        checkin = s.scalar(select(CheckIn).where(CheckIn.seeker_id == late.id))
        assert checkin is not None and checkin.via == "booth"


def test_the_desk_checks_in_offline(
    qtbot: QtBot, station: Station, gui_factory: Factory
) -> None:
    context = replace(station.context, kind=StationKind.DESK)
    screen = open_screen(qtbot, station, DeskScreen(context, print_badges=lambda ids: None))

    station.server.cut()
    scan_into(qtbot, screen.scan_panel.scan_edit, station.codes["Lee"])
    assert screen.scan_panel.state == BANNER_OFFLINE
    assert screen.scan_panel.name_label.text() == "Lee"
    assert station.indicator.waiting == 1 and not station.indicator.online
    scan_into(qtbot, screen.scan_panel.scan_edit, station.codes["Lee"])  # scanned twice
    assert station.indicator.waiting == 1
    assert screen.scan_panel.state == BANNER_OFFLINE
    assert screen.check_in_chosen(station.seekers["Kim"].id) is None  # search needs the server
    assert screen.scan_panel.state == BANNER_REFUSED and station.indicator.waiting == 1

    station.server.restore()
    qtbot.waitUntil(lambda: station.indicator.online and station.indicator.waiting == 0,
                    timeout=10_000)
    with gui_factory() as s:
        rows = s.scalars(select(CheckIn).where(
            CheckIn.seeker_id == station.seekers["Lee"].id)).all()
        assert len(rows) == 1 and rows[0].via == "scan"


def test_the_organizer_sees_the_double_hire_and_marks_it_resolved(
    qtbot: QtBot, station: Station, gui_factory: Factory, qtmodeltester: object
) -> None:
    outbox = station.controller.outbox
    outbox.add_interview(station.context.actor, fair_id=station.fair.fair_id,
                         booth_id=station.fair.booth_a, seeker_id=station.seekers["Kim"].id,
                         outcome="hired", opening_id=station.fair.opening_a)
    with gui_factory.begin() as s:
        record_interview(s, actor(), station.fair.booth_a, station.seekers["Lee"].id,
                         outcome="hired", opening_id=station.fair.opening_a)
    outbox.deliver(gui_factory)

    context = replace(station.context, kind=StationKind.ORGANIZER, session_factory=gui_factory,
                      offline=None)
    screen = OrganizerScreen(context)
    qtbot.addWidget(screen)
    activate(qtbot, screen)
    panel = screen.conflicts_panel
    assert isinstance(panel, ConflictsPanel)
    tab = screen.tabs.indexOf(panel)
    assert screen.tabs.tabText(tab).endswith("(1)")  # the organizer sees it waits
    screen.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    [row] = panel.model.rows
    assert row.reason == OVER_HEADCOUNT and row.seeker.endswith("Kim") and row.booth == "A-1"
    assert not panel.resolve_button.isEnabled()

    panel.table.selectRow(0)
    assert panel.resolve_button.isEnabled()
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)  # no note yet
    assert station.context.dialogs.errors  # type: ignore[attr-defined]
    qtbot.keyClicks(panel.note_edit, "Called the employer: both hired")
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0
    assert "(" not in screen.tabs.tabText(tab)
    with gui_factory() as s:
        conflict = s.scalar(select(SyncConflict))
        assert conflict is not None and conflict.resolved_at is not None
        assert conflict.resolution_note == "Called the employer: both hired"
        assert s.scalar(select(func.count()).select_from(SyncConflict)) == 1
    panel.unresolved_only.setChecked(False)
    assert panel.model.rowCount() == 1


def test_a_closed_screen_hears_no_more_deliveries(qtbot: QtBot, station: Station) -> None:
    desk = replace(station.context, kind=StationKind.DESK)
    screens: list[QWidget] = [BoothScreen(station.context),
                              DeskScreen(desk, print_badges=lambda ids: None)]
    for screen in screens:
        screen.deleteLater()
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(s) for s in screens))
    station.controller.delivered.emit(DeliveryReport(delivered=[uuid.uuid4()]))


def test_the_window_keeps_an_outbox_only_on_a_shared_server_and_asks_before_quitting_with_records(
    qtbot: QtBot, pg_database_url: str, gui_config: Config, settings: QSettings,
    fake_dialogs: FakeDialogs, make_window: MakeWindow,
) -> None:
    local = make_window(show=False)  # a SQLite file on this PC: nothing to lose
    assert local.offline is None and local.offline_indicator is None
    local.close()

    engine = make_engine(pg_database_url)
    shared = build_main_window(replace(gui_config, db_url=pg_database_url),
                               make_session_factory(engine), settings=settings,
                               dialogs=fake_dialogs)
    qtbot.addWidget(shared)
    try:
        assert shared.offline is not None and shared.offline_indicator is not None
        # the outbox belongs to this database (a file per server the station works with)
        assert shared.offline.outbox.path == outbox_path(
            gui_config.data_dir, shared.station_id, describe_url(pg_database_url))
        assert shared.offline_indicator in shared.statusBar().findChildren(OfflineIndicator)
        shared.offline.outbox.add_check_in(actor(), fair_id=1, seeker_id=uuid.uuid4())
        fake_dialogs.answers = [False]  # "Quit now?" - no
        assert not shared.close()
        assert "1" in fake_dialogs.asked[-1][1]
        fake_dialogs.answers = [True]
        assert shared.close()
    finally:
        if shared.offline is not None:
            shared.offline.close()
        engine.dispose()
