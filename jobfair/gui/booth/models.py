"""The booth's two tables: seekers waiting, and the latest interviews. Plain rows, no sessions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.common.labels import badge_text, outcome_label
from jobfair.gui.common.table_model import RowTableModel
from jobfair.services.interviews.booth import RecentInterview, WaitingSeeker


def _minutes(row: WaitingSeeker) -> str:
    return QCoreApplication.translate("BoothModels", "{minutes} min").format(
        minutes=int(row.waited.total_seconds() // 60)
    )


class WaitingModel(RowTableModel[WaitingSeeker]):
    """Seekers waiting at the booth, first in line first, with the minutes each has waited
    and the number to call them by."""

    context = "BoothModels"
    columns = (
        (QT_TRANSLATE_NOOP("BoothModels", "No."), lambda r: str(r.position)),
        (QT_TRANSLATE_NOOP("BoothModels", "Badge"), lambda r: badge_text(r.badge_no)),
        (QT_TRANSLATE_NOOP("BoothModels", "Name"), lambda r: r.name),
        (QT_TRANSLATE_NOOP("BoothModels", "Waited"), _minutes),
        (QT_TRANSLATE_NOOP("BoothModels", "Queue number"),
         lambda r: str(r.queue_no) if r.queue_no is not None else ""),
    )


class RecentModel(RowTableModel[RecentInterview]):
    """The booth's latest interviews, newest first; hires beyond the headcount are marked."""

    context = "BoothModels"
    columns = (
        (QT_TRANSLATE_NOOP("BoothModels", "Time"), lambda r: r.local_time),
        (QT_TRANSLATE_NOOP("BoothModels", "Badge"), lambda r: badge_text(r.badge_no)),
        (QT_TRANSLATE_NOOP("BoothModels", "Name"), lambda r: r.name),
        (QT_TRANSLATE_NOOP("BoothModels", "Opening"), lambda r: r.opening_title or ""),
        (
            QT_TRANSLATE_NOOP("BoothModels", "Outcome"),
            lambda r: QCoreApplication.translate("BoothModels", "{outcome} (over headcount)")
            .format(outcome=outcome_label(r.outcome))
            if r.over_headcount else outcome_label(r.outcome),
        ),
    )

    def extra_data(self, row: RecentInterview, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and row.over_headcount:
            return QColor("#b3261e")
        if role == Qt.ItemDataRole.ToolTipRole and row.notes:
            return row.notes
        return None
