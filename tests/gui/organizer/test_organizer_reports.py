"""The organizer's documents from the window: summary PDF (print or save), workbook, CSV."""

from __future__ import annotations

import csv
import re
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from jobfair.config import Config
from jobfair.domain.codes import StationKind
from jobfair.gui.common.stations import StationContext
from jobfair.gui.organizer.reports import export_csv, export_workbook, save_report
from jobfair.gui.printing.badges import PopplerRasteriser
from jobfair.services.context import Actor
from jobfair.services.setup.fairs import get_fair
from tests.gui.conftest import FakeDialogs, build_small_fair
from tests.services.fairkit import ticking_clock

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler")


@dataclass
class FakeReportUi:
    """Answers every window at once and records what was asked."""

    report: tuple[str, bool] | None = ("ko", True)
    action: str | None = "save"
    save_to: Path | None = None
    printer: QPrinter | None = None
    asked: list[str] = field(default_factory=list)
    suggested: list[Path] = field(default_factory=list)

    def choose_report(self, parent: QWidget | None) -> tuple[str, bool] | None:
        self.asked.append("report")
        return self.report

    def choose_action(self, parent: QWidget | None, can_print: bool) -> str | None:
        self.asked.append(f"action:{can_print}")
        return self.action

    def choose_printer(self, parent: QWidget | None) -> QPrinter | None:
        self.asked.append("printer")
        return self.printer

    def choose_save_path(self, parent: QWidget | None, suggested: Path, kind: str) -> Path | None:
        self.asked.append(f"save:{kind}")
        self.suggested.append(suggested)
        return self.save_to


@pytest.fixture
def context(gui_config: Config, gui_factory: sessionmaker[Session],
            settings: QSettings) -> StationContext:
    with gui_factory.begin() as s:
        fair = get_fair(s, build_small_fair(s).fair_id)
    return StationContext(
        kind=StationKind.ORGANIZER, fair=fair, config=gui_config, session_factory=gui_factory,
        actor=Actor(station_id=uuid.uuid4(), name="organizer", clock=ticking_clock()),
        dialogs=FakeDialogs(), settings=settings, load_demo=lambda: None,
    )


def dialogs(context: StationContext) -> FakeDialogs:
    assert isinstance(context.dialogs, FakeDialogs)
    return context.dialogs


@needs_poppler
def test_save_the_summary(qtbot: QtBot, context: StationContext, tmp_path: Path) -> None:
    from tests.documents.pdf_tools import pdf_text

    target = tmp_path / "summary.pdf"
    ui = FakeReportUi(report=("en", True), save_to=target)
    results: list[bool] = []
    handle = save_report(context, None, ui=ui, rasteriser=None, on_done=results.append)
    assert handle is not None
    with qtbot.waitSignal(handle.finished, timeout=20_000):
        pass
    assert results == [True]
    assert ui.asked == ["report", "action:False", "save:pdf"]
    assert ui.suggested[0].name == "2024_의정부_채용박람회-summary-2024-05-14.pdf"
    text = re.sub(r"\s+", " ", pdf_text(target))
    assert ("2 employers took part; 3 job seekers attended; 3 were interviewed; of 5 positions "
            "sought, 1 were filled on the spot (hire rate 20.0%)") in text
    assert "Approval" in text and "Director" in text
    assert dialogs(context).informed and str(target) in dialogs(context).informed[0][1]
    assert list((context.config.data_dir / "reports").iterdir()) == []  # nothing left behind


@needs_poppler
def test_print_the_summary(qtbot: QtBot, context: StationContext, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(72)
    ui = FakeReportUi(action="print", printer=printer)
    tool = shutil.which("pdftoppm")
    assert tool is not None
    results: list[bool] = []
    handle = save_report(context, None, ui=ui, rasteriser=PopplerRasteriser(tool),
                         on_done=results.append)
    assert handle is not None
    with qtbot.waitSignal(handle.finished, timeout=20_000):
        pass
    assert results == [True]
    assert ui.asked == ["report", "action:True", "printer"]
    assert out.exists() and out.stat().st_size > 0


def test_cancelled_choices_do_nothing(context: StationContext, tmp_path: Path) -> None:
    assert save_report(context, None, ui=FakeReportUi(report=None)) is None
    assert export_workbook(context, None, ui=FakeReportUi(save_to=None)) is None
    assert export_csv(context, None, "seekers", ui=FakeReportUi(save_to=None)) is None
    assert dialogs(context).errors == []


def test_export_workbook(qtbot: QtBot, context: StationContext, tmp_path: Path) -> None:
    target = tmp_path / "fair.xlsx"
    ui = FakeReportUi(save_to=target)
    handle = export_workbook(context, None, ui=ui)
    assert handle is not None
    with qtbot.waitSignal(handle.finished, timeout=20_000):
        pass
    wb = openpyxl.load_workbook(target)
    assert len(wb.sheetnames) == 6
    assert [ws.max_row - 1 for ws in wb.worksheets][1:] == [2, 2, 4, 3, 4]
    assert dialogs(context).informed and dialogs(context).errors == []
    assert ui.asked == ["save:xlsx"]


def test_export_csv_and_a_failure(qtbot: QtBot, context: StationContext, tmp_path: Path) -> None:
    target = tmp_path / "interviews.csv"
    handle = export_csv(context, None, "interviews", ui=FakeReportUi(save_to=target))
    assert handle is not None
    with qtbot.waitSignal(handle.finished, timeout=20_000):
        pass
    with target.open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.reader(f))) == 5

    results: list[bool] = []
    bad = tmp_path / "missing" / "x.csv"
    handle = export_csv(context, None, "seekers", ui=FakeReportUi(save_to=bad),
                        on_done=results.append)
    assert handle is not None
    with qtbot.waitSignal(handle.finished, timeout=20_000):
        pass
    assert results == [False]
    assert len(dialogs(context).errors) == 1
    with pytest.raises(ValueError):
        export_csv(context, None, "salaries", ui=FakeReportUi(save_to=target))


def test_the_window_never_saves_over_the_database(
    qtbot: QtBot, context: StationContext, tmp_path: Path
) -> None:
    """Chosen in the save dialog (which already asked about replacing): the open database and
    its companions are still refused, with a message; an ordinary existing file is replaced,
    readable by the user only."""
    import stat

    from sqlalchemy import func, select

    from jobfair.db.models import Seeker
    from jobfair.services.files import sqlite_file

    db = sqlite_file(context.config.db_url)
    assert db is not None
    before = db.read_bytes()
    with context.session_factory() as s:
        seekers = s.scalar(select(func.count()).select_from(Seeker))
    assert seekers
    for target in (db, Path(f"{db}-wal")):
        results: list[bool] = []
        handle = export_workbook(context, None, ui=FakeReportUi(save_to=target),
                                 on_done=results.append)
        assert handle is not None
        with qtbot.waitSignal(handle.finished, timeout=20_000):
            pass
        assert results == [False]
        assert str(target) in dialogs(context).errors[-1][1]
    assert db.read_bytes() == before
    with context.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Seeker)) == seekers

    existing = tmp_path / "fair.xlsx"
    existing.write_bytes(b"old")
    handle = export_workbook(context, None, ui=FakeReportUi(save_to=existing))
    assert handle is not None
    with qtbot.waitSignal(handle.finished, timeout=20_000):
        pass
    assert len(openpyxl.load_workbook(existing).sheetnames) == 6
    assert stat.S_IMODE(existing.stat().st_mode) == 0o600
