"""The organizer's accounts tab: who may sign in at the stations, as what, with which PIN.

Until the first account exists nobody signs in (a one-PC fair needs none). The first account must
be an organizer's; from then on every station asks for a sign-in. Accounts are switched off, never
deleted, so the audit log keeps naming them. A booth account belongs to one booth of the fair.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.roles import ROLE_LABELS, Role
from jobfair.gui.common.forms import FieldErrors, heading, run_action
from jobfair.gui.common.stations import StationContext
from jobfair.gui.common.table_model import RowTableModel, row_table_view
from jobfair.services.accounts.service import (
    AccountView,
    create_account,
    list_accounts,
    set_secret,
    update_account,
)
from jobfair.services.setup.fairs import BoothView, list_booths

ROLE_ORDER = (Role.ORGANIZER, Role.DESK, Role.BOOTH)


def role_text(role: Role) -> str:
    return QCoreApplication.translate("codes", ROLE_LABELS[role])


def signed_in_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class AccountModel(RowTableModel[AccountView]):
    context = "AccountModel"
    columns = (
        (QT_TRANSLATE_NOOP("AccountModel", "Login"), lambda a: a.login),
        (QT_TRANSLATE_NOOP("AccountModel", "Name"), lambda a: a.display_name),
        (QT_TRANSLATE_NOOP("AccountModel", "Role"), lambda a: role_text(a.role)),
        (QT_TRANSLATE_NOOP("AccountModel", "Booth"),
         lambda a: f"{a.booth_label} {a.employer or ''}".strip() if a.booth_label else ""),
        (QT_TRANSLATE_NOOP("AccountModel", "Can sign in"),
         lambda a: QCoreApplication.translate("AccountModel", "yes" if a.active else "no")),
        (QT_TRANSLATE_NOOP("AccountModel", "Last sign-in"),
         lambda a: signed_in_text(a.last_sign_in_at)),
    )

    def extra_data(self, row: AccountView, column: int, role: int) -> object:
        del column
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return Qt.GlobalColor.gray
        return None


QT_TRANSLATE_NOOP("AccountModel", "yes")
QT_TRANSLATE_NOOP("AccountModel", "no")


class AccountsPanel(QWidget):
    """The accounts table and the form to add or change one.

    Attributes:
        selected_id: the account in the form, ``None`` while a new one is typed.

    Signals:
        accounts_changed: an account was added or changed (the window checks its sign-in).
    """

    accounts_changed = Signal()

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("accountsPanel")
        self.selected_id: uuid.UUID | None = None
        self.booths: list[BoothView] = []
        self.intro = QLabel()
        self.intro.setObjectName("accountsIntro")
        self.intro.setWordWrap(True)
        self.model = AccountModel(self)
        self.view = row_table_view(self.model, "accountTable")
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _: self._select(cur.row()))

        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        self.errors = FieldErrors({"display_name": "name", "booth_id": "booth"})
        self.login_label, self.login_edit = QLabel(), QLineEdit()
        self.login_edit.setObjectName("accountLogin")
        self.login_edit.setMaxLength(60)
        self.name_label, self.name_edit = QLabel(), QLineEdit()
        self.name_edit.setObjectName("accountName")
        self.role_label, self.role_combo = QLabel(), QComboBox()
        self.role_combo.setObjectName("accountRole")
        for role in ROLE_ORDER:
            self.role_combo.addItem("", role.value)
        self.role_combo.currentIndexChanged.connect(self._role_changed)
        self.booth_label, self.booth_combo = QLabel(), QComboBox()
        self.booth_combo.setObjectName("accountBooth")
        self.secret_label, self.secret_edit = QLabel(), QLineEdit()
        self.secret_edit.setObjectName("accountSecret")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_label, self.again_edit = QLabel(), QLineEdit()
        self.again_edit.setObjectName("accountSecretAgain")
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.active_check = QCheckBox()
        self.active_check.setObjectName("accountActive")
        self.active_check.setChecked(True)
        self.errors.add_row(form, self.login_label, self.login_edit, "login")
        self.errors.add_row(form, self.name_label, self.name_edit, "name")
        self.errors.add_row(form, self.role_label, self.role_combo, "role")
        self.errors.add_row(form, self.booth_label, self.booth_combo, "booth")
        self.errors.add_row(form, self.secret_label, self.secret_edit, "secret")
        self.errors.add_row(form, self.again_label, self.again_edit, "again")
        form.addRow(self.active_check)
        self.new_button = QPushButton()
        self.new_button.setObjectName("accountNew")
        self.new_button.clicked.connect(self.new_account)
        self.save_button = QPushButton()
        self.save_button.setObjectName("accountSave")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        form.addRow(buttons)

        self.table_heading = heading()
        left = QVBoxLayout()
        left.addWidget(self.table_heading)
        left.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addWidget(self.form_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.intro)
        layout.addLayout(row, 1)
        self.retranslate()
        self.reload()
        self.new_account()

    # -- data -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the accounts and the fair's booths again."""
        fair = self.context.fair
        actor = self.context.actor

        def read(session: Session) -> tuple[list[AccountView], list[BoothView]]:
            booths = list_booths(session, fair.id) if fair is not None else []
            return list_accounts(session, actor), booths

        ok, result = run_action(self.context, self.tr("Accounts"), read, None)
        if not ok or result is None:
            return
        accounts, self.booths = result
        self.model.set_rows(accounts)
        current = self.booth_combo.currentData()
        self.booth_combo.clear()
        for booth in self.booths:
            self.booth_combo.addItem(f"{booth.label}  {booth.employer_name}", booth.id)
        if current is not None:
            self.booth_combo.setCurrentIndex(max(self.booth_combo.findData(current), 0))
        self._show_intro()

    def refresh(self) -> None:
        self.reload()

    def _select(self, row: int) -> None:
        account = self.model.row_at(row)
        if account is None:
            return
        self.selected_id = account.id
        self.errors.clear()
        self.login_edit.setText(account.login)
        self.login_edit.setReadOnly(True)
        self.name_edit.setText(account.display_name)
        self.role_combo.setCurrentIndex(ROLE_ORDER.index(account.role))
        if account.booth_id is not None:
            self.booth_combo.setCurrentIndex(max(self.booth_combo.findData(account.booth_id), 0))
        self.secret_edit.clear()
        self.again_edit.clear()
        self.active_check.setChecked(account.active)
        self._show_form_title()

    def new_account(self) -> None:
        """An empty form for a new account (an organizer's while there is none)."""
        self.selected_id = None
        self.view.clearSelection()
        self.errors.clear()
        self.login_edit.clear()
        self.login_edit.setReadOnly(False)
        self.name_edit.clear()
        first = not self.model.rows
        self.role_combo.setCurrentIndex(0 if first else ROLE_ORDER.index(Role.BOOTH))
        self.secret_edit.clear()
        self.again_edit.clear()
        self.active_check.setChecked(True)
        self._show_form_title()
        self.login_edit.setFocus()

    def save(self) -> AccountView | None:
        """Add the account in the form, or save the changes to the selected one."""
        self.errors.clear()
        secret = self.secret_edit.text()
        if secret != self.again_edit.text():
            self.errors.show("again", self.tr("The two PINs differ. Type the same PIN twice."))
            return None
        if self.selected_id is None and not secret:
            self.errors.show("secret", self.tr("A new account needs a PIN or password."))
            return None
        actor = self.context.actor
        role = Role(self.role_combo.currentData())
        booth_id = self.booth_combo.currentData() if role is Role.BOOTH else None
        if role is Role.BOOTH and booth_id is None:
            self.errors.show("booth", self.tr("This fair has no booth yet; add booths in Setup."))
            return None
        name = self.name_edit.text()
        selected = self.selected_id

        def work(session: Session) -> AccountView:
            if selected is None:
                return create_account(
                    session, actor, login=self.login_edit.text(), secret=secret, role=role,
                    display_name=name, booth_id=booth_id,
                )
            view = update_account(
                session, actor, selected, display_name=name, role=role, booth_id=booth_id,
                active=self.active_check.isChecked(),
            )
            if secret:
                set_secret(session, actor, selected, secret)
            return view

        ok, saved = run_action(self.context, self.tr("Accounts"), work, self.errors)
        if not ok or saved is None:
            return None
        self.reload()
        self._select_id(saved.id)
        self.secret_edit.clear()
        self.again_edit.clear()
        self.accounts_changed.emit()
        if self.context.live is not None:
            self.context.live.data_changed.emit(0)  # the window checks who is signed in
        return saved

    def _select_id(self, account_id: uuid.UUID) -> None:
        for row, account in enumerate(self.model.rows):
            if account.id == account_id:
                self.view.selectRow(row)
                self._select(row)
                return

    def _role_changed(self) -> None:
        is_booth = self.role_combo.currentData() == Role.BOOTH.value
        self.booth_combo.setEnabled(is_booth)
        self.booth_label.setEnabled(is_booth)

    # -- texts ------------------------------------------------------------------------------

    def _show_form_title(self) -> None:
        if self.selected_id is None:
            self.form_box.setTitle(self.tr("New account"))
            self.save_button.setText(self.tr("&Add"))
            self.secret_label.setText(self.tr("&PIN or password:"))
        else:
            self.form_box.setTitle(self.tr("Account"))
            self.save_button.setText(self.tr("&Save"))
            self.secret_label.setText(self.tr("New &PIN (empty: keep):"))
        self.active_check.setEnabled(self.selected_id is not None)

    def _show_intro(self) -> None:
        if self.model.rows:
            self.intro.setText(self.tr(
                "Every station asks for a sign-in. Organizers may do everything; the desk "
                "registers and checks in seekers; a booth account records interviews for its "
                "own booth and sees only what seekers agreed to share with employers."
            ))
        else:
            self.intro.setText(self.tr(
                "Nobody signs in yet: whoever uses this database may do everything. Add an "
                "organizer account first; from then on every station asks for a sign-in."
            ))

    def retranslate(self) -> None:
        self.table_heading.setText(self.tr("Accounts"))
        for i, role in enumerate(ROLE_ORDER):
            self.role_combo.setItemText(i, role_text(role))
        self.login_label.setText(self.tr("&Login name:"))
        self.name_label.setText(self.tr("&Name:"))
        self.role_label.setText(self.tr("&Role:"))
        self.booth_label.setText(self.tr("&Booth:"))
        self.again_label.setText(self.tr("PIN &again:"))
        self.active_check.setText(self.tr("Can sign in"))
        self.new_button.setText(self.tr("&New"))
        self._show_form_title()
        self._show_intro()
        self._role_changed()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

