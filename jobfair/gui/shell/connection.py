"""The connection screen: which database this station works on (a fair's PostgreSQL server).

The person fills in the server, port, database, user and password - or pastes an address - and
presses Test: the screen says in plain words what is wrong (server down, unknown computer, wrong
password, no such database, a schema older or newer than this JobFair). An empty or older
database can be set up or upgraded from here, only after the person confirms (that is done on
the organizer's PC). Connect remembers the choice in the station's settings and hands the address
to the window, which reconnects.

The password is typed into a password field and never shown in messages (addresses are shown
without it). It is never written to the settings file: when "Remember the password" is ticked it
goes to the operating system's credential store (``jobfair.services.accounts.credentials``); on a PC
without one the box is off and says why. A settings file from an older JobFair that still holds
a password in its address has it moved to the store (or dropped) the first time it is read.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from jobfair.db.diagnose import SCHEMA_MESSAGES, ProbeResult, SchemaState, probe
from jobfair.db.engine import describe_url, first_line, parse_url
from jobfair.domain.errors import JobFairError
from jobfair.gui.common.dialogs import Dialogs
from jobfair.gui.common.style import set_tone
from jobfair.gui.common.workers import run_task
from jobfair.gui.shell.database import remember_url, remembered_url, upgrade_database
from jobfair.i18n import error_message
from jobfair.services.accounts import credentials

DEFAULT_PORT = 5432

Prober = Callable[[str], ProbeResult]
Upgrader = Callable[[str], None]


class ConnectionDialog(QDialog):
    """Test and choose the database.

    Attributes:
        last_result: the last test's result, or ``None`` (no test yet, or it failed).
        chosen_url: the address chosen with Connect (with its password), or ``None``.
        message: the last message shown.

    Signals:
        tested(bool): a test ended; ``True`` when the database can be used as it is.
        connected(str): Connect was pressed after a good test (the address).
    """

    tested = Signal(bool)
    connected = Signal(str)

    def __init__(
        self,
        settings: QSettings,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        *,
        current_url: str | None = None,
        prober: Prober = probe,
        upgrader: Upgrader = upgrade_database,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectionDialog")
        self.settings = settings
        self.dialogs = dialogs
        self.prober = prober
        self.upgrader = upgrader
        self.last_result: ProbeResult | None = None
        self.chosen_url: str | None = None
        self.message = ""
        self._tested_url: str | None = None

        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("hostEdit")
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("portSpin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit("jobfair")
        self.database_edit.setObjectName("databaseEdit")
        self.user_edit = QLineEdit("jobfair")
        self.user_edit.setObjectName("userEdit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("urlEdit")
        self.remember_box = QCheckBox()
        self.remember_box.setObjectName("rememberPassword")
        self.store_available = credentials.store_available()
        self.remember_box.setChecked(self.store_available)
        self.remember_box.setEnabled(self.store_available)
        self.no_store_label = QLabel()
        self.no_store_label.setObjectName("noCredentialStore")
        self.no_store_label.setWordWrap(True)
        self.no_store_label.setVisible(not self.store_available)
        self.status_label = QLabel()
        self.status_label.setObjectName("connectionStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setMinimumHeight(60)
        self.test_button = QPushButton()
        self.test_button.setObjectName("testButton")
        self.upgrade_button = QPushButton()
        self.upgrade_button.setObjectName("upgradeButton")
        self.upgrade_button.hide()
        self.connect_button = QPushButton()
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setEnabled(False)
        self.connect_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelButton")

        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        for label, field in zip(
            self.labels,
            (self.host_edit, self.port_spin, self.database_edit, self.user_edit,
             self.password_edit, self.url_edit),
            strict=True,
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow("", self.remember_box)
        self.form.addRow("", self.no_store_label)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.upgrade_button)
        buttons.addStretch(1)
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        self.test_button.clicked.connect(self.test)
        self.upgrade_button.clicked.connect(self.set_up_database)
        self.connect_button.clicked.connect(self.connect_database)
        self.cancel_button.clicked.connect(self.reject)
        for edit in (self.host_edit, self.database_edit, self.user_edit, self.password_edit,
                     self.url_edit):
            edit.textEdited.connect(self._fields_changed)
        self.port_spin.valueChanged.connect(self._fields_changed)

        self.fill(current_url or remembered_url(settings))
        self.retranslate()
        self.resize(560, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect to database"))
        self.intro.setText(self.tr(
            "At a fair with many stations, every station works on the PostgreSQL server of the "
            "organizer's PC. Enter its address, or paste a database address below."))
        texts = (self.tr("Server (name or IP):"), self.tr("Port:"), self.tr("Database:"),
                 self.tr("User:"), self.tr("Password:"), self.tr("Or an address:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.host_edit.setPlaceholderText(self.tr("e.g. 192.168.0.10"))
        self.url_edit.setPlaceholderText("postgresql://jobfair@192.168.0.10:5432/jobfair")
        self.remember_box.setText(self.tr(
            "Remember the password in this PC's credential store"))
        self.no_store_label.setText(self.tr(
            "This PC has no credential store (keyring), so the password is not remembered: "
            "it is asked for at every start. It is never written to the settings file."))
        self.test_button.setText(self.tr("&Test"))
        self.upgrade_button.setText(self.tr("Set up / &upgrade the database…"))
        self.connect_button.setText(self.tr("&Connect"))
        self.cancel_button.setText(self.tr("Cancel"))

    # -- the address -----------------------------------------------------------------------
    def fill(self, url: str | None) -> None:
        """Put a remembered address into the fields (a SQLite file goes into the address)."""
        if not url:
            return
        try:
            parsed = parse_url(url)
        except JobFairError:
            self.url_edit.setText(url)
            return
        if parsed.get_backend_name() != "postgresql":
            self.url_edit.setText(url)
            return
        self.host_edit.setText(parsed.host or "")
        self.port_spin.setValue(parsed.port or DEFAULT_PORT)
        self.database_edit.setText(parsed.database or "")
        self.user_edit.setText(parsed.username or "")
        self.password_edit.setText(parsed.password or "")

    def url(self) -> str:
        """The address the fields describe (the pasted one wins), with its password."""
        typed = self.url_edit.text().strip()
        if typed:
            return parse_url(typed).render_as_string(hide_password=False)
        built = URL.create(
            "postgresql+psycopg",
            username=self.user_edit.text().strip() or None,
            password=self.password_edit.text() or None,
            host=self.host_edit.text().strip() or None,
            port=self.port_spin.value(),
            database=self.database_edit.text().strip() or None,
        )
        return built.render_as_string(hide_password=False)

    def _fields_changed(self) -> None:
        self.connect_button.setEnabled(False)
        self.upgrade_button.hide()
        self.last_result = None

    # -- testing ---------------------------------------------------------------------------
    def test(self) -> None:
        """Try the address on a worker thread; the answer shows below the fields."""
        try:
            url = self.url()
        except JobFairError as exc:
            self._show(error_message(exc), ok=False)
            self.tested.emit(False)
            return
        if not self.host_edit.text().strip() and not self.url_edit.text().strip():
            self._show(self.tr("Enter the server's name or IP address."), ok=False)
            self.tested.emit(False)
            return
        self._busy(True)
        self._show(self.tr("Connecting to {where}…").format(where=describe_url(url)), ok=None)
        prober = self.prober
        run_task(
            self,
            lambda _progress: prober(url),
            lambda result: self._tested(url, result),
            lambda exc: self._test_failed(exc),
            cancellable=False,
            show_dialog=False,
        )

    def _tested(self, url: str, result: ProbeResult) -> None:
        self._busy(False)
        self.last_result = result
        self._tested_url = url
        usable = result.schema is SchemaState.CURRENT
        if usable:
            self._show(self.tr("Connected to {where}. The database is ready for this JobFair.")
                       .format(where=result.where), ok=True)
        else:
            self._show(self._schema_text(result), ok=False)
        self.upgrade_button.setVisible(result.schema in (SchemaState.EMPTY, SchemaState.OLDER))
        self.connect_button.setEnabled(usable)
        self.tested.emit(usable)

    def _test_failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.last_result = None
        if isinstance(exc, JobFairError):
            text = error_message(exc)
        else:
            text = self.tr("The test failed: {reason}").format(reason=type(exc).__name__)
        self._show(text, ok=False)
        self.connect_button.setEnabled(False)
        self.tested.emit(False)

    @staticmethod
    def _schema_text(result: ProbeResult) -> str:
        return error_message(JobFairError(
            SCHEMA_MESSAGES[result.schema], where=result.where, revision=result.revision or "",
            head=result.head or ""))

    # -- setting up ------------------------------------------------------------------------
    def set_up_database(self) -> bool:
        """Create or upgrade the schema after the person confirms; then test again."""
        if self.last_result is None or self._tested_url is None:
            return False
        if self.last_result.schema is SchemaState.EMPTY:
            question = self.tr(
                "Set up the empty database {where} for JobFair?\n\nDo this once, on the "
                "organizer's PC.").format(where=self.last_result.where)
        else:
            question = self.tr(
                "Upgrade the database {where} to this JobFair's schema?\n\nDo this on the "
                "organizer's PC, before the other stations connect. Stations with an older "
                "JobFair must be updated afterwards.").format(where=self.last_result.where)
        if not self.dialogs.ask(self.tr("Set up the database"), question):
            return False
        try:
            self.upgrader(self._tested_url)
        except JobFairError as exc:
            self._show(error_message(exc), ok=False)
            return False
        except SQLAlchemyError as exc:
            self._show(self.tr("The database could not be set up: {reason}")
                       .format(reason=first_line(getattr(exc, "orig", None) or exc)), ok=False)
            return False
        self.test()
        return True

    # -- choosing --------------------------------------------------------------------------
    def connect_database(self) -> None:
        """Remember the tested address and hand it to the window."""
        if self._tested_url is None or self.last_result is None:
            return
        if self.last_result.schema is not SchemaState.CURRENT:
            return
        remember_url(self.settings, self._tested_url,
                     keep_password=self.store_available and self.remember_box.isChecked())
        self.chosen_url = self._tested_url
        self.connected.emit(self._tested_url)
        self.accept()

    # -- inside ----------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.connect_button.setEnabled(False)

    def _show(self, text: str, *, ok: bool | None) -> None:
        self.message = text
        self.status_label.setText(text)
        state = "" if ok is None else ("ok" if ok else "error")
        self.status_label.setProperty("state", state)
        set_tone(self.status_label, state)
