"""The desk's table of found seekers: a Qt model over plain ``SeekerRow`` values."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.services.desk import SeekerRow

_CONTEXT = "SeekerTableModel"

AnyIndex = QModelIndex | QPersistentModelIndex


def local_time(at: datetime, timezone: str) -> str:
    """``10:32`` in the fair's time zone."""
    try:
        zone = ZoneInfo(timezone)
    except (KeyError, ValueError):
        zone = ZoneInfo("Asia/Seoul")
    return at.astimezone(zone).strftime("%H:%M")


def _badge(row: SeekerRow) -> str:
    return f"#{row.badge_no}" if row.badge_no is not None else ""


_COLUMNS: tuple[tuple[str, Callable[[SeekerRow, str], str]], ...] = (
    (QT_TRANSLATE_NOOP("SeekerTableModel", "Badge"), lambda r, tz: _badge(r)),
    (QT_TRANSLATE_NOOP("SeekerTableModel", "Name"), lambda r, tz: r.name),
    (QT_TRANSLATE_NOOP("SeekerTableModel", "Born"), lambda r, tz: str(r.birth_year)),
    (QT_TRANSLATE_NOOP("SeekerTableModel", "Phone"), lambda r, tz: r.phone_masked),
    (
        QT_TRANSLATE_NOOP("SeekerTableModel", "Checked in"),
        lambda r, tz: local_time(r.checked_in_at, tz) if r.checked_in_at else "",
    ),
)


class SeekerTableModel(QAbstractTableModel):
    """Rows of seekers found at the desk; ``data()`` only reads the rows it was given.

    Attributes:
        timezone: the fair's time zone, for the check-in times.
    """

    def __init__(self, timezone: str = "Asia/Seoul", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timezone = timezone
        self._rows: list[SeekerRow] = []

    def set_rows(self, rows: Sequence[SeekerRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> SeekerRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def rows(self) -> list[SeekerRow]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 # Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 # Qt override
        return 0 if parent.isValid() else len(_COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _COLUMNS[index.column()][1](row, self.timezone)
        if role == Qt.ItemDataRole.UserRole:
            return str(row.seeker_id)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 2, 4):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(_COLUMNS):
            return QCoreApplication.translate(_CONTEXT, _COLUMNS[section][0])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None
