"""Where to go next, from the main window: the desk checks a seeker in and the card names three
booths (kept as referrals); the dashboard shows how many were sent to a booth and how many of
those interviewed there; a booth prints a queue number on its file printer, read back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PIL import ImageChops, ImageFilter, ImageStat
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.config import Config
from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.models import Booth, QueueEntry, Referral, Seeker
from jobfair.documents.layouts import Layout, load_layout
from jobfair.documents.slips import QueueSlip, render_queue_slip
from jobfair.domain.codes import StationKind
from jobfair.gui.booth.screen import BoothScreen
from jobfair.gui.desk.screen import DeskScreen
from jobfair.gui.organizer.screen import OrganizerScreen
from jobfair.gui.printing.badges import load_print_settings
from jobfair.gui.printing.station_printer import (
    StationPrinter,
    document_translate,
    save_station_printer,
)
from jobfair.services.seekers.badges import ensure_badges
from jobfair.services.seekers.service import Consent, SeekerInput, register_seeker
from jobfair.services.setup.fairs import (
    EmployerInput,
    OpeningInput,
    add_booth,
    add_employer,
    add_opening,
)
from tests.documents.conftest import poppler  # noqa: F401  (fixture)
from tests.documents.pdf_tools import rasterise
from tests.gui.conftest import FakeDialogs, MakeWindow, station_context
from tests.gui.stationkit import fair_today, open_station, press, scan, settle
from tests.services.fairkit import BIZNO_C, actor

Factory = sessionmaker[Session]
FAIR_NAME = "2015 양주 일자리사랑 채용박람회"


def hall_of_sewing(factory: Factory) -> tuple[dict[str, int], dict[str, str]]:
    """Today's small fair (A-1 sews, B-1 drives and files) and two more sewing booths, C-1 and
    D-1; two seekers who want to sew, with badges."""
    fair = fair_today(factory, headcount=3)
    who = actor()
    with factory.begin() as s:
        booths = {"A-1": fair.booth_a, "B-1": fair.booth_b}
        for label, bizno in (("C-1", BIZNO_C), ("D-1", "110-81-00005")):
            employer = add_employer(s, who, fair.fair_id,
                                    EmployerInput(f"봉제 {label}", bizno, "C"))
            booths[label] = add_booth(s, who, fair.fair_id, employer.id, label).id
            add_opening(s, who, fair.fair_id, employer.id, OpeningInput("미싱사", 2, "8"))
        seekers = [
            register_seeker(s, who, fair.fair_id, SeekerInput(
                name=name, birth_year=1985, phone=phone, desired_keco="8",
                consent=Consent(collection=True)))
            for name, phone in (("한미싱", "010-5555-0001"), ("정재봉", "010-5555-0002"))
        ]
        codes = ensure_badges(s, [v.id for v in seekers])
    return booths, {v.name: codes[v.id] for v in seekers}


def referred(factory: Factory, name: str) -> set[int]:
    with factory() as s:
        return set(s.scalars(select(Referral.booth_id)
                             .join(Seeker, Seeker.id == Referral.seeker_id)
                             .where(Seeker.name == name)))


def expected_slip(folder: Path, layout: Layout, number: int) -> Path:
    """The queue slip booth C-1 should print for ``number`` (first in line: no wait)."""
    pdf = folder / f"expected-{number}.pdf"
    stamp = datetime.now(ZoneInfo("Asia/Seoul")).strftime("%H:%M")
    render_queue_slip(QueueSlip(FAIR_NAME, number, "C-1", "봉제 C-1", 0, stamp), layout, pdf,
                      document_translate)
    return pdf


def difference(printed: Path, expected: Path, layout: Layout) -> float:
    """Mean grey-level difference (0-255) of the slip's label on the two first pages."""
    dots = 100 / 25.4
    box = (round(layout.margin_left_mm * dots), round(layout.margin_top_mm * dots),
           round((layout.margin_left_mm + layout.badge_width_mm) * dots),
           round((layout.margin_top_mm + layout.badge_height_mm) * dots))
    a, b = (rasterise(pdf, 100)[0].convert("L").crop(box).filter(ImageFilter.GaussianBlur(2))
            for pdf in (printed, expected))
    return float(ImageStat.Stat(ImageChops.difference(a, b.resize(a.size))).mean[0])


@pytest.mark.usefixtures("poppler")
def test_desk_names_three_booths_dashboard_counts_them_booth_prints_the_number(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory, settings: QSettings,
    tmp_path: Path,
) -> None:
    booths, codes = hall_of_sewing(gui_factory)
    window = make_window()
    desk = open_station(qtbot, window, 1)
    assert isinstance(desk, DeskScreen)
    scan(qtbot, codes["한미싱"], desk)
    settle(qtbot, desk)
    assert desk.scan_panel.name_label.text() == "한미싱"
    card = desk.scan_panel.where_next.text()
    assert [b.label for b in desk.scan_panel.next_booths] == ["A-1", "C-1", "D-1"]
    for label in ("A-1", "C-1", "D-1"):
        assert label in card
    assert "B-1" not in card and "미싱사" in card and "봉제원" in card
    assert referred(gui_factory, "한미싱") == {booths["A-1"], booths["C-1"], booths["D-1"]}
    # the desk's waits tab: every booth, the hall screen's figures
    waits = [desk.waits_list.item(i).text() for i in range(desk.waits_list.count())]
    assert len(waits) == 4 and all("min" in w or "분" in w for w in waits)

    # booth C-1 sets up its slip printer (a file) and scans the seeker in as waiting
    slip_file = tmp_path / "booth.pdf"
    save_station_printer(settings, StationPrinter(pdf_file=str(slip_file)))
    booth = open_station(qtbot, window, 2)
    assert isinstance(booth, BoothScreen)
    qtbot.waitUntil(booth.chooser.filter_edit.hasFocus)
    qtbot.keyClicks(booth.chooser.filter_edit, "c-1")
    qtbot.keyClick(booth.chooser.filter_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(booth.scan_edit.hasFocus)
    press(qtbot, Qt.Key.Key_F2)  # scan in as waiting
    scan(qtbot, codes["한미싱"], booth)
    settle(qtbot, booth)
    with gui_factory() as s:
        entry = s.scalars(select(QueueEntry)).one()
    assert booth.queue_number.isVisible() and booth.queue_number.text() == str(entry.queue_no)
    printed = slip_file.with_name("booth-slip.pdf")
    assert printed.exists()
    # the printer gets pictures of pages: read back by comparing with the slips it could be
    layout = load_layout(load_print_settings(settings, booth.context.kind).layout)
    right = difference(printed, expected_slip(tmp_path, layout, entry.queue_no), layout)
    wrong = difference(printed, expected_slip(tmp_path, layout, entry.queue_no + 7), layout)
    assert right < 1.5 and right < wrong / 2, (right, wrong)
    assert booth.slip_status.property("printed") is True

    # a printer fault is one line; the queue entry stays
    save_station_printer(settings, StationPrinter(pdf_file=str(tmp_path / "gone" / "x.pdf")))
    scan(qtbot, codes["정재봉"], booth)
    settle(qtbot, booth)
    with gui_factory() as s:
        assert len(s.scalars(select(QueueEntry)).all()) == 2
    assert booth.slip_status.property("printed") is False
    assert "\n" not in booth.slip_status.text() and booth.slip_status.text()

    # the booth interviews them: F2 off, F3 calls the first in line, 3 = not hired
    press(qtbot, Qt.Key.Key_F2)
    assert not booth.queue_number.isVisible()
    press(qtbot, Qt.Key.Key_F3)
    settle(qtbot, booth)
    assert booth.card_view.name_label.text() == "한미싱"
    press(qtbot, Qt.Key.Key_3)
    qtbot.wait(400)
    settle(qtbot, booth)

    organizer = open_station(qtbot, window, 3)
    assert isinstance(organizer, OrganizerScreen)
    dashboard = organizer.dashboard
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=5000)
    dashboard.left_tabs.setCurrentWidget(dashboard.referral_table)
    table = dashboard.referral_table
    model = table.model()
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert len(heads) == 4

    def shown(label: str) -> tuple[str, str]:
        row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == label)
        return str(model.index(row, 2).data()), str(model.index(row, 3).data())

    # sent here, and of them interviewed
    qtbot.waitUntil(lambda: shown("C-1") == ("1", "1"), timeout=5000)
    assert shown("A-1") == ("1", "0") and shown("B-1") == ("0", "0")


def test_where_next_on_either_database_off_the_gui_thread(
    qtbot: QtBot, db_url: str, tmp_path: Path, settings: QSettings,
    fake_dialogs: FakeDialogs,
) -> None:
    """On PostgreSQL the desk's operations run on its worker thread: the check-in, then the
    booths to go to, in order; the card shows both."""
    engine = make_engine(db_url)
    factory = make_session_factory(engine)
    try:
        booths, codes = hall_of_sewing(factory)
        with factory() as s:
            fair_id = s.scalar(select(Booth.fair_id).where(Booth.id == booths["A-1"]))
        config = Config(db_url=db_url, data_dir=tmp_path / "desk", language=None)
        context = station_context(StationKind.DESK, factory, config, settings, fake_dialogs,
                                  fair_id)
        screen = DeskScreen(context)
        qtbot.addWidget(screen)
        assert screen.runner.threaded == db_url.startswith("postgresql")
        screen.handle_code(codes["정재봉"])
        qtbot.waitUntil(lambda: len(screen.scan_panel.next_booths) == 3, timeout=10_000)
        assert screen.scan_panel.name_label.text() == "정재봉"
        assert referred(factory, "정재봉") == {booths["A-1"], booths["C-1"], booths["D-1"]}
        screen.close()
        assert screen.runner.join(5)
    finally:
        engine.dispose()
