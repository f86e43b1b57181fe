"""The organizer's Audit log tab: who changed what, from which station, and when.

A filter bar (station, person, action, record type, a time window in the fair's time zone and
free text) narrows the list of events, newest first, 500 at a time ("More" reads the next 500).
The selected event's fields are shown with their values before and after, side by side.
The log is read on the GUI thread: a page of 500 events reads in milliseconds.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QItemSelection,
    QModelIndex,
    Qt,
    QTime,
    QTimer,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobfair.domain.errors import JobFairError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.stations import StationContext
from jobfair.gui.table_model import RowTableModel, row_table_view
from jobfair.i18n import error_message
from jobfair.services.audit_log import (
    ACTION_LABELS,
    ENTITY_LABELS,
    PAGE_SIZE,
    AuditFilters,
    AuditRow,
    audit_events,
    audit_filters,
)

log = logging.getLogger(__name__)

TEXT_DELAY_MS = 300  # typing in the search box reads the log again after this pause
DEFAULT_ZONE = "Asia/Seoul"


def fair_zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except (KeyError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def action_label(code: str) -> str:
    label = ACTION_LABELS.get(code)
    return QCoreApplication.translate("audit", label) if label else code


def entity_label(code: str) -> str:
    label = ENTITY_LABELS.get(code)
    return QCoreApplication.translate("audit", label) if label else code


def value_text(value: Any) -> str:
    """A recorded JSON value as one line of text (nothing for a null)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def station_text(row: AuditRow) -> str:
    if row.station_name:
        return row.station_name
    return str(row.station_id)[:8] if row.station_id else ""


def changes_text(row: AuditRow) -> str:
    return ", ".join(change.field for change in row.changes)


class AuditModel(RowTableModel[AuditRow]):
    """Audit events, one row each; times in the fair's time zone."""

    context = "AuditModel"

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.columns = (
            (QT_TRANSLATE_NOOP("AuditModel", "Time"), self._time),
            (QT_TRANSLATE_NOOP("AuditModel", "Station"), station_text),
            (QT_TRANSLATE_NOOP("AuditModel", "Person"), lambda r: r.actor),
            (QT_TRANSLATE_NOOP("AuditModel", "Action"), lambda r: action_label(r.action)),
            (QT_TRANSLATE_NOOP("AuditModel", "Record"), lambda r: entity_label(r.entity)),
            (QT_TRANSLATE_NOOP("AuditModel", "Record id"), lambda r: r.entity_id),
            (QT_TRANSLATE_NOOP("AuditModel", "Fields"), changes_text),
        )

    def _time(self, row: AuditRow) -> str:
        return row.at.astimezone(self.zone).strftime("%Y-%m-%d %H:%M:%S")

    def append_rows(self, rows: tuple[AuditRow, ...]) -> None:
        if not rows:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()


class AuditLogPanel(QWidget):
    """The filter bar, the list of events and the selected event's before and after values.

    Attributes:
        total: how many events match the filters (the list holds the first pages of them).
    """

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert context.fair is not None
        self.context = context
        self.fair_id = context.fair.id
        self.zone = fair_zone(context.fair.timezone)
        self.total = 0
        self.setObjectName("auditLogPanel")

        self.station_label, self.station = QLabel(), self._combo("auditStation")
        self.actor_label, self.actor = QLabel(), self._combo("auditActor")
        self.action_label, self.action = QLabel(), self._combo("auditAction")
        self.entity_label, self.entity = QLabel(), self._combo("auditEntity")
        self.since_check, self.since = QCheckBox(), self._time_edit("auditSince")
        self.until_check, self.until = QCheckBox(), self._time_edit("auditUntil")
        self.since_check.setObjectName("auditSinceOn")
        self.until_check.setObjectName("auditUntilOn")
        for check, edit in ((self.since_check, self.since), (self.until_check, self.until)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.reload)
            edit.dateTimeChanged.connect(self._time_changed)
        self.text_label = QLabel()
        self.text = QLineEdit()
        self.text.setObjectName("auditText")
        self.text.setClearButtonEnabled(True)
        self.text_label.setBuddy(self.text)
        self.text_timer = QTimer(self)
        self.text_timer.setSingleShot(True)
        self.text_timer.setInterval(TEXT_DELAY_MS)
        self.text_timer.timeout.connect(self.reload)
        self.text.textChanged.connect(self.text_timer.start)
        self.text.returnPressed.connect(self.reload)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("auditRefresh")
        self.refresh_button.clicked.connect(self.refresh)

        bar = QGridLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for column, (label, combo) in enumerate((
            (self.station_label, self.station), (self.actor_label, self.actor),
            (self.action_label, self.action), (self.entity_label, self.entity),
        )):
            label.setBuddy(combo)
            bar.addWidget(label, 0, 2 * column)
            bar.addWidget(combo, 0, 2 * column + 1)
        bar.addWidget(self.since_check, 1, 0)
        bar.addWidget(self.since, 1, 1)
        bar.addWidget(self.until_check, 1, 2)
        bar.addWidget(self.until, 1, 3)
        bar.addWidget(self.text_label, 1, 4)
        bar.addWidget(self.text, 1, 5)
        bar.addWidget(self.refresh_button, 1, 7)

        self.model = AuditModel(self.zone, self)
        self.table = row_table_view(self.model, "auditTable")
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        self.more_button = QPushButton()
        self.more_button.setObjectName("auditMore")
        self.more_button.clicked.connect(self.load_more)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.more_button)

        self.detail_title = QLabel()
        self.detail_title.setObjectName("auditDetailTitle")
        self.detail_title.setWordWrap(True)
        self.detail = QTableWidget(0, 3)
        self.detail.setObjectName("auditDetail")
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.verticalHeader().setVisible(False)
        header = self.detail.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail)

        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table)
        list_layout.addLayout(footer)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(list_box)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self.refresh()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setMinimumContentsLength(10)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self.reload)
        return combo

    def _time_edit(self, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setObjectName(name)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        edit.setCalendarPopup(True)
        edit.setEnabled(False)
        fair = self.context.fair
        assert fair is not None
        edit.setDateTime(QDateTime(QDate(fair.date.year, fair.date.month, fair.date.day),
                                   QTime(0, 0)))
        return edit

    # -- reading -----------------------------------------------------------------------------

    def _time_changed(self) -> None:
        if self.since_check.isChecked() or self.until_check.isChecked():
            self.reload()

    def _edit_time(self, check: QCheckBox, edit: QDateTimeEdit) -> datetime | None:
        if not check.isChecked():
            return None
        value = edit.dateTime()
        day, clock = value.date(), value.time()
        local = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(),
                         tzinfo=self.zone)
        return local.astimezone(UTC)

    def filter_values(self) -> dict[str, Any]:
        until = self._edit_time(self.until_check, self.until)
        return {
            "station_id": self.station.currentData(),
            "person": self.actor.currentData(),
            "action": self.action.currentData(),
            "entity": self.entity.currentData(),
            "since": self._edit_time(self.since_check, self.since),
            # the minute shown is included
            "until": until + timedelta(minutes=1) if until is not None else None,
            "text": self.text.text().strip() or None,
        }

    @Slot()
    def refresh(self) -> None:
        """Read the filter choices and the first page again (the filters chosen are kept)."""
        try:
            with self.context.session_factory() as session:
                filters = audit_filters(session, self.fair_id, actor=self.context.actor)
        except JobFairError as exc:
            self.context.dialogs.error(self.tr("Audit log"), error_message(exc))
            return
        self._fill_filters(filters)
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the first page under the current filters."""
        self.text_timer.stop()
        page = self._read(0)
        if page is None:
            return
        self.total = page.total
        self.model.set_rows(page.rows)
        self._show_detail(None)
        self._update_count()

    @Slot()
    def load_more(self) -> None:
        """Append the next page of events."""
        page = self._read(self.model.rowCount())
        if page is None:
            return
        self.total = page.total
        self.model.append_rows(page.rows)
        self._update_count()

    def _read(self, offset: int) -> Any:
        try:
            with self.context.session_factory() as session:
                return audit_events(session, self.fair_id, **self.filter_values(),
                                    limit=PAGE_SIZE, offset=offset, actor=self.context.actor)
        except JobFairError as exc:
            self.context.dialogs.error(self.tr("Audit log"), error_message(exc))
            return None

    def _fill_filters(self, filters: AuditFilters) -> None:
        choices: list[tuple[QComboBox, list[tuple[str, object]]]] = [
            (self.station, [(c.name, c.id) for c in filters.stations]),
            (self.actor, [(a, a) for a in filters.actors]),
            (self.action, [(action_label(a), a) for a in filters.actions]),
            (self.entity, [(entity_label(e), e) for e in filters.entities]),
        ]
        for combo, items in choices:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        self.count_label.setText(self.tr("Showing %1 of %2 events").replace(
            "%1", str(shown)).replace("%2", str(self.total)))
        self.more_button.setEnabled(shown < self.total)

    # -- the selected event ------------------------------------------------------------------

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        del selected, deselected
        rows = self.table.selectionModel().selectedRows()
        self._show_detail(self.model.row_at(rows[0].row()) if rows else None)

    def selected_event(self) -> AuditRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_detail(self, row: AuditRow | None) -> None:
        self.detail.setRowCount(0)
        if row is None:
            self.detail_title.setText(
                self.tr("Choose an event to see its values before and after.")
            )
            return
        self.detail_title.setText(
            f"{action_label(row.action)} · {entity_label(row.entity)} {row.entity_id}"
        )
        self.detail.setRowCount(len(row.changes))
        for index, change in enumerate(row.changes):
            for column, text in enumerate(
                (change.field, value_text(change.before), value_text(change.after))
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.detail.setItem(index, column, item)

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.station_label.setText(self.tr("&Station"))
        self.actor_label.setText(self.tr("&Person"))
        self.action_label.setText(self.tr("&Action"))
        self.entity_label.setText(self.tr("&Record"))
        self.since_check.setText(self.tr("&From"))
        self.until_check.setText(self.tr("&To"))
        self.text_label.setText(self.tr("Fi&nd"))
        self.text.setPlaceholderText(self.tr("Person, record id or value"))
        self.refresh_button.setText(self.tr("Refres&h"))
        self.more_button.setText(self.tr("&More"))
        self.detail.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        for combo, label in ((self.action, action_label), (self.entity, entity_label)):
            for index in range(combo.count()):
                code = combo.itemData(index)
                combo.setItemText(index, self.tr("All") if code is None else label(code))
        for combo in (self.station, self.actor):
            if combo.count():
                combo.setItemText(0, self.tr("All"))
        last_column = self.model.columnCount() - 1
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last_column)
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, 0),
                self.model.index(self.model.rowCount() - 1, last_column),
            )
        self._update_count()
        self._show_detail(self.selected_event())

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

