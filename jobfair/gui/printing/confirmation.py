"""Printing an interview confirmation (면접확인서) from the booth or the desk.

The PDF is made by ``jobfair.documents.confirmation`` in the window's language and leaves the
program through the same print-or-save path as the badges (``jobfair.gui.printing.badges``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import BinaryIO
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from jobfair.documents.confirmation import draw_confirmation
from jobfair.documents.layouts import Layout
from jobfair.domain.errors import JobFairError
from jobfair.gui.common.stations import StationContext
from jobfair.gui.printing.badges import (
    DocumentPrintUi,
    PdfRasteriser,
    PrintUi,
    available_rasteriser,
    badges_folder,
    deliver_pdf_only,
    file_name,
)
from jobfair.gui.printing.saving import save_file
from jobfair.i18n import error_message
from jobfair.services.interviews.confirmation import (
    ConfirmationData,
    InterviewChoice,
    confirmation_data,
    seeker_interviews,
)

A4_PAGE = Layout("confirmation-a4", "A4", 210.0, 297.0, 1, 1, 210.0, 297.0)

# Picks the interviews to print among several; ``None`` when cancelled.
Choose = Callable[[QWidget | None, list[InterviewChoice]], list[uuid.UUID] | None]


def choose_interviews(
    parent: QWidget | None, choices: list[InterviewChoice]
) -> list[uuid.UUID] | None:
    """Ask which interview to confirm (or all, one page each)."""
    items = [
        f"{c.interviewed_at:%H:%M}  {c.booth_label}  {c.employer_name}" for c in choices
    ]
    every = QCoreApplication.translate("confirmation_gui", "All of them (one page each)")
    item, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("confirmation_gui", "Interview confirmation"),
        QCoreApplication.translate("confirmation_gui", "Which interview?"),
        [*items, every], 0, False,
    )
    if not ok:
        return None
    if item == every:
        return [c.interview_id for c in choices]
    return [choices[items.index(item)].interview_id]


def _document_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def suggested_file_name(pages: list[ConfirmationData]) -> str:
    """면접확인서_홍길동_2015-03-25.pdf: the document, the seeker, the interview's day."""
    first = pages[0]
    return file_name(
        QCoreApplication.translate("confirmation_gui", "Interview confirmation"),
        first.seeker_name, first.interviewed_at.date().isoformat(),
    )


def render_confirmations(out: BinaryIO, pages: list[ConfirmationData], issued: date) -> None:
    canvas = Canvas(out, pagesize=A4)
    for data in pages:
        draw_confirmation(canvas, data, _document_translate, issued)
    canvas.save()


def print_confirmation(
    context: StationContext,
    target: uuid.UUID,
    parent: QWidget | None,
    *,
    of_seeker: bool = False,
    ui: PrintUi | None = None,
    rasteriser: PdfRasteriser | bool | None = True,
    choose: Choose = choose_interviews,
) -> Path | None:
    """Print (or save) the confirmation of interview ``target``, or with ``of_seeker`` of one
    of the seeker ``target``'s interviews (asked when there are several).

    Returns the PDF written (it may be gone once printed), or ``None`` when nothing was done.
    """
    title = QCoreApplication.translate("confirmation_gui", "Interview confirmation")
    try:
        with context.session_factory() as session:
            if of_seeker:
                choices = seeker_interviews(session, target, actor=context.actor)
                if not choices:
                    context.dialogs.inform(title, QCoreApplication.translate(
                        "confirmation_gui", "This job seeker has had no interview."))
                    return None
                ids = (
                    [choices[0].interview_id] if len(choices) == 1 else choose(parent, choices)
                )
                if not ids:
                    return None
            else:
                ids = [target]
            pages = [confirmation_data(session, i, actor=context.actor) for i in ids]
        pdf = badges_folder(context) / f"confirmation-{uuid.uuid4().hex[:10]}.pdf"
        zone = ZoneInfo(context.fair.timezone) if context.fair else None
        issued = context.actor.now().astimezone(zone).date()
        save_file(context, pdf, lambda out: render_confirmations(out, pages, issued),
                  overwrite=False)
    except JobFairError as exc:
        context.dialogs.error(title, error_message(exc))
        return None
    raster = available_rasteriser() if rasteriser is True else rasteriser or None
    chosen_ui = ui or DocumentPrintUi(QCoreApplication.translate(
        "confirmation_gui", "Save the interview confirmation as PDF"))
    if not deliver_pdf_only(parent, pdf, A4_PAGE, chosen_ui, raster, context, len(ids),
                            suggested_name=suggested_file_name(pages)):
        return None
    return pdf
