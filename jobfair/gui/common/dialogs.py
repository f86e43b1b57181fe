"""Message boxes behind a small interface, so window logic can be tested without modal dialogs.

Widgets ask ``dialogs.ask(...)`` instead of calling ``QMessageBox`` themselves; tests pass a fake
that answers from a script and records what was shown.

A question's default answer is always "No", and its buttons have no mnemonic letters: a barcode
scanner is a keyboard, and the letters and Enter of a scan must never answer a question. A scan
that arrives while a question is open closes it with "No" (``ScanCatcher`` recognises the box by
``QUESTION_PROPERTY``) and then goes to the station.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton, QWidget

QUESTION_PROPERTY = "jobfairQuestion"


def enter_presses_nothing(buttons: QDialogButtonBox) -> None:
    """No button of ``buttons`` is the default, nor becomes it by taking the focus: Enter (the
    end of every scan) presses none of them. For dialogs whose Enter belongs to a field."""
    for button in buttons.buttons():
        if isinstance(button, QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)


class Dialogs(Protocol):
    """What the window may ask or tell the user."""

    def ask(self, title: str, text: str) -> bool:
        """A yes/no question; ``True`` for yes."""
        ...

    def inform(self, title: str, text: str) -> None:
        """A message the user acknowledges."""
        ...

    def error(self, title: str, text: str, details: str | None = None) -> None:
        """A failure, with optional details (folded away in the real dialog)."""
        ...


class MessageBoxDialogs:
    """The real dialogs: QMessageBox, parented to the window when there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def ask(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, self.parent)
        box.setProperty(QUESTION_PROPERTY, True)
        yes = box.addButton(QCoreApplication.translate("Dialogs", "Yes"),
                            QMessageBox.ButtonRole.YesRole)
        no = box.addButton(QCoreApplication.translate("Dialogs", "No"),
                           QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str, details: str | None = None) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok,
                          self.parent)
        if details:
            box.setDetailedText(details)
        box.exec()
