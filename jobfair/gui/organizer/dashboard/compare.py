"""This fair's figures beside another fair's (last year's, by default).

The other fair is chosen from the fairs list; by default the latest fair held before this one.
Its figures are read once on a worker when chosen (a past fair does not change); this fair's come
with every dashboard refresh. Both are ``compute_figures`` results.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobfair.db.engine import SessionFactory
from jobfair.domain.metrics import Figures
from jobfair.gui.common.figures_panel import figure_label, format_count, format_percent
from jobfair.gui.common.workers import run_in_background
from jobfair.services.reports.metrics import compute_figures
from jobfair.services.setup.fairs import FairView, list_fairs

ROWS = ("employers", "positions", "attendees", "interviewees", "interviews", "hires",
        "second_interviews", "pending", "hire_rate")


def previous_fair(fair: FairView, fairs: Sequence[FairView]) -> FairView | None:
    """The latest fair held before ``fair``; else any other fair; else ``None``."""
    others = [f for f in fairs if f.id != fair.id]
    earlier = [f for f in others if f.date < fair.date]
    if earlier:
        return max(earlier, key=lambda f: (f.date, f.id))
    return others[0] if others else None


def _value(figures: Figures | None, key: str) -> str:
    if figures is None:
        return "–"
    if key == "hire_rate":
        return format_percent(figures.hire_rate)
    return format_count(int(getattr(figures, key)))


def _difference(this: Figures | None, other: Figures | None, key: str) -> str:
    if this is None or other is None:
        return ""
    if key == "hire_rate":
        if this.hire_rate is None or other.hire_rate is None:
            return ""
        return f"{this.hire_rate - other.hire_rate:+.1f}%p"
    return f"{int(getattr(this, key)) - int(getattr(other, key)):+,}"


class ComparisonPanel(QWidget):
    """Two columns of figures: this fair and the chosen one, and the difference.

    Attributes:
        fairs: the other fairs offered, latest first.
        other: the fair compared with, or ``None`` when there is no other fair.
        other_figures: its figures, once read.

    Signals:
        other_loaded: the other fair's figures were read (tests wait for it).
    """

    other_loaded = Signal()

    def __init__(self, session_factory: SessionFactory, fair: FairView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonPanel")
        self.session_factory = session_factory
        self.fair = fair
        self.fairs: list[FairView] = []
        self.other: FairView | None = None
        self.figures: Figures | None = None
        self.other_figures: Figures | None = None
        self.choose_label = QLabel()
        self.combo = QComboBox()
        self.combo.setObjectName("compareFairCombo")
        self.choose_label.setBuddy(self.combo)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.names = QLabel()
        self.names.setObjectName("compareNames")
        self.names.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("compareMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.table = QTableWidget(len(ROWS), 3)
        self.table.setObjectName("comparisonTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for r in range(len(ROWS)):
            for c in range(3):
                item = QTableWidgetItem("")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        top = QHBoxLayout()
        top.addWidget(self.choose_label)
        top.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.names)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.reload_fairs()

    def reload_fairs(self) -> None:
        """Read the fairs list on a worker and choose the previous fair."""
        factory = self.session_factory

        def work() -> list[FairView]:
            with factory() as session:
                return list_fairs(session)

        run_in_background(self, work, self._fairs_loaded, self._failed)

    def _fairs_loaded(self, fairs: list[FairView]) -> None:
        self.fairs = [f for f in fairs if f.id != self.fair.id]
        default = previous_fair(self.fair, fairs)
        self.combo.blockSignals(True)
        self.combo.clear()
        for f in self.fairs:
            self.combo.addItem(f"{f.name} ({f.date.isoformat()})", f.id)
        self.combo.blockSignals(False)
        if default is None:
            self.other = None
            self.other_figures = None
            self.combo.setEnabled(False)
            self._say(self.tr("There is no other fair in this database to compare with."))
            self._show()
            self.other_loaded.emit()
            return
        self.combo.setEnabled(True)
        self._say("")
        index = self.combo.findData(default.id)
        if index == self.combo.currentIndex():
            self._chosen(index)
        else:
            self.combo.setCurrentIndex(index)

    def choose(self, fair_id: int) -> None:
        index = self.combo.findData(fair_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def _chosen(self, index: int) -> None:
        if not (0 <= index < len(self.fairs)):
            return
        other = self.fairs[index]
        self.other = other
        self.other_figures = None
        self._show()
        factory = self.session_factory

        def work() -> Figures:
            with factory() as session:
                return compute_figures(session, other.id)

        def done(figures: Figures) -> None:
            if self.other is not None and self.other.id == other.id:
                self.other_figures = figures
                self._show()
                self.other_loaded.emit()

        run_in_background(self, work, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        del exc
        self._say(self.tr("The other fair's figures could not be read; they will be read again "
                          "when you choose a fair."))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_current(self, figures: Figures) -> None:
        """This fair's figures, from the dashboard's refresh."""
        if figures == self.figures:
            return
        self.figures = figures
        self._show()

    def _show(self) -> None:
        for r, key in enumerate(ROWS):
            texts = (_value(self.figures, key), _value(self.other_figures, key),
                     _difference(self.figures, self.other_figures, key))
            for c, text in enumerate(texts):
                item = self.table.item(r, c)
                if item is not None and item.text() != text:
                    item.setText(text)
        # Dates head the columns (names are long); the names are in the line above and tooltips.
        other = self.other
        headers = (
            (self.fair.date.isoformat(), self.fair.name),
            (other.date.isoformat() if other else self.tr("Other fair"),
             other.name if other else ""),
            (self.tr("Difference"), ""),
        )
        for c, (text, tip) in enumerate(headers):
            item = self.table.horizontalHeaderItem(c)
            if item is None:
                item = QTableWidgetItem(text)
                self.table.setHorizontalHeaderItem(c, item)
            elif item.text() != text:
                item.setText(text)
            item.setToolTip(tip)
        # the columns share the width, but never below their dates (a narrow panel scrolls)
        head = self.table.horizontalHeader()
        margin = head.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, head)
        widest = max(head.fontMetrics().horizontalAdvance(text) for text, _ in headers)
        head.setMinimumSectionSize(widest + 2 * margin + 4)
        names = self.tr("{this} ({this_date}) beside {other} ({other_date})").format(
            this=self.fair.name, this_date=self.fair.date.isoformat(),
            other=other.name, other_date=other.date.isoformat(),
        ) if other else self.fair.name
        if self.names.text() != names:
            self.names.setText(names)

    def column_texts(self, column: int) -> list[str]:
        """The texts of one column, top to bottom (tests)."""
        return [
            item.text() if (item := self.table.item(r, column)) is not None else ""
            for r in range(len(ROWS))
        ]

    def retranslate(self) -> None:
        self.choose_label.setText(self.tr("Compare with:"))
        for r, key in enumerate(ROWS):
            text = (self.tr("Hire rate (hires ÷ positions sought)") if key == "hire_rate"
                    else figure_label(key))
            self.table.setVerticalHeaderItem(r, QTableWidgetItem(text))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
