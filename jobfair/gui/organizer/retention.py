"""The organizer's reminder that personal data must go: a banner above the tabs.

Shown while any fair (demo fairs excepted) is past its retention period and not purged; its
"Purge now…" button asks the screen to open the purge of the first fair due
(``organizer_purge.PurgeDialog``: the fair's name is typed before anything is destroyed).
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from jobfair.gui.common.stations import StationContext
from jobfair.services.records.purge import RetentionStatus, due_reminders


class RetentionBanner(QFrame):
    """Hidden unless some fair's personal data is due for purging.

    Signals:
        purge_requested(int): "Purge now…" was pressed for this fair (the first one due).
    """

    purge_requested = Signal(int)

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("retentionBanner")
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
        """Ask for the purge of the first fair due (the screen opens the purge dialog, which
        has the fair's name typed first); ``False`` when none is due."""
        if not self.due:
            return False
        self.purge_requested.emit(self.due[0].fair_id)
        return True
