"""The organizer's Follow-up tab (사후관리): the call list of the fair's open cases.

A table of the second-interview and pending cases (filter: all, open, decided) with a progress bar,
and for the selected case: log a call's result, record the final outcome with its date. All reads
and writes go through ``services.follow_up``; the table holds plain ``FollowUpCase`` rows.
Keyboard: Alt+F filter, Alt+L call list, Alt+R call result, Alt+C log the call, Alt+O final outcome,
Alt+D date, Alt+S record the outcome (the mnemonics of the Korean texts differ).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobfair.domain.codes import OUTCOME_LABELS
from jobfair.domain.errors import JobFairError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.common.stations import StationContext
from jobfair.gui.common.table_model import RowTableModel, row_table_view
from jobfair.i18n import error_message
from jobfair.services.interviews.follow_up import (
    CALL_RESULT_LABELS,
    FINAL_OUTCOME_LABELS,
    CallResult,
    FinalOutcome,
    FollowUpCase,
    FollowUpProgress,
    follow_up_cases,
    follow_up_progress,
    log_call,
    record_final_outcome,
)

FILTERS = (None, "open", "decided")


def _code_label(labels: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    label = labels.get(code)
    return QCoreApplication.translate("codes", label) if label else code


def day_outcome_text(case: FollowUpCase) -> str:
    return _code_label({str(k): v for k, v in OUTCOME_LABELS.items()}, case.day_outcome)


def final_outcome_text(case: FollowUpCase) -> str:
    text = _code_label({str(k): v for k, v in FINAL_OUTCOME_LABELS.items()}, case.final_outcome)
    if text and case.final_outcome_on is not None:
        text += f" ({case.final_outcome_on.isoformat()})"
    return text


def last_call_text(case: FollowUpCase) -> str:
    if case.last_call_at is None:
        return ""
    result = _code_label({str(k): v for k, v in CALL_RESULT_LABELS.items()}, case.last_call_result)
    return f"{result} ×{case.calls}"


def phone_text(phone: str) -> str:
    if len(phone) == 11:
        return f"{phone[:3]}-{phone[3:7]}-{phone[7:]}"
    return phone


class FollowUpModel(RowTableModel[FollowUpCase]):
    """The follow-up cases, one row each; ``data()`` reads only the rows it was given."""

    context = "FollowUpModel"
    columns = (
        (QT_TRANSLATE_NOOP("FollowUpModel", "Name"), lambda c: c.seeker_name),
        (QT_TRANSLATE_NOOP("FollowUpModel", "Phone"), lambda c: phone_text(c.phone)),
        (QT_TRANSLATE_NOOP("FollowUpModel", "Employer"), lambda c: c.employer),
        (QT_TRANSLATE_NOOP("FollowUpModel", "Opening"), lambda c: c.opening),
        (QT_TRANSLATE_NOOP("FollowUpModel", "Fair day"), day_outcome_text),
        (QT_TRANSLATE_NOOP("FollowUpModel", "Final outcome"), final_outcome_text),
        (QT_TRANSLATE_NOOP("FollowUpModel", "Last call"), last_call_text),
        (QT_TRANSLATE_NOOP("FollowUpModel", "Note"), lambda c: c.follow_up_note),
        (QT_TRANSLATE_NOOP("FollowUpModel", "Rating"),
         lambda c: str(c.rating) if c.rating is not None else ""),
        (QT_TRANSLATE_NOOP("FollowUpModel", "Tags"), lambda c: ", ".join(c.tags)),
        (QT_TRANSLATE_NOOP("FollowUpModel", "Booth's note"), lambda c: c.booth_note),
    )


class FollowUpPanel(QWidget):
    """The call list with its progress, and the actions on the selected case.

    Signals:
        changed: a final outcome was recorded (the dashboard may refresh).
    """

    changed = Signal()

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert context.fair is not None
        self.context = context
        self.fair_id = context.fair.id
        self.setObjectName("followUpPanel")

        self.filter_label = QLabel()
        self.filter = QComboBox()
        self.filter.setObjectName("followUpFilter")
        self.filter.addItems(["", "", ""])
        self.filter_label.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(self.reload)
        self.progress = QProgressBar()
        self.progress.setObjectName("followUpProgress")
        self.progress.setFormat("%v / %m")
        self.progress_text = QLabel()
        self.progress_text.setObjectName("followUpProgressText")

        self.model = FollowUpModel(self)
        self.list_label = QLabel()
        self.table = row_table_view(self.model, "followUpTable")
        self.list_label.setBuddy(self.table)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)

        self.case_box = QGroupBox()
        self.case_label = QLabel()
        self.case_label.setObjectName("followUpCase")
        self.case_label.setWordWrap(True)
        self.call_result = QComboBox()
        self.call_result.setObjectName("callResult")
        for code in CallResult:
            self.call_result.addItem("", str(code))
        self.call_note = QLineEdit()
        self.call_note.setObjectName("callNote")
        self.call_button = QPushButton()
        self.call_button.setObjectName("logCall")
        self.call_button.clicked.connect(self.log_call)
        self.final_outcome = QComboBox()
        self.final_outcome.setObjectName("finalOutcome")
        for final in FinalOutcome:
            self.final_outcome.addItem("", str(final))
        self.final_date = QDateEdit()
        self.final_date.setObjectName("finalOutcomeOn")
        self.final_date.setCalendarPopup(True)
        self.final_date.setDisplayFormat("yyyy-MM-dd")
        self.final_date.setDate(QDate.currentDate())
        self.final_note = QLineEdit()
        self.final_note.setObjectName("finalNote")
        self.final_button = QPushButton()
        self.final_button.setObjectName("recordFinalOutcome")
        self.final_button.clicked.connect(self.record_outcome)

        self.call_result_label = QLabel()
        self.call_result_label.setBuddy(self.call_result)
        self.call_note_label = QLabel()
        self.call_note_label.setBuddy(self.call_note)
        self.final_outcome_label = QLabel()
        self.final_outcome_label.setBuddy(self.final_outcome)
        self.final_date_label = QLabel()
        self.final_date_label.setBuddy(self.final_date)
        self.final_note_label = QLabel()
        self.final_note_label.setBuddy(self.final_note)

        form = QFormLayout(self.case_box)
        form.addRow(self.case_label)
        form.addRow(self.call_result_label, self.call_result)
        form.addRow(self.call_note_label, self.call_note)
        form.addRow(self.call_button)
        form.addRow(self.final_outcome_label, self.final_outcome)
        form.addRow(self.final_date_label, self.final_date)
        form.addRow(self.final_note_label, self.final_note)
        form.addRow(self.final_button)

        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        top.addSpacing(16)
        top.addWidget(self.progress, 1)
        top.addWidget(self.progress_text)
        left = QVBoxLayout()
        left.addWidget(self.list_label)
        left.addWidget(self.table, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.case_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.setTabOrder(self.filter, self.table)
        self.setTabOrder(self.table, self.call_result)
        self.setTabOrder(self.call_result, self.call_note)
        self.setTabOrder(self.call_note, self.call_button)
        self.setTabOrder(self.call_button, self.final_outcome)
        self.setTabOrder(self.final_outcome, self.final_date)
        self.setTabOrder(self.final_date, self.final_note)
        self.setTabOrder(self.final_note, self.final_button)

        self.progress_value = FollowUpProgress(0, 0, 0)
        self.retranslate()
        self.reload()

    # -- data -------------------------------------------------------------------------------

    def selected_case(self) -> FollowUpCase | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    @Slot()
    def reload(self) -> None:
        """Read the list and the progress again, keeping the selected case when still listed."""
        current = self.selected_case()
        status = FILTERS[max(0, self.filter.currentIndex())]
        try:
            with self.context.session_factory() as session:
                cases = follow_up_cases(session, self.fair_id, status, actor=self.context.actor)
                progress = follow_up_progress(session, self.fair_id)
        except JobFairError as exc:
            self.context.dialogs.error(self.tr("Follow-up"), error_message(exc))
            return
        self.model.set_rows(cases)
        self.progress_value = progress
        self._show_progress()
        if current is not None:
            for row, case in enumerate(cases):
                if case.interview_id == current.interview_id:
                    self.table.selectRow(row)
                    break
        self._update_case()

    def _show_progress(self) -> None:
        p = self.progress_value
        self.progress.setRange(0, max(1, p.total))
        self.progress.setValue(p.decided)
        self.progress_text.setText(self.tr(
            "{decided} of {total} decided · {reached} reached · {remaining} remaining"
        ).format(decided=p.decided, total=p.total, reached=p.reached, remaining=p.remaining))

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        del selected, deselected
        self._update_case()

    def _update_case(self) -> None:
        case = self.selected_case()
        enabled = case is not None
        for widget in (self.call_result, self.call_note, self.call_button, self.final_outcome,
                       self.final_date, self.final_note, self.final_button):
            widget.setEnabled(enabled)
        if case is None:
            self.case_label.setText(self.tr("Choose a case in the list."))
            return
        self.case_label.setText(f"{case.seeker_name} · {phone_text(case.phone)}\n"
                                f"{case.employer} {case.opening}".rstrip())
        if case.final_outcome:
            index = self.final_outcome.findData(case.final_outcome)
            if index >= 0:
                self.final_outcome.setCurrentIndex(index)
        if case.final_outcome_on:
            d = case.final_outcome_on
            self.final_date.setDate(QDate(d.year, d.month, d.day))
        self.final_note.setText(case.follow_up_note)

    # -- actions ----------------------------------------------------------------------------

    @Slot()
    def log_call(self) -> None:
        case = self.selected_case()
        if case is None:
            return
        try:
            with self.context.session_factory.begin() as session:
                log_call(session, self.context.actor, case.interview_id,
                         str(self.call_result.currentData()), self.call_note.text().strip())
        except JobFairError as exc:
            self.context.dialogs.error(self.tr("Follow-up"), error_message(exc))
            return
        self.call_note.clear()
        self.reload()

    @Slot()
    def record_outcome(self) -> None:
        case = self.selected_case()
        if case is None:
            return
        qd = self.final_date.date()
        on = date(qd.year(), qd.month(), qd.day())
        try:
            with self.context.session_factory.begin() as session:
                record_final_outcome(session, self.context.actor, case.interview_id,
                                     str(self.final_outcome.currentData()), on,
                                     self.final_note.text().strip())
        except JobFairError as exc:
            self.context.dialogs.error(self.tr("Follow-up"), error_message(exc))
            return
        self.reload()
        self.changed.emit()

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("&Filter:"))
        for index, text in enumerate((self.tr("All cases"), self.tr("Open"), self.tr("Decided"))):
            self.filter.setItemText(index, text)
        self.list_label.setText(self.tr("Call &list (second interviews and pending cases)"))
        self.case_box.setTitle(self.tr("Selected case"))
        self.call_result_label.setText(self.tr("Call &result:"))
        for index in range(self.call_result.count()):
            code = CallResult(self.call_result.itemData(index))
            self.call_result.setItemText(
                index, QCoreApplication.translate("codes", CALL_RESULT_LABELS[code])
            )
        self.call_note_label.setText(self.tr("Call note:"))
        self.call_button.setText(self.tr("Log the &call"))
        self.final_outcome_label.setText(self.tr("Final &outcome:"))
        for index in range(self.final_outcome.count()):
            final = FinalOutcome(self.final_outcome.itemData(index))
            self.final_outcome.setItemText(
                index, QCoreApplication.translate("codes", FINAL_OUTCOME_LABELS[final])
            )
        self.final_date_label.setText(self.tr("&Date:"))
        self.final_note_label.setText(self.tr("Note:"))
        self.final_button.setText(self.tr("&Save the final outcome"))
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1)
        )
        self._show_progress()
        self._update_case()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
