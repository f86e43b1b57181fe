"""The per-booth table of the dashboard: a model over ``BoothRow`` updated in place.

A refresh that keeps the same booths in the same order only replaces the rows and signals the
changed block with one ``dataChanged`` (no reset: the selection, the scroll position and the sort
stay); a different set of booths resets the model. Sorting is done by a proxy on ``SORT_ROLE``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.common.figures_panel import format_percent
from jobfair.services.reports.analytics import BoothRow

AnyIndex = QModelIndex | QPersistentModelIndex
CONTEXT = "DashboardBooths"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def fill_percent(row: BoothRow) -> float | None:
    """The booth's fill rate in percent (hires ÷ its positions), ``None`` without positions."""
    return row.fill_rate


Column = tuple[str, Callable[[BoothRow], object], bool]  # header, value, numeric

COLUMNS: tuple[Column, ...] = (
    (QT_TRANSLATE_NOOP("DashboardBooths", "Booth"), lambda r: r.label, False),
    (QT_TRANSLATE_NOOP("DashboardBooths", "Employer"), lambda r: r.employer_name, False),
    (QT_TRANSLATE_NOOP("DashboardBooths", "Interviews"), lambda r: r.interviews, True),
    (QT_TRANSLATE_NOOP("DashboardBooths", "Interviewees"), lambda r: r.interviewees, True),
    (QT_TRANSLATE_NOOP("DashboardBooths", "Hires"), lambda r: r.hires, True),
    (QT_TRANSLATE_NOOP("DashboardBooths", "Positions"), lambda r: r.positions, True),
    (QT_TRANSLATE_NOOP("DashboardBooths", "Fill rate"), fill_percent, True),
    (QT_TRANSLATE_NOOP("DashboardBooths", "Queue"), lambda r: r.queue, True),
    # where to go next: shown in their own tab (``REFERRAL_COLUMNS``)
    (QT_TRANSLATE_NOOP("DashboardBooths", "Sent here"), lambda r: r.sent, True),
    (QT_TRANSLATE_NOOP("DashboardBooths", "Of them interviewed"), lambda r: r.sent_interviewed,
     True),
)
COL_FILL = 6
MAIN_COLUMNS = (0, 1, 2, 3, 4, 5, 6, 7)
"""The booths table: its figures (the first columns, so their numbers are the model's)."""
REFERRAL_COLUMNS = (0, 1, 8, 9)
"""The "Sent here" tab: per booth, seekers sent there at check-in and how many of them
interviewed there (``jobfair.services.hall.next_booths.referral_counts``)."""


class BoothTableModel(QAbstractTableModel):
    """Read-only rows of ``BoothRow``; numbers right-aligned, sortable by ``SORT_ROLE``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BoothRow] = []

    @property
    def rows(self) -> list[BoothRow]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[BoothRow]) -> None:
        """Show ``rows``: in place when the booths are the same, else a reset."""
        new = list(rows)
        old = self._rows
        if [r.booth_id for r in new] != [r.booth_id for r in old]:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
        self._rows = new
        if changed:
            self.dataChanged.emit(
                self.index(changed[0], 0), self.index(changed[-1], len(COLUMNS) - 1)
            )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008  # Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008  # Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(COLUMNS)):
            return None
        row = self._rows[index.row()]
        _, value_of, numeric = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = value_of(row)
            if index.column() == COL_FILL:
                return format_percent(value if isinstance(value, float) else None)
            return f"{value:,}" if isinstance(value, int) else str(value)
        if role == SORT_ROLE:
            value = value_of(row)
            if numeric:
                return -1.0 if value is None else float(value)  # type: ignore[arg-type]
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_FILL:
            return QCoreApplication.translate(
                "DashboardBooths", "{hires} hired ÷ {positions} positions"
            ).format(hires=row.hires, positions=row.positions)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            text = QCoreApplication.translate(CONTEXT, COLUMNS[section][0])
            # a figure's title on two lines, so its column is as narrow as its figures and the
            # employer's name has the width
            return text.replace(" ", "\n", 1) if COLUMNS[section][2] else text
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None


class BoothColumnsProxy(QSortFilterProxyModel):
    """Some columns of the booth table (the booths table, the "Sent here" tab)."""

    def __init__(self, columns: Sequence[int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = frozenset(columns)

    def filterAcceptsColumn(self, source_column: int, source_parent: AnyIndex) -> bool:  # Qt
        return source_column in self.columns


def sorted_booths(
    model: BoothTableModel, parent: QObject | None = None,
    columns: Sequence[int] = MAIN_COLUMNS,
) -> QSortFilterProxyModel:
    """A proxy that shows ``columns`` of the booth table, sorted by number where the column is
    a number."""
    proxy = BoothColumnsProxy(columns, parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setDynamicSortFilter(True)
    return proxy
