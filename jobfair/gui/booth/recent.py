"""The booth's latest entries, to undo one or correct its outcome; and, in the same form, the
undecided ones (cards left open when the next scan came), to complete later."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobfair.domain.codes import Outcome
from jobfair.gui.booth.models import RecentModel
from jobfair.gui.common.labels import outcome_label
from jobfair.gui.common.table_model import row_table_view
from jobfair.services.interviews.booth import RecentInterview


class RecentPanel(QWidget):
    """The last entries, newest first, with Undo and "Change outcome".

    Attributes:
        model: the entries (a ``RecentModel``).
        outcome_combo: the outcome to correct the chosen entry to.

    Signals:
        undo_requested(object): the interview id to undo.
        correct_requested(object, object): the interview id and the new outcome (or ``None``).
    """

    undo_requested = Signal(object)
    correct_requested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None, *, undecided: bool = False) -> None:
        super().__init__(parent)
        self.undecided = undecided
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = RecentModel(self)
        self.table = row_table_view(self.model, "boothUndecidedTable" if undecided
                                    else "boothRecent")
        row = QHBoxLayout()
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("boothUndo")
        self.undo_button.clicked.connect(self._undo)
        self.outcome_combo = QComboBox()
        self.correct_button = QPushButton()
        self.correct_button.clicked.connect(self._correct)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(self.outcome_combo)
        row.addWidget(self.correct_button)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.undo_button.setVisible(not undecided)
        self.retranslate()

    def retranslate(self) -> None:
        self.undo_button.setText(self.tr("Undo (Ctrl+Z)"))
        self.correct_button.setText(
            self.tr("Record outcome") if self.undecided else self.tr("Change outcome"))
        current = self.outcome_combo.currentIndex()
        self.outcome_combo.clear()
        for o in Outcome:
            self.outcome_combo.addItem(outcome_label(str(o)), str(o))
        self.outcome_combo.addItem(outcome_label(None), None)
        self.outcome_combo.setCurrentIndex(max(current, 0))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)

    def set_entries(self, rows: Sequence[RecentInterview]) -> None:
        index = self.table.currentIndex()
        chosen = self.model.row_at(index.row()) if index.isValid() else None
        self.model.set_rows(rows)
        for i, r in enumerate(rows):
            if chosen is not None and r.id == chosen.id:
                self.table.selectRow(i)
        has = bool(rows)
        self.undo_button.setEnabled(has)
        self.correct_button.setEnabled(has)

    def chosen(self) -> RecentInterview | None:
        """The selected entry, else the newest."""
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row or self.model.row_at(0)

    def select(self, interview_id: uuid.UUID) -> None:
        for i, r in enumerate(self.model.rows):
            if r.id == interview_id:
                self.table.selectRow(i)

    def _undo(self) -> None:
        row = self.chosen()
        if row is not None:
            self.undo_requested.emit(row.id)

    def _correct(self) -> None:
        row = self.chosen()
        if row is not None:
            self.correct_requested.emit(row.id, self.outcome_combo.currentData())


def describe(row: RecentInterview) -> str:
    badge = f"#{row.badge_no} " if row.badge_no is not None else ""
    return QCoreApplication.translate("RecentPanel", "{time} {badge}{name}: {outcome}").format(
        time=row.local_time, badge=badge, name=row.name, outcome=outcome_label(row.outcome)
    )
