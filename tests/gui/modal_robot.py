"""Answering the modal windows a feature opens, the way a person at the keyboard does.

A feature reached from a menu may open Qt's own windows (a file dialog, a print-or-save
question, a choice of language) and wait in their event loop. ``ModalRobot`` looks at the
active modal window every few milliseconds and answers it with the next answer given for its
type: it types a file name and presses Enter, presses a button by its text, picks an item.
Windows it has no answer for (a progress dialog, the feature's own dialog) are left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

Answer = Callable[[QWidget], None]


class ModalRobot:
    """Answers modal windows in the order expected, each by its type.

    Attributes:
        answered: the class names of the windows answered, in order.
    """

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.expected: list[tuple[type[QWidget], Answer]] = []
        self.answered: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def expect(self, kind: type[QWidget], answer: Answer) -> ModalRobot:
        self.expected.append((kind, answer))
        return self

    @property
    def done(self) -> bool:
        return not self.expected

    def _look(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or widget.property("robotAnswered"):
            return
        for index, (kind, answer) in enumerate(self.expected):
            if isinstance(widget, kind):
                widget.setProperty("robotAnswered", True)
                del self.expected[index]
                self.answered.append(type(widget).__name__)
                answer(widget)
                return

    def stop(self) -> None:
        self.timer.stop()

    # -- answers ------------------------------------------------------------------------------

    def type_file_name(self, path: Path) -> Answer:
        """A file dialog: paste the whole path into its name field, then Enter (pasted, not
        typed: typing opens the name completer, which takes the Enter)."""

        def answer(widget: QWidget) -> None:
            assert isinstance(widget, QFileDialog)
            field = widget.findChild(QLineEdit, "fileNameEdit")
            assert field is not None
            field.setFocus()
            field.setText(str(path))
            self.qtbot.keyClick(field, Qt.Key.Key_Return)

        return answer

    def press(self, text: str) -> Answer:
        """A message box: press the button whose text (without its ``&``) contains ``text``."""

        def answer(widget: QWidget) -> None:
            assert isinstance(widget, QMessageBox)
            buttons = [b for b in widget.buttons() if text in b.text().replace("&", "")]
            assert buttons, [b.text() for b in widget.buttons()]
            buttons[0].click()

        return answer

    def press_standard(self, button: QMessageBox.StandardButton) -> Answer:
        """A message box: press its standard button ``button`` (Yes, No...)."""

        def answer(widget: QWidget) -> None:
            assert isinstance(widget, QMessageBox)
            found = widget.button(button)
            assert found is not None, button
            found.click()

        return answer

    def pick(self, item: str | None = None) -> Answer:
        """An item dialog: pick ``item`` (or keep the one offered), then OK."""

        def answer(widget: QWidget) -> None:
            assert isinstance(widget, QInputDialog)
            if item is not None:
                assert item in widget.comboBoxItems(), widget.comboBoxItems()
                widget.setTextValue(item)
            widget.accept()

        return answer


@pytest.fixture
def modals(qtbot: QtBot) -> Iterator[ModalRobot]:
    robot = ModalRobot(qtbot)
    yield robot
    robot.stop()
