"""The desk's own printer: a walk-in's badge printed with no dialog, on the printer chosen once.

The station remembers its printer (a system printer by name, or a PDF file it prints into) beside
the badge layout (``jobfair.gui.common.settings``). The first badge asks for both in the "Printer
and
badge layout" dialog (``printing_calibration.CalibrationDialog``); every later one goes straight
to that printer on paper of the layout's size. A failure never loses anything: the check-in is
already saved, the badge's PDF is kept and named, and the message says to press Ctrl+P once the
printer works again. The result comes back as a ``StationPrintOutcome`` for the screen to show.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from jobfair.config import output_guard
from jobfair.documents.badges import BadgeData, BadgeStyle, render_badges
from jobfair.documents.layouts import Layout, load_layout
from jobfair.domain.errors import JobFairError
from jobfair.gui.common.settings import KEY_PRINTER_NAME, KEY_PRINTER_PDF, read_str
from jobfair.gui.common.stations import StationContext
from jobfair.gui.printing.badges import (
    PdfRasteriser,
    PrintError,
    PrintSettings,
    _stamp,
    available_rasteriser,
    badge_style,
    badges_folder,
    label_translations,
    load_print_settings,
    prepare_printer,
    print_pdf,
    to_badges,
)
from jobfair.gui.printing.saving import save_file
from jobfair.i18n import error_message
from jobfair.services.files import OutputGuard, write_file
from jobfair.services.seekers.badges import badge_rows, mark_printed

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


@dataclass(frozen=True)
class StationPrinter:
    """Where this station prints: a system printer's ``name``, or a PDF file (``pdf_file``)."""

    name: str = ""
    pdf_file: str = ""

    def describe(self) -> str:
        if self.pdf_file:
            return translate("printing", "PDF file {path}").format(path=self.pdf_file)
        return self.name

    def make(self) -> QPrinter:
        """A printer for this choice (checked when printing, not here)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.pdf_file:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(self.pdf_file)
        else:
            printer.setPrinterName(self.name)
        return printer

    def missing_reason(self, guard: OutputGuard) -> str | None:
        """Why this printer cannot be used now, or ``None``. A PDF file is never one the
        ``guard`` protects (the open database, this station's own files)."""
        if self.pdf_file:
            folder = Path(self.pdf_file).parent
            if not folder.is_dir():
                return translate("printing", "the folder {folder} does not exist").format(
                    folder=folder)
            try:
                guard.check(Path(self.pdf_file))
            except JobFairError as exc:
                return error_message(exc)
            return None
        if QPrinterInfo.printerInfo(self.name).isNull():
            return translate("printing", "the printer “{name}” is not available").format(
                name=self.name)
        return None


def system_printers() -> list[str]:
    """The printers of this computer, the default one first."""
    names = list(QPrinterInfo.availablePrinterNames())
    default = QPrinterInfo.defaultPrinterName()
    if default in names:
        names.remove(default)
        names.insert(0, default)
    return names


def load_station_printer(settings: QSettings) -> StationPrinter | None:
    """The printer chosen on this station, or ``None`` before the first choice."""
    pdf = read_str(settings, KEY_PRINTER_PDF)
    if pdf:
        return StationPrinter(pdf_file=pdf)
    name = read_str(settings, KEY_PRINTER_NAME)
    return StationPrinter(name=name) if name else None


def save_station_printer(settings: QSettings, printer: StationPrinter | None) -> None:
    settings.setValue(KEY_PRINTER_NAME, printer.name if printer else "")
    settings.setValue(KEY_PRINTER_PDF, printer.pdf_file if printer else "")
    settings.sync()


@dataclass(frozen=True)
class StationPrintOutcome:
    """What became of the badges: ``printed``, and a message for the screen.

    Attributes:
        kept: the PDF kept when printing failed (print it later, or press Ctrl+P again).
    """

    printed: bool
    message: str
    kept: Path | None = None


ChooseSetup = Callable[[StationContext, QWidget | None], bool]
"""Shows the printer-and-layout dialog; whether the person chose (``False``: cancelled)."""


def print_on_station_printer(
    context: StationContext,
    seeker_ids: list[uuid.UUID],
    parent: QWidget | None,
    *,
    choose: ChooseSetup,
    rasteriser: PdfRasteriser | bool | None = True,
) -> StationPrintOutcome:
    """Print the badges of ``seeker_ids`` on this station's printer; ``choose`` asks for the
    printer the first time (``printing_calibration.first_time_setup``).

    Never raises: every failure is a message, and the badge's PDF is kept when one was drawn.
    """
    job = prepare_station_print(context, seeker_ids, parent, choose=choose,
                                rasteriser=rasteriser)
    if isinstance(job, StationPrintOutcome):
        return job
    return job.finish(job.run())


@dataclass(frozen=True)
class StationPrintJob:
    """Badges ready to print: ``prepare_station_print`` read the station's choices and the
    database on the main thread; ``run`` draws the PDF and prints it, touching neither (it may
    run on a worker thread, where a printer driver that hangs freezes no window); ``finish``
    records the badges as printed and says what became of them, on the main thread again.
    """

    context: StationContext
    chosen: StationPrinter
    layout: Layout
    settings: PrintSettings
    badges: list[BadgeData]
    style: BadgeStyle
    seeker_ids: list[uuid.UUID]
    pdf: Path
    raster: PdfRasteriser | None
    guard: OutputGuard

    @property
    def who(self) -> str:
        return _names(len(self.seeker_ids))

    def run(self) -> StationPrintOutcome | None:
        """Draw and print (any thread); ``None`` when printed, else the failure's outcome."""
        who = self.who
        try:
            write_file(self.pdf, lambda out: render_badges(
                self.badges, self.layout, out, self.settings.calibration, style=self.style),
                guard=self.guard, overwrite=False, private=True)
        except JobFairError as exc:
            return StationPrintOutcome(False, translate("printing", "{who} not printed: {reason}")
                                       .format(who=who, reason=error_message(exc)))
        except Exception as exc:  # a broken font or disk: say so, never a traceback
            log.exception("drawing badges failed")
            return StationPrintOutcome(False, translate("printing", "{who} not printed: {reason}")
                                       .format(who=who, reason=str(exc)))
        failure = print_on(self.pdf, self.chosen, self.layout, self.raster, self.guard)
        if failure is not None:
            return StationPrintOutcome(False, translate(
                "printing",
                "{who} not printed: {reason}. The check-in is kept; the badge is saved in "
                "{path}. Press Ctrl+P to print it again, or choose another printer (Desk menu, "
                "Printer and badge layout).").format(who=who, reason=failure, path=self.pdf),
                self.pdf)
        return None

    def finish(self, failed: StationPrintOutcome | None) -> StationPrintOutcome:
        """What ``run`` did, the badges recorded as printed when they were (main thread)."""
        if failed is not None:
            return failed
        self.pdf.unlink(missing_ok=True)
        try:
            with self.context.session_factory.begin() as session:
                mark_printed(session, self.context.actor, self.seeker_ids)
        except JobFairError as exc:
            return StationPrintOutcome(True, translate(
                "printing", "Printed on {printer}, but not recorded: {reason}").format(
                    printer=self.chosen.describe(), reason=error_message(exc)))
        return StationPrintOutcome(True, translate(
            "printing", "{who} printed on {printer}.").format(
                who=self.who, printer=self.chosen.describe()))


def prepare_station_print(
    context: StationContext,
    seeker_ids: list[uuid.UUID],
    parent: QWidget | None,
    *,
    choose: ChooseSetup,
    rasteriser: PdfRasteriser | bool | None = True,
) -> StationPrintJob | StationPrintOutcome:
    """The job printing the badges of ``seeker_ids`` on this station's printer (main thread),
    or the outcome saying why there is none (no printer chosen, the database failed)."""
    who = _names(len(seeker_ids))
    if context.fair is None or not seeker_ids:
        return StationPrintOutcome(False, "")
    chosen = load_station_printer(context.settings)
    if chosen is None:
        if not choose(context, parent):
            return StationPrintOutcome(False, translate(
                "printing",
                "{who} not printed: no printer is chosen. Choose one (Desk menu, Printer and "
                "badge layout), then press Ctrl+P.").format(who=who))
        chosen = load_station_printer(context.settings)
        if chosen is None:
            return StationPrintOutcome(False, translate(
                "printing", "{who} not printed: no printer is chosen.").format(who=who))
    raster = available_rasteriser() if rasteriser is True else rasteriser or None
    settings = load_print_settings(context.settings, context.kind)
    try:
        layout = load_layout(settings.layout)
        with context.session_factory.begin() as session:
            rows = badge_rows(session, context.fair.id, seeker_ids, actor=context.actor)
        pdf = badges_folder(context) / f"badges-{_stamp()}-{uuid.uuid4().hex[:6]}.pdf"
        badges = to_badges(rows, label_translations())
    except JobFairError as exc:
        return StationPrintOutcome(False, translate("printing", "{who} not printed: {reason}")
                                   .format(who=who, reason=error_message(exc)))
    except Exception as exc:  # a broken disk: say so, never a traceback
        log.exception("preparing badges failed")
        return StationPrintOutcome(False, translate("printing", "{who} not printed: {reason}")
                                   .format(who=who, reason=str(exc)))
    return StationPrintJob(context, chosen, layout, settings, badges, badge_style(),
                           [r.seeker_id for r in rows], pdf, raster,
                           output_guard(context.config))


def _names(count: int) -> str:
    if count == 1:
        return translate("printing", "The badge")
    return translate("printing", "{count} badges").format(count=count)


def print_on(
    pdf: Path, chosen: StationPrinter, layout: Layout, raster: PdfRasteriser | None,
    guard: OutputGuard,
) -> str | None:
    """Print ``pdf`` on the station's printer, on the layout's paper; the reason it failed
    (a sentence for the person at the station), or ``None``."""
    if raster is None:
        return translate("printing", "printing directly is not available on this computer")
    reason = chosen.missing_reason(guard)
    if reason is not None:
        return reason
    try:
        printer = chosen.make()
        prepare_printer(printer, layout)
        print_pdf(pdf, printer, raster)
    except PrintError as exc:
        return str(exc.params.get("reason", "")) or error_message(exc)
    except JobFairError as exc:
        return error_message(exc)
    except Exception as exc:  # a driver's failure: log it, keep the PDF, say why
        log.exception("printing %s failed", pdf)
        return str(exc) or type(exc).__name__
    return None


DrawSlip = Callable[[BinaryIO, Layout], None]
"""Draws a slip's PDF into the file, on the layout's paper (``jobfair.documents.slips``)."""

PrintSlip = Callable[[DrawSlip, str], StationPrintOutcome | None]
"""Prints a slip on the station's printer (``None``: no printer chosen, nothing asked)."""


def document_translate(context: str, text: str) -> str:
    """The translation of a document's label (``jobfair.documents``' translate argument)."""
    return translate(context, text)


def print_slip_on_station_printer(
    context: StationContext,
    draw: DrawSlip,
    what: str,
    *,
    rasteriser: PdfRasteriser | bool | None = True,
) -> StationPrintOutcome | None:
    """Print a small slip on this station's printer and layout, the badges' way (the PDF kept
    and named when the printer fails). ``None`` when the station has no printer chosen: a slip
    never asks for one (a scan never answers a question). ``what`` names the slip in messages.

    Never raises: a failure is the outcome's one-line message; what was recorded stays.
    """
    chosen = load_station_printer(context.settings)
    if chosen is None:
        return None
    if chosen.pdf_file:  # a file printer keeps the badge it printed just before
        path = Path(chosen.pdf_file)
        chosen = StationPrinter(pdf_file=str(path.with_name(f"{path.stem}-slip{path.suffix}")))
    raster = available_rasteriser() if rasteriser is True else rasteriser or None
    settings = load_print_settings(context.settings, context.kind)
    try:
        layout = load_layout(settings.layout)
        folder = badges_folder(context) / "slips"
        folder.mkdir(exist_ok=True)
        pdf = folder / f"slip-{_stamp()}-{uuid.uuid4().hex[:6]}.pdf"
        save_file(context, pdf, lambda out: draw(out, layout), overwrite=False)
    except JobFairError as exc:
        return StationPrintOutcome(False, translate("printing", "{what} not printed: {reason}")
                                   .format(what=what, reason=error_message(exc)))
    except Exception as exc:  # a broken font or disk: say so, never a traceback
        log.exception("drawing a slip failed")
        return StationPrintOutcome(False, translate("printing", "{what} not printed: {reason}")
                                   .format(what=what, reason=str(exc)))
    failure = print_on(pdf, chosen, layout, raster, output_guard(context.config))
    if failure is not None:
        return StationPrintOutcome(False, translate(
            "printing", "{what} not printed: {reason}. It is saved in {path}.").format(
                what=what, reason=failure, path=pdf), pdf)
    pdf.unlink(missing_ok=True)
    return StationPrintOutcome(True, translate("printing", "{what} printed on {printer}.").format(
        what=what, printer=chosen.describe()))
