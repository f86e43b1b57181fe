"""The live dashboard: the demo's figures, live refresh, failures, models, comparison."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.engine import make_engine, make_session_factory
from jobfair.gui.common.figures_panel import figure_label
from jobfair.gui.organizer.dashboard import view as dashboard_module
from jobfair.gui.organizer.dashboard.booths import SORT_ROLE, BoothTableModel
from jobfair.gui.organizer.dashboard.breakdowns import BreakdownModel
from jobfair.gui.organizer.dashboard.compare import ComparisonPanel, previous_fair
from jobfair.gui.organizer.dashboard.floor import FloorCanvas, place, shade_steps
from jobfair.gui.organizer.dashboard.view import DashboardView
from jobfair.services.checkins.service import check_in
from jobfair.services.reports.analytics import BoothRow, DashboardData, dashboard_data
from jobfair.services.setup.demo import create_demo
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
from tests.services.fairkit import BIZNO_C, SmallFair, actor, register, small_fair

Factory = sessionmaker[Session]
FAST_MS = 150
WAIT_MS = 20_000  # waiting for what comes by itself; long, as a busy test machine may be slow


@pytest.fixture
def factory(sqlite_url: str) -> Iterator[Factory]:
    engine = make_engine(sqlite_url)
    yield make_session_factory(engine)
    engine.dispose()


def fair_view(factory: Factory, fair_id: int) -> FairView:
    with factory() as s:
        return get_fair(s, fair_id)


def shown_view(qtbot: QtBot, factory: Factory, fair_id: int, **kwargs: object) -> DashboardView:
    view = DashboardView(factory, fair_view(factory, fair_id), interval_ms=FAST_MS,
                         **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.resize(1280, 760)
    with qtbot.waitSignal(view.refreshed, timeout=WAIT_MS):
        view.show()
    return view


def card(view: DashboardView, key: str) -> str:
    return view.cards.cards[key].value.text()


def test_dashboard_shows_the_demo_figures(qtbot: QtBot, factory: Factory) -> None:
    with factory.begin() as s:
        fair_id = create_demo(s, actor()).fair_id
    view = shown_view(qtbot, factory, fair_id)
    assert card(view, "attendees") == "1,000"
    assert card(view, "interviewees") == "405"
    assert card(view, "hires") == "63"
    assert card(view, "positions") == "152"
    assert card(view, "hire_rate") == "41.4%"
    note = view.cards.cards["hire_rate"].note.text()
    assert "63 ÷ 152" in note and figure_label("positions") in note  # the denominator is named
    assert view.booth_model.rowCount() == 28
    assert sum(r.hires for r in view.booth_model.rows) == 63
    assert sum(view.arrivals.counts) == 1000
    assert view.arrivals.categories[0] <= "10:00"
    hires_by_sex = sum(r.hires for r in view.breakdowns.models["sex"].rows)
    assert hires_by_sex == 63
    assert len(view.floor.canvas.cells) == 28
    assert not view.warning.isVisible()


def test_a_check_in_elsewhere_shows_up_by_itself(qtbot: QtBot, sqlite_url: str,
                                                 factory: Factory) -> None:
    fair = small_fair(factory)
    seekers = [register(factory, fair.fair_id, n, phone=p)
               for n, p in (("김민준", "010-1111-2222"), ("이서연", "010-3333-4444"))]
    with factory.begin() as s:
        check_in(s, actor(), seekers[0].id)
    view = shown_view(qtbot, factory, fair.fair_id)
    assert card(view, "attendees") == "1"
    # the desk: another engine, another session
    desk_engine = make_engine(sqlite_url)
    try:
        with make_session_factory(desk_engine).begin() as s:
            check_in(s, actor("desk"), seekers[1].id)
    finally:
        desk_engine.dispose()
    qtbot.waitUntil(lambda: card(view, "attendees") == "2", timeout=WAIT_MS)
    assert sum(view.arrivals.counts) == 2


def test_a_failed_refresh_warns_and_keeps_the_figures(
    qtbot: QtBot, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    fair = small_fair(factory)
    register(factory, fair.fair_id)
    view = shown_view(qtbot, factory, fair.fair_id)
    assert card(view, "positions") == "6"

    def gone(session: Session, fair_id: int) -> DashboardData:
        raise OperationalError("SELECT 1", {}, Exception("unable to open database file"))

    monkeypatch.setattr(dashboard_module, "dashboard_data", gone)
    with qtbot.waitSignal(view.refresh_failed, timeout=WAIT_MS):
        pass
    assert view.warning.isVisible()
    assert view.warning.text()
    assert "unable to open database file" in view.warning.toolTip()
    assert card(view, "positions") == "6"  # the last figures stay
    assert view.booth_model.rowCount() == 2
    qtbot.waitUntil(lambda: view.failures >= 3, timeout=WAIT_MS)  # it keeps retrying, quietly
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()]  # never a dialog
    monkeypatch.undo()
    qtbot.waitUntil(lambda: not view.warning.isVisible(), timeout=WAIT_MS)  # back: the note goes
    assert view.failures == 0


def test_no_refresh_while_hidden_and_one_at_a_time(qtbot: QtBot, factory: Factory) -> None:
    fair = small_fair(factory)
    release = threading.Event()
    real = dashboard_module.make_loader(factory, fair.fair_id)

    def slow() -> DashboardData:
        release.wait(5)
        return real()

    view = DashboardView(factory, fair_view(factory, fair.fair_id), interval_ms=50,
                         loader=slow)
    qtbot.addWidget(view)
    assert view.refresher.loads == 1  # the first read starts at once
    view.refresh_now()
    view.refresh_now()
    qtbot.wait(200)
    assert view.refresher.loads == 1  # one in flight at a time; hidden: no ticks either
    release.set()
    qtbot.waitUntil(lambda: view.data is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not view.refresher.in_flight, timeout=WAIT_MS)
    qtbot.wait(250)
    assert view.refresher.loads == 1  # hidden: neither the timer nor the queued request reads
    with qtbot.waitSignal(view.refreshed, timeout=WAIT_MS):
        view.show()  # shown again: it catches up at once
    qtbot.waitUntil(lambda: view.refresher.loads >= 2, timeout=WAIT_MS)


def booth_row(booth_id: int, label: str, interviews: int = 0, hires: int = 0,
              row: int | None = None, col: int | None = None) -> BoothRow:
    return BoothRow(booth_id=booth_id, label=label, employer_id=booth_id,
                    employer_name=f"기업 {label}", grid_row=row, grid_col=col, positions=4,
                    interviews=interviews, interviewees=interviews, hires=hires,
                    second_interviews=0, pending=0,
                    fill_rate=hires * 100 / 4, queue=booth_id % 3)


def test_booth_table_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = BoothTableModel()
    rows = [booth_row(i, f"A-{i}", interviews=i * 2, hires=i % 3) for i in range(1, 8)]
    model.set_rows(rows)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    changed = [replace(r, interviews=r.interviews + 1) if r.booth_id == 3 else r for r in rows]
    model.set_rows(changed)  # in place
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_rows(changed[:4])  # other booths: a reset
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_rows([])
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_booth_table_updates_in_place_and_sorts_by_number(qtbot: QtBot) -> None:
    model = BoothTableModel()
    rows = [booth_row(i, f"A-{i}", interviews=i * 5) for i in range(1, 12)]
    model.set_rows(rows)
    resets: list[int] = []
    changes: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b: changes.append((a.row(), b.row())))
    model.set_rows([replace(r, hires=1, fill_rate=25.0) if r.booth_id in (4, 6) else r
                    for r in rows])
    assert resets == [] and changes == [(3, 5)]
    model.set_rows(model.rows)
    assert changes == [(3, 5)]  # nothing changed: no signal
    assert model.index(0, 6).data() == "–" or model.index(0, 6).data().endswith("%")
    assert model.index(3, 6).data() == "25.0%"
    assert model.index(0, 2).data(SORT_ROLE) == 5.0
    from jobfair.gui.organizer.dashboard.booths import sorted_booths

    proxy = sorted_booths(model)
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == "A-11"  # 55 interviews, not "A-9" as text would say


def test_breakdown_model_passes_the_model_tester(qtmodeltester: object, factory: Factory) -> None:
    with factory.begin() as s:
        fair_id = create_demo(s, actor()).fair_id
    with factory() as s:
        data = dashboard_data(s, fair_id)
    for breakdown in data.breakdowns:
        model = BreakdownModel()
        model.set_rows(breakdown.rows)
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_floor_places_booths_and_shades_by_activity(qtbot: QtBot) -> None:
    booths = [booth_row(1, "A-1", 10, row=0, col=0), booth_row(2, "A-2", 0, row=0, col=1),
              booth_row(3, "B-1", 3), booth_row(4, "B-2", 1, row=0, col=0)]  # clash: after
    cells = place(booths)
    where = {c.booth.label: (c.row, c.col) for c in cells}
    assert where["A-1"] == (0, 0) and where["A-2"] == (0, 1)
    assert where["B-1"][0] == 2 and where["B-2"][0] == 2  # after a blank row
    assert shade_steps(100) == [1, 26, 51, 76]
    now = [1000.0]
    canvas = FloorCanvas(clock=lambda: now[0])
    qtbot.addWidget(canvas)
    canvas.set_booths(booths)
    assert canvas.shade_index(1) == 4 and canvas.shade_index(2) == 0
    # the last 30 minutes: only what changed since then counts
    now[0] += 40 * 60
    canvas.set_booths([replace(b, interviews=b.interviews + 2) if b.booth_id == 2 else b
                       for b in booths])
    canvas.set_recent_mode(True)
    assert canvas.activity[2] == 2 and canvas.activity[1] == 0
    assert canvas.shade_index(2) == 4 and canvas.shade_index(1) == 0
    canvas.show()
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    first = canvas.chosen_booth_id()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.chosen_booth_id() != first or len(canvas.cells) == 1


def test_comparison_shows_both_fairs(qtbot: QtBot, factory: Factory) -> None:
    fair = small_fair(factory)  # 2015-03-25, 6 positions
    who = actor()
    with factory.begin() as s:
        last = create_fair(s, who, FairInput("2014 양주 채용박람회", date(2014, 3, 26)))
        emp = add_employer(s, who, last.id, EmployerInput("(주)한빛정밀", BIZNO_C, "C"))
        add_booth(s, who, last.id, emp.id, "A-1")
        add_opening(s, who, last.id, emp.id, OpeningInput("생산직", 9, "8"))
        later = create_fair(s, who, FairInput("2016 양주 채용박람회", date(2016, 3, 30)))
        assert later.id
    this = fair_view(factory, fair.fair_id)
    panel = ComparisonPanel(factory, this)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.other_figures is not None, timeout=WAIT_MS)
    assert panel.other is not None and panel.other.name == "2014 양주 채용박람회"  # the one before
    with factory() as s:
        current = dashboard_data(s, fair.fair_id).figures
    panel.set_current(current)
    headers = [panel.table.horizontalHeaderItem(c) for c in range(2)]
    assert [h.text() for h in headers if h] == ["2015-03-25", "2014-03-26"]
    assert [h.toolTip() for h in headers if h] == [this.name, "2014 양주 채용박람회"]
    assert this.name in panel.names.text() and "2014 양주 채용박람회" in panel.names.text()
    positions = 1  # ROWS index of "positions"
    assert panel.column_texts(0)[positions] == "6"
    assert panel.column_texts(1)[positions] == "9"
    assert panel.column_texts(2)[positions] == "-3"
    with qtbot.waitSignal(panel.other_loaded, timeout=WAIT_MS):
        panel.choose(later.id)
    assert panel.column_texts(1)[positions] == "0"
    assert previous_fair(this, [this]) is None


def test_dashboard_comparison_gets_this_fairs_refreshed_figures(
    qtbot: QtBot, factory: Factory
) -> None:
    fair: SmallFair = small_fair(factory)
    view = shown_view(qtbot, factory, fair.fair_id)
    assert view.data is not None
    assert view.comparison.figures == view.data.figures
    qtbot.waitUntil(lambda: bool(view.comparison.message.text()), timeout=WAIT_MS)
    assert not view.comparison.combo.isEnabled()  # no other fair to compare with


def test_an_empty_fair_shows_zeros_and_empty_tables(qtbot: QtBot, factory: Factory) -> None:
    with factory.begin() as s:
        fair = create_fair(s, actor(), FairInput("빈 박람회", date(2025, 9, 1)))
    view = shown_view(qtbot, factory, fair.id)
    assert card(view, "attendees") == "0"
    assert card(view, "hire_rate") == "–"  # a rate of nothing is not zero
    assert view.booth_model.rowCount() == 0
    assert view.floor.canvas.cells == []
    assert set(view.arrivals.counts) == {0} and view.arrivals.categories  # the opening hours
    view.left_tabs.setCurrentIndex(1)
    view.floor.canvas.setFocus()
    qtbot.keyClick(view.floor.canvas, Qt.Key.Key_Right)  # nothing to choose: no error
    assert view.floor.canvas.chosen_booth() is None
