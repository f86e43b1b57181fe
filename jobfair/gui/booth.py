"""The booth station: scan a badge, see the seeker, record the interview's outcome in one key.

The screen ties its parts (``booth_chooser``, ``booth_card``, ``booth_queue``, ``booth_day``,
``booth_recent``) to the booth services, one transaction per action. The station is bound to a
booth chosen at first start and remembered in the station's settings; "Switch booth" lets one PC
serve several booths.

Keys: scan anywhere (or type a badge number and Enter in the scan field); then 1 hired,
2 second interview, 3 pending, 4 not hired, 0/Enter leave open. F2 toggles "scan in as
waiting", F3 calls the next seeker in line, F4 goes to the scan field, Ctrl+Z undoes the last
entry (or the one chosen in "Recent entries").
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from jobfair.domain.codes import Outcome
from jobfair.domain.errors import JobFairError
from jobfair.gui.booth_card import OutcomePanel, SeekerCardView
from jobfair.gui.booth_chooser import BoothChooser
from jobfair.gui.booth_day import DayPanel
from jobfair.gui.booth_models import outcome_label
from jobfair.gui.booth_offline import BoothOffline
from jobfair.gui.booth_paper import PaperSheetDialog
from jobfair.gui.booth_queue import QueuePanel
from jobfair.gui.booth_recent import RecentPanel, describe
from jobfair.gui.booth_scan import (
    BANNER_IDLE,
    BANNER_OK,
    BANNER_REFUSED,
    BANNER_WARN,
    ScanBar,
)
from jobfair.gui.confirmation import print_confirmation
from jobfair.gui.scan import Clock, ScanCatcher
from jobfair.gui.settings import read_int
from jobfair.gui.stations import FiguresStation, StationContext, station_label
from jobfair.i18n import error_message
from jobfair.services.booth import (
    BoothDay,
    BoothSummary,
    OpeningSummary,
    RepeatInterviewError,
    SeekerCard,
    bind_station,
    booth_day,
    booth_overview,
    call_next,
    correct_interview,
    enqueue,
    get_station,
    leave_queue,
    recent_interviews,
    record_interview,
    remembered_opening,
    resolve_seeker,
    scan_at_booth,
    undo_interview,
    waiting_list,
)
from jobfair.services.confirmation import last_interview_at
from jobfair.services.interviews import HeadcountExceededError, InterviewView

REFRESH_MS = 30_000
RECENT_LIMIT = 10


def booth_setting_key(fair_id: int) -> str:
    """Where the station keeps the booth it serves at the fair."""
    return f"booth/fair_{fair_id}/booth_id"


class BoothScreen(QWidget):
    """The booth station's screen.

    Attributes:
        booth: the booth served, or ``None`` while the chooser is shown.
        card: the seeker on the card, waiting for an outcome (or just shown).
        waiting_mode: scans add to the queue instead of opening a card.
        chooser, card_view, outcome, queue_panel, day_panel, recent_panel: the parts.
        catcher: the scan catcher installed while the screen lives.
        refresh_timer: refreshes the waiting times every 30 s.
        now: the clock for the minutes waited (the actor's clock).
    """

    def __init__(
        self,
        context: StationContext,
        *,
        scan_clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert context.fair is not None
        self.setObjectName("station_booth")
        self.context = context
        self.fair_id = context.fair.id
        self.now: Callable[[], datetime] = context.actor.now
        self.booth: BoothSummary | None = None
        self.card: SeekerCard | None = None
        self.repeat_confirmed = False
        self.waiting_mode = False
        self.day: BoothDay | None = None
        # offline: cards from this PC's copy of the seekers, records into the outbox
        self.offline = (
            BoothOffline(context.offline, context.actor, self.fair_id)
            if context.offline is not None else None
        )
        if context.offline is not None:
            context.offline.delivered.connect(self._delivered)

        # A fixed minimum: the content fits in it at 1280x800, and the window does not resize
        # itself each time a card's text changes.
        self.setMinimumSize(1100, 640)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 8, 16, 8)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("stationHeading")
        self.waiting_button = QPushButton()
        self.waiting_button.setObjectName("boothWaitingMode")
        self.waiting_button.setCheckable(True)
        self.waiting_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.waiting_button.toggled.connect(self.set_waiting_mode)
        self.paper_button = QPushButton()
        self.paper_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.paper_button.clicked.connect(self.open_paper_sheet)
        self.confirm_button = QPushButton()
        self.confirm_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.confirm_button.clicked.connect(self.print_confirmation)
        self.switch_button = QPushButton()
        self.switch_button.setObjectName("boothSwitch")
        self.switch_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.switch_button.clicked.connect(self.switch_booth)
        top.addWidget(self.heading, 1)
        top.addWidget(self.waiting_button)
        top.addWidget(self.paper_button)
        top.addWidget(self.confirm_button)
        top.addWidget(self.switch_button)
        outer.addLayout(top)

        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.chooser = BoothChooser()
        self.chooser.booth_chosen.connect(self.choose_booth)
        self.stack.addWidget(self.chooser)

        work = QWidget()
        self.stack.addWidget(work)
        body = QHBoxLayout(work)
        body.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        body.addLayout(left, 1)
        self.scan_bar = ScanBar()
        self.scan_bar.code_entered.connect(self.handle_scan)
        self.scan_bar.undo_requested.connect(self.undo_last)
        self.scan_edit = self.scan_bar.scan_edit
        left.addWidget(self.scan_bar)
        self.card_view = SeekerCardView()
        # the card's wrapped lines must not widen the screen beyond 1280 pixels
        self.card_view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.card_view.setMinimumWidth(360)
        left.addWidget(self.card_view)
        self.outcome = OutcomePanel()
        self.outcome.outcome_chosen.connect(self.record)
        left.addWidget(self.outcome)
        left.addStretch(1)

        right = QVBoxLayout()
        body.addLayout(right, 1)
        self.day_panel = DayPanel()
        right.addWidget(self.day_panel)
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.queue_panel = QueuePanel()
        self.queue_panel.next_requested.connect(self.call_next)
        self.queue_panel.left_requested.connect(self.leave_queue)
        self.recent_panel = RecentPanel()
        self.recent_panel.undo_requested.connect(self.undo)
        self.recent_panel.correct_requested.connect(self.correct)
        self.tabs.addTab(self.queue_panel, "")
        self.tabs.addTab(self.recent_panel, "")
        right.addWidget(self.tabs, 1)

        self.setStyleSheet(
            "#station_booth QLabel, #station_booth QTableView, #station_booth QTabBar"
            " { font-size: 13pt; }"
            " #station_booth QLineEdit, #station_booth QComboBox, #station_booth QPushButton"
            " { font-size: 14pt; min-height: 30px; }"
            " #boothCard QLabel { font-size: 15pt; }"
            " #boothCard QLabel#boothCardName { font-size: 30pt; font-weight: bold; }"
            " #boothCard QLabel#boothCardBadge { font-size: 24pt; font-weight: bold;"
            " color: #1f4e79; }"
            " #boothCard QLabel#boothCardEarlier { color: #8a5a00; font-weight: bold; }"
            " #boothOpenings, #boothList { font-size: 15pt; }"
            " #station_booth QLabel#boothHint { font-size: 13pt; color: #1f4e79; }"
            " #boothOutcome:focus { border: 2px solid #1f4e79; }"
            " #boothDay QLabel[figure=\"true\"] { font-size: 16pt; font-weight: bold; }"
            " #station_booth QLabel#boothChooserTitle { font-size: 20pt; font-weight: bold; }"
        )

        self.catcher = ScanCatcher(self, clock=scan_clock) if scan_clock else ScanCatcher(self)
        self.catcher.code_scanned.connect(self.handle_scan)
        self.catcher.install()

        self._shortcut(QKeySequence(Qt.Key.Key_F2), self.waiting_button.toggle)
        self._shortcut(QKeySequence(Qt.Key.Key_F3), self.call_next)
        self._shortcut(QKeySequence(Qt.Key.Key_F4), self.focus_scan)
        self._shortcut(QKeySequence(QKeySequence.StandardKey.Undo), self.undo_last)
        self._shortcut(QKeySequence(Qt.Key.Key_F6), self.print_confirmation)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh_queue)
        self.refresh_timer.start()

        self.retranslate()
        self._start()

    def _shortcut(self, key: QKeySequence, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(key, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # -- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        name = station_label(self.context.kind)
        if self.booth is not None:
            self.heading.setText(
                self.tr("{station} {label} · {employer}").format(
                    station=name, label=self.booth.label, employer=self.booth.employer
                )
            )
        else:
            self.heading.setText(name)
        self.waiting_button.setText(self.tr("Scan in as waiting (F2)"))
        self.paper_button.setText(self.tr("Paper sheet…"))
        self.confirm_button.setText(self.tr("Interview confirmation (F6)"))
        self.switch_button.setText(self.tr("Switch booth"))
        self.tabs.setTabText(
            0, self.tr("Waiting ({count})").format(count=self.queue_panel.model.rowCount())
        )
        self.tabs.setTabText(1, self.tr("Recent entries"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for part in (self.scan_bar, self.chooser, self.card_view, self.outcome,
                         self.queue_panel, self.day_panel, self.recent_panel):
                part.retranslate()
        super().changeEvent(event)

    # -- the station contract ------------------------------------------------------------------
    def can_leave(self) -> bool:
        """A card waiting for its outcome is only dropped when the recruiter says so."""
        if self.card is None or not self.outcome.active:
            return True
        return self.context.dialogs.ask(
            self.tr("Interview not recorded"),
            self.tr("The interview of {name} has no outcome yet. Leave without recording it?")
            .format(name=self.card.name),
        )

    # -- the booth -----------------------------------------------------------------------------
    def _start(self) -> None:
        with self.context.session_factory() as session:
            booths = booth_overview(session, self.fair_id)
            station_id = self.context.actor.station_id
            station = get_station(session, station_id) if station_id else None
        wanted = read_int(self.context.settings, booth_setting_key(self.fair_id))
        if wanted is None and station is not None and station.fair_id == self.fair_id:
            wanted = station.booth_id
        if self.bound_booth is not None:  # a booth account works at its own booth only
            wanted = self.bound_booth
        found = next((b for b in booths if b.id == wanted), None)
        if found is not None:
            self._use_booth(found)
        else:
            self._show_chooser(booths)

    def _show_chooser(self, booths: list[BoothSummary] | None = None) -> None:
        if booths is None:
            with self.context.session_factory() as session:
                booths = booth_overview(session, self.fair_id)
        self.chooser.set_booths(booths, self.booth.id if self.booth else None)
        self.stack.setCurrentWidget(self.chooser)
        for b in (self.waiting_button, self.paper_button, self.switch_button):
            b.setEnabled(False)
        self.chooser.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setFocusProxy(self.chooser.filter_edit)

    @property
    def bound_booth(self) -> int | None:
        """The booth the signed-in booth account belongs to (no other may be chosen)."""
        return self.context.actor.booth_id

    def switch_booth(self) -> None:
        """Show the chooser (one PC serving several booths)."""
        if self.bound_booth is not None or self._needs_server() or not self.can_leave():
            return
        self._close_card()
        self._show_chooser()

    def choose_booth(self, booth_id: int) -> None:
        """Bind the station to the booth and remember it."""
        try:
            with self.context.session_factory.begin() as session:
                station_id = self.context.actor.station_id
                if station_id is not None:  # the station's records then say which booth
                    bind_station(session, self.context.actor, station_id,
                                 self.context.actor.name or "booth", booth_id)
                booths = booth_overview(session, self.fair_id)
        except JobFairError as err:
            self.context.dialogs.error(self.tr("Booth not chosen"), error_message(err))
            return
        self.context.settings.setValue(booth_setting_key(self.fair_id), booth_id)
        self.context.settings.sync()
        found = next((b for b in booths if b.id == booth_id), None)
        if found is not None:
            self._use_booth(found)

    def _use_booth(self, booth: BoothSummary) -> None:
        self.booth = booth
        self.stack.setCurrentIndex(1)
        for b in (self.waiting_button, self.paper_button, self.switch_button):
            b.setEnabled(True)
        self.switch_button.setVisible(self.bound_booth is None)
        self._close_card()
        self.retranslate()
        self.refresh()
        if self.context.offline is not None:
            self.context.offline.watch(self.context.actor, self.fair_id, booth.id)
        self.setFocusProxy(self.scan_edit)
        self.focus_scan()

    # -- scanning ------------------------------------------------------------------------------
    def focus_scan(self) -> None:
        if self.booth is not None:
            self.scan_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def handle_scan(self, text: str) -> SeekerCard | None:
        """A scanned code or typed badge number: open the card, or queue them in waiting mode."""
        self.outcome.cancel_pending()
        if self.booth is None:
            return None
        booth_id = self.booth.id
        if not self.waiting_mode:
            if self.offline is not None and self.offline.active():
                return self.open_offline_card(text)
            try:
                with self.context.session_factory() as session:
                    seeker_id = resolve_seeker(session, self.fair_id, text)
            except JobFairError as err:
                self._refuse(error_message(err))
                return None
            except SQLAlchemyError as exc:
                if not self._server_failed(exc):
                    raise
                return self.open_offline_card(text)
            return self.open_card(seeker_id)
        if self._needs_server():
            return None
        try:
            with self.context.session_factory.begin() as session:
                seeker_id = resolve_seeker(session, self.fair_id, text)
                entry = enqueue(session, self.context.actor, booth_id, seeker_id)
                position = len(waiting_list(session, booth_id, self.now(),
                                            actor=self.context.actor))
        except JobFairError as err:
            self._refuse(error_message(err))
            return None
        except SQLAlchemyError as exc:
            if not self._server_failed(exc):
                raise
            self._refuse_offline()
            return None
        if entry.already:
            self._set_banner(
                BANNER_WARN, self.tr("{name} is in the queue already.").format(name=entry.name)
            )
        else:
            self._set_banner(
                BANNER_OK,
                self.tr("{name} is waiting ({count} in the queue).").format(
                    name=entry.name, count=position
                ),
            )
        self.refresh()
        return None

    def open_card(self, seeker_id: uuid.UUID) -> SeekerCard | None:
        """The seeker's card (checking them in if they never were), ready for the outcome."""
        assert self.booth is not None
        try:
            with self.context.session_factory.begin() as session:
                card = scan_at_booth(
                    session, self.context.actor, self.booth.id, seeker_id, can_see_details=True
                )
                opening = remembered_opening(session, self.booth.id)
        except JobFairError as err:
            self._refuse(error_message(err))
            return None
        except SQLAlchemyError as exc:
            if not self._server_failed(exc):
                raise
            return self.open_offline_card(str(seeker_id))
        return self._present(card, opening)

    def open_offline_card(self, text: str) -> SeekerCard | None:
        """The card from this PC's copy of the seekers (the server cannot be reached)."""
        assert self.booth is not None and self.offline is not None
        try:
            card = self.offline.open_card(
                self.booth.id, text, self.tr("Badge not on this PC's list")
            )
        except JobFairError as err:
            self._refuse(error_message(err))
            return None
        return self._present(card, self.outcome.current_opening(), offline=True)

    def _present(
        self, card: SeekerCard, opening: int | None, *, offline: bool = False
    ) -> SeekerCard:
        """Show the card, ask about an earlier interview here, wait for the outcome."""
        self.card = card
        self.card_view.show_card(card, offline=offline)
        self.repeat_confirmed = False
        if card.earlier:
            e = card.earlier[0]
            question = self.tr(
                "{name} was interviewed at this booth before, at {time} ({outcome}). "
                "Add another interview?"
            ).format(name=card.name, time=e.local_time, outcome=outcome_label(e.outcome))
            if not self.context.dialogs.ask(self.tr("Interviewed before"), question):
                self.outcome.set_active(False)
                self._set_banner(
                    BANNER_WARN,
                    self.tr("{name}: interviewed here at {time}; nothing added.").format(
                        name=card.name, time=e.local_time
                    ),
                )
                self.focus_scan()
                return card
            self.repeat_confirmed = True
        self.outcome.set_active(True)
        self.outcome.set_openings(self._openings(), opening)
        if offline:
            self._set_banner(BANNER_WARN, self.tr(
                "Offline · {name}: choose the outcome; it waits on this PC for the server."
            ).format(name=card.name))
        elif card.checked_in_by_scan:
            self._set_banner(BANNER_OK, self.tr("{name} checked in by this scan. Choose the "
                                                "outcome.").format(name=card.name))
        else:
            self._set_banner(BANNER_OK, self.tr("{name}: choose the outcome.").format(
                name=card.name))
        self.refresh()
        self.outcome.setFocus(Qt.FocusReason.OtherFocusReason)
        return card

    # -- recording -----------------------------------------------------------------------------
    def record(self, outcome: str | None) -> InterviewView | None:
        """Record the interview on the card with ``outcome`` (``None``: decide later)."""
        if self.booth is None or self.card is None or not self.outcome.active:
            return None
        card, booth_id = self.card, self.booth.id
        opening = self.outcome.current_opening()
        notes = self.outcome.notes_edit.text().strip()
        force = False
        allow_repeat = self.repeat_confirmed
        interview_id = uuid.uuid4()
        if self.offline is not None and (self.offline.seeker is not None
                                         or self.offline.active()):
            self._keep_interview(outcome, opening, notes, allow_repeat, interview_id)
            return None
        while True:
            try:
                with self.context.session_factory.begin() as session:
                    view = record_interview(
                        session, self.context.actor, booth_id, card.seeker_id,
                        outcome=outcome, opening_id=opening, notes=notes, force=force,
                        allow_repeat=allow_repeat, interview_id=interview_id,
                    )
                break
            except HeadcountExceededError as err:
                if force or not self.context.dialogs.ask(
                    self.tr("Beyond the headcount"), error_message(err)
                ):
                    self._set_banner(BANNER_WARN, self.tr("Not recorded. Choose another outcome "
                                                          "or opening."))
                    return None
                force = True
            except RepeatInterviewError as err:
                if allow_repeat or not self.context.dialogs.ask(
                    self.tr("Interviewed before"), error_message(err)
                ):
                    self._close_card()
                    self._set_banner(BANNER_WARN, self.tr("Nothing added."))
                    return None
                allow_repeat = True
            except JobFairError as err:
                self._refuse(error_message(err), keep_card=True)
                return None
            except SQLAlchemyError as exc:
                if not self._server_failed(exc):
                    raise
                self._keep_interview(outcome, opening, notes, allow_repeat, interview_id,
                                     force=force)
                return None
        self._close_card()
        text = self.tr("Recorded: {name} – {outcome}").format(
            name=card.name, outcome=outcome_label(view.outcome)
        )
        if view.over_headcount:
            text += " " + self.tr("(beyond the headcount, confirmed)")
        self._set_banner(BANNER_OK, text)
        self.refresh()
        self.focus_scan()
        return view

    def undo_last(self) -> None:
        """Ctrl+Z: undo the newest entry (the one chosen, while "Recent entries" has the focus)."""
        panel = self.recent_panel
        row = panel.chosen() if panel.table.hasFocus() else panel.model.row_at(0)
        if row is not None:
            self.undo(row.id)

    def undo(self, interview_id: uuid.UUID) -> bool:
        if self._needs_server():
            return False
        row = next((r for r in self.recent_panel.model.rows if r.id == interview_id), None)
        if row is not None and not self.context.dialogs.ask(
            self.tr("Undo"), self.tr("Undo this entry? {entry}").format(entry=describe(row))
        ):
            return False
        try:
            with self.context.session_factory.begin() as session:
                undo_interview(session, self.context.actor, interview_id)
        except JobFairError as err:
            self._refuse(error_message(err), keep_card=True)
            return False
        self._set_banner(BANNER_OK, self.tr("Undone: {entry}").format(
            entry=describe(row) if row else ""))
        self.refresh()
        return True

    def correct(self, interview_id: uuid.UUID, outcome: str | None) -> InterviewView | None:
        """Change the outcome of one of the recent entries (the headcount rule applies again)."""
        if self._needs_server():
            return None
        force = False
        while True:
            try:
                with self.context.session_factory.begin() as session:
                    view = correct_interview(
                        session, self.context.actor, interview_id, outcome, force=force
                    )
                break
            except HeadcountExceededError as err:
                if force or not self.context.dialogs.ask(
                    self.tr("Beyond the headcount"), error_message(err)
                ):
                    return None
                force = True
            except JobFairError as err:
                self._refuse(error_message(err), keep_card=True)
                return None
        self._set_banner(BANNER_OK, self.tr("Changed to {outcome}.").format(
            outcome=outcome_label(view.outcome)))
        self.refresh()
        self.recent_panel.select(interview_id)
        return view

    # -- offline -------------------------------------------------------------------------------
    def _keep_interview(
        self,
        outcome: str | None,
        opening: int | None,
        notes: str,
        allow_repeat: bool,
        interview_id: uuid.UUID,
        *,
        force: bool = False,
    ) -> None:
        """The interview on the card into the outbox: sent, with its time, when the server is
        back (a hire into a position filled meanwhile becomes a conflict for the organizer)."""
        assert self.booth is not None and self.card is not None and self.offline is not None
        card = self.card
        if outcome == Outcome.HIRED:
            if opening is None:
                self._refuse(self.tr("Choose the opening the seeker is hired for."),
                             keep_card=True)
                return None
            full = self.offline.full_opening(self._openings(), opening)
            if full is not None and not force:
                if not self.context.dialogs.ask(self.tr("Beyond the headcount"), self.tr(
                    "All {headcount} positions of '{title}' were filled when this PC last "
                    "reached the server. Hire beyond the headcount?"
                ).format(headcount=full.headcount, title=full.title)):
                    self._set_banner(BANNER_WARN, self.tr("Not recorded. Choose another outcome "
                                                          "or opening."))
                    return None
                force = True
        self.offline.keep_interview(
            self.booth.id, card, outcome=outcome, opening_id=opening, notes=notes,
            allow_repeat=allow_repeat, force=force, interview_id=interview_id,
        )
        self._close_card()
        self._set_banner(BANNER_WARN, self.tr(
            "Saved on this PC: {name} – {outcome}. It is sent when the server is back."
        ).format(name=card.name, outcome=outcome_label(outcome)))
        self.focus_scan()
        return None

    def _server_failed(self, exc: BaseException) -> bool:
        """``True`` when ``exc`` says the server is away (and the station can go on without)."""
        return self.offline is not None and self.offline.failed(exc)

    def _server_away(self) -> bool:
        return self.context.offline is not None and not self.context.offline.online

    def _needs_server(self) -> bool:
        """Refuse (and say why) what cannot be done without the server; ``True`` then."""
        if not self._server_away():
            return False
        self._refuse_offline()
        return True

    def _refuse_offline(self) -> None:
        self._refuse(self.tr(
            "This needs the server, which cannot be reached now. Scanning and recording "
            "outcomes go on: they are saved on this PC."), keep_card=True)

    def _delivered(self, _report: object) -> None:
        """The outbox was delivered: show the server's figures again."""
        self.refresh()

    # -- the queue -----------------------------------------------------------------------------
    def set_waiting_mode(self, on: bool) -> None:
        self.waiting_mode = on
        if self.waiting_button.isChecked() != on:
            self.waiting_button.setChecked(on)
        self.tabs.setCurrentWidget(self.queue_panel)
        self.scan_bar.waiting_mode = on
        self._set_banner(BANNER_WARN if on else BANNER_IDLE, "")
        self.focus_scan()

    def call_next(self) -> SeekerCard | None:
        """Call the seeker who has waited longest and open their card."""
        if self.booth is None or self._needs_server():
            return None
        if self.card is not None and self.outcome.active and not self.can_leave():
            return None
        try:
            with self.context.session_factory.begin() as session:
                entry = call_next(session, self.context.actor, self.booth.id)
        except JobFairError as err:
            self._refuse(error_message(err))
            return None
        if entry is None:
            self._set_banner(BANNER_WARN, self.tr("Nobody is waiting."))
            return None
        return self.open_card(entry.seeker_id)

    def leave_queue(self, entry_id: uuid.UUID) -> None:
        if self._needs_server():
            return
        try:
            with self.context.session_factory.begin() as session:
                leave_queue(session, self.context.actor, entry_id)
        except JobFairError as err:
            self._refuse(error_message(err), keep_card=True)
        self.refresh()

    def refresh_queue(self) -> None:
        if self.booth is None or self._server_away():
            return
        try:
            with self.context.session_factory() as session:
                rows = waiting_list(session, self.booth.id, self.now(),
                                    actor=self.context.actor)
        except SQLAlchemyError as exc:
            if not self._server_failed(exc):
                raise
            return
        self.queue_panel.set_waiting(rows)
        self.retranslate()

    # -- paper ---------------------------------------------------------------------------------
    def print_confirmation(self) -> None:
        """F6: the 면접확인서 of the open card's last interview here, else of the newest entry."""
        if self.booth is None or self._needs_server():
            return
        interview_id: uuid.UUID | None = None
        if self.card is not None:
            with self.context.session_factory() as session:
                interview_id = last_interview_at(session, self.card.seeker_id, self.booth.id,
                                                 actor=self.context.actor)
        else:
            row = self.recent_panel.model.row_at(0)
            interview_id = row.id if row is not None else None
        if interview_id is None:
            self.context.dialogs.inform(
                self.tr("Interview confirmation"),
                self.tr("There is no interview here to confirm yet: record it first."),
            )
            return
        print_confirmation(self.context, interview_id, self)

    def open_paper_sheet(self) -> PaperSheetDialog | None:
        """The organizer's paper result sheet, for this booth; the figures follow when closed."""
        if self._needs_server():
            return None
        booth_id = self.booth.id if self.booth else None
        dialog = PaperSheetDialog(self.context, self, booth_id=booth_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        return dialog

    # -- inside --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Day figures, openings, queue and recent entries, after every action.

        While the server is away the last figures stay on screen.
        """
        if self.booth is None or self._server_away():
            return
        booth_id = self.booth.id
        try:
            with self.context.session_factory() as session:
                day = booth_day(session, booth_id, actor=self.context.actor)
                waiting = waiting_list(session, booth_id, self.now(), actor=self.context.actor)
                recent = recent_interviews(session, booth_id, RECENT_LIMIT,
                                           actor=self.context.actor)
        except SQLAlchemyError as exc:
            if not self._server_failed(exc):
                raise
            return
        self.day = day
        self.day_panel.show_day(day)
        self.queue_panel.set_waiting(waiting)
        self.recent_panel.set_entries(recent)
        self.outcome.set_openings(day.openings, self.outcome.current_opening())
        self.retranslate()

    def _openings(self) -> tuple[OpeningSummary, ...]:
        return self.day.openings if self.day is not None else ()

    def _close_card(self) -> None:
        self.card = None
        if self.offline is not None:
            self.offline.seeker = None
        self.repeat_confirmed = False
        self.outcome.set_active(False)
        self.card_view.clear()
        self.card_view.retranslate()

    def _refuse(self, reason: str, keep_card: bool = False) -> None:
        QApplication.beep()
        if not keep_card:
            self._close_card()
        self._set_banner(BANNER_REFUSED, reason)
        self.focus_scan()

    def _set_banner(self, state: str, text: str) -> None:
        self.scan_bar.set_banner(state, text)

    @property
    def banner_state(self) -> str:
        return self.scan_bar.state

    @property
    def banner_text(self) -> str:
        return self.scan_bar.banner.text()



def create_station(context: StationContext) -> QWidget:
    """The booth screen for the chosen fair (the figures page until there is a fair)."""
    if context.fair is None:
        return FiguresStation(context)
    return BoothScreen(context)
