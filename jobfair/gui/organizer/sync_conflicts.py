"""The organizer's tab of offline conflicts: records stations delivered late that collided.

A table of the fair's conflicts (unresolved only, or all), what each is about in words, and
"Mark resolved" with a note saying what was done (a call to the employer, an interview undone).
Reading and resolving need the organizer's right to the audit log.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from jobfair.domain.errors import ERRORS_CONTEXT, JobFairError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.common.labels import local_time
from jobfair.gui.common.stations import StationContext
from jobfair.gui.common.table_model import AnyIndex, RowTableModel, row_table_view
from jobfair.i18n import error_message
from jobfair.services.sync.conflicts import (
    ConflictRow,
    list_conflicts,
    resolve_conflict,
    unresolved_count,
)

CONTEXT = "sync_conflicts"

REASONS: dict[str, str] = {
    "over_headcount": QT_TRANSLATE_NOOP("sync_conflicts", "Hired beyond the headcount"),
    "repeat_interview": QT_TRANSLATE_NOOP("sync_conflicts", "Interviewed twice"),
    "unknown_seeker": QT_TRANSLATE_NOOP("sync_conflicts", "Seeker unknown"),
    "refused": QT_TRANSLATE_NOOP("sync_conflicts", "Refused"),
    "failed": QT_TRANSLATE_NOOP("sync_conflicts", "Not saved"),
}
KINDS: dict[str, str] = {
    "interview": QT_TRANSLATE_NOOP("sync_conflicts", "Interview"),
    "checkin": QT_TRANSLATE_NOOP("sync_conflicts", "Check-in"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def message_of(row: ConflictRow) -> str:
    """The conflict's message in the language in force."""
    template = QCoreApplication.translate(ERRORS_CONTEXT, row.message) if row.message else ""
    try:
        return template.format(**row.params)
    except (KeyError, IndexError, ValueError):
        return template


class ConflictsModel(RowTableModel[ConflictRow]):
    """The conflicts, one per row; times in the fair's time zone."""

    context = CONTEXT
    columns = (
        (QT_TRANSLATE_NOOP("sync_conflicts", "Taken at"), lambda r: ""),  # see data()
        (QT_TRANSLATE_NOOP("sync_conflicts", "Station"), lambda r: r.station),
        (QT_TRANSLATE_NOOP("sync_conflicts", "Record"), lambda r: _tr(KINDS.get(r.record_kind,
                                                                             r.record_kind))),
        (QT_TRANSLATE_NOOP("sync_conflicts", "Seeker"), lambda r: r.seeker),
        (QT_TRANSLATE_NOOP("sync_conflicts", "Booth"), lambda r: r.booth),
        (QT_TRANSLATE_NOOP("sync_conflicts", "Opening"), lambda r: r.opening),
        (QT_TRANSLATE_NOOP("sync_conflicts", "Reason"), lambda r: _tr(REASONS.get(r.reason,
                                                                             r.reason))),
        (QT_TRANSLATE_NOOP("sync_conflicts", "What happened"), message_of),
        (QT_TRANSLATE_NOOP("sync_conflicts", "Resolved"),
         lambda r: f"{r.resolved_by}: {r.resolution_note}" if r.resolved else ""),
    )

    def __init__(self, timezone: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timezone = timezone

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is not None and index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:
            return local_time(row.recorded_at, self.timezone)
        return super().data(index, role)

    def extra_data(self, row: ConflictRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and column == 7:
            return message_of(row)
        return None


class ConflictsPanel(QWidget):
    """The organizer's list of offline conflicts.

    Attributes:
        model: the rows shown.
        table: the table view.
        unresolved_only: shows only what still needs a look (on by default).
        note_edit: the note "Mark resolved" saves with the chosen conflict.
        unresolved: how many conflicts still wait (as last counted).

    Signals:
        unresolved_changed(int): the count of conflicts waiting for an organizer changed.
    """

    unresolved_changed = Signal(int)

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert context.fair is not None
        self.setObjectName("syncConflictsPanel")
        self.context = context
        self.fair_id = context.fair.id
        self.model = ConflictsModel(context.fair.timezone, self)
        self.table: QTableView = row_table_view(self.model, "syncConflictsTable")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.unresolved_only = QCheckBox()
        self.unresolved_only.setChecked(True)
        self.unresolved_only.toggled.connect(lambda _on: self.reload())
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.reload)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("syncConflictNote")
        self.resolve_button = QPushButton()
        self.resolve_button.setObjectName("syncConflictResolve")
        self.resolve_button.clicked.connect(self.resolve_chosen)
        self.status = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.unresolved_only)
        top.addStretch(1)
        top.addWidget(self.reload_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note_edit, 1)
        bottom.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)
        self.unresolved = -1
        self.retranslate()
        self._update_buttons()
        self.count_unresolved()

    def count_unresolved(self) -> int:
        """Count the conflicts still waiting (cheap: runs on every change another station
        makes) and say so when the number changed."""
        try:
            with self.context.session_factory() as session:
                count = unresolved_count(session, self.context.actor, self.fair_id)
        except (JobFairError, SQLAlchemyError):
            return max(self.unresolved, 0)
        if count != self.unresolved:
            self.unresolved = count
            self.unresolved_changed.emit(count)
        return count

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Records that stations took while the server could not be reached and that "
            "collided with what others recorded meanwhile. Each was kept as the station made "
            "it: check it, then mark it resolved with a note."
        ))
        self.unresolved_only.setText(self.tr("Unresolved only"))
        self.reload_button.setText(self.tr("Reload"))
        self.note_edit.setPlaceholderText(self.tr("What was done (for the record)"))
        self.resolve_button.setText(self.tr("Mark resolved"))
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

    def refresh(self) -> None:
        """Another station wrote: count again, and read the list again if it is on screen."""
        self.count_unresolved()
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        try:
            with self.context.session_factory() as session:
                rows = list_conflicts(session, self.context.actor, self.fair_id,
                                      unresolved_only=self.unresolved_only.isChecked())
        except JobFairError as err:
            self.model.set_rows([])
            self.status.setText(error_message(err))
            return
        self.model.set_rows(rows)
        self.status.setText(self.tr("{count} conflict(s) shown.").format(count=len(rows)))
        self._update_buttons()

    def chosen(self) -> ConflictRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def resolve_chosen(self) -> ConflictRow | None:
        """Mark the chosen conflict resolved with the note typed."""
        row = self.chosen()
        if row is None or row.resolved:
            return None
        note = self.note_edit.text().strip()
        if not note:
            self.context.dialogs.error(self.tr("Mark resolved"),
                                       self.tr("Write what was done about it first."))
            self.note_edit.setFocus()
            return None
        try:
            with self.context.session_factory.begin() as session:
                done = resolve_conflict(session, self.context.actor, row.id, note)
        except JobFairError as err:
            self.context.dialogs.error(self.tr("Mark resolved"), error_message(err))
            return None
        self.note_edit.clear()
        self.reload()
        self.count_unresolved()
        return done

    def _update_buttons(self) -> None:
        row = self.chosen()
        self.resolve_button.setEnabled(row is not None and not row.resolved)
