"""Finding a seeker at the desk by a part of the name, the phone's last digits or ``#badge``.

Keyboard first: type, Down to choose the first result (Up/Down to move), Enter to check the
chosen one in. Nothing is chosen until the person chooses it: Enter right after typing checks
nobody in, so a slip never checks in whoever happened to be first. The panel asks for results
(``search_requested``) and shows what it is given (``show_page``); no query lives here.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jobfair.gui.common.table_model import row_table_view
from jobfair.gui.desk.models import SeekerTableModel
from jobfair.services.checkins.desk import SearchPage

SEARCH_DELAY_MS = 150


class SearchPanel(QWidget):
    """A search field over a table of seekers.

    Attributes:
        edit: the search field.
        table: the results; no row is chosen until the person chooses one.
        model: the ``SeekerTableModel`` behind the table.
        status: how many were found ("20 of 254 shown: type more").

    Signals:
        search_requested(str): the text to search for (after a short pause in typing).
        seeker_chosen(object): Enter (or a double click) on a chosen result; the seeker id.
    """

    search_requested = Signal(str)
    seeker_chosen = Signal(object)

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.status.setObjectName("deskSearchStatus")
        layout.addWidget(self.hint)
        layout.addWidget(self.edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.page = SearchPage((), 0)
        self.asked = ""  # the text of the last search asked for
        self.shown = ""  # the text the rows on screen were found for

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(self._typed)
        self.edit.returnPressed.connect(self._enter)
        self.edit.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr("Part of the name, the last four digits of the phone, or #badge number. "
                    "Down to choose, Enter to check in.")
        )
        self.edit.setPlaceholderText(self.tr("Search (F2)"))
        self._show_status()

    # -- searching -----------------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self._timer.start()

    def run_search(self) -> None:
        """Ask for the results of what the field holds now."""
        self._timer.stop()
        self.asked = self.edit.text()
        self.search_requested.emit(self.asked)

    def show_page(self, text: str, page: SearchPage) -> None:
        """The results for ``text`` (stale ones, for text changed since, are dropped)."""
        if text != self.edit.text():
            return
        chosen = self.selected_id()
        self.page = page
        self.shown = text
        self.model.set_rows(page.rows)
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        if chosen is not None:  # a refresh keeps the person's choice if it is still there
            for i, row in enumerate(page.rows):
                if row.seeker_id == chosen:
                    self._choose(i)
        self._show_status()

    def _show_status(self) -> None:
        text = self.shown.strip()
        page = self.page
        if not text:
            self.status.setText("")
        elif page.capped:
            self.status.setText(self.tr("{shown} of {total} shown: type more of the name.")
                                .format(shown=len(page.rows), total=page.total))
        elif page.rows:
            self.status.setText(self.tr("{count} found").format(count=len(page.rows)))
        else:
            self.status.setText(self.tr("Nobody found"))

    def selected_id(self) -> uuid.UUID | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        if not rows:
            return None
        row = self.model.row_at(rows[0].row())
        return row.seeker_id if row is not None else None

    def refresh(self) -> None:
        """Search again (after a check-in changed a row's time)."""
        if self.edit.text().strip():
            self.run_search()

    def clear(self) -> None:
        self.edit.clear()
        self.run_search()

    # -- keys ----------------------------------------------------------------------------------
    def _choose(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
            if step is not None and self.model.rowCount() > 0:
                current = self.table.currentIndex().row()
                row = 0 if current < 0 else min(max(current + step, 0),
                                                self.model.rowCount() - 1)
                self._choose(row)
                return True
        return super().eventFilter(watched, event)

    def _enter(self) -> None:
        if self._timer.isActive() or self.shown != self.edit.text():
            # Enter before the results showed: show them first, check in nobody unseen.
            if self._timer.isActive():
                self.run_search()
            return
        seeker_id = self.selected_id()
        if seeker_id is not None:
            self.seeker_chosen.emit(seeker_id)
        elif self.model.rowCount():
            self.status.setText(self.tr("Choose a person first: Down, then Enter."))

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.seeker_chosen.emit(row.seeker_id)
