"""The organizer's list of rehearsal records, and their discard in one confirmed action.

Check-ins and interviews made on another day than the fair's (scanners tried the day before)
count nowhere; this tab lists them and discards them all. The confirmation defaults to Cancel:
a scanner's Enter (or anyone's) never confirms it, only a click on Discard (or Tab to it and
Space) does.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from jobfair.domain.codes import OUTCOME_LABELS, Outcome
from jobfair.domain.errors import JobFairError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.common.stations import StationContext
from jobfair.gui.common.table_model import AnyIndex, RowTableModel, row_table_view
from jobfair.i18n import error_message
from jobfair.services.records.rehearsal import (
    CHECKIN,
    RehearsalRecord,
    RehearsalRecords,
    discard_rehearsal,
    rehearsal_count,
    rehearsal_records,
)

CONTEXT = "RehearsalPanel"


def _what(row: RehearsalRecord) -> str:
    if row.kind == CHECKIN:
        return QCoreApplication.translate("RehearsalPanel", "Check-in")
    return QCoreApplication.translate("RehearsalPanel", "Interview")


def _outcome(row: RehearsalRecord) -> str:
    if row.kind == CHECKIN:
        return ""
    text = (QCoreApplication.translate("codes", OUTCOME_LABELS[Outcome(row.outcome)])
            if row.outcome else QCoreApplication.translate("RehearsalPanel", "To be decided"))
    undone = QCoreApplication.translate("RehearsalPanel", "(undone)")
    return f"{text} {undone}" if row.voided else text


class RehearsalModel(RowTableModel[RehearsalRecord]):
    """The rehearsal records, oldest first; times in the fair's time zone."""

    context = CONTEXT
    columns = (
        (QT_TRANSLATE_NOOP("RehearsalPanel", "Recorded"), lambda r: ""),  # see data()
        (QT_TRANSLATE_NOOP("RehearsalPanel", "Record"), _what),
        (QT_TRANSLATE_NOOP("RehearsalPanel", "Badge"),
         lambda r: "" if r.badge_no is None else f"#{r.badge_no}"),
        (QT_TRANSLATE_NOOP("RehearsalPanel", "Name"), lambda r: r.name),
        (QT_TRANSLATE_NOOP("RehearsalPanel", "Booth"), lambda r: r.booth),
        (QT_TRANSLATE_NOOP("RehearsalPanel", "Outcome"), _outcome),
    )

    def __init__(self, timezone: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo(timezone)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is not None and index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:
            return row.at.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")
        return super().data(index, role)


class ConfirmDiscardDialog(QDialog):
    """"Discard N rehearsal records?" with Cancel as the default: Enter cancels.

    Attributes:
        discard_button: confirms, by a click (or Space when focused); never the default.
        cancel_button: the default button, whichever button has the focus.
    """

    def __init__(self, found: RehearsalRecords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDiscardRehearsal")
        self.setWindowTitle(self.tr("Discard rehearsal records"))
        text = QLabel(self.tr(
            "Delete the {total} rehearsal records ({checkins} check-ins, {interviews} "
            "interviews) made on another day than the fair's ({date}), and the queue entries of "
            "those days? They count nowhere now; this cannot be undone. The audit log keeps what "
            "each record was."
        ).format(total=found.total, checkins=found.checkins, interviews=found.interviews,
                 date=found.fair_date.isoformat()))
        text.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.discard_button = buttons.addButton(
            self.tr("Discard {total} records").format(total=found.total),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        self.discard_button.setObjectName("confirmDiscardButton")
        # No button becomes the default by taking the focus (autoDefault), so Cancel stays the
        # default wherever the focus is: Enter cancels, even with Discard focused.
        for button in (self.cancel_button, self.discard_button):
            button.setAutoDefault(False)
        self.discard_button.setDefault(False)
        self.cancel_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.discard_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)


class RehearsalPanel(QWidget):
    """The fair's rehearsal records and the button that discards them.

    Attributes:
        model: the rows shown.
        table: the table view.
        discard_button: opens the confirmation (enabled when there is anything to discard).
        confirm: the confirmation while it is open.
        count: how many rehearsal records there are (as last counted; -1 before).

    Signals:
        count_changed(int): the number of rehearsal records changed.
        discarded(int): that many records were discarded.
    """

    count_changed = Signal(int)
    discarded = Signal(int)

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert context.fair is not None
        self.setObjectName("rehearsalPanel")
        self.context = context
        self.fair_id = context.fair.id
        self.found: RehearsalRecords | None = None
        self.confirm: ConfirmDiscardDialog | None = None
        self.model = RehearsalModel(context.fair.timezone, self)
        self.table: QTableView = row_table_view(self.model, "rehearsalTable")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("rehearsalSummary")
        self.summary.setWordWrap(True)
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.reload)
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discardRehearsal")
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self.ask_discard)
        self.status = QLabel()
        self.status.setObjectName("rehearsalStatus")
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reload_button)
        bottom.addStretch(1)
        bottom.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)
        self.count = -1
        self.retranslate()
        self.count_records()

    def count_records(self) -> int:
        """Count the rehearsal records (cheap: runs on every change another station makes)
        and say so when the number changed."""
        try:
            with self.context.session_factory() as session:
                count = rehearsal_count(session, self.fair_id)
        except (JobFairError, SQLAlchemyError):
            return max(self.count, 0)
        if count != self.count:
            self.count = count
            self.count_changed.emit(count)
        self.discard_button.setEnabled(count > 0)
        return count

    def refresh(self) -> None:
        """Another station wrote: count again, and read the list again if it is on screen."""
        self.count_records()
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        try:
            with self.context.session_factory() as session:
                found = rehearsal_records(session, self.fair_id)
        except JobFairError as err:
            self.model.set_rows([])
            self.status.setText(error_message(err))
            return
        self.found = found
        self.model.set_rows(found.rows)
        self._show_summary()
        if found.total != self.count:
            self.count = found.total
            self.count_changed.emit(found.total)
        self.discard_button.setEnabled(found.total > 0)

    def ask_discard(self) -> None:
        """Open the confirmation; only its Discard button (never Enter) deletes."""
        self.reload()
        if self.found is None or not self.found.total or self.confirm is not None:
            return
        dialog = ConfirmDiscardDialog(self.found, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.discard)
        dialog.finished.connect(self._confirm_closed)
        self.confirm = dialog
        dialog.open()
        dialog.activateWindow()  # the keyboard (and a scanner) goes to the question

    def _confirm_closed(self) -> None:
        self.confirm = None

    def discard(self) -> int:
        """Discard every rehearsal record of the fair (the organizer confirmed)."""
        try:
            with self.context.session_factory.begin() as session:
                count = discard_rehearsal(session, self.context.actor, self.fair_id)
        except JobFairError as err:
            self.context.dialogs.error(self.tr("Discard rehearsal records"), error_message(err))
            return 0
        self.reload()
        self.status.setText(self.tr("{count} rehearsal records discarded.").format(count=count))
        self.discarded.emit(count)
        return count

    def _show_summary(self) -> None:
        found = self.found
        if found is None:
            self.summary.setText("")
        elif not found.total:
            self.summary.setText(self.tr(
                "No rehearsal records: every check-in and interview was made on the fair's day "
                "({date})."
            ).format(date=found.fair_date.isoformat()))
        else:
            self.summary.setText(self.tr(
                "{total} rehearsal records: {checkins} check-ins and {interviews} interviews "
                "made on another day than the fair's ({date}). None of them counts."
            ).format(total=found.total, checkins=found.checkins, interviews=found.interviews,
                     date=found.fair_date.isoformat()))

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Check-ins and interviews count only on the fair's day. Those made on another day "
            "(scanners tried the day before, say) are kept here as rehearsal records and left "
            "out of every figure; discard them once the rehearsal is over."
        ))
        self.reload_button.setText(self.tr("Reload"))
        self.discard_button.setText(self.tr("Discard rehearsal records…"))
        self._show_summary()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, max(self.model.columnCount() - 1, 0)
        )

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        self.reload()
        super().showEvent(event)
