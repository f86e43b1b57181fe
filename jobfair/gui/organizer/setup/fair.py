"""The fair form: name, date, venue, hosts, organizer, hours, time zone and how long personal data
is kept; it edits the current fair or creates a new one."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QEvent, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from jobfair.gui.common.forms import FieldErrors, SetupHost, heading
from jobfair.services.setup.fairs import FairInput, FairView, create_fair, get_fair
from jobfair.services.setup.service import update_fair

TIMEZONES = ("Asia/Seoul", "UTC", "Asia/Tokyo", "Asia/Shanghai")


class FairForm(QWidget):
    """Edit the current fair, or create a new fair from the values shown.

    Signals:
        fair_saved(int): the fair (its id) was changed.
        fair_created(int): a new fair was created (its id).
    """

    fair_saved = Signal(int)
    fair_created = Signal(int)

    def __init__(self, host: SetupHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupFairForm")
        self.host = host
        self.title = heading()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("fairName")
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("fairDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.venue_edit = QLineEdit()
        self.venue_edit.setObjectName("fairVenue")
        self.hosts_edit = QLineEdit()
        self.hosts_edit.setObjectName("fairHosts")
        self.organizer_edit = QLineEdit()
        self.organizer_edit.setObjectName("fairOrganizer")
        self.opens_edit = QTimeEdit()
        self.opens_edit.setObjectName("fairOpens")
        self.opens_edit.setDisplayFormat("HH:mm")
        self.closes_edit = QTimeEdit()
        self.closes_edit.setObjectName("fairCloses")
        self.closes_edit.setDisplayFormat("HH:mm")
        self.timezone_combo = QComboBox()
        self.timezone_combo.setObjectName("fairTimezone")
        self.timezone_combo.setEditable(True)
        self.timezone_combo.addItems(TIMEZONES)
        self.retention_spin = QSpinBox()
        self.retention_spin.setObjectName("fairRetention")
        self.retention_spin.setRange(0, 3650)
        self.typical_spin = QSpinBox()
        self.typical_spin.setObjectName("fairTypicalInterview")
        self.typical_spin.setRange(1, 120)
        self.labels = {f: QLabel() for f in (
            "name", "date", "venue", "hosts", "organizer", "opens_at", "closes_at", "timezone",
            "retention_days", "typical_interview_minutes")}
        self.errors = FieldErrors()
        form = QFormLayout()
        for field, widget in (
            ("name", self.name_edit), ("date", self.date_edit), ("venue", self.venue_edit),
            ("hosts", self.hosts_edit), ("organizer", self.organizer_edit),
            ("opens_at", self.opens_edit), ("closes_at", self.closes_edit),
            ("timezone", self.timezone_combo), ("retention_days", self.retention_spin),
            ("typical_interview_minutes", self.typical_spin),
        ):
            self.errors.add_row(form, self.labels[field], widget, field)
        self.save_button = QPushButton()
        self.save_button.setObjectName("fairSave")
        self.save_button.clicked.connect(self.save)
        self.create_button = QPushButton()
        self.create_button.setObjectName("fairCreate")
        self.create_button.clicked.connect(self.create_new)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.load)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        body = QWidget()
        body.setMaximumWidth(760)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addLayout(form)
        column.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        layout.addStretch(1)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        texts = {
            "name": self.tr("&Name"), "date": self.tr("&Date"), "venue": self.tr("&Venue"),
            "hosts": self.tr("&Hosts"), "organizer": self.tr("&Organizer"),
            "opens_at": self.tr("Opens &at"), "closes_at": self.tr("C&loses at"),
            "timezone": self.tr("&Time zone"),
            "retention_days": self.tr("&Keep personal data (days)"),
            "typical_interview_minutes": self.tr(
                "T&ypical interview (minutes, for predicted waits)"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        self.name_edit.setPlaceholderText(self.tr("e.g. 2025 양주시 일자리 박람회"))
        self.hosts_edit.setPlaceholderText(self.tr("e.g. 양주시 · 동두천시"))
        self.save_button.setText(self.tr("&Save changes"))
        self.create_button.setText(self.tr("Create as a &new fair"))
        self.reset_button.setText(self.tr("&Undo edits"))
        self._show_title()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_title(self) -> None:
        if self.host.fair_id is None:
            self.title.setText(self.tr("No fair yet: fill in the form and create one."))
        else:
            self.title.setText(self.tr("The fair"))
        self.save_button.setEnabled(self.host.fair_id is not None)

    def load(self) -> None:
        """Show the current fair (or defaults when there is none)."""
        self.errors.clear()
        fair_id = self.host.fair_id
        fair: FairView | None = None
        if fair_id is not None:
            fair = self.host.read(lambda s: get_fair(s, fair_id))
        if fair is None:
            self.show_values(FairInput("", date.today()))
        else:
            self.show_values(FairInput(
                fair.name, fair.date, fair.venue, fair.hosts, fair.organizer, fair.opens_at,
                fair.closes_at, fair.timezone, retention_days=fair.retention_days,
                typical_interview_minutes=fair.typical_interview_minutes))
        self._show_title()

    def show_values(self, data: FairInput) -> None:
        self.name_edit.setText(data.name)
        self.date_edit.setDate(QDate(data.date.year, data.date.month, data.date.day))
        self.venue_edit.setText(data.venue)
        self.hosts_edit.setText(data.hosts)
        self.organizer_edit.setText(data.organizer)
        self.opens_edit.setTime(QTime(data.opens_at.hour, data.opens_at.minute))
        self.closes_edit.setTime(QTime(data.closes_at.hour, data.closes_at.minute))
        self.timezone_combo.setCurrentText(data.timezone)
        self.retention_spin.setValue(data.retention_days)
        self.typical_spin.setValue(data.typical_interview_minutes)

    def values(self) -> FairInput:
        d = self.date_edit.date()
        o, c = self.opens_edit.time(), self.closes_edit.time()
        return FairInput(
            name=self.name_edit.text(),
            date=date(d.year(), d.month(), d.day()),
            venue=self.venue_edit.text().strip(),
            hosts=self.hosts_edit.text().strip(),
            organizer=self.organizer_edit.text().strip(),
            opens_at=time(o.hour(), o.minute()),
            closes_at=time(c.hour(), c.minute()),
            timezone=self.timezone_combo.currentText().strip(),
            retention_days=self.retention_spin.value(),
            typical_interview_minutes=self.typical_spin.value(),
        )

    def save(self) -> bool:
        fair_id = self.host.fair_id
        if fair_id is None:
            return self.create_new()
        data = self.values()
        actor = self.host.context.actor
        ok, _ = self.host.apply(
            self.tr("Save the fair"), lambda s: update_fair(s, actor, fair_id, data), self.errors
        )
        if ok:
            self.fair_saved.emit(fair_id)
        return ok

    def create_new(self) -> bool:
        data = self.values()
        actor = self.host.context.actor
        ok, fair = self.host.apply(
            self.tr("Create a fair"), lambda s: create_fair(s, actor, data), self.errors
        )
        if ok and fair is not None:
            self.fair_created.emit(fair.id)
        return ok
