"""The sign-in page: shown instead of the stations once the database has accounts.

Login name, then the PIN or password, Enter to sign in. A wrong try says so under the field and
keeps the login name; the count of wrong tries and the lock are the service's
(``jobfair.services.accounts.service``), committed even when the try fails.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from jobfair.db.engine import SessionFactory, first_line
from jobfair.domain.errors import JobFairError
from jobfair.gui.common.style import TONE_ERROR, set_tone
from jobfair.i18n import error_message
from jobfair.services.accounts.service import AccountView, sign_in
from jobfair.services.context import Actor


class SignInPage(QWidget):
    """Login and PIN; emits ``signed_in(AccountView)`` on success.

    Attributes:
        session_factory: where the accounts are (the window sets it again after reconnecting).
        station: this station as the author of the sign-in's audit events.
    """

    signed_in = Signal(object)  # AccountView

    def __init__(
        self, session_factory: SessionFactory, station: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.station = station
        self.setObjectName("signInPage")
        self.title = QLabel()
        self.title.setObjectName("signInTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.login_label = QLabel()
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("signInLogin")
        self.login_edit.setMaxLength(60)
        self.login_label.setBuddy(self.login_edit)
        self.secret_label = QLabel()
        self.secret_edit = QLineEdit()
        self.secret_edit.setObjectName("signInSecret")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label.setBuddy(self.secret_edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("signInError")
        set_tone(self.error_label, TONE_ERROR)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.button = QPushButton()
        self.button.setObjectName("signInButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.login_edit.returnPressed.connect(self._login_entered)
        self.secret_edit.returnPressed.connect(self.submit)

        box = QFrame()
        box.setObjectName("signInBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMaximumWidth(460)
        form = QFormLayout()
        form.addRow(self.login_label, self.login_edit)
        form.addRow(self.secret_label, self.secret_edit)
        column = QVBoxLayout(box)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(12)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addLayout(form)
        column.addWidget(self.error_label)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 2)
        row.addStretch(1)
        page = QVBoxLayout(self)
        page.addStretch(1)
        page.addLayout(row)
        page.addStretch(2)
        self.setFocusProxy(self.login_edit)
        self.retranslate()

    def reset(self) -> None:
        """Empty the form for the next person."""
        self.login_edit.clear()
        self.secret_edit.clear()
        self._show_error("")
        self.login_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _login_entered(self) -> None:
        if self.login_edit.text().strip():
            self.secret_edit.setFocus(Qt.FocusReason.TabFocusReason)

    def submit(self) -> AccountView | None:
        """Sign in with what was typed; the account, or ``None`` (the reason shown)."""
        login = self.login_edit.text().strip()
        if not login:
            self._show_error(self.tr("Enter your login name."))
            self.login_edit.setFocus()
            return None
        if not self.secret_edit.text():
            self._show_error(self.tr("Enter your PIN or password."))
            self.secret_edit.setFocus()
            return None
        try:
            with self.session_factory.begin() as session:
                attempt = sign_in(session, self.station, login, self.secret_edit.text())
            account = attempt.account_or_raise()
        except JobFairError as exc:
            self._failed(error_message(exc))
            return None
        except SQLAlchemyError as exc:
            self._failed(
                self.tr("The database cannot be reached: {reason}").format(reason=first_line(exc))
            )
            return None
        self.secret_edit.clear()
        self._show_error("")
        self.signed_in.emit(account)
        return account

    def _failed(self, message: str) -> None:
        self._show_error(message)
        self.secret_edit.clear()
        self.secret_edit.setFocus()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sign in"))
        self.intro.setText(self.tr(
            "This fair's stations need a sign-in. Enter the login name and PIN the organizer "
            "gave you; what you record is saved under your name."
        ))
        self.login_label.setText(self.tr("&Login name:"))
        self.secret_label.setText(self.tr("&PIN or password:"))
        self.button.setText(self.tr("Sign in"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
