"""The organizer's documents: the end-of-day summary PDF, the workbook, one table as CSV.

Three functions the dashboard's buttons call: ``save_report``, ``export_workbook`` and
``export_csv``. Each asks what it needs (language, file name), does the work on a pool thread
with its own session (``run_task``), and tells the user where the file went. The summary can go
straight to a printer through the badge printing's PDF printing (``printing.print_pdf``).

Modal windows sit behind ``ReportUi`` so tests answer them with a fake.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from jobfair.documents.layouts import Layout
from jobfair.documents.report import DEFAULT_APPROVAL, ReportOptions, render_report
from jobfair.documents.workbook import write_csv, write_workbook
from jobfair.domain.errors import JobFairError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.common.stations import StationContext
from jobfair.gui.common.workers import Progress, TaskHandle, report_failure, run_task
from jobfair.gui.printing.badges import (
    PdfRasteriser,
    ask_print_or_save,
    available_rasteriser,
    deliver_pdf_only,
)
from jobfair.gui.printing.confirmation import A4_PAGE
from jobfair.gui.printing.saving import save_file
from jobfair.i18n import error_message
from jobfair.resources import translations_dir
from jobfair.services.reports.analytics import dashboard_data
from jobfair.services.reports.export import TABLE_TITLES, export_tables

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

Translate = Callable[[str, str], str]


class ReportUi(Protocol):
    """The modal windows of the organizer's documents; tests pass a fake that answers at once."""

    def choose_report(self, parent: QWidget | None) -> tuple[str, bool] | None:
        """The report's language (``"ko"``/``"en"``) and whether to add the approval box."""
        ...

    def choose_action(self, parent: QWidget | None, can_print: bool) -> str | None:
        """``"print"``, ``"save"`` or ``None`` (cancelled)."""
        ...

    def choose_printer(self, parent: QWidget | None) -> QPrinter | None: ...

    def choose_save_path(self, parent: QWidget | None, suggested: Path, kind: str) -> Path | None:
        """Where to save a ``kind`` file (``"pdf"``, ``"xlsx"``, ``"csv"``); ``None``: cancel."""
        ...


FILTERS = {
    "pdf": (QT_TRANSLATE_NOOP("OrganizerReports", "PDF files (*.pdf)"), ".pdf"),
    "xlsx": (QT_TRANSLATE_NOOP("OrganizerReports", "Excel workbooks (*.xlsx)"), ".xlsx"),
    "csv": (QT_TRANSLATE_NOOP("OrganizerReports", "CSV files (UTF-8) (*.csv)"), ".csv"),
}


class QtReportUi:
    """The real windows: a language choice, a print-or-save box, QPrintDialog, QFileDialog."""

    def choose_report(self, parent: QWidget | None) -> tuple[str, bool] | None:
        korean = translate("OrganizerReports", "Korean")
        english = translate("OrganizerReports", "English")
        choice, ok = QInputDialog.getItem(
            parent, translate("OrganizerReports", "End-of-day summary"),
            translate("OrganizerReports", "Language of the summary:"), [korean, english], 0, False,
        )
        if not ok:
            return None
        box = QMessageBox(parent)
        box.setWindowTitle(translate("OrganizerReports", "End-of-day summary"))
        box.setText(translate("OrganizerReports", "Add the approval box (결재란) for signatures?"))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        approval = box.exec() == QMessageBox.StandardButton.Yes
        return ("en" if choice == english else "ko"), approval

    def choose_action(self, parent: QWidget | None, can_print: bool) -> str | None:
        return ask_print_or_save(
            parent,
            translate("OrganizerReports", "End-of-day summary"),
            translate("OrganizerReports", "The summary is ready."),
            can_print,
        )

    def choose_printer(self, parent: QWidget | None) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(translate("OrganizerReports", "Print the summary"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def choose_save_path(self, parent: QWidget | None, suggested: Path, kind: str) -> Path | None:
        label, suffix = FILTERS[kind]
        name, _ = QFileDialog.getSaveFileName(
            parent, translate("OrganizerReports", "Save as"), str(suggested),
            QCoreApplication.translate("OrganizerReports", label),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


def report_translator(language: str) -> Translate:
    """A translate function for ``language``, whatever language the window is in."""
    if language == "en":
        return lambda context, text: text
    translator = QTranslator()
    if not translator.load(f"jobfair_{language}", str(translations_dir())):
        return lambda context, text: text

    def tr(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return tr


def _file_stem(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", name).strip("_") or "jobfair"


def suggested_name(context: StationContext, what: str, suffix: str) -> Path:
    fair = context.fair
    stem = _file_stem(fair.name) if fair is not None else "jobfair"
    day = fair.date.isoformat() if fair is not None else datetime.now().date().isoformat()
    return Path.home() / f"{stem}-{what}-{day}{suffix}"


def _documents_folder(context: StationContext) -> Path:
    folder = context.config.data_dir / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass(frozen=True)
class Outcome:
    """What the background work made: the file and what to say about it."""

    path: Path


# --- the end-of-day summary -------------------------------------------------------------------


def save_report(
    context: StationContext,
    parent: QWidget | None,
    ui: ReportUi | None = None,
    rasteriser: PdfRasteriser | bool | None = True,
    on_done: Callable[[bool], None] | None = None,
) -> TaskHandle[Outcome] | None:
    """Render the fair's summary on a worker, then print it or save it where the user says."""
    title = translate("OrganizerReports", "End-of-day summary")
    fair = context.fair
    if fair is None:
        context.dialogs.error(title, translate("OrganizerReports", "Choose a fair first."))
        return None
    ui = ui or QtReportUi()
    chosen = ui.choose_report(parent)
    if chosen is None:
        return None
    language, approval = chosen
    words = report_translator(language)
    titles = tuple(words("report", t) for t in DEFAULT_APPROVAL) if approval else None
    raster = available_rasteriser() if rasteriser is True else rasteriser or None
    folder = _documents_folder(context)
    factory = context.session_factory

    def work(progress: Progress) -> Outcome:
        progress(0, 0)
        with factory() as session:
            data = dashboard_data(session, fair.id)
        progress.check()
        fd, name = tempfile.mkstemp(prefix="summary-", suffix=".pdf", dir=folder)
        path = Path(name)
        try:
            with open(fd, "wb") as out:
                render_report(data, out, ReportOptions(translate=words, approval=titles))
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return Outcome(path)

    def finish(ok: bool) -> None:
        if on_done is not None:
            on_done(ok)

    def succeeded(result: Outcome) -> None:
        finish(_deliver_report(context, parent, result.path, ui, raster))

    def failed(exc: BaseException) -> None:
        _report_error(context, title, exc)
        finish(False)

    return run_task(
        parent, work, succeeded, failed, title=title,
        label=translate("OrganizerReports", "Making the summary…"), dialogs=context.dialogs,
        on_cancelled=lambda: finish(False),
    )


class _ReportPrintUi:
    """The organizer's windows as the print-or-save flow asks them (``PrintUi``)."""

    def __init__(self, ui: ReportUi) -> None:
        self.ui = ui
        self.saved_to: Path | None = None

    def choose_action(self, parent: QWidget | None, count: int, can_print: bool) -> str | None:
        return self.ui.choose_action(parent, can_print)

    def choose_printer(self, parent: QWidget | None, layout: Layout) -> QPrinter | None:
        return self.ui.choose_printer(parent)

    def choose_save_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        self.saved_to = self.ui.choose_save_path(parent, suggested, "pdf")
        return self.saved_to


def _deliver_report(
    context: StationContext, parent: QWidget | None, pdf: Path, ui: ReportUi,
    rasteriser: PdfRasteriser | None,
) -> bool:
    """The summary printed or saved by the one print-or-save flow; a saved one is named."""
    title = translate("OrganizerReports", "End-of-day summary")
    asking = _ReportPrintUi(ui)
    done = deliver_pdf_only(parent, pdf, A4_PAGE, asking, rasteriser, context,
                            suggested_name=suggested_name(context, "summary", ".pdf").name,
                            title=title, private=False)
    if done and asking.saved_to is not None:
        saved = translate("OrganizerReports", "Saved the summary to {path}.")
        context.dialogs.inform(title, saved.format(path=asking.saved_to))
    return done


# --- spreadsheets ----------------------------------------------------------------------------


def export_workbook(
    context: StationContext,
    parent: QWidget | None,
    ui: ReportUi | None = None,
    on_done: Callable[[bool], None] | None = None,
) -> TaskHandle[Outcome] | None:
    """Export every table of the fair to one XLSX workbook where the user says."""
    title = translate("OrganizerReports", "Export to Excel")
    return _export(context, parent, ui, on_done, title, None, "xlsx")


def export_csv(
    context: StationContext,
    parent: QWidget | None,
    table: str,
    ui: ReportUi | None = None,
    on_done: Callable[[bool], None] | None = None,
) -> TaskHandle[Outcome] | None:
    """Export one table (``summary``, ``employers``, ``openings``, ``seekers``, ``checkins``,
    ``interviews``) as CSV."""
    if table not in TABLE_TITLES:
        raise ValueError(f"no table named {table!r}")
    title = translate("OrganizerReports", "Export as CSV")
    return _export(context, parent, ui, on_done, title, table, "csv")


def _export(
    context: StationContext, parent: QWidget | None, ui: ReportUi | None,
    on_done: Callable[[bool], None] | None, title: str, table: str | None, kind: str,
) -> TaskHandle[Outcome] | None:
    fair = context.fair
    if fair is None:
        context.dialogs.error(title, translate("OrganizerReports", "Choose a fair first."))
        return None
    ui = ui or QtReportUi()
    what = table or "export"
    target = ui.choose_save_path(parent, suggested_name(context, what, f".{kind}"), kind)
    if target is None:
        return None
    factory, actor = context.session_factory, context.actor

    def work(progress: Progress) -> Outcome:
        progress(0, 0)
        keys = (table,) if table else tuple(TABLE_TITLES)
        with factory() as session:
            tables = export_tables(session, fair.id, translate, keys, actor=actor)
        progress.check()
        if table:
            save_file(context, target, lambda out: write_csv(tables[0], out), overwrite=True)
        else:
            save_file(context, target, lambda out: write_workbook(tables, out, progress),
                      overwrite=True)  # the save dialog asked before replacing a file
        return Outcome(target)

    def finish(ok: bool) -> None:
        if on_done is not None:
            on_done(ok)

    def succeeded(result: Outcome) -> None:
        saved = translate("OrganizerReports", "Saved {path}.")
        context.dialogs.inform(title, saved.format(path=result.path))
        finish(True)

    def failed(exc: BaseException) -> None:
        _report_error(context, title, exc)
        finish(False)

    return run_task(
        parent, work, succeeded, failed, title=title,
        label=translate("OrganizerReports", "Exporting…"), dialogs=context.dialogs,
        on_cancelled=lambda: finish(False),
    )


def _report_error(context: StationContext, title: str, exc: BaseException) -> None:
    if isinstance(exc, JobFairError):
        context.dialogs.error(title, error_message(exc))
    elif isinstance(exc, OSError):
        context.dialogs.error(title, translate(
            "OrganizerReports", "The file could not be written: {reason}")
                              .format(reason=exc.strerror or exc))
    else:
        report_failure(context.dialogs, title, exc, context.config.data_dir)
