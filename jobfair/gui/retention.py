"""The organizer's reminder that personal data must go: a banner above the tabs.

Shown while any fair (demo fairs excepted) is past its retention period and not purged; its
"Purge now…" button asks, purges those fairs and rebuilds the database file.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget
from sqlalchemy import Engine

from jobfair.domain.errors import JobFairError
from jobfair.gui.stations import StationContext
from jobfair.i18n import error_message
from jobfair.services.purge import RetentionStatus, due_reminders, purge_fair, vacuum_after_purge


class RetentionBanner(QFrame):
    """Hidden unless some fair's personal data is due for purging.

    Signals:
        purged: after a purge, so the screen can read its figures again.
    """

    purged = Signal()

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("retentionBanner")
        self.setStyleSheet(
            "#retentionBanner { background: #fff4ce; border: 1px solid #c19c00; }"
        )
        self.due: list[RetentionStatus] = []
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("retentionPurge")
        self.button.clicked.connect(self.purge_now)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.check()

    def today(self) -> date:
        zone = ZoneInfo(self.context.fair.timezone) if self.context.fair else None
        return self.context.actor.now().astimezone(zone).date()

    def check(self, today: date | None = None) -> None:
        with self.context.session_factory() as session:
            self.due = due_reminders(session, today or self.today())
        self.retranslate()
        self.setVisible(bool(self.due))

    def retranslate(self) -> None:
        names = ", ".join(f"{s.fair_name} ({s.due:%Y-%m-%d})" for s in self.due)
        self.label.setText(self.tr(
            "The retention period of personal data has ended for: {fairs}. Purge it: the "
            "figures stay."
        ).format(fairs=names))
        self.button.setText(self.tr("Purge now…"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def purge_now(self) -> bool:
        if not self.due:
            return False
        title = self.tr("Purge personal data")
        names = "\n".join(f"· {s.fair_name}" for s in self.due)
        if not self.context.dialogs.ask(title, self.tr(
            "Remove the names, phones, birth dates, notes and free text of these fairs for "
            "good?\n{fairs}\nThe figures and breakdowns stay as they are. This cannot be undone."
        ).format(fairs=names)):
            return False
        seekers = 0
        try:
            with self.context.session_factory.begin() as session:
                for status in self.due:
                    seekers += purge_fair(session, self.context.actor, status.fair_id).seekers
                bind = session.get_bind()
            engine = bind if isinstance(bind, Engine) else bind.engine
            vacuum_after_purge(engine)
        except JobFairError as exc:
            self.context.dialogs.error(title, error_message(exc))
            return False
        self.context.dialogs.inform(title, self.tr(
            "Personal data removed ({count} job seekers)."
        ).format(count=seekers))
        self.check()
        self.purged.emit()
        return True
