"""Find one job seeker of the fair, then act on the person chosen (reprint a badge, print an
interview confirmation).

Typing searches as the desk does (part of a name, ``#`` and a badge number, the last four digits
of a phone); a badge scanned into the field finds its holder. Nothing is chosen for the person:
the action button stays off until a row is selected, and Enter in the field only searches, so a
scan's Enter never acts on whoever happened to be listed first.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from jobfair.domain import badge_code
from jobfair.domain.errors import JobFairError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.common.dialogs import enter_presses_nothing
from jobfair.gui.common.stations import StationContext
from jobfair.gui.common.table_model import RowTableModel, row_table_view
from jobfair.i18n import error_message
from jobfair.services.checkins.desk import SeekerRow, search_seekers
from jobfair.services.seekers.badges import lookup

LIMIT = 50  # rows listed at most; more means the person types more
SEARCH_DELAY_MS = 250


def badge_text(badge_no: int | None) -> str:
    return f"#{badge_no}" if badge_no is not None else ""


class SeekerRowsModel(RowTableModel[SeekerRow]):
    """The seekers found: badge number, name, birth year, masked phone, check-in time."""

    context = "FindSeeker"

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.columns = (
            (QT_TRANSLATE_NOOP("FindSeeker", "Badge"), lambda r: badge_text(r.badge_no)),
            (QT_TRANSLATE_NOOP("FindSeeker", "Name"), lambda r: r.name),
            (QT_TRANSLATE_NOOP("FindSeeker", "Born"), lambda r: str(r.birth_year or "")),
            (QT_TRANSLATE_NOOP("FindSeeker", "Phone"), lambda r: r.phone_masked),
            (QT_TRANSLATE_NOOP("FindSeeker", "Checked in"), self._checked_in),
        )

    def _checked_in(self, row: SeekerRow) -> str:
        at: datetime | None = row.checked_in_at
        return at.astimezone(self.zone).strftime("%H:%M") if at is not None else ""


class FindSeekerDialog(QDialog):
    """Search the fair's seekers and choose one.

    Attributes:
        model: the seekers found by the last search.

    Signals:
        seeker_chosen(object): the person chose this seeker (a ``uuid.UUID``) and pressed the
            action button (or Enter on the row, or double-clicked it); the dialog then closes.
    """

    seeker_chosen = Signal(object)

    def __init__(
        self, context: StationContext, title: str, action_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert context.fair is not None
        self.context = context
        self.fair_id = context.fair.id
        self.setObjectName("findSeekerDialog")
        self.setWindowTitle(title)
        self.resize(720, 480)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setObjectName("findSeekerText")
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self.search)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search)
        self.field.textEdited.connect(lambda _text: self.timer.start())
        self.model = SeekerRowsModel(ZoneInfo(context.fair.timezone), self)
        self.table = row_table_view(self.model, "findSeekerTable")
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._row_activated)
        self.status = QLabel()
        self.status.setObjectName("findSeekerStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.action_button = QPushButton(action_text)
        self.action_button.setObjectName("findSeekerAction")
        self.action_button.setEnabled(False)
        self.buttons.addButton(self.action_button, QDialogButtonBox.ButtonRole.ActionRole)
        enter_presses_nothing(self.buttons)  # Enter belongs to the field
        self.action_button.clicked.connect(self.choose)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.field)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.field.setFocus()

    # -- searching ------------------------------------------------------------------------

    def search(self) -> None:
        """Search for the field's text now: a badge code finds its holder, anything else
        searches names, badge numbers and phone digits."""
        self.timer.stop()
        text = self.field.text().strip()
        try:
            with self.context.session_factory() as session:
                rows = self._find(session, text)
        except JobFairError as exc:
            self.model.set_rows([])
            self.status.setText(error_message(exc))
            self.action_button.setEnabled(False)
            return
        self.model.set_rows(rows)
        self.action_button.setEnabled(False)
        if badge_code.looks_like_code(text) and len(rows) == 1:
            # A scan: the badge in hand names the person. The focus stays in the field, so the
            # next scan's keys and Enter search again instead of acting on this person.
            self.field.clear()
            self.table.selectRow(0)
        self._show_count(text, len(rows))

    def _find(self, session: Session, text: str) -> list[SeekerRow]:
        actor = self.context.actor
        if badge_code.looks_like_code(text):
            found = lookup(session, text, actor=actor)
            if found.fair_id != self.fair_id:
                return []
            return [SeekerRow(found.seeker_id, found.name, 0, "", found.badge_no,
                              found.checked_in_at)]
        return search_seekers(session, self.fair_id, text, LIMIT, actor=actor)

    def _show_count(self, text: str, count: int) -> None:
        if not text:
            self.status.setText("")
        elif count == 0:
            self.status.setText(self.tr("Nobody found. Type at least two letters of a name, "
                                        "#badge number or the last four digits of a phone."))
        elif count >= LIMIT:
            self.status.setText(self.tr("The first {count} shown: type more to narrow the "
                                        "search.").format(count=count))
        else:
            self.status.setText(self.tr("{count} found: choose the person.").format(count=count))

    # -- choosing -------------------------------------------------------------------------

    def chosen_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return row.seeker_id if row is not None else None

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        del selected, deselected
        self.action_button.setEnabled(self.chosen_id() is not None)

    def _row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.selectRow(index.row())
            self.choose()

    def choose(self) -> None:
        seeker_id = self.chosen_id()
        if seeker_id is None:
            return
        self.accept()
        self.seeker_chosen.emit(seeker_id)

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Scan the badge, or type part of the name, # and the badge number, or the last four "
            "digits of the phone. Then choose the person in the list."
        ))
        self.field.setPlaceholderText(self.tr("Name, #badge number, phone digits or a scan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        last = self.model.columnCount() - 1
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
