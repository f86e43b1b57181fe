"""The organizer's Audit log tab: who changed what, from which station, and when.

A filter bar (station, person, action, record type, a time window in the fair's time zone and
free text) narrows the list of events, newest first, 500 at a time ("More" reads the next 500).
Each event reads as a person would say it: local time, the station's name and the role it served
(desk, booth, organizer), who, what was done to which record ("김민준 (#12) · A-1") and the
changed fields by their labels, with coded values as words ("Hired on the spot") and referenced
records by name. The selected event's fields are shown below with their values before and
after; the ids (record, event, station, account) are shown only there.
The log is read on the GUI thread: a page of 500 events reads in milliseconds.
"""

from __future__ import annotations

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
from jobfair.gui.common.stations import StationContext
from jobfair.gui.common.table_model import RowTableModel, row_table_view
from jobfair.i18n import error_message
from jobfair.services.audit.log import (
    ACTION_LABELS,
    ENTITY_LABELS,
    FIELD_LABELS,
    FIELD_LIST_FIELDS,
    PAGE_SIZE,
    TIME_FIELDS,
    VALUE_LABELS,
    AuditFilters,
    AuditRow,
    FieldChange,
    audit_events,
    audit_filters,
    role_label,
)

log = logging.getLogger(__name__)

TEXT_DELAY_MS = 300  # typing in the search box reads the log again after this pause
DEFAULT_ZONE = "Asia/Seoul"
SUMMARY_FIELDS = 3  # changed fields named in the list; the rest in the details below
SUMMARY_VALUE = 40  # characters of a value in the list


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


def field_label(name: str) -> str:
    label = FIELD_LABELS.get(name)
    return QCoreApplication.translate("audit", label) if label else name


def role_text(kind: str | None) -> str:
    """The station's role for the event, translated ("" when not recorded)."""
    label = role_label(kind)
    return QCoreApplication.translate("codes", label) if label else (kind or "")


def _moment(text: str, zone: ZoneInfo) -> str:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")


def value_text(value: Any, field: str = "", zone: ZoneInfo | None = None) -> str:
    """A recorded value as words: coded values by their label, moments in local time, field
    names by their label, nothing for a null."""
    if value is None:
        return ""
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("audit", "Yes")
        return QCoreApplication.translate("audit", "No")
    if isinstance(value, list):
        return ", ".join(
            field_label(str(v)) if field in FIELD_LIST_FIELDS else value_text(v, field, zone)
            for v in value
        )
    if isinstance(value, dict):
        return ", ".join(f"{k}: {value_text(v)}" for k, v in value.items())
    text = str(value)
    coded = VALUE_LABELS.get(field)
    if coded is not None and text in coded[1]:
        return QCoreApplication.translate(coded[0], coded[1][text])
    if field in TIME_FIELDS:
        return _moment(text, zone or ZoneInfo(DEFAULT_ZONE))
    return text


def change_values(change: FieldChange, zone: ZoneInfo) -> tuple[str, str]:
    """The change's before and after as words (a referenced record by its name)."""
    before = change.before_name or value_text(change.before, change.field, zone)
    after = change.after_name or value_text(change.after, change.field, zone)
    return before, after


def _short(text: str) -> str:
    return text if len(text) <= SUMMARY_VALUE else text[: SUMMARY_VALUE - 1] + "…"


def station_text(row: AuditRow) -> str:
    if row.station_name:
        return row.station_name
    return str(row.station_id)[:8] if row.station_id else ""


def changes_text(row: AuditRow, zone: ZoneInfo | None = None) -> str:
    """The first changed fields as "label: before → after" (or "label: value" when only one
    side has a value); the rest are counted."""
    local = zone or ZoneInfo(DEFAULT_ZONE)
    parts = []
    for change in row.changes[:SUMMARY_FIELDS]:
        before, after = (_short(v) for v in change_values(change, local))
        label = field_label(change.field)
        if before and after:
            parts.append(f"{label}: {before} → {after}")
        else:
            parts.append(f"{label}: {before or after}" if before or after else label)
    more = len(row.changes) - SUMMARY_FIELDS
    if more > 0:
        parts.append(QCoreApplication.translate("audit", "%n more", "", more))
    return " · ".join(parts)


def ids_text(row: AuditRow) -> str:
    """The ids behind an event, for the details pane only."""
    parts = [(QCoreApplication.translate("audit", "Record id"), row.entity_id),
             (QCoreApplication.translate("audit", "Event id"), str(row.id))]
    if row.station_id is not None:
        parts.append((QCoreApplication.translate("audit", "Station id"), str(row.station_id)))
    if row.account_id is not None:
        parts.append((QCoreApplication.translate("audit", "Account id"), str(row.account_id)))
    return "\n".join(f"{label}: {value}" for label, value in parts)


class AuditModel(RowTableModel[AuditRow]):
    """Audit events, one row each; times in the fair's time zone."""

    context = "AuditModel"

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.columns = (
            (QT_TRANSLATE_NOOP("AuditModel", "Time"), self._time),
            (QT_TRANSLATE_NOOP("AuditModel", "Station"), station_text),
            (QT_TRANSLATE_NOOP("AuditModel", "Role"), lambda r: role_text(r.station_kind)),
            (QT_TRANSLATE_NOOP("AuditModel", "Person"), lambda r: r.actor),
            (QT_TRANSLATE_NOOP("AuditModel", "Action"), lambda r: action_label(r.action)),
            (QT_TRANSLATE_NOOP("AuditModel", "Record"), lambda r: entity_label(r.entity)),
            (QT_TRANSLATE_NOOP("AuditModel", "Who or what"), lambda r: r.subject),
            (QT_TRANSLATE_NOOP("AuditModel", "Changes"), lambda r: changes_text(r, self.zone)),
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
        self.detail_ids = QLabel()
        self.detail_ids.setObjectName("auditDetailIds")
        self.detail_ids.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        detail_layout.addWidget(self.detail_ids)

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
            self.detail_ids.setText("")
            return
        title = [action_label(row.action), entity_label(row.entity), row.subject]
        where = " ".join(t for t in (station_text(row), role_text(row.station_kind)) if t)
        self.detail_title.setText(" · ".join(t for t in (*title, where, row.actor) if t))
        self.detail_ids.setText(ids_text(row))
        self.detail.setRowCount(len(row.changes))
        for index, change in enumerate(row.changes):
            for column, text in enumerate(
                (field_label(change.field), *change_values(change, self.zone))
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

