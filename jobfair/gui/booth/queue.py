"""The booth's queue: who waits, in order, and for how long; "Next" calls the first in line."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobfair.gui.booth.models import WaitingModel
from jobfair.gui.common.table_model import row_table_view
from jobfair.services.hall.waits import WaitEstimate
from jobfair.services.interviews.booth import WaitingSeeker


class QueuePanel(QWidget):
    """The waiting list with "Next" and "Left the queue".

    Attributes:
        model: the waiting seekers (a ``WaitingModel``).
        table: the view over it.

    Signals:
        next_requested(): "Next" was pressed.
        left_requested(object): the chosen entry's id; the seeker left without an interview.
    """

    next_requested = Signal()
    left_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = WaitingModel(self)
        self.table = row_table_view(self.model, "boothWaiting")
        self.empty_label = QLabel()
        self.wait_label = QLabel()
        self.wait_label.setObjectName("boothWait")
        self.wait_label.setWordWrap(True)
        self.wait: WaitEstimate | None = None
        buttons = QHBoxLayout()
        self.next_button = QPushButton()
        self.next_button.setObjectName("boothNext")
        self.next_button.clicked.connect(self.next_requested)
        self.left_button = QPushButton()
        self.left_button.clicked.connect(self._left)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.left_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.wait_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.next_button.setText(self.tr("Next (F3)"))
        self.left_button.setText(self.tr("Left the queue"))
        self.empty_label.setText("" if self.model.rowCount() else self.tr("Nobody is waiting."))
        wait = self.wait
        if wait is None:
            self.wait_label.setText("")
        elif wait.from_booth:
            self.wait_label.setText(self.tr(
                "A newcomer would wait about {minutes} min (this booth's pace today: "
                "{length:.0f} min an interview).").format(
                    minutes=wait.minutes, length=wait.per_interview))
        else:
            self.wait_label.setText(self.tr(
                "A newcomer would wait about {minutes} min (the fair's typical {length:.0f} "
                "min an interview, until this booth has about ten).").format(
                    minutes=wait.minutes, length=wait.per_interview))
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    def set_waiting(
        self, rows: Sequence[WaitingSeeker], wait: WaitEstimate | None = None
    ) -> None:
        self.model.set_rows(rows)
        self.wait = wait
        self.next_button.setEnabled(bool(rows))
        self.left_button.setEnabled(bool(rows))
        self.retranslate()

    def _left(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row() if index.isValid() else -1)
        if row is not None:
            entry: uuid.UUID = row.entry_id
            self.left_requested.emit(entry)
