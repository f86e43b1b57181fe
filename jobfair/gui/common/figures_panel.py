"""The fair's headline figures: counts, and ratios that say what they divide by.

Reused by every station that shows figures (the organizer's dashboard, a booth's own tally). The
panel holds a ``Figures`` dataclass, never a session: each refresh opens one short read.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from jobfair.db.engine import SessionFactory, first_line
from jobfair.domain.errors import JobFairError
from jobfair.domain.metrics import COUNT_LABELS, Figures, Ratio
from jobfair.i18n import error_message
from jobfair.services.reports.metrics import compute_figures

FIGURES_CONTEXT = "figures"

# The counts a fair is judged by come first and larger; the breakdown follows.
HEADLINE = ("employers", "positions", "attendees", "interviewees", "interviews", "hires")
DETAIL = ("registered", "pre_registered", "walk_ins", "second_interviews", "pending", "rejected",
          "undecided")

RATIO_KEYS = ("hire_rate", "interview_hire_rate", "attendee_hire_rate", "interview_rate")
# The ratios' names do not depend on the counts: read them off an empty fair.
RATIO_LABELS: dict[str, str] = {
    r.key: r.label for r in Figures(**{f.name: 0 for f in fields(Figures)}).ratios()
}


def figure_label(key: str) -> str:
    return QCoreApplication.translate(FIGURES_CONTEXT, COUNT_LABELS[key])


def format_count(value: int) -> str:
    return f"{value:,}"


def format_percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}%"


class FiguresPanel(QWidget):
    """Counts and ratios of one fair, with a Refresh button (F5).

    Attributes:
        figures: the figures last read, or ``None`` before the first read or after a failure.

    Signals:
        refreshed: the figures were read again.
        refresh_failed(str): reading failed; the message is also shown in the panel.
    """

    refreshed = Signal()
    refresh_failed = Signal(str)

    def __init__(
        self, session_factory: SessionFactory, fair_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("figuresPanel")
        self.session_factory = session_factory
        self.fair_id = fair_id
        self.figures: Figures | None = None
        self._read_at: datetime | None = None

        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        self.read_at_label = QLabel()
        self.read_at_label.setObjectName("readAt")
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.clicked.connect(self.refresh)
        self.shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        self.shortcut.activated.connect(self.refresh)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.read_at_label)
        header.addWidget(self.refresh_button)

        self.counts_box = QGroupBox()
        counts = QGridLayout(self.counts_box)
        counts.setHorizontalSpacing(24)
        counts.setColumnStretch(0, 1)
        self.count_names: dict[str, QLabel] = {}
        self.count_values: dict[str, QLabel] = {}
        for row, key in enumerate(HEADLINE + DETAIL):
            name = QLabel()
            value = QLabel("–")
            value.setObjectName(f"count_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key in HEADLINE:
                name.setProperty("headline", True)
                value.setProperty("headline", True)
            counts.addWidget(name, row, 0)
            counts.addWidget(value, row, 1)
            self.count_names[key] = name
            self.count_values[key] = value

        self.ratios_box = QGroupBox()
        ratios = QGridLayout(self.ratios_box)
        ratios.setHorizontalSpacing(24)
        ratios.setColumnStretch(0, 1)
        self.ratio_names: dict[str, QLabel] = {}
        self.ratio_values: dict[str, QLabel] = {}
        self.ratio_formulas: dict[str, QLabel] = {}
        for i, key in enumerate(RATIO_KEYS):
            name = QLabel()
            name.setProperty("headline", True)
            value = QLabel("–")
            value.setObjectName(f"ratio_{key}")
            value.setProperty("rate", True)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            formula = QLabel()
            formula.setObjectName(f"ratio_{key}_formula")
            formula.setProperty("formula", True)
            formula.setWordWrap(True)
            ratios.addWidget(name, 2 * i, 0)
            ratios.addWidget(value, 2 * i, 1, 2, 1)
            ratios.addWidget(formula, 2 * i + 1, 0)
            self.ratio_names[key] = name
            self.ratio_values[key] = value
            self.ratio_formulas[key] = formula
        ratios.setRowStretch(8, 1)

        body = QHBoxLayout()
        body.addWidget(self.counts_box, 1)
        body.addWidget(self.ratios_box, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.error_label)
        layout.addLayout(body, 1)

        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Read the figures again (one short transaction) and show them."""
        try:
            with self.session_factory.begin() as session:
                figures = compute_figures(session, self.fair_id)
        except JobFairError as exc:
            self._fail(error_message(exc))
            return
        except SQLAlchemyError as exc:
            self._fail(
                self.tr("The figures could not be read: {reason}").format(reason=first_line(exc))
            )
            return
        self.figures = figures
        self._read_at = datetime.now()
        self.error_label.hide()
        self._show()
        self.refreshed.emit()

    def _fail(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.refresh_failed.emit(message)

    def _show(self) -> None:
        figures = self.figures
        if figures is None:
            return
        data = figures.as_dict()
        for key, label in self.count_values.items():
            label.setText(format_count(int(data[key])))
        for ratio in figures.ratios():
            self.ratio_values[ratio.key].setText(format_percent(ratio.value))
            self.ratio_formulas[ratio.key].setText(self._formula(ratio, data))
        if self._read_at is not None:
            self.read_at_label.setText(
                self.tr("as of {time}").format(time=self._read_at.strftime("%H:%M:%S"))
            )

    def _formula(self, ratio: Ratio, data: dict[str, Any]) -> str:
        return self.tr("{numerator} {n} ÷ {denominator} {d}").format(
            numerator=figure_label(ratio.numerator),
            n=format_count(int(data[ratio.numerator])),
            denominator=figure_label(ratio.denominator),
            d=format_count(int(data[ratio.denominator])),
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Figures of the fair"))
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.refresh_button.setToolTip(self.tr("Read the figures again from the database"))
        self.counts_box.setTitle(self.tr("Counts"))
        self.ratios_box.setTitle(self.tr("Ratios (each names what it divides by)"))
        for key, label in self.count_names.items():
            label.setText(figure_label(key))
        for key, label in self.ratio_names.items():
            label.setText(QCoreApplication.translate(FIGURES_CONTEXT, RATIO_LABELS[key]))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
