"""The booth's scan field and the coloured banner that says what the last action did."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from jobfair.gui.common.style import set_state

BANNER_IDLE = "idle"
BANNER_OK = "ok"
BANNER_WARN = "warn"
BANNER_REFUSED = "refused"


class ScanBar(QWidget):
    """The field a badge number is typed into (a scanner may type there too) and the banner.

    Attributes:
        scan_edit: Enter sends its text.
        banner: the message line; ``state`` is one of ``idle``, ``ok``, ``warn``, ``refused``.
        waiting_mode: changes the idle message ("every scan joins the queue").

    Signals:
        code_entered(str): Enter in the field, with its text.
        undo_requested(): Ctrl+Z in the empty field (undo the last entry, not the typing).
    """

    code_entered = Signal(str)
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.scan_label = QLabel()
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("boothScanEdit")
        self.scan_edit.returnPressed.connect(self._entered)
        self.scan_edit.installEventFilter(self)
        self.scan_label.setBuddy(self.scan_edit)
        row.addWidget(self.scan_label)
        row.addWidget(self.scan_edit, 1)
        layout.addLayout(row)
        self.banner = QLabel()
        self.banner.setObjectName("boothBanner")
        self.banner.setWordWrap(True)
        self.banner.setMinimumHeight(56)
        self.banner.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.banner)
        self.state = BANNER_IDLE
        self.waiting_mode = False
        self.retranslate()
        self.set_banner(BANNER_IDLE, "")

    def retranslate(self) -> None:
        self.scan_label.setText(self.tr("&Badge:"))
        self.scan_edit.setPlaceholderText(
            self.tr("Scan a badge, or type its number (#12) and Enter")
        )
        if self.state == BANNER_IDLE:
            self.banner.setText(self._idle_text())

    def set_banner(self, state: str, text: str) -> None:
        """Show ``text`` in the colours of ``state``; an empty text shows what to do next."""
        self.state = state
        set_state(self.banner, "state", state)
        self.banner.setText(text or self._idle_text())

    def _idle_text(self) -> str:
        if self.waiting_mode:
            return self.tr("Scan in as waiting: every scan joins the queue. F2 to stop.")
        return self.tr("Scan a badge or type its number, then Enter.")

    def _entered(self) -> None:
        text = self.scan_edit.text().strip()
        self.scan_edit.clear()
        if text:
            self.code_entered.emit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.scan_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Undo) and not self.scan_edit.text():
                self.undo_requested.emit()
                return True
        return super().eventFilter(watched, event)
