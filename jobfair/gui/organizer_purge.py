"""Purging a fair's personal data from the window: say what goes, then have the fair's name typed.

The purge cannot be undone, so nothing in this dialog defaults to it: the purge button stays off
until the fair's name is typed exactly, it is never the default button, and Enter does nothing
here (a badge scanned into the field types its code and Enter; neither can confirm). Escape and
Cancel leave everything as it was.

What the purge would remove is counted on a worker when the dialog opens, and the purge itself
(and the rebuilding of the database file after it) runs on a worker too: on a large fair both
read every audit entry, which takes seconds.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from jobfair.gui.stations import StationContext
from jobfair.gui.workers import Progress, TaskHandle, report_failure, run_task
from jobfair.services.purge import (
    PurgeReport,
    RetentionStatus,
    purge_fair,
    retention_status,
    vacuum_after_purge,
)


def same_name(typed: str, name: str) -> bool:
    """Whether ``typed`` is the fair's name (spaces at the ends and doubled spaces aside)."""
    return " ".join(typed.split()) == " ".join(name.split()) != ""


class PurgeDialog(QDialog):
    """Purge one fair's personal data, once its name has been typed.

    Attributes:
        status: the fair's retention status (name, due date, whether purged already).
        preview: what a purge would remove, counted without changing anything (``None`` while
            it is being counted).
        report: what the purge removed, once done.
        task: the counting, then the purge, while it runs.

    Signals:
        purged(int): the fair's personal data is gone (its id).
    """

    purged = Signal(int)

    def __init__(
        self, context: StationContext, fair_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.fair_id = fair_id
        self.report: PurgeReport | None = None
        self.preview: PurgeReport | None = None
        self.setObjectName("purgeDialog")
        with context.session_factory() as session:
            self.status: RetentionStatus = retention_status(session, fair_id, self.today())
        self.what = QLabel()
        self.what.setObjectName("purgeWhat")
        self.what.setWordWrap(True)
        self.when = QLabel()
        self.when.setObjectName("purgeWhen")
        self.when.setWordWrap(True)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.name_field = QLineEdit()
        self.name_field.setObjectName("purgeConfirmName")
        self.prompt.setBuddy(self.name_field)
        self.name_field.textChanged.connect(self._typed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.purge_button = QPushButton()
        self.purge_button.setObjectName("purgeButton")
        self.purge_button.setEnabled(False)
        self.buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.purge_button.clicked.connect(self.purge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.when)
        layout.addSpacing(8)
        layout.addWidget(self.prompt)
        layout.addWidget(self.name_field)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()
        self.name_field.setFocus()
        self.task: TaskHandle[PurgeReport] | None = self._count()

    def today(self) -> date:
        zone = ZoneInfo(self.context.fair.timezone) if self.context.fair else None
        return self.context.actor.now().astimezone(zone).date()

    def _typed(self, text: str) -> None:
        self.purge_button.setEnabled(same_name(text, self.status.fair_name))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        """Enter confirms nothing here (a scan ends with one); Escape still cancels."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _count(self) -> TaskHandle[PurgeReport]:
        factory, actor, fair_id = self.context.session_factory, self.context.actor, self.fair_id

        def work(progress: Progress) -> PurgeReport:
            with factory() as session:  # counted, then rolled back
                return purge_fair(session, actor, fair_id, dry_run=True)

        return run_task(self, work, self._counted, self._failed, title=self.windowTitle(),
                        show_dialog=False)

    def _counted(self, preview: PurgeReport) -> None:
        if shiboken6.isValid(self):  # not closed meanwhile
            self.preview = preview
            self.retranslate()

    def _failed(self, exc: BaseException) -> None:
        report_failure(self.context.dialogs, self.tr("Purge personal data"), exc,
                       self.context.config.data_dir)

    def purge(self) -> TaskHandle[PurgeReport] | None:
        """Purge the fair (only once its name is typed) and rebuild the database file, on a
        worker; then say what went."""
        if not same_name(self.name_field.text(), self.status.fair_name):
            return None
        self.purge_button.setEnabled(False)
        self.name_field.setEnabled(False)
        factory, actor, fair_id = self.context.session_factory, self.context.actor, self.fair_id

        def work(progress: Progress) -> PurgeReport:
            with factory.begin() as session:
                report = purge_fair(session, actor, fair_id)
                bind = session.get_bind()
            vacuum_after_purge(bind if isinstance(bind, Engine) else bind.engine)
            return report

        def failed(exc: BaseException) -> None:
            self._failed(exc)
            if shiboken6.isValid(self):
                self.name_field.setEnabled(True)
                self._typed(self.name_field.text())

        self.task = run_task(
            self, work, self._purged, failed, title=self.windowTitle(),
            label=self.tr("Removing the personal data…"), cancellable=False,
        )
        return self.task

    def _purged(self, report: PurgeReport) -> None:
        self.report = report
        if shiboken6.isValid(self):
            self.accept()
        self.context.dialogs.inform(self.tr("Purge personal data"), self.tr(
            "The personal data of {fair} is removed ({count} job seekers). The figures stay."
        ).format(fair=self.status.fair_name, count=report.seekers))
        self.purged.emit(self.fair_id)

    def retranslate(self) -> None:
        status, preview = self.status, self.preview
        self.setWindowTitle(self.tr("Purge personal data"))
        if preview is None:
            what = self.tr("Counting what the purge would remove from {fair}…").format(
                fair=status.fair_name)
        else:
            what = self.tr(
                "This removes for good the names, phones, birth dates, residence, desired jobs, "
                "notes and free text of {fair}: {seekers} job seekers, {contacts} employers' "
                "contact persons, {events} audit log entries. The figures and breakdowns stay as "
                "they are. It cannot be undone."
            ).format(fair=status.fair_name, seekers=preview.seekers,
                     contacts=preview.employer_contacts, events=preview.audit_events)
        self.what.setText(what)
        if status.purged:
            when = self.tr("This fair was purged before; what was added since goes too.")
        elif status.ended:
            when = self.tr("Its retention period ended on {day}.").format(day=status.due)
        else:
            when = self.tr("Its retention period ends on {day}: the data may still be "
                           "needed until then.").format(day=status.due)
        self.when.setText(when)
        self.prompt.setText(self.tr("To confirm, type the fair's name: {fair}").format(
            fair=status.fair_name))
        self.purge_button.setText(self.tr("Purge for good"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
