"""Printing badges: save or print at the desk, the batch in the background, the calibration.

No modal window opens: a fake ``PrintUi`` answers, and "printers" are Qt's PDF printer, whose
output is read back with poppler and zxing like the badge documents' own tests.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.config import Config
from jobfair.db.models import Badge
from jobfair.documents.badge_rows import badge_data
from jobfair.documents.layouts import Calibration, Layout
from jobfair.domain.codes import Channel, StationKind
from jobfair.gui.common.stations import StationContext
from jobfair.gui.printing.badges import (
    PdfRasteriser,
    PopplerRasteriser,
    PrintSettings,
    load_print_settings,
    print_all_badges,
    print_badges_for,
    save_print_settings,
)
from jobfair.gui.printing.calibration import CalibrationDialog
from jobfair.services.context import Actor
from jobfair.services.seekers.badges import BadgePrintRow, resolve_code
from jobfair.services.seekers.service import Consent, SeekerInput, register_seeker
from jobfair.services.setup.fairs import FairInput, create_fair, get_fair
from tests.documents.conftest import poppler  # noqa: F401  (fixture)
from tests.documents.pdf_tools import decode_pages, pdf_pages
from tests.gui.conftest import FakeDialogs
from tests.services.fairkit import ticking_clock

pytestmark = pytest.mark.usefixtures("poppler", "qapp")


@dataclass
class FakePrintUi:
    action: str | None = "save"
    save_to: Path | None = None
    printer: QPrinter | None = None
    asked: list[tuple[int, bool]] = field(default_factory=list)

    def choose_action(self, parent: QWidget | None, count: int, can_print: bool) -> str | None:
        self.asked.append((count, can_print))
        return self.action

    def choose_printer(self, parent: QWidget | None, layout: Layout) -> QPrinter | None:
        return self.printer

    def choose_save_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        return self.save_to


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)
    return printer


@pytest.fixture
def poppler_raster() -> PdfRasteriser:
    import shutil

    tool = shutil.which("pdftoppm")
    assert tool is not None
    return PopplerRasteriser(tool)


@dataclass
class Desk:
    context: StationContext
    dialogs: FakeDialogs
    seekers: list[uuid.UUID]
    walk_in: uuid.UUID


@pytest.fixture
def desk(
    gui_config: Config, gui_factory: sessionmaker[Session], settings: QSettings
) -> Desk:
    actor = Actor(station_id=uuid.uuid4(), name="desk", clock=ticking_clock())
    with gui_factory.begin() as s:
        fair = create_fair(s, actor, FairInput("2015 양주 채용박람회", date(2015, 3, 25)))
        ids = [
            register_seeker(
                s, actor, fair.id,
                SeekerInput(name=n, birth_year=y, phone=p, consent=Consent(collection=True),
                            channel=Channel.PRE_REGISTERED, groups=g),
            ).id
            for n, y, p, g in (
                ("김민준", 1990, "010-1234-5678", ()),
                ("이서연", 1975, "010-2345-6789", ("career_break",)),
                ("박지호", 1960, "010-3456-7890", ()),
            )
        ]
        walk_in = register_seeker(
            s, actor, fair.id,
            SeekerInput(name="최유나", birth_year=1998, phone="010-4567-8901",
                        consent=Consent(collection=True)),
        ).id
        view = get_fair(s, fair.id)
    dialogs = FakeDialogs()
    context = StationContext(
        kind=StationKind.DESK, fair=view, config=gui_config, session_factory=gui_factory,
        actor=actor, dialogs=dialogs, settings=settings, load_demo=lambda: None,
    )
    return Desk(context, dialogs, ids, walk_in)


def printed(factory: sessionmaker[Session], ids: list[uuid.UUID]) -> dict[uuid.UUID, int | None]:
    """seeker -> reprints, ``None`` when never printed."""
    with factory() as s:
        rows = s.execute(select(Badge.seeker_id, Badge.printed_at, Badge.reprints)
                         .where(Badge.seeker_id.in_(ids)))
        return {r[0]: (r[2] if r[1] is not None else None) for r in rows}


def resolved(factory: sessionmaker[Session], pdf: Path) -> list[uuid.UUID]:
    codes = [d.text for page in decode_pages(pdf) for d in page]
    with factory() as s:
        return [resolve_code(s, c) for c in codes]


def test_badge_data_takes_the_group_band_and_the_desired_job() -> None:
    row = BadgePrintRow(uuid.uuid4(), "K7QF4M2XRA", 12, "이서연", "박람회", date(2015, 3, 25),
                        "3", "", ("career_break",), 1975, False)
    data = badge_data(row)
    assert data.desired_job == "Health and medical care"  # the label, untranslated
    assert badge_data(row, translate=lambda c, t: f"[{c}]{t}").desired_job == (
        "[codes]Health and medical care"
    )
    assert data.group_label == "Career-interrupted woman"
    assert data.band_color == "#E4572E"
    young = badge_data(BadgePrintRow(uuid.uuid4(), "X", None, "a", "f", date(2015, 3, 25),
                                     "", "용접", (), 1995, False),
                       translate=lambda c, t: f"[{c}]{t}")
    assert young.group_label == "[codes]Youth (19–34)"
    assert young.desired_job == "용접" and young.badge_no == ""


def test_saving_the_desk_badge_records_it_and_a_second_time_counts_a_reprint(
    desk: Desk, tmp_path: Path, gui_factory: sessionmaker[Session]
) -> None:
    ui = FakePrintUi(action="save", save_to=tmp_path / "out.pdf")
    assert print_badges_for(desk.context, [desk.walk_in], None, ui=ui, rasteriser=None)
    assert ui.asked == [(1, False)]
    assert resolved(gui_factory, tmp_path / "out.pdf") == [desk.walk_in]
    assert pdf_pages(tmp_path / "out.pdf") == 1  # the desk's default: one badge a page
    assert printed(gui_factory, [desk.walk_in]) == {desk.walk_in: 0}
    assert print_badges_for(desk.context, [desk.walk_in], None, ui=ui, rasteriser=None)
    assert printed(gui_factory, [desk.walk_in]) == {desk.walk_in: 1}
    leftovers = list((desk.context.config.data_dir / "badges").glob("*.pdf"))
    assert leftovers == []  # the temporary PDF with names in it is gone


def test_printing_paints_every_page_on_the_printer(
    desk: Desk, tmp_path: Path, gui_factory: sessionmaker[Session], poppler_raster: PdfRasteriser
) -> None:
    save_print_settings(desk.context.settings, PrintSettings("a4-2x4", Calibration()))
    out = tmp_path / "printed.pdf"
    ui = FakePrintUi(action="print", printer=pdf_printer(out))
    ids = [*desk.seekers, desk.walk_in]
    assert print_badges_for(desk.context, ids, None, ui=ui, rasteriser=poppler_raster)
    assert ui.asked == [(4, True)]
    assert sorted(resolved(gui_factory, out)) == sorted(ids)
    assert set(printed(gui_factory, ids).values()) == {0}


@pytest.mark.qt_log_ignore("QPainter::begin")  # the failing printer is the point of the test
def test_a_printer_that_fails_keeps_the_pdf_and_records_nothing(
    desk: Desk, tmp_path: Path, gui_factory: sessionmaker[Session], poppler_raster: PdfRasteriser
) -> None:
    broken = pdf_printer(tmp_path / "no such folder" / "x.pdf")  # QPainter.begin fails
    ui = FakePrintUi(action="print", printer=broken)
    assert not print_badges_for(desk.context, [desk.walk_in], None, ui=ui,
                                rasteriser=poppler_raster)
    (_, text, _) = desk.dialogs.errors[0]
    kept = list((desk.context.config.data_dir / "badges").glob("*.pdf"))
    assert len(kept) == 1 and str(kept[0]) in text
    assert resolved(gui_factory, kept[0]) == [desk.walk_in]
    assert printed(gui_factory, [desk.walk_in]) == {desk.walk_in: None}


def test_batch_renders_the_pre_registered_in_the_background(
    qtbot: QtBot, desk: Desk, tmp_path: Path, gui_factory: sessionmaker[Session]
) -> None:
    save_print_settings(desk.context.settings, PrintSettings("a4-2x5", Calibration()))
    target = tmp_path / "all.pdf"
    done: list[bool] = []
    handle = print_all_badges(desk.context, None, ui=FakePrintUi(save_to=target),
                              rasteriser=None, on_done=done.append)
    assert handle is not None
    with qtbot.waitSignal(handle.finished, timeout=10_000):
        pass
    assert done == [True]
    assert sorted(resolved(gui_factory, target)) == sorted(desk.seekers)  # not the walk-in
    marks = printed(gui_factory, [*desk.seekers, desk.walk_in])
    assert marks.get(desk.walk_in) is None
    assert [marks[i] for i in desk.seekers] == [0, 0, 0]


def test_a_cancelled_batch_leaves_no_file(
    qtbot: QtBot, desk: Desk, tmp_path: Path, gui_factory: sessionmaker[Session]
) -> None:
    target = tmp_path / "all.pdf"
    done: list[bool] = []
    handle = print_all_badges(desk.context, None, ui=FakePrintUi(save_to=target),
                              rasteriser=None, on_done=done.append)
    assert handle is not None
    handle.cancel()  # before the first page
    with qtbot.waitSignal(handle.finished, timeout=10_000):
        pass
    assert handle.outcome == "cancelled" and done == [False]
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".badges-*")) == []
    assert set(printed(gui_factory, desk.seekers).values()) == {None}


def test_calibration_is_remembered_and_the_test_print_uses_it(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    ui = FakePrintUi(action="save", save_to=tmp_path / "test.pdf")
    dialog = CalibrationDialog(desk.context, None, ui=ui, rasteriser=None)
    qtbot.addWidget(dialog)
    assert dialog.layout_combo.currentData() == "single"  # the desk's default
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("a4-2x4"))
    dialog.offset_x.setValue(1.5)
    dialog.offset_y.setValue(-2.0)
    dialog.scale.setValue(98.0)
    assert dialog.test_print()
    pages = decode_pages(tmp_path / "test.pdf")
    assert len(pages) == 1 and len(pages[0]) == 8  # a full sheet of sample badges
    dialog.accept()
    chosen = load_print_settings(desk.context.settings, StationKind.DESK)
    assert chosen == PrintSettings("a4-2x4", Calibration(1.5, -2.0, 0.98))
    reread = load_print_settings(QSettings(desk.context.settings.fileName(),
                                           QSettings.Format.IniFormat))
    assert reread.layout == "a4-2x4"


@pytest.mark.parametrize("name", ["single", "a6", "a4-2x4", "a4-2x5", "a4-cards-2x5"])
def test_the_printers_paper_is_the_layouts_own_turned_its_way(name: str, tmp_path: Path) -> None:
    from PySide6.QtGui import QPageLayout

    from jobfair.documents.layouts import load_layout
    from jobfair.gui.printing.badges import prepare_printer

    layout = load_layout(name)
    printer = pdf_printer(tmp_path / "p.pdf")
    prepare_printer(printer, layout)
    page = printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter)
    assert (page.width(), page.height()) == (
        pytest.approx(layout.page_width_mm, abs=0.5), pytest.approx(layout.page_height_mm, abs=0.5)
    )
