"""Catching a keyboard-wedge scanner, whatever widget has the focus.

A USB scanner "types" the badge code and Enter, much faster than a person can. The catcher
watches the key presses that reach the focused widget inside its root widget; a burst of at
least ``min_length`` characters, each within ``max_gap`` seconds of the one before, ending in
Enter, whose text has the shape of a badge code, is a scan: the Enter is swallowed, the field
the burst landed in gets its earlier text back, and ``code_scanned`` is emitted.

Characters are let through as they come (a person typing never waits for the catcher); the
focused widget's state is kept at the start of every burst so that a scan can be undone.

A question box open over the station (``dialogs.QUESTION_PROPERTY``) is watched too: a scan that
lands there closes it with its safe answer ("No") and then reaches the station, after the
question's own event loop has ended. A scan never answers a question.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from jobfair.domain.badge_code import looks_like_code, normalize
from jobfair.gui.common.dialogs import QUESTION_PROPERTY

Clock = Callable[[], float]
"""Seconds from any fixed origin (``time.monotonic`` by default; tests pass a fake)."""

DEFAULT_MAX_GAP = 0.035
DEFAULT_MIN_LENGTH = 12
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _snapshot(widget: QWidget | None) -> Callable[[], None] | None:
    """A function that puts ``widget``'s typed-in state back as it is now, if it has one."""
    if isinstance(widget, QLineEdit):
        text, cursor = widget.text(), widget.cursorPosition()

        def restore_line() -> None:
            widget.setText(text)
            widget.setCursorPosition(cursor)

        return restore_line
    if isinstance(widget, QComboBox):
        index, edit = widget.currentIndex(), widget.currentText()

        def restore_combo() -> None:
            widget.setCurrentIndex(index)
            if widget.isEditable():
                widget.setEditText(edit)

        return restore_combo
    if isinstance(widget, QAbstractSpinBox):
        shown = widget.text()

        def restore_spin() -> None:
            line = widget.findChild(QLineEdit)
            if line is not None:
                line.setText(shown)
            widget.interpretText()

        return restore_spin
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        plain = widget.toPlainText()
        return lambda: widget.setPlainText(plain)
    return None


class ScanCatcher(QObject):
    """An application event filter that turns scanner bursts under ``root`` into signals.

    Attributes:
        root: only key presses to widgets in this tree (while it is visible) are watched.
        clock: the time source; injectable so tests can type at any speed they like.
        max_gap: the longest pause between two characters of one scan, in seconds.
        min_length: the fewest characters a scan has.

    Signals:
        code_scanned(str): a scan was caught; the text as the scanner typed it.
    """

    code_scanned = Signal(str)

    def __init__(
        self,
        root: QWidget,
        *,
        clock: Clock = time.monotonic,
        max_gap: float = DEFAULT_MAX_GAP,
        min_length: int = DEFAULT_MIN_LENGTH,
    ) -> None:
        super().__init__(root)
        self.root = root
        self.clock = clock
        self.max_gap = max_gap
        self.min_length = min_length
        self._buffer: list[str] = []
        self._last: float | None = None
        self._restore: Callable[[], None] | None = None
        self._installed = False

    # -- installing -------------------------------------------------------------------------
    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    # -- the test hook ----------------------------------------------------------------------
    def simulate_scan(self, text: str) -> bool:
        """Act as if a scanner typed ``text`` and Enter; ``True`` when it counts as a scan."""
        if len(normalize(text)) < self.min_length or not looks_like_code(text):
            return False
        self.code_scanned.emit(text)
        return True

    @property
    def pending(self) -> str:
        """The characters of the burst under way (for tests and debugging)."""
        return "".join(self._buffer)

    # -- the filter -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not self._watches(watched):
            return False
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.ShortcutOverride:
            # A shortcut bound to Enter must not fire for the scanner's Enter.
            if event.key() in _ENTER_KEYS and self._is_scan(self.clock()):
                event.accept()
                return True
            return False
        return self._key_pressed(watched, event)

    def _watches(self, watched: QObject) -> bool:
        if not isinstance(watched, QWidget) or not self.root.isVisible():
            return False
        # A key event propagates to the parents of the widget that ignored it; count it once,
        # where the keyboard sent it: the focused widget (or the window when nothing has focus).
        focus = QApplication.focusWidget()
        if focus is not None:
            if watched is not focus:
                return False
        elif not watched.isWindow():
            return False
        if watched is self.root or self.root.isAncestorOf(watched):
            return True
        return self._question_over_root(watched) is not None

    def _question_over_root(self, watched: QWidget) -> QWidget | None:
        """The question box ``watched`` is in, when it is open over the station."""
        box = watched.window()
        if not box.property(QUESTION_PROPERTY) or not box.isVisible():
            return None
        owner = box.parentWidget()
        if owner is None or owner.window() is not self.root.window():
            return None
        return box

    def _key_pressed(self, watched: QObject, event: QKeyEvent) -> bool:
        now = self.clock()
        key = event.key()
        if key in _ENTER_KEYS:
            if self._is_scan(now):
                text = "".join(self._buffer)
                restore = self._restore
                self._reset()
                if restore is not None:
                    restore()
                box = self._question_over_root(watched) if isinstance(watched, QWidget) else None
                if box is not None and hasattr(box, "reject"):
                    box.reject()  # the safe answer; the scan follows once the box is gone
                    QTimer.singleShot(0, lambda: self.code_scanned.emit(text))
                else:
                    self.code_scanned.emit(text)
                return True
            self._reset()
            return False
        text = event.text()
        if event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        ):
            self._reset()  # a shortcut (Ctrl+Z carries the text "z" on some systems)
            return False
        if not text or not text.isprintable():
            return False  # Shift and other silent keys do not break a burst
        if self._last is None or now - self._last > self.max_gap:
            self._buffer = []
            self._restore = _snapshot(watched if isinstance(watched, QWidget) else None)
        self._buffer.append(text)
        self._last = now
        return False

    def _is_scan(self, now: float) -> bool:
        if self._last is None or now - self._last > self.max_gap:
            return False
        text = "".join(self._buffer)
        return len(text) >= self.min_length and looks_like_code(text)

    def _reset(self) -> None:
        self._buffer = []
        self._last = None
        self._restore = None
