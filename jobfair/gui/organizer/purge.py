"""Purging a fair's personal data from the window: say what goes, then have the fair's name typed.

The purge cannot be undone, so nothing in this dialog defaults to it: the purge button stays off
until the fair's name is typed exactly, it is never the default button, and Enter does nothing
here (a badge scanned into the field types its code and Enter; neither can confirm). Escape and
Cancel leave everything as it was.

Before the fair's retention date the dialog says so and the purge also needs a reason typed,
which the audit log records with the purge.

What the purge would remove is counted on a worker when the dialog opens, and the purge itself
(and the rebuilding of the database file after it) runs on a worker too: on a large fair both
read every audit entry, which takes seconds. When another station or program holds the database
file open, the rebuild cannot finish: the records are scrubbed already, the dialog says what is
left and offers to run the cleanup again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
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

from jobfair.gui.common.dialogs import enter_presses_nothing
from jobfair.gui.common.stations import StationContext
from jobfair.gui.common.workers import Progress, TaskHandle, report_failure, run_task
from jobfair.i18n import error_message
from jobfair.services.records.purge import (
    PurgeCleanupError,
    PurgeReport,
    RetentionStatus,
    local_outboxes,
    purge_fair,
    retention_status,
    vacuum_after_purge,
)


@dataclass(frozen=True)
class PurgeOutcome:
    """The purge's report, and the cleanup's failure if the files could not be rebuilt."""

    report: PurgeReport | None
    cleanup_error: PurgeCleanupError | None = None


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
        cleanup_error: why the files could not be rebuilt after the purge (``None`` when they
            were); the cleanup button runs it again.
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
        self.cleanup_error: PurgeCleanupError | None = None
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
        # Before the retention date: why the data goes early (recorded in the audit log).
        self.reason_prompt = QLabel()
        self.reason_prompt.setWordWrap(True)
        self.reason_field = QLineEdit()
        self.reason_field.setObjectName("purgeReason")
        self.reason_field.setMaxLength(500)
        self.reason_prompt.setBuddy(self.reason_field)
        self.reason_field.textChanged.connect(lambda _text: self._typed(self.name_field.text()))
        early = not self.status.ended
        self.reason_prompt.setVisible(early)
        self.reason_field.setVisible(early)
        self.problem = QLabel()
        self.problem.setObjectName("purgeCleanupProblem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.purge_button = QPushButton()
        self.purge_button.setObjectName("purgeButton")
        self.purge_button.setEnabled(False)
        self.buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cleanup_button = QPushButton()
        self.cleanup_button.setObjectName("purgeCleanupButton")
        self.cleanup_button.setVisible(False)
        self.cleanup_button.clicked.connect(self.cleanup)
        self.buttons.addButton(self.cleanup_button, QDialogButtonBox.ButtonRole.ActionRole)
        enter_presses_nothing(self.buttons)  # Enter belongs to the field
        self.purge_button.clicked.connect(self.purge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.when)
        layout.addSpacing(8)
        layout.addWidget(self.prompt)
        layout.addWidget(self.name_field)
        layout.addWidget(self.reason_prompt)
        layout.addWidget(self.reason_field)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()
        self.name_field.setFocus()
        self.task: TaskHandle[PurgeReport] | TaskHandle[PurgeOutcome] | None = self._count()

    def today(self) -> date:
        zone = ZoneInfo(self.context.fair.timezone) if self.context.fair else None
        return self.context.actor.now().astimezone(zone).date()

    def reason(self) -> str | None:
        """The reason typed for purging before the retention date; ``None`` once it ended."""
        return None if self.status.ended else self.reason_field.text().strip()

    def ready(self) -> bool:
        """Whether the fair's name (and, before the retention date, a reason) is typed."""
        return same_name(self.name_field.text(), self.status.fair_name) and (
            self.status.ended or bool(self.reason()))

    def _typed(self, _text: str) -> None:
        self.purge_button.setEnabled(self.ready() and self.report is None)

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

    def _outboxes(self) -> list[Path]:
        config = self.context.config
        return local_outboxes(config.data_dir, config.db_url)

    def purge(self) -> TaskHandle[PurgeOutcome] | None:
        """Purge the fair (only once its name, and before the retention date a reason, is
        typed) and rebuild the database files, on a worker; then say what went."""
        if not self.ready():
            return None
        self.purge_button.setEnabled(False)
        self.name_field.setEnabled(False)
        self.reason_field.setEnabled(False)
        factory, actor, fair_id = self.context.session_factory, self.context.actor, self.fair_id
        reason, outboxes = self.reason(), self._outboxes()

        def work(progress: Progress) -> PurgeOutcome:
            with factory.begin() as session:
                report = purge_fair(session, actor, fair_id, before_retention=reason,
                                    outboxes=outboxes)
                bind = session.get_bind()
            try:
                vacuum_after_purge(bind if isinstance(bind, Engine) else bind.engine, outboxes)
            except PurgeCleanupError as exc:  # the records are scrubbed: say what is left
                return PurgeOutcome(report, exc)
            return PurgeOutcome(report)

        def failed(exc: BaseException) -> None:
            self._failed(exc)
            if shiboken6.isValid(self):
                self.name_field.setEnabled(True)
                self.reason_field.setEnabled(True)
                self._typed(self.name_field.text())

        self.task = run_task(
            self, work, self._purged, failed, title=self.windowTitle(),
            label=self.tr("Removing the personal data…"), cancellable=False,
        )
        return self.task

    def cleanup(self) -> TaskHandle[PurgeOutcome] | None:
        """Run again only the rebuilding of the files, after another program let go of them."""
        if self.report is None:
            return None
        self.cleanup_button.setEnabled(False)
        factory, report, outboxes = self.context.session_factory, self.report, self._outboxes()

        def work(progress: Progress) -> PurgeOutcome:
            with factory() as session:
                bind = session.get_bind()
            try:
                vacuum_after_purge(bind if isinstance(bind, Engine) else bind.engine, outboxes)
            except PurgeCleanupError as exc:
                return PurgeOutcome(report, exc)
            return PurgeOutcome(report)

        def failed(exc: BaseException) -> None:
            self._failed(exc)
            if shiboken6.isValid(self):
                self.cleanup_button.setEnabled(True)

        self.task = run_task(
            self, work, self._purged, failed, title=self.windowTitle(),
            label=self.tr("Rebuilding the database files…"), cancellable=False,
        )
        return self.task

    def _purged(self, outcome: PurgeOutcome) -> None:
        first = self.report is None
        self.report = outcome.report
        self.cleanup_error = outcome.cleanup_error
        report = outcome.report
        assert report is not None
        if first:
            self.purged.emit(self.fair_id)
        if outcome.cleanup_error is not None:  # not done: the dialog stays, with the way on
            if shiboken6.isValid(self):
                self.problem.setText(error_message(outcome.cleanup_error))
                self.problem.setVisible(True)
                self.purge_button.setVisible(False)
                self.cleanup_button.setVisible(True)
                self.cleanup_button.setEnabled(True)
            return
        if shiboken6.isValid(self):
            self.accept()
        self.context.dialogs.inform(self.tr("Purge personal data"), self.tr(
            "The personal data of {fair} is removed ({count} job seekers). The figures stay."
        ).format(fair=self.status.fair_name, count=report.seekers))

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
            what += " " + self.tr(
                "Also {values} recorded values (sync conflicts), {items} delivered offline "
                "records and {copies} job seekers in offline copies on this PC."
            ).format(values=sum(preview.json_values.values()), items=preview.outbox_items,
                     copies=preview.snapshot_seekers)
        self.what.setText(what)
        if status.purged:
            when = self.tr("This fair was purged before; what was added since goes too.")
        elif status.ended:
            when = self.tr("Its retention period ended on {day}.").format(day=status.due)
        else:
            when = self.tr("Its retention period ends on {day}: the data may still be "
                           "needed until then.").format(day=status.due)
        if not status.ended:
            when += " " + self.tr("To purge it before then, type the reason; it is recorded in "
                                  "the audit log.")
        self.when.setText(when)
        self.reason_prompt.setText(self.tr("Reason for purging before the retention date:"))
        self.cleanup_button.setText(self.tr("Run the cleanup again"))
        self.prompt.setText(self.tr("To confirm, type the fair's name: {fair}").format(
            fair=status.fair_name))
        self.purge_button.setText(self.tr("Purge for good"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
