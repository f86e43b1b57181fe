"""What the organizer (and the desk, before the fair) does through a dialog, one function each.

Each ``open_xxx(context, parent)`` opens its dialog or starts its work for the fair of
``context`` and returns what it opened (``None`` when there is nothing to do, said in a message).
The main window's station menus call them; a station screen's buttons may call the same ones.
Dialogs are window-modal and not blocking (``open()``), and are parented to ``parent`` so that
they close with the screen that opened them.

Before the fair (organizer and desk): ``open_import_seekers``, ``open_print_all_badges``,
``open_reprint_badge``, ``open_confirmation``.
At closing and after (organizer): ``open_summary_report``, ``open_export_workbook``,
``open_export_csv``, ``open_employer_packs``, ``open_annul``, ``open_paper_sheet``,
``open_purge``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from jobfair.gui.common.paper_sheet import PaperSheetDialog
from jobfair.gui.common.stations import StationContext
from jobfair.gui.common.workers import TaskHandle
from jobfair.gui.organizer import reports as organizer_reports
from jobfair.gui.organizer.annul import AnnulDialog
from jobfair.gui.organizer.find_seeker import FindSeekerDialog
from jobfair.gui.organizer.import_dialog import ImportDialog
from jobfair.gui.organizer.packs import EmployerPacksDialog
from jobfair.gui.organizer.purge import PurgeDialog
from jobfair.gui.printing.badges import print_all_badges, print_badges_for
from jobfair.gui.printing.confirmation import print_confirmation

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

def has_fair(context: StationContext, title: str) -> bool:
    """Whether a fair is chosen; if not, say so once."""
    if context.fair is None:
        context.dialogs.error(title, translate(
            "OrganizerActions", "Choose a fair first (or load the demo fair)."))
        return False
    return True


def _show(dialog: QDialog) -> QDialog:
    """Open ``dialog`` window-modal and give it the keyboard: a scan that follows lands in
    the dialog, not in the station behind it."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.activateWindow()
    return dialog


# --- before the fair ---------------------------------------------------------------------------


def open_import_seekers(context: StationContext, parent: QWidget | None) -> ImportDialog | None:
    """The pre-registration import (a list with a preview of every bad row); afterwards it
    offers to print the new seekers' badges."""
    if not has_fair(context, translate("OrganizerActions", "Import job seekers")):
        return None
    dialog = ImportDialog(context, parent)
    _show(dialog)
    return dialog


def open_print_all_badges(
    context: StationContext, parent: QWidget | None
) -> TaskHandle[Any] | None:
    """Every pre-registered seeker's badge in one PDF, drawn on a worker, then printed."""
    if not has_fair(context, translate("OrganizerActions", "Print all badges")):
        return None
    return print_all_badges(context, parent, pre_registered_only=True)


def _find_then(
    context: StationContext, parent: QWidget | None, title: str, action: str,
    then: Callable[[uuid.UUID], None],
) -> FindSeekerDialog | None:
    if not has_fair(context, title):
        return None
    dialog = FindSeekerDialog(context, title, action, parent)
    # After the dialog has closed: the printing's own windows then stand alone.
    dialog.seeker_chosen.connect(
        lambda seeker_id: QTimer.singleShot(0, lambda: then(seeker_id))
    )
    _show(dialog)
    return dialog


def open_reprint_badge(
    context: StationContext, parent: QWidget | None
) -> FindSeekerDialog | None:
    """Find one seeker, then print (or save) their badge again; the reprint is recorded."""

    def reprint(seeker_id: uuid.UUID) -> None:
        print_badges_for(context, [seeker_id], parent)

    return _find_then(
        context, parent, translate("OrganizerActions", "Reprint a badge"),
        translate("OrganizerActions", "&Print the badge"), reprint,
    )


def open_confirmation(
    context: StationContext, parent: QWidget | None
) -> FindSeekerDialog | None:
    """Find one seeker, then print the 면접확인서 of one of their interviews."""

    def confirm(seeker_id: uuid.UUID) -> None:
        print_confirmation(context, seeker_id, parent, of_seeker=True)

    return _find_then(
        context, parent, translate("OrganizerActions", "Interview confirmation"),
        translate("OrganizerActions", "&Print the confirmation"), confirm,
    )


# --- at closing and after ------------------------------------------------------------------------


def open_summary_report(
    context: StationContext, parent: QWidget | None
) -> TaskHandle[Any] | None:
    """The end-of-day summary for the mayor: printed or saved as PDF."""
    return organizer_reports.save_report(context, parent)


def open_export_workbook(
    context: StationContext, parent: QWidget | None
) -> TaskHandle[Any] | None:
    """Everything as one Excel workbook (seekers only as far as their consent allows)."""
    return organizer_reports.export_workbook(context, parent)


def open_export_csv(
    context: StationContext, parent: QWidget | None, table: str
) -> TaskHandle[Any] | None:
    """One table of the export as a CSV file."""
    return organizer_reports.export_csv(context, parent, table)


def open_employer_packs(
    context: StationContext, parent: QWidget | None
) -> EmployerPacksDialog | None:
    """Each employer's result pack (workbook and one-page PDF) into a folder, with the
    centre's covering letter."""
    if not has_fair(context, translate("OrganizerActions", "Employer result packs")):
        return None
    dialog = EmployerPacksDialog(context, parent)
    _show(dialog)
    return dialog


def open_annul(
    context: StationContext, parent: QWidget | None
) -> FindSeekerDialog | None:
    """Find one seeker, then annul their check-in or one of their interviews, with a reason."""

    def annul(seeker_id: uuid.UUID) -> None:
        _show(AnnulDialog(context, seeker_id, parent))

    return _find_then(
        context, parent, translate("OrganizerActions", "Annul a check-in or interview"),
        translate("OrganizerActions", "&Show the records"), annul,
    )


def open_paper_sheet(
    context: StationContext, parent: QWidget | None, booth_id: int | None = None
) -> PaperSheetDialog | None:
    """Key in a booth's paper result sheet, line by line."""
    if not has_fair(context, translate("OrganizerActions", "Paper sheets")):
        return None
    dialog = PaperSheetDialog(context, parent, booth_id=booth_id)
    _show(dialog)
    return dialog


def open_purge(
    context: StationContext, parent: QWidget | None, fair_id: int | None = None
) -> PurgeDialog | None:
    """Purge a fair's personal data (the chosen fair's unless ``fair_id``), once its name is
    typed."""
    if fair_id is None:
        if not has_fair(context, translate("OrganizerActions", "Purge personal data")):
            return None
        assert context.fair is not None
        fair_id = context.fair.id
    dialog = PurgeDialog(context, fair_id, parent)
    _show(dialog)
    return dialog
