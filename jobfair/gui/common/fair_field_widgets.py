"""The fair's own registration fields as widgets, one per field by its kind, with an error label
under each. The walk-in form shows them; what they hold is checked by the services
(``jobfair.services.setup.fields.answer_problems``), the same rules an import meets.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from jobfair.domain.errors import ValidationError
from jobfair.domain.fair_fields import FieldKind
from jobfair.gui.common.style import TONE_ERROR, set_tone
from jobfair.i18n import error_message, language_in_force
from jobfair.services.setup.fields import AnswerView, FieldView


def answers_text(answers: Sequence[AnswerView]) -> str:
    """The answers to the fair's own fields, one "label: answer" a line (the card decides which
    through ``jobfair.services.setup.fields.visible``)."""
    language = language_in_force()
    yes, no = (QCoreApplication.translate("FairFieldsBox", "Yes"),
               QCoreApplication.translate("FairFieldsBox", "No"))
    lines = []
    for a in answers:
        text = (yes if a.value else no) if a.kind == FieldKind.YES_NO else a.text
        lines.append(f"{a.label(language)}: {text}")
    return "\n".join(lines)


class FairFieldsBox(QGroupBox):
    """The fair's fields; hidden while the fair has none.

    Attributes:
        fields: the definitions shown.
        editors: key -> the field's widget (``fairField_<key>``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkInFairFields")
        self.fields: tuple[FieldView, ...] = ()
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.grid = QGridLayout(self)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("This fair's questions"))
        if self.fields:
            self._relabel()

    # -- building ---------------------------------------------------------------------------
    def set_fields(self, fields: Sequence[FieldView]) -> None:
        """Show ``fields``; what was typed into a field that stays is kept."""
        fields = tuple(fields)
        if fields == self.fields:
            return
        kept = self.values()
        self.setUpdatesEnabled(False)  # one layout at the end, not one per widget
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.editors.clear()
        self.errors.clear()
        self.labels: dict[str, QLabel] = {}
        self.fields = fields
        for row, f in enumerate(fields):
            editor = self._editor(f)
            editor.setObjectName(f"fairField_{f.key}")
            label = QLabel()
            label.setBuddy(editor)
            error = QLabel()
            error.setObjectName(f"fairFieldError_{f.key}")
            set_tone(error, TONE_ERROR)
            error.setWordWrap(True)
            error.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            error.hide()
            self.labels[f.key] = label
            self.editors[f.key] = editor
            self.errors[f.key] = error
            self.grid.addWidget(label, 2 * row, 0)
            self.grid.addWidget(editor, 2 * row, 1)
            self.grid.addWidget(error, 2 * row + 1, 1)
        self._relabel()
        for key, value in kept.items():
            if key in self.editors and value not in (None, "", ()):
                self.set_value(key, value)
        self.setVisible(bool(fields))
        self.setUpdatesEnabled(True)

    def _relabel(self) -> None:
        language = language_in_force()
        for f in self.fields:
            mark = " *" if f.required else ""
            self.labels[f.key].setText(f.label(language) + mark)
            editor = self.editors[f.key]
            if isinstance(editor, QComboBox) and editor.count():
                editor.setItemText(0, "—")
            if isinstance(editor, QLineEdit):
                editor.setPlaceholderText(self._hint(f.kind))

    def _hint(self, kind: str) -> str:
        return {
            FieldKind.NUMBER: self.tr("a number"),
            FieldKind.DATE: self.tr("e.g. 2026-05-03"),
            FieldKind.PHONE: "010-1234-5678",
            FieldKind.LICENCES: self.tr("separated by commas"),
        }.get(FieldKind(kind), "")

    def _editor(self, f: FieldView) -> QWidget:
        kind = FieldKind(f.kind)
        if kind is FieldKind.YES_NO:
            combo = QComboBox()
            combo.addItem("—", None)
            combo.addItem(self.tr("Yes"), True)
            combo.addItem(self.tr("No"), False)
            return combo
        if kind is FieldKind.CHOICE:
            combo = QComboBox()
            combo.addItem("—", None)
            for choice in f.choices:
                combo.addItem(choice, choice)
            return combo
        if kind is FieldKind.CHOICES:
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for choice in f.choices:
                check = QCheckBox(choice)
                check.setObjectName(f"fairFieldChoice_{f.key}_{choice}")
                row.addWidget(check)
            row.addStretch(1)
            return box
        return QLineEdit()

    # -- values -----------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """What each field holds, as typed (checked by the services)."""
        out: dict[str, Any] = {}
        for f in self.fields:
            editor = self.editors[f.key]
            if isinstance(editor, QComboBox):
                out[f.key] = editor.currentData()
            elif isinstance(editor, QLineEdit):
                out[f.key] = editor.text()
            else:
                out[f.key] = tuple(c.text() for c in editor.findChildren(QCheckBox)
                                   if c.isChecked())
        return out

    def set_value(self, key: str, value: Any) -> None:
        editor = self.editors[key]
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(", ".join(value) if isinstance(value, list | tuple) else str(value))
        else:
            chosen = set(value if isinstance(value, list | tuple) else (value,))
            for check in editor.findChildren(QCheckBox):
                check.setChecked(check.text() in chosen)

    def is_dirty(self) -> bool:
        return any(v not in (None, "", ()) and not (isinstance(v, str) and not v.strip())
                   for v in self.values().values())

    def clear(self) -> None:
        for key, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(0)
            elif isinstance(editor, QLineEdit):
                editor.clear()
            else:
                for check in editor.findChildren(QCheckBox):
                    check.setChecked(False)
            self.show_error(key, None)

    def show_error(self, key: str, error: ValidationError | str | None) -> None:
        label = self.errors.get(key)
        if label is None:
            return
        text = error_message(error) if isinstance(error, ValidationError) else (error or "")
        label.setText(text)
        label.setVisible(bool(text))

    def error_text(self, key: str) -> str:
        label = self.errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def focus_first_error(self) -> bool:
        for f in self.fields:
            if not self.errors[f.key].isHidden():
                self.editors[f.key].setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False
