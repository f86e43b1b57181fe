"""Every Qt model of the window passes Qt's own model checks (pytest-qt's ``qtmodeltester``),
holding the demo fair's data as the stations show it.

The window loads the demo, each station is opened by its key and the organizer's tabs by theirs,
then every item model the window holds is checked. A last check lists the model classes of
``jobfair.gui``, so a new model is not left out.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import pkgutil
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, QObject, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

import jobfair.gui
from jobfair.gui.audit_log import AuditModel
from jobfair.gui.dashboard_booths import BoothTableModel
from jobfair.gui.dashboard_breakdowns import BreakdownModel
from jobfair.gui.follow_up import FollowUpModel
from jobfair.gui.import_dialog import ProblemsModel
from jobfair.gui.organizer_find_seeker import SeekerRowsModel
from jobfair.gui.organizer_setup_employers import EmployerModel
from jobfair.gui.table_model import RowTableModel

from .conftest import MakeWindow
from .stationkit import open_station, settle

# The generic base (checked through every subclass), and models that live in dialogs rather
# than in the window's stations.
NOT_IN_THE_WINDOW = {RowTableModel, ProblemsModel, SeekerRowsModel}


def gui_model_classes() -> set[type]:
    """The item models defined in ``jobfair.gui`` (Qt's own and generic bases left out)."""
    found: set[type] = set()
    for info in pkgutil.iter_modules(jobfair.gui.__path__):
        module = importlib.import_module(f"jobfair.gui.{info.name}")
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
    assert checked[BoothTableModel] > 0 and checked[BreakdownModel] > 0  # the demo's figures
    assert checked[FollowUpModel] > 0 and checked[EmployerModel] > 0 and checked[AuditModel] > 0
    missing = gui_model_classes() - set(checked) - NOT_IN_THE_WINDOW
    assert not missing, f"models not checked: {sorted(c.__name__ for c in missing)}"
