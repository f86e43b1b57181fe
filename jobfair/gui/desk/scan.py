"""The desk's answer panel: the scan field, the coloured banner, the seeker's card, recent arrivals.

The panel shows what it is told; the desk screen does the checking in.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jobfair.domain.target_groups import AGE_BAND_LABELS
from jobfair.gui.common.fair_field_widgets import answers_text
from jobfair.gui.common.labels import local_time
from jobfair.gui.common.style import TONE_ERROR, TONE_OK, set_state, set_tone
from jobfair.i18n import occupation_name
from jobfair.services.checkins.desk import RecentCheckIn, SeekerCard
from jobfair.services.hall.next_booths import BoothSuggestion

BANNER_OK = "ok"
BANNER_ALREADY = "already"
BANNER_REFUSED = "refused"
BANNER_IDLE = "idle"
BANNER_OFFLINE = "offline"



class ScanPanel(QWidget):
    """Scan field, banner, card and the recent check-ins.

    Attributes:
        scan_edit: where a code can be typed (or scanned) and sent with Enter.
        banner: the coloured line saying what happened; its ``state`` property is one of
            ``idle``, ``ok``, ``already``, ``refused``, ``offline`` (kept on this PC).
        card_id: the seeker on the card, or ``None``.
        print_status: what became of the card's badge (printed, or why not); its ``printed``
            property says which.

    Signals:
        code_entered(str): Enter was pressed in the scan field.
        print_requested(object): the card's "Print badge" button; the seeker id.
        slip_requested(object): the card's "Print where-to-go slip" button; the seeker id.
        undo_requested(object, str): "Undo check-in…" for the seeker chosen in the recent
            list (else the one on the card): their id and name.
    """

    code_entered = Signal(str)
    print_requested = Signal(object)
    slip_requested = Signal(object)
    undo_requested = Signal(object, str)

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timezone = timezone
        self.card_id: uuid.UUID | None = None
        self.where_next_shown = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        scan_row = QHBoxLayout()
        self.scan_label = QLabel()
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("deskScanEdit")
        self.scan_edit.returnPressed.connect(self._entered)
        self.scan_label.setBuddy(self.scan_edit)
        scan_row.addWidget(self.scan_label)
        scan_row.addWidget(self.scan_edit, 1)
        layout.addLayout(scan_row)

        self.banner = QLabel()
        self.banner.setObjectName("deskBanner")
        self.banner.setWordWrap(True)
        self.banner.setMinimumHeight(64)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.banner)

        self.card = QFrame()
        self.card.setObjectName("deskCard")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self.card)
        self.name_label = QLabel()
        self.name_label.setObjectName("deskCardName")
        self.badge_label = QLabel()
        self.badge_label.setObjectName("deskCardBadge")
        self.birth_label = QLabel()
        self.job_label = QLabel()
        self.job_label.setWordWrap(True)
        self.print_button = QPushButton()
        self.print_button.setObjectName("deskPrintButton")
        self.print_button.clicked.connect(self._print)
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.badge_label, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.birth_label, 1, 0, 1, 2)
        grid.addWidget(self.job_label, 2, 0, 1, 2)
        self.answers_label = QLabel()
        self.answers_label.setObjectName("deskCardAnswers")
        self.answers_label.setWordWrap(True)
        self.answers_label.setTextFormat(Qt.TextFormat.PlainText)
        self.answers_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        grid.addWidget(self.answers_label, 4, 0, 1, 2)
        self.where_next = QLabel()
        self.where_next.setObjectName("deskWhereNext")
        self.where_next.setWordWrap(True)
        self.where_next.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.next_booths: tuple[BoothSuggestion, ...] = ()
        grid.addWidget(self.where_next, 3, 0, 1, 2)
        self.slip_button = QPushButton()
        self.slip_button.setObjectName("deskSlipButton")
        self.slip_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.slip_button.clicked.connect(self._slip)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.slip_button)
        buttons.addWidget(self.print_button)
        grid.addLayout(buttons, 5, 0, 1, 2)
        self.print_status = QLabel()
        self.print_status.setObjectName("deskPrintStatus")
        self.print_status.setWordWrap(True)
        self.print_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.print_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.print_status, 6, 0, 1, 2)
        layout.addWidget(self.card)

        self.recent_label = QLabel()
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("deskRecent")
        self.recent_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("deskUndoCheckIn")
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self._undo)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent_list, 1)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignRight)
        self.card_name = ""

        self.state = BANNER_IDLE
        self.retranslate()
        self.clear_card()
        self.show_note("")

    def retranslate(self) -> None:
        self.scan_label.setText(self.tr("&Code:"))
        self.scan_edit.setPlaceholderText(self.tr("Scan or type a badge code, then Enter"))
        self.print_button.setText(self.tr("Print badge"))
        self.slip_button.setText(self.tr("Print where-to-go slip (Ctrl+G)"))
        self._render_where_next()
        self.recent_label.setText(self.tr("Recent check-ins"))
        self.undo_button.setText(self.tr("Undo check-in…"))

    # -- what the desk tells it ---------------------------------------------------------------
    def show_checked_in(self, card: SeekerCard, *, registered: bool = False) -> None:
        self._show_card(card)
        if card.already:
            self._set_banner(
                BANNER_ALREADY,
                self.tr("Already checked in at {time}").format(
                    time=local_time(card.checked_in_at, self.timezone)
                ),
            )
        elif registered:
            self._set_banner(BANNER_OK, self.tr("Registered and checked in"))
        else:
            self._set_banner(BANNER_OK, self.tr("Checked in"))

    def show_where_next(self, seeker_id: object, booths: Sequence[BoothSuggestion]) -> None:
        """The booths the seeker on the card is sent to next (ignored when the card changed)."""
        if seeker_id != self.card_id:
            return
        self.next_booths = tuple(booths)
        self.where_next_shown = True
        self._render_where_next()

    def _render_where_next(self) -> None:
        if not self.where_next_shown:
            self.where_next.setText("")
            return
        if not self.next_booths:
            self.where_next.setText(self.tr(
                "Where to go next: no opening with positions left fits them now."))
            return
        lines = [self.tr("Where to go next:")]
        for b in self.next_booths:
            lines.append(self.tr(
                "• {label} {employer}: {opening}, {left} more, wait about {minutes} min"
            ).format(label=b.label, employer=b.employer, opening=b.opening_title,
                     left=b.left, minutes=b.wait.minutes))
        self.where_next.setText("\n".join(lines))

    def show_offline(self, name: str, badge_no: int | None, text: str) -> None:
        """A check-in from this PC's list while the server is away (amber)."""
        self.clear_card()
        self.card_name = name
        self.name_label.setText(name)
        self.badge_label.setText(f"#{badge_no}" if badge_no is not None else "")
        self._set_banner(BANNER_OFFLINE, text)

    def show_note(self, text: str) -> None:
        """A neutral message (empty: what to do next)."""
        self._set_banner(BANNER_IDLE, text or self.tr(
            "Scan a badge, search, or register a walk-in."))

    def show_print_status(self, text: str, *, ok: bool) -> None:
        """Under the card: the badge printed, or why not (red: the check-in stays)."""
        self.print_status.setProperty("printed", ok)
        set_tone(self.print_status, TONE_OK if ok else TONE_ERROR)
        self.print_status.setText(text)
        self.print_status.setVisible(bool(text))

    def show_refused(self, reason: str) -> None:
        self.clear_card()
        self._set_banner(BANNER_REFUSED, reason)

    def show_recent(self, rows: Sequence[RecentCheckIn]) -> None:
        self.recent_list.clear()
        for r in rows:
            badge = f"#{r.badge_no}  " if r.badge_no is not None else ""
            mark = "  · " + self.tr("self-service") if r.via == "kiosk" else ""
            item = QListWidgetItem(f"{local_time(r.at, self.timezone)}  {badge}{r.name}{mark}")
            item.setData(Qt.ItemDataRole.UserRole, str(r.seeker_id))
            item.setData(Qt.ItemDataRole.UserRole + 1, r.name)
            self.recent_list.addItem(item)
        self.undo_button.setEnabled(bool(rows) or self.card_id is not None)

    def clear_card(self) -> None:
        self.card_id = None
        self.card_name = ""
        self.name_label.setText("")
        self.badge_label.setText("")
        self.birth_label.setText("")
        self.job_label.setText("")
        self.answers_label.setText("")
        self.print_button.setEnabled(False)
        self.slip_button.setEnabled(False)
        self.next_booths = ()
        self.where_next_shown = False
        self._render_where_next()
        self.show_print_status("", ok=True)

    @property
    def banner_text(self) -> str:
        return self.banner.text()

    # -- inside --------------------------------------------------------------------------------
    def _show_card(self, card: SeekerCard) -> None:
        self.card_id = card.seeker_id
        self.card_name = card.name
        self.name_label.setText(card.name)
        self.badge_label.setText(f"#{card.badge_no}" if card.badge_no is not None else "")
        band = QCoreApplication.translate("codes", AGE_BAND_LABELS.get(card.age_band, ""))
        self.birth_label.setText(
            self.tr("Born {year} · {band}").format(year=card.birth_year, band=band)
        )
        job = " · ".join(
            part for part in (occupation_name(card.desired_keco), card.desired_job) if part
        )
        self.job_label.setText(self.tr("Desired job: {job}").format(job=job) if job else "")
        self.answers_label.setText(answers_text(card.answers))
        self.print_button.setEnabled(True)
        self.slip_button.setEnabled(True)
        self.next_booths = ()
        self.where_next_shown = False
        self._render_where_next()
        self.show_print_status("", ok=True)

    def _set_banner(self, state: str, text: str) -> None:
        self.state = state
        set_state(self.banner, "state", state)
        self.banner.setText(text)

    def _entered(self) -> None:
        text = self.scan_edit.text().strip()
        self.scan_edit.clear()
        if text:
            self.code_entered.emit(text)

    def _undo(self) -> None:
        item = self.recent_list.currentItem()
        if item is not None and item.isSelected():
            self.undo_requested.emit(uuid.UUID(item.data(Qt.ItemDataRole.UserRole)),
                                     str(item.data(Qt.ItemDataRole.UserRole + 1)))
        elif self.card_id is not None:
            self.undo_requested.emit(self.card_id, self.card_name)

    def _slip(self) -> None:
        if self.card_id is not None:
            self.slip_requested.emit(self.card_id)

    def _print(self) -> None:
        if self.card_id is not None:
            self.print_requested.emit(self.card_id)
