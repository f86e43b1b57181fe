"""*Organizer › Annul a check-in or interview…*: one seeker's records, each annulled with a reason.

Reached after finding the seeker (``FindSeekerDialog``). The list shows the seeker's check-in and
the interviews that count; the organizer picks one, writes the reason and presses *Annul*, then
confirms. The service (``jobfair.services.records.annul``) audits it; every station's figures
follow on
the live change signal.

Object names: ``annulRecordList``, ``annulReasonEdit``, ``annulButton``.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobfair.domain.codes import OUTCOME_LABELS
from jobfair.domain.errors import JobFairError
from jobfair.gui.common.dialogs import enter_presses_nothing
from jobfair.gui.common.stations import StationContext
from jobfair.i18n import error_message
from jobfair.services.records.annul import (
    AnnulRecords,
    annul_check_in,
    annul_interview,
    annulable_records,
)

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

CHECK_IN = "check_in"


class AnnulDialog(QDialog):
    """A seeker's check-in and interviews, to annul one with a reason.

    Attributes:
        records: what the list shows (re-read after each annulment).
    """

    def __init__(
        self, context: StationContext, seeker_id: uuid.UUID, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert context.fair is not None
        self.context = context
        self.seeker_id = seeker_id
        self.zone = ZoneInfo(context.fair.timezone)
        self.setWindowTitle(self.tr("Annul a check-in or interview"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("annulRecordList")
        self.reason = QLineEdit()
        self.reason.setObjectName("annulReasonEdit")
        self.reason.setPlaceholderText(self.tr("Why (kept in the audit log)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.button = QPushButton(self.tr("&Annul"))
        self.button.setObjectName("annulButton")
        buttons.addButton(self.button, QDialogButtonBox.ButtonRole.ActionRole)
        enter_presses_nothing(buttons)
        self.button.clicked.connect(self.annul)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel(self.tr("Reason:")))
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.resize(560, 400)
        self.records: AnnulRecords | None = None
        self.reload()

    def reload(self) -> None:
        with self.context.session_factory() as session:
            self.records = annulable_records(session, self.context.actor, self.seeker_id)
        r = self.records
        self.heading.setText(self.tr("{name} (#{badge}): choose the record to annul.").format(
            name=r.name, badge=r.badge_no if r.badge_no is not None else "–"))
        self.list.clear()
        if r.checked_in_at is not None:
            self._add(self.tr("Check-in at {time}").format(time=self._time(r.checked_in_at)),
                      CHECK_IN)
        for i in r.interviews:
            outcome = (translate("codes", OUTCOME_LABELS[i.outcome])  # type: ignore[index]
                       if i.outcome in OUTCOME_LABELS else self.tr("no outcome yet"))
            self._add(self.tr("Interview at {booth} {employer}, {time}: {outcome}").format(
                booth=i.booth, employer=i.employer, time=self._time(i.started_at),
                outcome=outcome), i.id)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.button.setEnabled(self.list.count() > 0)

    def _time(self, moment: datetime) -> str:
        return f"{moment.astimezone(self.zone):%H:%M}"

    def _add(self, text: str, key: object) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.list.addItem(item)

    def annul(self) -> None:
        title = self.tr("Annul a check-in or interview")
        dialogs = self.context.dialogs
        item = self.list.currentItem()
        if item is None:
            return
        reason = self.reason.text().strip()
        if not reason:
            dialogs.error(title, self.tr("Give the reason: it is kept in the audit log."))
            return
        if not dialogs.ask(title, self.tr("Annul “{record}”? It will count nowhere.").format(
                record=item.text())):
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        try:
            with self.context.session_factory.begin() as session:
                if key == CHECK_IN:
                    annul_check_in(session, self.context.actor, self.seeker_id, reason)
                else:
                    annul_interview(session, self.context.actor, key, reason)
        except JobFairError as exc:
            dialogs.error(title, error_message(exc))
            return
        self.reason.clear()
        dialogs.inform(title, self.tr("Annulled: {record}.").format(record=item.text()))
        self.reload()
