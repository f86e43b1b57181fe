"""The dashboard's figure cards: the counts a fair is judged by, large, and the hire rate with the
count it divides by written beside it (63 ÷ 152 구인인원), so 41.4 % is never read as 15.6 %."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from jobfair.domain.metrics import Figures
from jobfair.gui.common.figures_panel import figure_label, format_count, format_percent

# (key, where the title comes from): counts use the shared labels of context "figures".
CARD_KEYS = (
    "attendees",
    "interviewees",
    "interviews",
    "positions",
    "hires",
    "hire_rate",
    "second_interviews",
    "pending",
)


class FigureCard(QFrame):
    """One figure: a title, a large value and a small line under it."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"card_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.value = QLabel("–")
        self.value.setObjectName(f"cardValue_{key}")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setObjectName(f"cardNote_{key}")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def show_value(self, value: str, note: str = "") -> None:
        # setText repaints even when equal: skip unchanged texts (most cards, most refreshes)
        if self.value.text() != value:
            self.value.setText(value)
        if self.note.text() != note:
            self.note.setText(note)


class FigureCards(QWidget):
    """Eight cards in two rows of four.

    Attributes:
        cards: the cards by key (``CARD_KEYS``).
        figures: the figures shown, or ``None`` before the first load.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCards")
        self.figures: Figures | None = None
        self.cards: dict[str, FigureCard] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for i, key in enumerate(CARD_KEYS):
            card = FigureCard(key)
            grid.addWidget(card, i // 4, i % 4)
            self.cards[key] = card
        self.retranslate()

    def set_figures(self, figures: Figures) -> None:
        self.figures = figures
        self._show()

    def _show(self) -> None:
        f = self.figures
        if f is None:
            return
        data = f.as_dict()
        for key in CARD_KEYS:
            if key == "hire_rate":
                continue
            self.cards[key].show_value(format_count(int(data[key])))
        self.cards["hire_rate"].show_value(
            format_percent(f.hire_rate),
            self.tr("{hires} ÷ {positions} {denominator}").format(
                hires=format_count(f.hires),
                positions=format_count(f.positions),
                denominator=figure_label("positions"),
            ),
        )
        self.cards["interviewees"].show_value(
            format_count(f.interviewees),
            self.tr("{rate} of attendees").format(rate=format_percent(f.interview_rate)),
        )
        self.cards["hires"].show_value(
            format_count(f.hires),
            self.tr("{rate} of people interviewed").format(
                rate=format_percent(f.interview_hire_rate)
            ),
        )

    def retranslate(self) -> None:
        for key, card in self.cards.items():
            if key == "hire_rate":
                card.title.setText(self.tr("Hire rate (hires ÷ positions sought)"))
            else:
                card.title.setText(figure_label(key))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def card_title(key: str) -> str:
    """The card's title outside a widget (tests)."""
    if key == "hire_rate":
        return QCoreApplication.translate("FigureCards", "Hire rate (hires ÷ positions sought)")
    return figure_label(key)
