"""A question asked on the station's screen itself, never in a modal box.

A scanner is a keyboard that types fast and presses Enter, so a question must never be answered
by keys a scanner types: the risky answer is Ctrl+Y or a click on its button; Escape and Enter
answer "no" (the safe answer); any other key is swallowed so it cannot reach the card behind.
A scan caught while the question is open goes to the station (which withdraws the question with
its safe answer), not to the question.

Some questions need a reason typed before "yes" (undoing a check-in): the bar then shows a
field, and "yes" stays off until something is typed in it.

Signals:
    answered(bool): the person answered; ``True`` for the risky "yes" (``reason`` holds what
        was typed, for a question that asks for one).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from jobfair.gui.common.labels import outcome_label
from jobfair.operations.results import OPERATIONS_CONTEXT, Question, QuestionKind

_NO_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)


def question_text(question: Question) -> str:
    """The question in the language in force."""
    params: dict[str, Any] = dict(question.params)
    if question.kind is QuestionKind.REPEAT_INTERVIEW:
        params["outcome"] = outcome_label(params.get("outcome"))
    if question.kind is QuestionKind.POSSIBLE_DUPLICATE:
        params.pop("twins", None)
    text = QCoreApplication.translate(OPERATIONS_CONTEXT, question.template)
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text


class QuestionBar(QFrame):
    """The question line with its two answers (see the module docstring).

    Attributes:
        question: the question shown, or ``None`` while hidden.
        label: the question's text (and any detail the station adds below it).
    """

    answered = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.question: Question | None = None
        self.detail = ""
        self.needs_reason = False
        grid = QGridLayout(self)
        self.label = QLabel()
        self.label.setObjectName("questionText")
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.yes_button = QPushButton()
        self.yes_button.setObjectName("questionYes")
        self.no_button = QPushButton()
        self.no_button.setObjectName("questionNo")
        for button in (self.yes_button, self.no_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.setDefault(False)
        self.yes_button.clicked.connect(lambda: self._answer(True))
        self.no_button.clicked.connect(lambda: self._answer(False))
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("questionReason")
        self.reason_edit.setMaxLength(500)
        self.reason_edit.textChanged.connect(self._reason_changed)
        self.reason_edit.installEventFilter(self)
        grid.addWidget(self.label, 0, 0)
        grid.addWidget(self.yes_button, 0, 1)
        grid.addWidget(self.no_button, 0, 2)
        grid.addWidget(self.reason_edit, 1, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        self.hide()

    def ask(self, question: Question, detail: str = "", *, needs_reason: bool = False) -> None:
        """Show ``question`` (with ``detail`` under it) and take the keyboard; with
        ``needs_reason`` a reason must be typed before "yes"."""
        self.question = question
        self.detail = detail
        self.needs_reason = needs_reason
        self.reason_edit.clear()
        self.reason_edit.setVisible(needs_reason)
        self.retranslate()
        self._reason_changed()
        self.show()
        target: QWidget = self.reason_edit if needs_reason else self
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def withdraw(self) -> None:
        """Hide the question without an answer (the station answered it safely itself)."""
        self.question = None
        self.detail = ""
        self.reason_edit.clear()
        self.hide()

    @property
    def reason(self) -> str:
        return " ".join(self.reason_edit.text().split())

    @property
    def open(self) -> bool:
        return self.question is not None

    def retranslate(self) -> None:
        if self.question is None:
            return
        text = question_text(self.question)
        self.label.setText(f"{text}\n{self.detail}" if self.detail else text)
        yes = QCoreApplication.translate(OPERATIONS_CONTEXT, self.question.yes_template)
        self.yes_button.setText(self.tr("{answer} (Ctrl+Y)").format(answer=yes))
        self.no_button.setText(self.tr("No (Esc)"))
        self.reason_edit.setPlaceholderText(self.tr("Why? (required)"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if self.question is None:
            super().keyPressEvent(event)
            return
        self._key(event)
        event.accept()  # nothing else reaches the card behind the question

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        """The reason field: Ctrl+Y, Escape and Enter are the bar's, not the field's."""
        if watched is self.reason_edit and event.type() in (
            QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride
        ):
            assert isinstance(event, QKeyEvent)
            if self._is_yes(event) or event.key() in _NO_KEYS:
                if event.type() == QEvent.Type.KeyPress:
                    self._key(event)
                event.accept()
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _is_yes(event: QKeyEvent) -> bool:
        return event.key() == Qt.Key.Key_Y and bool(
            event.modifiers() & Qt.KeyboardModifier.ControlModifier)

    def _key(self, event: QKeyEvent) -> None:
        if self._is_yes(event):
            self._answer(True)
        elif event.key() == Qt.Key.Key_Escape or (
            event.key() in _NO_KEYS and not self.needs_reason
        ):
            self._answer(False)
        # Enter in the reason field neither confirms (risky) nor cancels (losing the text)

    def _reason_changed(self) -> None:
        self.yes_button.setEnabled(not self.needs_reason or bool(self.reason))

    def _answer(self, yes: bool) -> None:
        if self.question is None or (yes and self.needs_reason and not self.reason):
            return
        self.question = None
        self.hide()
        self.answered.emit(yes)
