"""What the setup pages share: one transaction per action, and error messages next to fields.

A page calls ``host.apply(title, action, errors)``: the action runs in one transaction through the
services; a ``ValidationError`` whose field has a place on the form is shown there, any other
error in a message box (``context.dialogs``); after a success the panel emits ``setup_changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from jobfair.domain.errors import JobFairError, ValidationError
from jobfair.gui.common.stations import StationContext
from jobfair.gui.common.style import TONE_ERROR, set_tone
from jobfair.i18n import error_message

T = TypeVar("T")



class FieldErrors:
    """The error label under each field of a form.

    Attributes:
        labels: field name -> its error label (hidden while empty).
        aliases: error fields that belong to a form field of another name.
    """

    def __init__(self, aliases: dict[str, str] | None = None) -> None:
        self.labels: dict[str, QLabel] = {}
        self.aliases = aliases or {}

    def add_row(self, form: QFormLayout, label: QLabel, widget: QWidget, field: str) -> None:
        """The field with its error label beneath it, the label's buddy set for Alt+key."""
        error = QLabel()
        error.setObjectName(f"error_{field}")
        set_tone(error, TONE_ERROR)
        error.setWordWrap(True)
        error.setVisible(False)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        label.setBuddy(widget)
        form.addRow(label, box)
        self.labels[field] = error

    def show(self, field: str | None, message: str) -> bool:
        """Show ``message`` under ``field``; ``False`` when the form has no such field."""
        name = self.aliases.get(field or "", field or "")
        label = self.labels.get(name)
        if label is None:
            return False
        label.setText(message)
        label.setVisible(True)
        return True

    def text(self, field: str) -> str:
        label = self.labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.setVisible(False)


class SetupHost(Protocol):
    """The panel as its pages see it."""

    context: StationContext

    @property
    def fair_id(self) -> int | None: ...

    def apply(
        self, title: str, action: Callable[[Session], T], errors: FieldErrors | None = None
    ) -> tuple[bool, T | None]: ...

    def read(self, query: Callable[[Session], T]) -> T: ...


def run_action(
    context: StationContext,
    title: str,
    action: Callable[[Session], T],
    errors: FieldErrors | None,
) -> tuple[bool, T | None]:
    """Run ``action`` in one transaction; show what went wrong; ``(ok, result)``."""
    if errors is not None:
        errors.clear()
    try:
        with context.session_factory.begin() as session:
            return True, action(session)
    except ValidationError as exc:
        if errors is None or not errors.show(exc.field, error_message(exc)):
            context.dialogs.error(title, error_message(exc))
    except JobFairError as exc:
        context.dialogs.error(title, error_message(exc))
    return False, None


def heading(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class EditorPage(QWidget):
    """A setup page that edits one kind of record: a table, a form, Add/Save and Delete.

    Subclasses build ``form_box``, ``save_button`` and ``delete_button``, keep ``selected_id``
    (``None`` while a new record is being typed), and give their two form titles through
    ``form_titles()`` so the titles stay in the subclass's translation context.
    """

    selected_id: int | None
    form_box: QGroupBox
    new_button: QPushButton
    save_button: QPushButton
    delete_button: QPushButton

    def save(self) -> object:
        raise NotImplementedError

    def delete(self) -> object:
        raise NotImplementedError

    def add_form_buttons(self, form: QFormLayout, kind: str, on_new: Callable[[], object]) -> None:
        """New, Add/Save and Delete under the form, named ``{kind}New`` etc. for the tests."""
        self.new_button = QPushButton()
        self.new_button.setObjectName(f"{kind}New")
        self.new_button.clicked.connect(on_new)
        self.save_button = QPushButton()
        self.save_button.setObjectName(f"{kind}Save")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName(f"{kind}Delete")
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        form.addRow(buttons)

    def form_titles(self) -> tuple[str, str]:
        """The form's title for a new record and for the one selected."""
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_form_title(self) -> None:
        new_title, edit_title = self.form_titles()
        if self.selected_id is None:
            self.form_box.setTitle(new_title)
            self.save_button.setText(QCoreApplication.translate("EditorPage", "&Add"))
        else:
            self.form_box.setTitle(edit_title)
            self.save_button.setText(QCoreApplication.translate("EditorPage", "&Save"))
        self.delete_button.setEnabled(self.selected_id is not None)

