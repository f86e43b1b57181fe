"""Message boxes behind a small interface, so window logic can be tested without modal dialogs.

Widgets ask ``dialogs.ask(...)`` instead of calling ``QMessageBox`` themselves; tests pass a fake
that answers from a script and records what was shown.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QMessageBox, QWidget


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
        answer = QMessageBox.question(
            self.parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str, details: str | None = None) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok,
                          self.parent)
        if details:
            box.setDetailedText(details)
        box.exec()
