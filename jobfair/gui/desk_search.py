"""Finding a seeker at the desk by a part of the name, the phone's last digits or ``#badge``.

Keyboard first: type, Up/Down to move through the results, Enter to check the chosen one in.
The search itself is a function the desk passes in (text -> rows), so no query lives here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jobfair.gui.desk_models import SeekerTableModel
from jobfair.gui.table_model import row_table_view
from jobfair.services.desk import SeekerRow

SearchFunction = Callable[[str], Sequence[SeekerRow]]

SEARCH_DELAY_MS = 150


class SearchPanel(QWidget):
    """A search field over a table of seekers.

    Attributes:
        edit: the search field.
        table: the results; the first row is selected after every search.
        model: the ``SeekerTableModel`` behind the table.

    Signals:
        seeker_chosen(object): Enter (or a double click) on a result; the seeker id.
    """

    seeker_chosen = Signal(object)

    def __init__(
        self, search: SearchFunction, timezone: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.search = search
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setObjectName("deskSearchEdit")
        self.edit.setClearButtonEnabled(True)
        self.model = SeekerTableModel(timezone, self)
        self.table = row_table_view(self.model, "deskSearchTable", stretch_all=True)
        self.table.activated.connect(self._activated)
        self.status = QLabel()
        layout.addWidget(self.hint)
        layout.addWidget(self.edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        self.edit.returnPressed.connect(self._enter)
        self.edit.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr("Part of the name, the last four digits of the phone, or #badge number")
        )
        self.edit.setPlaceholderText(self.tr("Search (F2)"))

    def run_search(self) -> None:
        """Search now for what the field holds, and select the first result."""
        self._timer.stop()
        rows = self.search(self.edit.text())
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        text = self.edit.text().strip()
        if not text:
            self.status.setText("")
        elif rows:
            self.status.setText(self.tr("{count} found").format(count=len(rows)))
        else:
            self.status.setText(self.tr("Nobody found"))

    def selected_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.model.row_at(rows[0].row())
        return row.seeker_id if row is not None else None

    def refresh(self) -> None:
        """Search again (after a check-in changed a row's time)."""
        if self.edit.text().strip():
            current = self.table.currentIndex().row()
            self.run_search()
            if 0 <= current < self.model.rowCount():
                self.table.selectRow(current)

    def clear(self) -> None:
        self.edit.clear()
        self.run_search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
            if step is not None and self.model.rowCount() > 0:
                current = self.table.currentIndex().row()
                row = min(max(current + step, 0), self.model.rowCount() - 1)
                self.table.selectRow(row)
                return True
        return super().eventFilter(watched, event)

    def _enter(self) -> None:
        if self._timer.isActive():
            # Enter before the results showed: show them first, check in nobody unseen.
            self.run_search()
            return
        seeker_id = self.selected_id()
        if seeker_id is not None:
            self.seeker_chosen.emit(seeker_id)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.seeker_chosen.emit(row.seeker_id)
