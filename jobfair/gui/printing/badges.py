"""Printing badges: a seeker's badge at the desk, every pre-registered badge in one batch.

Badges are drawn by ``jobfair.documents.badges`` into a PDF; that PDF is either saved where the
user says or printed through the system print dialog by painting each page, rasterised at the
printer's resolution, onto the printer. The rasteriser is QtPdf's ``QPdfDocument`` when the Qt
build has it, else poppler's ``pdftoppm`` when installed; with neither, only "Save PDF" is offered
(the user prints the saved file from a PDF viewer). Whatever happens, a PDF that could not be
printed is kept and its place named, so no badge is lost. Printing is recorded
(``mark_printed``) once the badges leave the program, printed or saved; reprints are counted.

Modal windows sit behind ``PrintUi`` so tests answer them; the layout and printer calibration
are this station's settings (the ``KEY_PRINT_*`` keys of ``jobfair.gui.common.settings``), set in
``CalibrationDialog``.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QMarginsF, QSettings, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from jobfair.documents.badge_rows import badges_from_rows, group_labels
from jobfair.documents.badges import (
    BadgeData,
    BadgeLabels,
    BadgeStyle,
    RenderResult,
    render_badges,
)
from jobfair.documents.layouts import Calibration, Layout, load_layout
from jobfair.domain.codes import KECO_MAJOR_LABELS, StationKind
from jobfair.domain.errors import JobFairError
from jobfair.domain.file_names import readable_file_name
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.common.settings import (
    KEY_PRINT_LAYOUT,
    KEY_PRINT_OFFSET_X,
    KEY_PRINT_OFFSET_Y,
    KEY_PRINT_SCALE,
)
from jobfair.gui.common.stations import StationContext
from jobfair.gui.common.workers import Progress, TaskHandle, report_failure, run_task
from jobfair.gui.printing.saving import save_file
from jobfair.i18n import error_message
from jobfair.services.seekers.badges import BadgePrintRow, badge_rows, mark_printed

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

MAX_PRINT_DPI = 300  # a page at 600 dpi is a 140 MB image; 300 dpi prints QR codes crisply


class PrintError(JobFairError):
    """The printer refused the job; the PDF is kept at ``path``."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The printer could not be used ({reason}). The badges are kept as a PDF in {path}; "
        "print it from a PDF viewer or try another printer.",
    )


# --- settings ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PrintSettings:
    """The station's badge layout and printer calibration."""

    layout: str
    calibration: Calibration


def default_layout(kind: StationKind | None) -> str:
    """One badge at a time at the desk; label sheets elsewhere."""
    return "single" if kind == StationKind.DESK else "a4-2x4"


def load_print_settings(settings: QSettings, kind: StationKind | None = None) -> PrintSettings:
    def number(key: str, fallback: float) -> float:
        try:
            return float(str(settings.value(key, fallback)))
        except ValueError:
            return fallback

    layout = str(settings.value(KEY_PRINT_LAYOUT, "") or default_layout(kind))
    try:
        calibration = Calibration(
            number(KEY_PRINT_OFFSET_X, 0.0), number(KEY_PRINT_OFFSET_Y, 0.0),
            number(KEY_PRINT_SCALE, 1.0),
        )
    except JobFairError:
        calibration = Calibration()
    return PrintSettings(layout, calibration)


def save_print_settings(settings: QSettings, chosen: PrintSettings) -> None:
    settings.setValue(KEY_PRINT_LAYOUT, chosen.layout)
    settings.setValue(KEY_PRINT_OFFSET_X, chosen.calibration.offset_x_mm)
    settings.setValue(KEY_PRINT_OFFSET_Y, chosen.calibration.offset_y_mm)
    settings.setValue(KEY_PRINT_SCALE, chosen.calibration.scale)
    settings.sync()


# --- from rows to badges -------------------------------------------------------------------


def label_translations() -> dict[tuple[str, str], str]:
    """The translated words a badge may carry, looked up on the main thread for the worker."""
    out = {("codes", text): QCoreApplication.translate("codes", text)
           for text in (*group_labels().values(), *KECO_MAJOR_LABELS.values())}
    return out


def badge_style() -> BadgeStyle:
    return BadgeStyle(
        labels=BadgeLabels().translated(lambda t: QCoreApplication.translate("badges", t))
    )


def to_badges(rows: list[BadgePrintRow], words: dict[tuple[str, str], str]) -> list[BadgeData]:
    return list(badges_from_rows(rows, lambda c, t: words.get((c, t), t)))


# --- rasterising and printing a PDF ------------------------------------------------------


class PdfRasteriser(Protocol):
    """Turns the pages of a PDF into images for the printer."""

    def pages(self, pdf: Path, dpi: int) -> Iterator[QImage]: ...


class QtPdfRasteriser:
    """QtPdf's renderer (part of some PySide6 builds)."""

    def pages(self, pdf: Path, dpi: int) -> Iterator[QImage]:
        from PySide6.QtPdf import QPdfDocument

        document = QPdfDocument()
        document.load(str(pdf))
        for index in range(document.pageCount()):
            points = document.pagePointSize(index)
            size = (points * dpi / 72.0).toSize()
            yield document.render(index, size)
        document.close()


class PopplerRasteriser:
    """poppler's ``pdftoppm``, a page at a time so memory stays at one page."""

    def __init__(self, tool: str) -> None:
        self.tool = tool

    def pages(self, pdf: Path, dpi: int) -> Iterator[QImage]:
        with tempfile.TemporaryDirectory(prefix="jobfair-print-") as folder:
            page = 1
            while True:
                prefix = Path(folder) / f"p{page}"
                done = subprocess.run(
                    [self.tool, "-r", str(dpi), "-f", str(page), "-l", str(page), "-png",
                     "-singlefile", str(pdf), str(prefix)],
                    capture_output=True, check=False,
                )
                image_path = prefix.with_suffix(".png")
                if done.returncode != 0 or not image_path.exists():
                    return
                image = QImage(str(image_path))
                image_path.unlink()
                if image.isNull():
                    return
                yield image
                page += 1


def available_rasteriser() -> PdfRasteriser | None:
    """QtPdf if importable, else ``pdftoppm`` if installed, else ``None`` (save only)."""
    try:
        import PySide6.QtPdf  # noqa: F401
    except ImportError:
        pass
    else:
        return QtPdfRasteriser()
    tool = shutil.which("pdftoppm")
    return PopplerRasteriser(tool) if tool else None


def layout_page(layout: Layout) -> QPageLayout:
    """The layout's paper, turned the way the badges are drawn on it, with no margins.

    Qt keeps a page size upright (the shorter side across) and turns it by the orientation;
    a size given wide (a 90 × 55 mm badge) would be turned twice and come out upright.
    """
    short = min(layout.page_width_mm, layout.page_height_mm)
    long = max(layout.page_width_mm, layout.page_height_mm)
    size = QPageSize(QSizeF(short, long), QPageSize.Unit.Millimeter, layout.name,
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (QPageLayout.Orientation.Landscape
                   if layout.page_width_mm > layout.page_height_mm
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def prepare_printer(printer: QPrinter, layout: Layout) -> None:
    """Paper of the layout's size, no margins: label sheets are measured from the paper's edge."""
    printer.setPageLayout(layout_page(layout))
    printer.setFullPage(True)
    printer.setDocName(translate("printing", "Badges"))


def print_pdf(
    pdf: Path,
    printer: QPrinter,
    rasteriser: PdfRasteriser,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Paint every page of ``pdf`` on ``printer``, at actual size; returns the pages printed.

    Raises ``PrintError`` (naming ``pdf``, which is kept) when the printer cannot be used.
    """
    if not printer.isValid():
        raise PrintError(reason=translate("printing", "no usable printer"), path=str(pdf))
    printer.setFullPage(True)
    dpi = max(72, min(printer.resolution(), MAX_PRINT_DPI))
    painter = QPainter()
    pages = 0
    try:
        for image in rasteriser.pages(pdf, dpi):
            if pages == 0:
                if not painter.begin(printer):
                    reason = translate("printing", "the print job could not start")
                    raise PrintError(reason=reason, path=str(pdf))
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            elif not printer.newPage():
                reason = translate("printing", "a new page could not start")
                raise PrintError(reason=reason, path=str(pdf))
            # the image covers the whole page; draw it over the paper at its true size
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            scale = printer.resolution() / dpi
            target = paper.toRect()
            target.setWidth(round(image.width() * scale))
            target.setHeight(round(image.height() * scale))
            painter.drawImage(target, image)
            pages += 1
            if cancelled is not None and cancelled():
                printer.abort()
                break
    finally:
        if painter.isActive():
            painter.end()
    if printer.printerState() == QPrinter.PrinterState.Error:
        reason = translate("printing", "the printer reported an error")
        raise PrintError(reason=reason, path=str(pdf))
    if pages == 0:
        reason = translate("printing", "the PDF has no pages that could be read")
        raise PrintError(reason=reason, path=str(pdf))
    return pages


# --- the windows ---------------------------------------------------------------------------


class PrintUi(Protocol):
    """The modal windows of printing; tests pass a fake that answers at once."""

    def choose_action(self, parent: QWidget | None, count: int, can_print: bool) -> str | None:
        """``"print"``, ``"save"`` or ``None`` (cancelled)."""
        ...

    def choose_printer(self, parent: QWidget | None, layout: Layout) -> QPrinter | None:
        """A printer set up by the user, or ``None`` if cancelled."""
        ...

    def choose_save_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        ...


def ask_print_or_save(
    parent: QWidget | None, title: str, text: str, can_print: bool
) -> str | None:
    """The one "print or save the PDF?" question of every document: ``"print"``, ``"save"``
    or ``None`` (cancelled). Without a way to print here, only saving is offered, and why."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    if not can_print:
        text += "\n" + translate(
            "printing",
            "Printing directly is not available on this computer; save the PDF and print "
            "it from a PDF viewer."
        )
    box.setText(text)
    print_button = box.addButton(translate("printing", "Print…"), QMessageBox.ButtonRole.AcceptRole)
    print_button.setEnabled(can_print)
    save_button = box.addButton(
        translate("printing", "Save PDF…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(print_button if can_print else save_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is print_button:
        return "print"
    if clicked is save_button:
        return "save"
    return None


class QtPrintUi:
    """The real windows: a question box, QPrintDialog and QFileDialog.

    Attributes:
        save_title: the file dialog's title (what is being saved).
    """

    def __init__(self, save_title: str | None = None) -> None:
        self._printer: QPrinter | None = None  # kept so the chosen printer is offered again
        self.save_title = save_title

    def choose_action(self, parent: QWidget | None, count: int, can_print: bool) -> str | None:
        return ask_print_or_save(
            parent,
            translate("printing", "Print badges"),
            translate("printing", "{count} badges are ready.").format(count=count),
            can_print,
        )

    def choose_printer(self, parent: QWidget | None, layout: Layout) -> QPrinter | None:
        printer = self._printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, layout)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(translate("printing", "Print badges"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self._printer = printer
        return printer

    def choose_save_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            self.save_title or translate("printing", "Save badges as PDF"),
            str(suggested),
            translate("printing", "PDF files (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


_default_ui: PrintUi | None = None


class DocumentPrintUi(QtPrintUi):
    """The same windows for a document that is not badges (a confirmation, a list); give it
    its own ``save_title``."""

    def choose_action(self, parent: QWidget | None, count: int, can_print: bool) -> str | None:
        del count
        return ask_print_or_save(
            parent,
            translate("printing", "Print"),
            translate("printing", "The document is ready."),
            can_print,
        )


def default_ui() -> PrintUi:
    global _default_ui
    if _default_ui is None:
        _default_ui = QtPrintUi()
    return _default_ui


def file_name(*parts: str, suffix: str = ".pdf") -> str:
    """A readable file name from ``parts`` (see ``jobfair.domain.file_names``)."""
    return readable_file_name(*parts, suffix=suffix)


def badges_folder(context: StationContext) -> Path:
    """Where PDFs waiting for the printer live (and stay when printing failed)."""
    folder = context.config.data_dir / "badges"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


# --- the desk: a few badges, now ------------------------------------------------------------


def print_badges_for(
    context: StationContext,
    seeker_ids: list[uuid.UUID],
    parent: QWidget | None,
    ui: PrintUi | None = None,
    rasteriser: PdfRasteriser | bool | None = True,
) -> bool:
    """Print (or save) the badges of ``seeker_ids``; returns whether they left the program.

    Quick enough for the GUI thread: a handful of badges render in milliseconds.
    ``rasteriser=True`` picks what this computer has.
    """
    title = translate("printing", "Print badges")
    if context.fair is None or not seeker_ids:
        return False
    ui = ui or default_ui()
    raster = available_rasteriser() if rasteriser is True else rasteriser or None
    chosen = load_print_settings(context.settings, context.kind)
    try:
        layout = load_layout(chosen.layout)
        with context.session_factory.begin() as session:
            rows = badge_rows(session, context.fair.id, seeker_ids, actor=context.actor)
        pdf = badges_folder(context) / f"badges-{_stamp()}-{uuid.uuid4().hex[:6]}.pdf"
        save_file(context, pdf, lambda out: render_badges(
            to_badges(rows, label_translations()), layout, out, chosen.calibration,
            style=badge_style()), overwrite=False)
    except JobFairError as exc:
        context.dialogs.error(title, error_message(exc))
        return False
    return deliver_pdf(context, parent, pdf, layout, [r.seeker_id for r in rows], ui, raster)


def deliver_pdf(
    context: StationContext,
    parent: QWidget | None,
    pdf: Path,
    layout: Layout,
    seeker_ids: list[uuid.UUID],
    ui: PrintUi,
    rasteriser: PdfRasteriser | None,
) -> bool:
    """Ask print or save, do it, and record the printing of ``seeker_ids``."""
    if not deliver_pdf_only(parent, pdf, layout, ui, rasteriser, context, len(seeker_ids)):
        return False
    return record_printed(context, seeker_ids)


def deliver_pdf_only(
    parent: QWidget | None,
    pdf: Path,
    layout: Layout,
    ui: PrintUi,
    rasteriser: PdfRasteriser | None,
    context: StationContext,
    count: int = 0,
    suggested_name: str | None = None,
    *,
    title: str | None = None,
    private: bool = True,
) -> bool:
    """Ask print or save and do it: the one print-or-save flow of every PDF (badges, letters,
    slips, the end-of-day summary). The temporary ``pdf`` is removed unless printing failed.
    Saving suggests ``suggested_name`` (else the temporary file's name) in the home folder;
    ``private``: the saved file holds personal data (readable by the user only)."""
    title = title or translate("printing", "Print badges")
    action = ui.choose_action(parent, count, rasteriser is not None)
    if action is None:
        pdf.unlink(missing_ok=True)  # names and codes: do not leave them lying about
        return False
    if action == "print" and rasteriser is not None:
        printer = ui.choose_printer(parent, layout)
        if printer is None:
            pdf.unlink(missing_ok=True)
            return False
        try:
            print_pdf(pdf, printer, rasteriser)
        except PrintError as exc:
            context.dialogs.error(title, error_message(exc))
            return False
        except Exception as exc:  # a driver's failure: log it, keep the PDF, say where
            log.exception("printing %s failed", pdf)
            context.dialogs.error(title, error_message(PrintError(reason=str(exc), path=str(pdf))))
            return False
        pdf.unlink(missing_ok=True)
        return True
    target = ui.choose_save_path(parent, Path.home() / (suggested_name or pdf.name))
    if target is None:
        pdf.unlink(missing_ok=True)
        return False
    try:
        if target.resolve() != pdf.resolve():
            # the dialog asked before replacing a file
            save_file(context, target, pdf.read_bytes(), overwrite=True, private=private)
            pdf.unlink(missing_ok=True)
    except (OSError, JobFairError) as exc:
        reason = error_message(exc) if isinstance(exc, JobFairError) else exc.strerror or exc
        context.dialogs.error(
            title,
            translate(
                "printing",
                "The PDF could not be saved to {target}: {reason}. It is kept in {path}.",
            ).format(
                target=target, reason=reason, path=pdf
            ),
        )
        return False
    return True


def record_printed(context: StationContext, seeker_ids: list[uuid.UUID]) -> bool:
    try:
        with context.session_factory.begin() as session:
            mark_printed(session, context.actor, seeker_ids)
    except JobFairError as exc:
        context.dialogs.error(translate("printing", "Print badges"), error_message(exc))
        return False
    return True


# --- the organizer: every badge, in the background --------------------------------------------


@dataclass(frozen=True)
class BatchResult:
    path: Path
    seeker_ids: tuple[uuid.UUID, ...]
    pages: int


def print_all_badges(
    context: StationContext,
    parent: QWidget | None,
    *,
    pre_registered_only: bool = True,
    badge_numbers: tuple[int, int] | None = None,
    ui: PrintUi | None = None,
    rasteriser: PdfRasteriser | bool | None = True,
    on_done: Callable[[bool], None] | None = None,
) -> TaskHandle[BatchResult] | None:
    """Render every (pre-registered) badge of the fair to a PDF the user names, off the GUI
    thread, then offer to print it. ``badge_numbers`` limits to a range (a fresh import).

    Cancelling leaves no file (``render_badges`` writes to a temporary file and renames it).
    ``on_done(True)`` when the badges were printed or saved and recorded.
    """
    title = translate("printing", "Print all badges")
    if context.fair is None:
        return None
    ui = ui or default_ui()
    raster = available_rasteriser() if rasteriser is True else rasteriser or None
    chosen = load_print_settings(context.settings, context.kind)
    try:
        layout = load_layout(chosen.layout)
    except JobFairError as exc:
        context.dialogs.error(title, error_message(exc))
        return None
    target = ui.choose_save_path(parent, Path.home() / f"badges-{_stamp()}.pdf")
    if target is None:
        return None
    fair_id = context.fair.id
    factory, actor = context.session_factory, context.actor
    words = label_translations()
    style = badge_style()

    def work(progress: Progress) -> BatchResult:
        with factory.begin() as session:
            rows = badge_rows(session, fair_id, pre_registered_only=pre_registered_only,
                              actor=actor)
        if badge_numbers is not None:
            first, last = badge_numbers
            rows = [r for r in rows if r.badge_no is not None and first <= r.badge_no <= last]
        progress.check()
        drawn: list[RenderResult] = []
        save_file(context, target, lambda out: drawn.append(render_badges(
            to_badges(rows, words), layout, out, chosen.calibration, progress=progress,
            cancelled=progress.cancelled, style=style)), overwrite=True)  # the dialog asked
        result = drawn[0]
        return BatchResult(target, tuple(r.seeker_id for r in rows), result.pages)

    def finish(ok: bool) -> None:
        if on_done is not None:
            on_done(ok)

    def succeeded(result: BatchResult) -> None:
        if not result.seeker_ids:
            result.path.unlink(missing_ok=True)
            context.dialogs.inform(title, translate("printing", "There are no badges to print."))
            finish(False)
            return
        if raster is not None and context.dialogs.ask(
            title,
            translate("printing", "{count} badges were saved to {path}. Print them now?").format(
                count=len(result.seeker_ids), path=result.path),
        ):
            printer = ui.choose_printer(parent, layout)
            if printer is not None:
                try:
                    print_pdf(result.path, printer, raster)
                except PrintError as exc:
                    context.dialogs.error(title, error_message(exc))
        finish(record_printed(context, list(result.seeker_ids)))

    def failed(exc: BaseException) -> None:
        report_failure(context.dialogs, title, exc, context.config.data_dir)
        finish(False)

    return run_task(
        parent, work, succeeded, failed,
        title=title, label=translate("printing", "Drawing the badges…"),
        on_cancelled=lambda: finish(False), dialogs=context.dialogs,
    )
