"""Every Qt model of the window passes Qt's own model checks (pytest-qt's ``qtmodeltester``),
holding the demo fair's data as the stations show it.

The window loads the demo, each station is opened by its key and the organizer's tabs by theirs,
then every item model the window holds is checked; the lists filled only on demand (a search, a
booth's queue, a dialog) are checked empty and then with the demo's rows. A last check lists the
model classes of ``jobfair.gui``, so a new model is not left out.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import pkgutil
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QAbstractItemModel, QObject, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

import jobfair.gui
from jobfair.db.models import Fair
from jobfair.domain.roles import Role
from jobfair.gui.booth.models import RecentModel, WaitingModel
from jobfair.gui.common.table_model import RowTableModel
from jobfair.gui.desk.models import SeekerTableModel
from jobfair.gui.organizer.accounts import AccountModel
from jobfair.gui.organizer.audit_log import AuditModel
from jobfair.gui.organizer.dashboard.booths import BoothColumnsProxy, BoothTableModel
from jobfair.gui.organizer.dashboard.breakdowns import BreakdownModel
from jobfair.gui.organizer.find_seeker import SeekerRowsModel
from jobfair.gui.organizer.follow_up import FollowUpModel
from jobfair.gui.organizer.import_dialog import ProblemRow, ProblemsModel
from jobfair.gui.organizer.rehearsal import RehearsalModel
from jobfair.gui.organizer.setup.booths import BoothModel
from jobfair.gui.organizer.setup.employers import EmployerModel
from jobfair.gui.organizer.setup.fields import FieldModel
from jobfair.gui.organizer.setup.openings import OpeningModel
from jobfair.gui.organizer.sync_conflicts import ConflictsModel
from jobfair.services.accounts.service import create_account, list_accounts
from jobfair.services.checkins.desk import search_seekers
from jobfair.services.context import Actor
from jobfair.services.interviews.corrections import recent_interviews
from jobfair.services.interviews.queue import enqueue, waiting_list
from jobfair.services.records.rehearsal import RehearsalRecord
from jobfair.services.setup.demo import create_demo
from jobfair.services.setup.fairs import list_booths
from jobfair.services.setup.fields import FieldInput, add_field, list_fields
from jobfair.services.sync.conflicts import ConflictRow
from tests.gui.conftest import MakeWindow
from tests.gui.stationkit import open_station, settle
from tests.services.fairkit import ticking_clock

# The models the window's stations fill as they open (first test), and those filled only when
# someone asks: a search, a booth's queue, a dialog's list (second test). The generic base
# ``RowTableModel`` is checked through every subclass.
IN_THE_WINDOW = {BoothTableModel, BoothColumnsProxy, BreakdownModel, FollowUpModel,
                 EmployerModel, AuditModel, BoothModel, OpeningModel}
ON_DEMAND = {FieldModel, SeekerTableModel, SeekerRowsModel, WaitingModel, RecentModel, AccountModel,
             RehearsalModel, ConflictsModel, ProblemsModel}


def gui_model_classes() -> set[type]:
    """The item models defined in ``jobfair.gui`` (Qt's own and generic bases left out)."""
    found: set[type] = set()
    for info in pkgutil.walk_packages(jobfair.gui.__path__, "jobfair.gui."):
        module = importlib.import_module(info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QAbstractItemModel) and value.__module__ == module.__name__:
                found.add(value)
    return found


@pytest.fixture
def model_checks(request: pytest.FixtureRequest) -> Iterator[ModelChecks]:
    checks = ModelChecks(request.config)
    yield checks
    checks.close()


class ModelChecks:
    """``qtmodeltester`` for many models: one tester per model, which keeps checking the model's
    signals (resets, inserts) until the test ends.

    Attributes:
        rows: the most rows seen in a model of each class checked.
    """

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.testers: dict[int, tuple[QAbstractItemModel, ModelTester]] = {}
        self.rows: dict[type, int] = {}

    def check(self, model: QAbstractItemModel) -> None:
        entry = self.testers.get(id(model))
        if entry is None or entry[0] is not model:
            tester = ModelTester(self.config)
            self.testers[id(model)] = (model, tester)
            tester.check(model, force_py=True)
        self.rows[type(model)] = max(self.rows.get(type(model), 0), model.rowCount())

    def check_all(self, root: QObject) -> None:
        for model in root.findChildren(QAbstractItemModel):
            if type(model).__module__.startswith("jobfair."):
                self.check(model)

    def close(self) -> None:
        for _, tester in self.testers.values():
            with contextlib.suppress(RuntimeError):  # the model went with its screen
                tester._cleanup()


def test_every_model_of_the_window_passes_qts_checks_with_the_demo(
    qtbot: QtBot, make_window: MakeWindow, model_checks: ModelChecks
) -> None:
    window = make_window()
    with qtbot.waitSignal(window.demo_loaded, timeout=60_000):
        window.start()
    for number in (1, 2, 3):
        screen = open_station(qtbot, window, number)
        settle(qtbot, screen)
        qtbot.wait(200)
        if number == 3:
            tabs = screen.tabs
            for index in range(tabs.count()):
                qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index),
                               Qt.KeyboardModifier.AltModifier)
                qtbot.wait(200)
                model_checks.check_all(window)
        model_checks.check_all(window)
    QApplication.processEvents()
    checked = model_checks.rows
    empty = sorted(c.__name__ for c in IN_THE_WINDOW if not checked.get(c))
    assert not empty, f"models checked without the demo's rows: {empty}"


def test_every_model_of_the_gui_is_checked_here() -> None:
    left_out = gui_model_classes() - IN_THE_WINDOW - ON_DEMAND - {RowTableModel}
    assert not left_out, f"models not checked: {sorted(c.__name__ for c in left_out)}"


def demo_fair(factory: sessionmaker[Session]) -> tuple[int, Fair, Actor]:
    """The demo fair, and an organizer acting on its day (after it opens)."""
    with factory.begin() as session:
        fair_id = create_demo(session, Actor(name="setup")).fair_id
    with factory() as session:
        fair = session.get(Fair, fair_id)
        assert fair is not None
        session.expunge(fair)
    noon = datetime.combine(fair.date, time(12, 0), ZoneInfo(fair.timezone)).astimezone(UTC)
    return fair_id, fair, Actor(station_id=uuid.uuid4(), name="test", clock=ticking_clock(noon))


def test_the_lists_filled_on_demand_pass_qts_checks_with_the_demos_rows(
    qtbot: QtBot, gui_factory: sessionmaker[Session], model_checks: ModelChecks
) -> None:
    """The models the window holds empty until someone asks (a search, a booth's queue, a
    dialog's list), each checked empty and then with the demo fair's rows."""
    fair_id, fair, actor = demo_fair(gui_factory)
    zone = ZoneInfo(fair.timezone)
    with gui_factory.begin() as session:
        booths = list_booths(session, fair_id)
        booth_id = booths[0].id
        found = search_seekers(session, fair_id, "김", actor=actor)
        for row in found[:3]:
            enqueue(session, actor, booth_id, row.seeker_id)
        create_account(session, actor, login="kim", secret="4821", role=Role.ORGANIZER,
                       display_name="김운영")
        create_account(session, actor, login="park", secret="7310", role=Role.BOOTH,
                       booth_id=booth_id, display_name="박부스")
        add_field(session, actor, fair_id, FieldInput("driving", "yes_no", "운전 가능",
                                                      "Can drive", employer_visible=True))
        add_field(session, actor, fair_id, FieldInput(
            "place", "choice", "희망 근무지", "Preferred place", choices=("양주", "의정부")))
    with gui_factory() as session:
        waiting = waiting_list(session, booth_id, actor.now(), actor=actor)
        recent = recent_interviews(session, booths[1].id, include_voided=True, actor=actor)
        accounts = list_accounts(session, actor)
        fields = list_fields(session, fair_id)
    now = actor.now()
    rehearsal = [
        RehearsalRecord("checkin", uuid.uuid4(), now, fair.date, found[0].seeker_id,
                        found[0].badge_no, found[0].name),
        RehearsalRecord("interview", uuid.uuid4(), now, fair.date, found[1].seeker_id,
                        found[1].badge_no, found[1].name, booths[0].label, "hired", voided=True),
    ]
    conflicts = [
        ConflictRow(uuid.uuid4(), fair_id, "부스 PC 3", "park", "interview", str(uuid.uuid4()),
                    "headcount", "The opening was full", {}, found[0].name, booths[0].label,
                    "생산직", now, now, None, "", ""),
        ConflictRow(uuid.uuid4(), fair_id, "접수 1", "lee", "checkin", str(uuid.uuid4()),
                    "unknown", "Checked in twice", {}, found[1].name, "", "", now, now, now,
                    "kim", "확인함"),
    ]
    problems = [ProblemRow(3, "전화번호", "전화번호 형식이 아닙니다"),
                ProblemRow(7, "이름", "비어 있음")]
    filled: list[tuple[RowTableModel[Any] | ProblemsModel, Sequence[object]]] = [
        (SeekerTableModel(), found),
        (SeekerRowsModel(zone), found),
        (WaitingModel(), waiting),
        (RecentModel(), recent),
        (AccountModel(), accounts),
        (RehearsalModel(fair.timezone), rehearsal),
        (ConflictsModel(fair.timezone), conflicts),
        (ProblemsModel(), problems),
        (FieldModel(), fields),
    ]
    assert {type(m) for m, _ in filled} == ON_DEMAND
    for model, rows in filled:
        assert rows, type(model).__name__
        model_checks.check(model)  # empty, then filled: the reset is checked as it happens
        model.set_rows(list(rows))  # type: ignore[arg-type]
        assert model.rowCount() == len(rows)
    for model, _ in filled:
        fresh = ModelTester(model_checks.config)
        fresh.check(model, force_py=True)
        fresh._cleanup()
