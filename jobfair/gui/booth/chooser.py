"""Choosing the booth this station serves: the fair's booths and employers, type to filter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobfair.services.interviews.booth import BoothSummary


class BoothChooser(QWidget):
    """A filter field over the list of booths; Enter or a double click chooses.

    Attributes:
        filter_edit: typing narrows the list (label or employer name); Up/Down move in it.
        booth_list: one item per booth, its id under ``Qt.UserRole``.

    Signals:
        booth_chosen(int): the booth id.
    """

    booth_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boothChooser")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        self.title = QLabel()
        self.title.setObjectName("boothChooserTitle")
        self.title.setWordWrap(True)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("boothFilter")
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.returnPressed.connect(self._choose_current)
        self.filter_edit.installEventFilter(self)
        self.booth_list = QListWidget()
        self.booth_list.setObjectName("boothList")
        self.booth_list.itemActivated.connect(lambda item: self._choose(item))
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self._choose_current)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.booth_list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setFocusProxy(self.filter_edit)
        self._booths: list[BoothSummary] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Which booth does this station serve?"))
        self.filter_edit.setPlaceholderText(
            self.tr("Type a booth label or an employer's name, then Enter")
        )
        self.choose_button.setText(self.tr("Use this booth"))
        self.empty_label.setText(
            self.tr("This fair has no booths yet. The organizer adds them.")
            if not self._booths else ""
        )

    def set_booths(self, booths: Sequence[BoothSummary], current: int | None = None) -> None:
        self._booths = list(booths)
        self.filter_edit.clear()
        self._filter("")
        for row in range(self.booth_list.count()):
            if self.booth_list.item(row).data(Qt.ItemDataRole.UserRole) == current:
                self.booth_list.setCurrentRow(row)
        self.retranslate()

    def visible_labels(self) -> list[str]:
        return [
            self.booth_list.item(i).text()
            for i in range(self.booth_list.count())
            if not self.booth_list.item(i).isHidden()
        ]

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        self.booth_list.clear()
        for b in self._booths:
            positions = sum(o.headcount for o in b.openings)
            shown = self.tr("{label} · {employer} ({positions} positions)").format(
                label=b.label, employer=b.employer, positions=positions
            )
            if needle and needle not in b.label.casefold() and needle not in b.employer.casefold():
                continue
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, b.id)
            self.booth_list.addItem(item)
        if self.booth_list.count():
            self.booth_list.setCurrentRow(0)

    def _choose_current(self) -> None:
        item = self.booth_list.currentItem()
        if item is not None:
            self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        self.booth_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                row = self.booth_list.currentRow() + step
                if 0 <= row < self.booth_list.count():
                    self.booth_list.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)
