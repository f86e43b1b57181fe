"""The first page: three large buttons, one per station, chosen with 1/2/3 or arrows and Enter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from jobfair.domain.codes import StationKind
from jobfair.gui.common.stations import STATION_ORDER, station_description, station_label


class StationButton(QPushButton):
    """A large button: the key to press, the station's name, what it is for."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("stationButton", True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 220)
        self.number_label = QLabel(str(number))
        self.number_label.setObjectName("stationNumber")
        self.title_label = QLabel()
        self.title_label.setObjectName("stationTitle")
        self.description_label = QLabel()
        self.description_label.setObjectName("stationDescription")
        self.description_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        for label in (self.number_label, self.title_label, self.description_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addStretch(1)
        layout.addWidget(self.number_label)
        layout.addWidget(self.title_label)
        layout.addSpacing(8)
        layout.addWidget(self.description_label)
        layout.addStretch(1)

    def set_texts(self, title: str, description: str) -> None:
        self.title_label.setText(title)
        self.description_label.setText(description)
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        # Arrows and Enter belong to the page, which moves among the three buttons only.
        if event.key() in _PAGE_KEYS:
            event.ignore()
            return
        super().keyPressEvent(event)


_PAGE_KEYS = {
    Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
    Qt.Key.Key_Return, Qt.Key.Key_Enter,
}


class StartPage(QWidget):
    """Choose the station this PC serves as.

    Signals:
        station_chosen(str): the ``StationKind`` value of the station the user picked.
    """

    station_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.heading = QLabel()
        self.heading.setObjectName("startHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel()
        self.hint.setObjectName("startHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons: dict[StationKind, StationButton] = {}
        row = QHBoxLayout()
        row.setSpacing(24)
        for number, kind in enumerate(STATION_ORDER, start=1):
            button = StationButton(number)
            button.setObjectName(f"stationButton_{kind.value}")
            button.clicked.connect(lambda _=False, k=kind: self.station_chosen.emit(k.value))
            row.addWidget(button)
            self.buttons[kind] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 48)
        layout.setSpacing(24)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(row, 4)
        layout.addStretch(1)
        self.retranslate()

    def focus_station(self, kind: StationKind | None = None) -> None:
        """Put the keyboard on ``kind``'s button (the first one allowed by default)."""
        if kind is None:
            kind = next((k for k in STATION_ORDER if self.buttons[k].isEnabled()),
                        STATION_ORDER[0])
        self.buttons[kind].setFocus(Qt.FocusReason.OtherFocusReason)

    def set_allowed(self, kinds: frozenset[str]) -> None:
        """Enable only the stations the signed-in role may open."""
        for kind, button in self.buttons.items():
            button.setEnabled(kind.value in kinds)

    def focused_station(self) -> StationKind | None:
        """The station whose button has (or, in an inactive window, will get) the keyboard."""
        current = self.focusWidget()
        for kind, button in self.buttons.items():
            if button is current:
                return kind
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        key = event.key()
        text = event.text()
        if text in ("1", "2", "3"):
            self.station_chosen.emit(STATION_ORDER[int(text) - 1].value)
            return
        current = self.focused_station()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self.station_chosen.emit(current.value)
            return
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}
        if key in step:
            index = STATION_ORDER.index(current) if current is not None else -1
            index = (index + step[Qt.Key(key)]) % len(STATION_ORDER)
            self.focus_station(STATION_ORDER[index])
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Which station is this PC?"))
        self.hint.setText(self.tr("Press 1, 2 or 3, or use the arrow keys and Enter."))
        for kind in STATION_ORDER:
            self.buttons[kind].set_texts(station_label(kind), station_description(kind))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
