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
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from jobfair.config import Config
from jobfair.db.engine import describe_url, make_engine, make_session_factory
from jobfair.db.models import CheckIn, Interview, SyncConflict
from jobfair.domain import badge_code
from jobfair.domain.codes import StationKind
from jobfair.gui.booth.screen import BANNER_REFUSED as BOOTH_REFUSED
from jobfair.gui.booth.screen import BANNER_WARN, BoothScreen
from jobfair.gui.common.offline import OfflineController, OfflineIndicator
from jobfair.gui.common.settings import booth_setting_key
from jobfair.gui.common.stations import StationContext
from jobfair.gui.common.workers import running_tasks
from jobfair.gui.desk.scan import BANNER_OFFLINE, BANNER_REFUSED
from jobfair.gui.desk.screen import DeskScreen
from jobfair.gui.organizer.screen import OrganizerScreen
from jobfair.gui.organizer.sync_conflicts import ConflictsPanel
from jobfair.gui.shell.application import build_main_window
from jobfair.gui.shell.main_window import MainWindow
from jobfair.i18n import error_message
from jobfair.services.interviews.corrections import record_interview
from jobfair.services.seekers.badges import badge_secret, ensure_badges, resolve_seeker
from jobfair.services.seekers.service import SeekerView
from jobfair.services.sync.outbox import OVER_HEADCOUNT, DeliveryReport, Outbox, outbox_path
from tests.conftest import _empty_all_tables
from tests.gui.conftest import FakeDialogs, MakeWindow, activate, station_context
from tests.gui.stationkit import People, fair_today, open_station, people, press, scan, settle
from tests.netcut import NetCut
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




@dataclass
class SharedWindow:
    """The main window of a station on the shared PostgreSQL server, reached through a link
    that the test can cut like a dropped Wi-Fi."""

    window: MainWindow
    link: NetCut
    server: Factory
    fair: SmallFair
    people: People

    @property
    def offline(self) -> OfflineController:
        assert self.window.offline is not None
        return self.window.offline

    def copy_seekers(self, qtbot: QtBot) -> None:
        self.offline.refresh_snapshot()
        qtbot.waitUntil(lambda: not self.offline.busy)

    def interviews(self, name: str) -> list[Interview]:
        with self.server() as s:
            return list(s.scalars(select(Interview).where(
                Interview.seeker_id == self.people.seekers[name].id)))


@pytest.fixture
def shared(
    qtbot: QtBot, pg_database_url: str, gui_config: Config, settings: QSettings,
    fake_dialogs: FakeDialogs,
) -> Iterator[SharedWindow]:
    _empty_all_tables(pg_database_url)
    engine = make_engine(pg_database_url)
    server = make_session_factory(engine)
    fair = fair_today(server, headcount=1)
    folks = people(server, fair.fair_id, {"Kim": "010-1234-5678", "Lee": "010-2345-6789"})
    link = NetCut()
    url = link.url(pg_database_url)
    station_engine = make_engine(url)
    window = build_main_window(replace(gui_config, db_url=url),
                               make_session_factory(station_engine), settings=settings,
                               dialogs=fake_dialogs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.offline is not None
    window.offline.timer.setInterval(50)  # try the server often: the test waits for it
    try:
        yield SharedWindow(window, link, server, fair, folks)
    finally:
        link.restore()
        window.close()
        if window.offline is not None:
            window.offline.close()
        qtbot.waitUntil(lambda: running_tasks() == 0)  # deliveries and copies end first
        link.close()
        station_engine.dispose()
        engine.dispose()


def open_booth(qtbot: QtBot, shared: SharedWindow) -> BoothScreen:
    screen = open_station(qtbot, shared.window, 2)
    assert isinstance(screen, BoothScreen)
    assert screen.runner.threaded  # on a server, operations never run on the main thread
    qtbot.waitUntil(screen.chooser.filter_edit.hasFocus)
    qtbot.keyClicks(screen.chooser.filter_edit, "a-1")
    qtbot.keyClick(screen.chooser.filter_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(screen.scan_edit.hasFocus)
    settle(qtbot, screen)
    shared.copy_seekers(qtbot)
    return screen


def test_the_booth_goes_on_offline_and_delivers_once_when_the_server_is_back(
    qtbot: QtBot, shared: SharedWindow
) -> None:
    screen = open_booth(qtbot, shared)
    indicator = shared.window.offline_indicator
    assert indicator is not None and indicator.online
    scan(qtbot, shared.people.codes["Lee"], screen)  # online: the card is an interview
    settle(qtbot, screen)
    assert screen.card_view.name_label.text() == "Lee"
    assert len(shared.interviews("Lee")) == 1

    shared.link.cut()
    scan(qtbot, shared.people.codes["Kim"], screen)
    settle(qtbot, screen)
    assert screen.card_view.name_label.text() == "Kim"
    assert screen.card_view.offline and screen.card_view.offline_label.isVisible()
    assert screen.banner_state == BANNER_WARN
    assert "Lee" in screen.banner_text  # Lee's card stays undecided, on the server
    assert not indicator.online

    press(qtbot, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: "Kim" in screen.banner_text and not screen.outcome.active)
    settle(qtbot, screen)
    kept = shared.offline.outbox.items()
    assert [i.kind for i in kept] == ["checkin", "interview", "outcome"]
    assert shared.interviews("Kim") == []

    shared.link.restore()
    qtbot.waitUntil(lambda: indicator.online and indicator.waiting == 0, timeout=15_000)
    [kim] = shared.interviews("Kim")
    assert kim.id == kept[1].record_id and kim.outcome == "hired"
    assert kim.started_at == kept[1].recorded_at
    # the screen shows the server's figures again: the hire counts
    qtbot.waitUntil(lambda: screen.view is not None and screen.view.day.hires == 1,
                    timeout=15_000)
    qtbot.waitUntil(lambda: "Kim" not in screen.banner_text)  # no stale "saved on this PC"


def test_offline_the_booth_knows_the_fairs_badges_by_the_copy_alone(
    qtbot: QtBot, shared: SharedWindow
) -> None:
    """The copy holds no badge secret: a badge it lists opens its card, any other code
    (forged with a right check character, or issued after the last refresh) is refused as not
    on this PC's list (it cannot tell the two apart), and nothing is kept for it."""
    screen = open_booth(qtbot, shared)
    late = people(shared.server, shared.fair.fair_id, {"Choi": "010-9999-0000"})
    with shared.server() as s:
        secret = badge_secret(s)
    forged = badge_code.make_code(secret[::-1], 4711)
    assert badge_code.looks_like_code(forged)
    with shared.server() as s, pytest.raises(badge_code.ForeignBadgeCodeError) as online:
        resolve_seeker(s, shared.fair.fair_id, forged)

    shared.link.cut()
    for code in (forged, "K7QF4-M2XRA-9TB3C", late.codes["Choi"]):
        scan(qtbot, code, screen)
        settle(qtbot, screen)
        assert screen.banner_state == BOOTH_REFUSED, code
        if code != "K7QF4-M2XRA-9TB3C":  # well formed: not on the list, both alike
            assert badge_code.format_code(code) in screen.banner_text
            assert error_message(online.value) not in screen.banner_text
    assert shared.offline.outbox.items() == []
    scan(qtbot, shared.people.codes["Kim"], screen)  # issued before the copy: its card
    settle(qtbot, screen)
    assert screen.card_view.offline and screen.card_view.name_label.text() == "Kim"
    assert [i.kind for i in shared.offline.outbox.items()] == ["checkin", "interview"]

    shared.link.restore()
    indicator = shared.window.offline_indicator
    assert indicator is not None
    qtbot.waitUntil(lambda: indicator.online and indicator.waiting == 0, timeout=15_000)
    with shared.server() as s:
        assert s.scalar(select(func.count()).select_from(Interview).where(
            Interview.seeker_id == late.seekers["Choi"].id)) == 0


def test_the_desk_checks_in_offline(qtbot: QtBot, shared: SharedWindow) -> None:
    screen = open_station(qtbot, shared.window, 1)
    assert isinstance(screen, DeskScreen)
    settle(qtbot, screen)
    shared.copy_seekers(qtbot)
    indicator = shared.window.offline_indicator
    assert indicator is not None
    screen.focus_scan()

    shared.link.cut()
    scan(qtbot, shared.people.codes["Lee"], screen)
    settle(qtbot, screen)
    assert screen.scan_panel.state == BANNER_OFFLINE
    assert screen.scan_panel.name_label.text() == "Lee"
    assert indicator.waiting == 1 and not indicator.online
    scan(qtbot, shared.people.codes["Lee"], screen)  # scanned twice
    settle(qtbot, screen)
    assert indicator.waiting == 1 and screen.scan_panel.state == BANNER_OFFLINE
    screen.check_in_chosen(shared.people.seekers["Kim"].id)  # search needs the server
    settle(qtbot, screen)
    assert screen.scan_panel.state == BANNER_REFUSED and indicator.waiting == 1

    shared.link.restore()
    qtbot.waitUntil(lambda: indicator.online and indicator.waiting == 0, timeout=15_000)
    with shared.server() as s:
        rows = s.scalars(select(CheckIn).where(
            CheckIn.seeker_id == shared.people.seekers["Lee"].id)).all()
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
    station.controller.status_changed.emit(True, 0)


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
