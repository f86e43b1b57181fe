"""The booth's two tables: seekers waiting, and the latest interviews. Plain rows, no sessions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from jobfair.domain.codes import OUTCOME_LABELS, Outcome
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.services.booth import RecentInterview, WaitingSeeker

AnyIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


def outcome_label(outcome: str | None) -> str:
    """The outcome's name in the language in force; "open" for an undecided one."""
    if outcome is None:
        return QCoreApplication.translate("BoothModels", "Open (decide later)")
    try:
        return QCoreApplication.translate("codes", OUTCOME_LABELS[Outcome(outcome)])
    except ValueError:
        return outcome


def badge_text(badge_no: int | None) -> str:
    return f"#{badge_no}" if badge_no is not None else ""


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over a list of rows and (header, cell) column specs."""

    context = "BoothModels"
    columns: tuple[tuple[str, Callable[[Row], str]], ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008  # Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008  # Qt override
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(self.columns)):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()][1](row)
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: Row, column: int, role: int) -> object:
        del row, column, role
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return QCoreApplication.translate(self.context, self.columns[section][0])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None


def _minutes(row: WaitingSeeker) -> str:
    return QCoreApplication.translate("BoothModels", "{minutes} min").format(
        minutes=int(row.waited.total_seconds() // 60)
    )


class WaitingModel(RowTableModel[WaitingSeeker]):
    """Seekers waiting at the booth, first in line first, with the minutes each has waited."""

    columns = (
        (QT_TRANSLATE_NOOP("BoothModels", "No."), lambda r: str(r.position)),
        (QT_TRANSLATE_NOOP("BoothModels", "Badge"), lambda r: badge_text(r.badge_no)),
        (QT_TRANSLATE_NOOP("BoothModels", "Name"), lambda r: r.name),
        (QT_TRANSLATE_NOOP("BoothModels", "Waited"), _minutes),
    )


class RecentModel(RowTableModel[RecentInterview]):
    """The booth's latest interviews, newest first; hires beyond the headcount are marked."""

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
