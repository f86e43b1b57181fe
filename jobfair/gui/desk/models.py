"""The desk's table of found seekers: a Qt model over plain ``SeekerRow`` values."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt

from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.common.labels import badge_text, local_time
from jobfair.gui.common.table_model import RowTableModel
from jobfair.services.checkins.desk import SeekerRow

_CONTEXT = "SeekerTableModel"


def _badge(row: SeekerRow) -> str:
    return badge_text(row.badge_no)


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


class SeekerTableModel(RowTableModel[SeekerRow]):
    """Rows of seekers found at the desk; ``data()`` only reads the rows it was given.

    Attributes:
        timezone: the fair's time zone, for the check-in times.
    """

    context = _CONTEXT

    def __init__(self, timezone: str = "Asia/Seoul", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timezone = timezone
        self.columns = tuple((header, self._cell(cell)) for header, cell in _COLUMNS)

    def _cell(self, cell: Callable[[SeekerRow, str], str]) -> Callable[[SeekerRow], str]:
        return lambda row: cell(row, self.timezone)

    def extra_data(self, row: SeekerRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.UserRole:
            return str(row.seeker_id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 2, 4):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
