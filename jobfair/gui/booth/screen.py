"""The booth station: scan a badge, see the seeker, record the interview's outcome in one key.

The screen renders the results of the booth's operations (``jobfair.operations.booth``), run in
order by the station's runner (on a worker thread where the database is a server, so a stalled
network never freezes the screen). Its parts: ``booth_chooser``, ``booth_card``, ``booth_queue``,
``booth_day``, ``booth_recent`` and the question bar. The station is bound to a booth chosen at
first start and remembered in the station's settings; "Switch booth" lets one PC serve several.

Keys: scan anywhere (or type a badge number and Enter in the scan field); then 1 hired,
2 second interview, 3 pending, 4 not hired, 0/Enter leave it undecided. A question on the card
is answered with Ctrl+Y (yes) or Escape (no); a scan withdraws it with the safe answer. F2
toggles "scan in as waiting", F3 calls the next seeker in line, F4 goes to the scan field,
Ctrl+Z undoes the last entry (or the one chosen in "Recent entries"), after asking.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jobfair.documents.slips import QueueSlip, render_queue_slip
from jobfair.domain.errors import JobFairError
from jobfair.gui.booth.binding import BoothBinding
from jobfair.gui.booth.card import OutcomePanel, SeekerCardView
from jobfair.gui.booth.chooser import BoothChooser
from jobfair.gui.booth.day import DayPanel
from jobfair.gui.booth.queue import QueuePanel
from jobfair.gui.booth.recent import RecentPanel, describe
from jobfair.gui.booth.scan import (
    BANNER_IDLE,
    BANNER_OK,
    BANNER_REFUSED,
    BANNER_WARN,
    ScanBar,
)
from jobfair.gui.common.day_banner import DayBanner
from jobfair.gui.common.labels import outcome_label
from jobfair.gui.common.paper_sheet import PaperSheetDialog
from jobfair.gui.common.question_bar import QuestionBar, question_text
from jobfair.gui.common.runner import OperationRunner, runs_on_a_server
from jobfair.gui.common.scan import Clock, ScanCatcher
from jobfair.gui.common.stations import FiguresStation, StationContext, StationScreen, station_label
from jobfair.gui.common.style import TONE_ERROR, TONE_OK, set_tone
from jobfair.gui.printing.confirmation import print_confirmation
from jobfair.gui.printing.station_printer import (
    PrintSlip,
    document_translate,
    print_slip_on_station_printer,
)
from jobfair.i18n import error_message
from jobfair.operations.booth import (
    BoothOperations,
    BoothView,
    CardShown,
    Declined,
    OutcomeDone,
    Queued,
    Typed,
    Undone,
)
from jobfair.operations.booth_backends import OutcomeSaved
from jobfair.operations.results import (
    KeptOffline,
    NeedsConfirmation,
    QuestionKind,
    Recorded,
    Refused,
    Result,
)
from jobfair.services.interviews.booth import (
    BoothSummary,
)
from jobfair.services.interviews.confirmation import last_interview_at

log = logging.getLogger(__name__)

REFRESH_MS = 30_000
__all__ = [
    "BANNER_IDLE", "BANNER_OK", "BANNER_REFUSED", "BANNER_WARN", "BoothScreen",
    "create_station",
]


class BoothScreen(StationScreen):
    """The booth station's screen.

    Attributes:
        booth: the booth served, or ``None`` while the chooser is shown.
        ops: the booth's operations (``None`` while the chooser is shown).
        runner: runs the operations in order.
        waiting_mode: scans add to the queue instead of opening a card.
        chooser, card_view, outcome, question, queue_panel, day_panel, recent_panel,
            undecided_panel: the parts.
        catcher: the scan catcher installed while the screen lives.
    """

    def __init__(
        self,
        context: StationContext,
        *,
        scan_clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        assert context.fair is not None
        self.setObjectName("station_booth")
        self.context = context
        self.fair_id = context.fair.id
        self.fair_name = context.fair.name
        self.timezone = context.fair.timezone
        self.print_slip: PrintSlip = lambda draw, what: print_slip_on_station_printer(
            context, draw, what)
        self.now: Callable[[], datetime] = context.actor.now
        self.booth: BoothSummary | None = None
        self.binding = BoothBinding(context, self.fair_id)
        self.ops: BoothOperations | None = None
        self.view: BoothView | None = None
        self.waiting_mode = False
        self.offline_banner = False
        self.runner = OperationRunner(runs_on_a_server(context.config.db_url), self)
        if context.offline is not None:
            context.offline.delivered.connect(self._delivered)
            context.offline.status_changed.connect(self._status_changed)

        # A fixed minimum: the content fits in it at 1280x800, and the window does not resize
        # itself each time a card's text changes.
        self.setMinimumSize(1100, 640)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 8, 16, 8)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("stationHeading")
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.waiting_button = QPushButton()
        self.waiting_button.setObjectName("boothWaitingMode")
        self.waiting_button.setCheckable(True)
        self.waiting_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.waiting_button.toggled.connect(self.set_waiting_mode)
        self.paper_button = QPushButton()
        self.paper_button.setObjectName("boothPaperSheet")
        self.paper_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.paper_button.clicked.connect(self.open_paper_sheet)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("boothConfirmation")
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
        self.printer_button = QPushButton()
        self.printer_button.setObjectName("boothPrinterSetup")
        self.printer_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.printer_button.clicked.connect(self.open_printer_setup)
        top.addWidget(self.printer_button)
        outer.addLayout(top)
        self.day_banner = DayBanner()
        outer.addWidget(self.day_banner)

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
        self.queue_number = QLabel()
        self.queue_number.setObjectName("boothQueueNumber")
        self.queue_number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.queue_number.hide()
        left.addWidget(self.queue_number)
        self.slip_status = QLabel()
        self.slip_status.setObjectName("boothSlipStatus")
        self.slip_status.setWordWrap(True)
        self.slip_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.slip_status.hide()
        left.addWidget(self.slip_status)
        self.card_view = SeekerCardView()
        # the card's wrapped lines must not widen the screen beyond 1280 pixels
        self.card_view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.card_view.setMinimumWidth(360)
        # a card with many lines (the fair's own questions, earlier interviews) scrolls rather
        # than squeezing its lines at 1280×800
        self.card_scroll = QScrollArea()
        self.card_scroll.setObjectName("boothCardScroll")
        self.card_scroll.setWidget(self.card_view)
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.card_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left.addWidget(self.card_scroll, 1)
        self.question = QuestionBar()
        self.question.answered.connect(self.answer)
        left.addWidget(self.question)
        self.outcome = OutcomePanel()
        self.outcome.outcome_chosen.connect(self.record)
        left.addWidget(self.outcome)

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
        self.undecided_panel = RecentPanel(undecided=True)
        self.undecided_panel.setObjectName("boothUndecided")
        self.undecided_panel.correct_requested.connect(self.correct)
        self.tabs.addTab(self.queue_panel, "")
        self.tabs.addTab(self.recent_panel, "")
        self.tabs.addTab(self.undecided_panel, "")
        right.addWidget(self.tabs, 1)

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
        self.refresh_timer.timeout.connect(self.refresh)
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
        self.printer_button.setText(self.tr("Slip printer…"))
        self.tabs.setTabText(
            0, self.tr("Waiting ({count})").format(count=self.queue_panel.model.rowCount())
        )
        self.tabs.setTabText(1, self.tr("Recent entries"))
        self.tabs.setTabText(
            2, self.tr("Undecided ({count})").format(
                count=self.undecided_panel.model.rowCount())
        )

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for part in (self.scan_bar, self.chooser, self.card_view, self.outcome,
                         self.question, self.queue_panel, self.day_panel, self.recent_panel,
                         self.undecided_panel, self.day_banner):
                part.retranslate()
        super().changeEvent(event)

    # -- the station contract ------------------------------------------------------------------
    def can_leave(self) -> bool:
        """Always: an open card is recorded already (undecided), and a question open on it is
        withdrawn with its safe answer."""
        return True

    def closeEvent(self, event: Any) -> None:  # Qt override
        self.runner.stop()
        super().closeEvent(event)

    # -- the booth -----------------------------------------------------------------------------
    def _start(self) -> None:
        found, booths = self.binding.remembered()
        if found is not None:
            self._use_booth(found)
        else:
            self._show_chooser(booths)

    def _show_chooser(self, booths: list[BoothSummary] | None = None) -> None:
        if booths is None:
            booths = self.binding.booths()
        self.chooser.set_booths(booths, self.booth.id if self.booth else None)
        self.stack.setCurrentWidget(self.chooser)
        for b in (self.waiting_button, self.paper_button, self.switch_button):
            b.setEnabled(False)
        self.chooser.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setFocusProxy(self.chooser.filter_edit)

    @property
    def bound_booth(self) -> int | None:
        """The booth the signed-in booth account belongs to (no other may be chosen)."""
        return self.binding.fixed

    def switch_booth(self) -> None:
        """Show the chooser (one PC serving several booths)."""
        if self.bound_booth is not None or self._server_away():
            if self._server_away():
                self._refuse(self.tr("Switching booths needs the server, which cannot be "
                                     "reached now."))
            return
        self._close_card()
        self._show_chooser()

    def choose_booth(self, booth_id: int) -> None:
        """Bind the station to the booth and remember it."""
        try:
            found = self.binding.bind(booth_id)
        except JobFairError as err:
            self.context.dialogs.error(self.tr("Booth not chosen"), error_message(err))
            return
        if found is not None:
            self._use_booth(found)

    def _use_booth(self, booth: BoothSummary) -> None:
        self.booth = booth
        offline = self.context.offline
        self.ops = BoothOperations(
            self.context.session_factory, self.context.actor, self.fair_id, booth.id,
            outbox=offline.outbox if offline is not None else None,
            link=offline.link if offline is not None else None,
        )
        self.stack.setCurrentIndex(1)
        for b in (self.waiting_button, self.paper_button, self.switch_button):
            b.setEnabled(True)
        self.switch_button.setVisible(self.bound_booth is None)
        self._close_card()
        self.retranslate()
        self.refresh()
        if offline is not None:
            offline.watch(self.context.actor, self.fair_id, booth.id)
        self.setFocusProxy(self.scan_edit)
        self.focus_scan()

    # -- running operations ----------------------------------------------------------------------
    def _run(self, work: Callable[[BoothOperations], Result[Any]],
             render: Callable[[Result[Any]], None]) -> None:
        ops = self.ops
        if ops is None:
            return
        self.runner.submit(lambda: work(ops), lambda result: self._rendered(ops, result, render),
                           self._failed)

    def _rendered(self, ops: BoothOperations, result: Result[Any],
                  render: Callable[[Result[Any]], None]) -> None:
        if ops is not self.ops:  # the booth was switched meanwhile
            return
        offline = self.context.offline
        if offline is not None and (isinstance(result, KeptOffline) or (
            isinstance(result, Refused) and result.needs_server
        )):
            offline.kept()  # the light and the delivery timer follow
        render(result)

    def _failed(self, exc: BaseException) -> None:
        """A failure outside the rules (a bug, a database refusing): one line, logged."""
        log.error("booth operation failed", exc_info=exc)
        self._refuse(self.tr("The last action failed: {reason}. Nothing was half saved; try "
                             "again.").format(reason=str(exc).splitlines()[0][:200]))

    @property
    def busy(self) -> bool:
        """Operations are still running (tests wait for ``runner.idle``)."""
        return not self.runner.idle

    # -- scanning ------------------------------------------------------------------------------
    def focus_scan(self) -> None:
        if self.booth is not None and not self.question.open:
            self.scan_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def handle_scan(self, text: str) -> None:
        """A scanned code or typed badge number: open the card, or queue them in waiting mode."""
        self.outcome.cancel_pending()
        if self.booth is None:
            return
        if self.waiting_mode:
            self._run(lambda ops: ops.enqueue(text), self._render_queued)
        else:
            typed = self._typed()
            self._run(lambda ops: ops.scan(text, typed=typed), self._render_card)

    def call_next(self) -> None:
        """F3: call the seeker who has waited longest and open their card."""
        typed = self._typed()
        self._run(lambda ops: ops.call_next(typed=typed), self._render_card)

    def _typed(self) -> Typed | None:
        """What was keyed on the open card and not saved yet (kept when the next card opens)."""
        panel = self.outcome
        if not panel.active or not panel.has_typed():
            return None
        return Typed(panel.notes_edit.text().strip(), panel.rating, panel.chosen_tags(),
                     panel.current_opening())

    def _render_card(self, result: Result[Any]) -> None:
        if isinstance(result, Refused):
            self._close_card()
            self._refuse(error_message(result.error))
            return
        if isinstance(result, Recorded) and result.value is None:
            self._set_banner(BANNER_WARN, self.tr("Nobody is waiting."))
            return
        shown = result.value
        assert isinstance(shown, CardShown)
        opened = shown.card
        card = opened.card
        self.card_view.show_card(card, offline=opened.offline)
        self.question.withdraw()
        notes = self._carried_notes(shown)
        if isinstance(result, NeedsConfirmation):
            self.outcome.set_active(False)
            self.question.ask(result.question)
            self._set_banner(BANNER_WARN, " ".join([*notes, self.tr(
                "{name} was interviewed here before: add another interview? Ctrl+Y yes, "
                "Esc no.").format(name=self._name(card.name))]))
            self.refresh()
            return
        self.outcome.set_active(False)  # a new card: nothing of the one before shows on it
        self.outcome.set_active(True)
        self.outcome.set_openings(self._openings(), opened.opening_id)
        if opened.reopened and not opened.offline and opened.interview_id is not None:
            self._load_evaluation(opened.interview_id)
        if opened.offline:
            text = self.tr("Offline · {name}: choose the outcome; it waits on this PC for the "
                           "server.").format(name=self._name(card.name))
            state = BANNER_WARN
        elif opened.reopened:
            text = self.tr("{name}: the interview left undecided is open again. Choose the "
                           "outcome.").format(name=card.name)
            state = BANNER_OK
        elif card.checked_in_by_scan:
            text = self.tr("{name} checked in by this scan. Choose the outcome.").format(
                name=card.name)
            state = BANNER_OK
        else:
            text = self.tr("{name}: choose the outcome.").format(name=card.name)
            state = BANNER_OK
        if notes:
            state = BANNER_WARN
        if shown.queue_no is not None:  # F3: the number to say aloud comes first
            text = self.tr("Calling number {number}.").format(number=shown.queue_no) + " " + text
        self._set_banner(state, " ".join([*notes, text]), offline=opened.offline)
        self.refresh()
        self.outcome.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load_evaluation(self, interview_id: uuid.UUID) -> None:
        """A card reopened: its rating, tags and note saved before come back on it."""
        def render(result: Result[Any]) -> None:
            card = self.ops.card if self.ops is not None else None
            if isinstance(result, Recorded) and card is not None and (
                card.interview_id == interview_id
            ):
                e = result.value
                self.outcome.set_evaluation(e.rating, [t.id for t in e.tags], e.note)

        self._run(lambda ops: ops.evaluation(interview_id), render)

    def _carried_notes(self, shown: CardShown) -> list[str]:
        """What the new card did to the one before: a question withdrawn, a card left open."""
        notes = []
        if shown.withdrawn is not None:
            notes.append(self.tr("Question about {name} withdrawn: nothing risky was "
                                 "recorded.").format(name=self._name(shown.withdrawn.name)))
        if shown.left_undecided is not None:
            notes.append(self.tr("{name} stays undecided (see Undecided).").format(
                name=self._name(shown.left_undecided)))
        return notes

    def _name(self, name: str) -> str:
        return name or self.tr("(a badge not on this PC's list)")

    def _render_queued(self, result: Result[Any]) -> None:
        if isinstance(result, Refused):
            self._refuse(error_message(result.error))
            return
        queued = result.value
        assert isinstance(queued, Queued)
        if queued.already:
            self._set_banner(BANNER_WARN, self.tr("{name} is in the queue already.").format(
                name=queued.name))
        else:
            self._set_banner(BANNER_OK, self.tr(
                "Number {number}: {name} is waiting ({count} in the queue).").format(
                    number=queued.queue_no, name=queued.name, count=queued.position))
        if queued.queue_no is not None:  # large, to say aloud
            self.queue_number.setText(str(queued.queue_no))
            self.queue_number.show()
        if not queued.already and queued.queue_no is not None:
            self._print_queue_slip(queued)
        self.refresh()

    def _print_queue_slip(self, queued: Queued) -> None:
        """The number on a slip when this booth has a printer set up; a fault is one line
        (the queue entry stays)."""
        if self.booth is None or queued.queue_no is None:
            return
        slip = QueueSlip(self.fair_name, queued.queue_no, self.booth.label, self.booth.employer,
                         queued.wait.minutes if queued.wait is not None else 0,
                         datetime.now(UTC).astimezone(ZoneInfo(self.timezone)).strftime(
                             "%H:%M"))
        outcome = self.print_slip(
            lambda out, layout: render_queue_slip(slip, layout, out, document_translate),
            self.tr("The queue slip"))
        if outcome is None:
            self.slip_status.hide()
            return
        self.slip_status.setProperty("printed", outcome.printed)
        set_tone(self.slip_status, TONE_OK if outcome.printed else TONE_ERROR)
        self.slip_status.setText(outcome.message.splitlines()[0] if outcome.message else "")
        self.slip_status.setVisible(bool(outcome.message))

    def open_printer_setup(self) -> None:
        """The printer this booth prints queue slips on: the desk's dialog, set up once."""
        from jobfair.gui.printing.calibration import open_printer_dialog

        open_printer_dialog(self.context, self)

    # -- the outcome and questions -------------------------------------------------------------
    def record(self, outcome: str | None) -> None:
        """A key on the card: record ``outcome`` (``None``: leave it undecided)."""
        if not self.outcome.active:
            return
        opening = self.outcome.current_opening()
        notes = self.outcome.notes_edit.text().strip()
        rating, tags = self.outcome.rating, self.outcome.chosen_tags()
        self._run(lambda ops: ops.choose(outcome, opening_id=opening, notes=notes,
                                         rating=rating, tags=tags),
                  self._render_outcome)

    def _render_outcome(self, result: Result[Any]) -> None:
        if isinstance(result, NeedsConfirmation):
            self.question.ask(result.question)
            self._set_banner(BANNER_WARN, question_text(result.question) + " " + self.tr(
                "Ctrl+Y: yes · Esc: no, choose another outcome or opening."))
            return
        if isinstance(result, Refused):
            self._refuse(error_message(result.error), keep_card=True)
            return
        done = result.value
        if isinstance(done, CardShown):  # "yes" to another interview: the card is ready
            self._render_card(result)
            return
        if done is None:  # a "no" that keeps the card
            self._set_banner(BANNER_WARN, self.tr("Not recorded as a hire. Choose another "
                                                  "outcome or opening."))
            self.outcome.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if isinstance(done, OutcomeSaved):  # a correction
            self._set_banner(BANNER_OK, self.tr("Changed to {outcome}.").format(
                outcome=outcome_label(done.outcome)))
            self.refresh()
            return
        assert isinstance(done, OutcomeDone)
        self._close_card()
        if done.saved is None:
            self._set_banner(BANNER_WARN, self.tr("{name}: left undecided (see Undecided).")
                             .format(name=self._name(done.name)))
        elif isinstance(result, KeptOffline):
            self._set_banner(BANNER_WARN, self.tr(
                "Saved on this PC: {name} – {outcome}. It is sent when the server is back."
            ).format(name=self._name(done.name), outcome=outcome_label(done.saved.outcome)),
                offline=True)
        else:
            text = self.tr("Recorded: {name} – {outcome}").format(
                name=done.name, outcome=outcome_label(done.saved.outcome))
            if done.saved.over_headcount:
                text += " " + self.tr("(beyond the headcount, confirmed)")
            self._set_banner(BANNER_OK, text)
        self.refresh()
        self.focus_scan()

    def answer(self, yes: bool) -> None:
        """The person answered the question on the card."""
        def render(result: Result[Any]) -> None:
            value = result.value if isinstance(result, Recorded) else None
            if isinstance(value, Declined):
                self._render_declined(value)
            elif isinstance(value, Undone):
                self._set_banner(BANNER_OK, self.tr("Undone."))
                self.refresh()
                self.focus_scan()
            else:
                self._render_outcome(result)

        self._run(lambda ops: ops.answer(yes), render)

    def _render_declined(self, declined: Declined) -> None:
        """A "no": whatever was asked is not recorded; the card stays if it still waits."""
        if declined.card_kept and declined.name:
            self.outcome.set_active(True)
            self._set_banner(BANNER_WARN, self.tr("Not recorded beyond the headcount. Choose "
                                                  "another outcome or opening."))
            self.outcome.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if declined.kind is QuestionKind.REPEAT_INTERVIEW:
            self._close_card()
            self._set_banner(BANNER_WARN, self.tr("Nothing added for {name}.").format(
                name=self._name(declined.name)))
        else:
            self._set_banner(BANNER_WARN, self.tr("Nothing changed."))
        self.refresh()
        self.focus_scan()

    # -- corrections -----------------------------------------------------------------------------
    def undo_last(self) -> None:
        """Ctrl+Z: undo the newest entry (the one chosen, while "Recent entries" has the focus)."""
        panel = self.recent_panel
        row = panel.chosen() if panel.table.hasFocus() else panel.model.row_at(0)
        if row is not None:
            self.undo(row.id)

    def undo(self, interview_id: uuid.UUID) -> None:
        row = next((r for r in self.recent_panel.model.rows if r.id == interview_id), None)
        name, time = (row.name, row.local_time) if row is not None else ("", "")

        def render(result: Result[Any]) -> None:
            if isinstance(result, NeedsConfirmation):
                self.question.ask(result.question, describe(row) if row else "")
                self._set_banner(BANNER_WARN, self.tr("Undo? Ctrl+Y: yes · Esc: no."))
            elif isinstance(result, Refused):
                self._refuse(error_message(result.error), keep_card=True)

        self._run(lambda ops: ops.ask_undo(interview_id, name, time), render)

    def correct(self, interview_id: uuid.UUID, outcome: str | None) -> None:
        """Change the outcome of one of the recent or undecided entries."""
        rows = [*self.recent_panel.model.rows, *self.undecided_panel.model.rows]
        row = next((r for r in rows if r.id == interview_id), None)
        name = row.name if row is not None else ""
        self._run(lambda ops: ops.correct(interview_id, outcome, name=name),
                  self._render_outcome)

    # -- the queue -----------------------------------------------------------------------------
    def set_waiting_mode(self, on: bool) -> None:
        self.waiting_mode = on
        if not on:  # the last number said aloud gives way to the cards
            self.queue_number.hide()
            self.slip_status.hide()
        if self.waiting_button.isChecked() != on:
            self.waiting_button.setChecked(on)
        self.tabs.setCurrentWidget(self.queue_panel)
        self.scan_bar.waiting_mode = on
        self._set_banner(BANNER_WARN if on else BANNER_IDLE, "")
        self.focus_scan()

    def leave_queue(self, entry_id: uuid.UUID) -> None:
        def render(result: Result[Any]) -> None:
            if isinstance(result, Refused):
                self._refuse(error_message(result.error), keep_card=True)
            self.refresh()

        self._run(lambda ops: ops.leave_queue(entry_id), render)

    # -- paper ---------------------------------------------------------------------------------
    def print_confirmation(self) -> None:
        """F6: the 면접확인서 of the open card's last interview here, else of the newest entry."""
        if self.booth is None:
            return
        if self._server_away():
            self._refuse(self.tr("Printing a confirmation needs the server, which cannot be "
                                 "reached now."), keep_card=True)
            return
        interview_id: uuid.UUID | None = None
        card = self.card_view.card
        if card is not None:
            with self.context.session_factory() as session:
                interview_id = last_interview_at(session, card.seeker_id, self.booth.id,
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
        if self._server_away():
            self._refuse(self.tr("The paper sheet needs the server, which cannot be reached "
                                 "now."), keep_card=True)
            return None
        booth_id = self.booth.id if self.booth else None
        dialog = PaperSheetDialog(self.context, self, booth_id=booth_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        return dialog

    # -- inside --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Day figures, openings, queue, recent and undecided entries (another station changed
        something, or after an action). While the server is away the last ones stay."""
        if self.ops is None or self._server_away():
            return

        def render(result: Result[Any]) -> None:
            if isinstance(result, Recorded):
                self._show_view(result.value)

        def render_day(result: Result[Any]) -> None:
            if isinstance(result, Recorded):
                self.day_banner.show_day(result.value)

        self._run(lambda ops: ops.day(), render_day)
        self._run(lambda ops: ops.view(), render)

    def _show_view(self, view: BoothView) -> None:
        self.view = view
        self.day_panel.show_day(view.day)
        self.queue_panel.set_waiting(view.waiting, view.wait)
        self.recent_panel.set_entries(view.recent)
        self.undecided_panel.set_entries(view.undecided)
        self.outcome.set_openings(view.day.openings, self.outcome.current_opening())
        self.outcome.set_tags(view.tags)
        self.retranslate()

    def _delivered(self, _report: object) -> None:
        """What waited on this PC reached the server: show the server's figures again."""
        self.refresh()

    def _status_changed(self, online: bool, waiting: int) -> None:
        """Back online: a banner about records kept offline gives way, the figures come back."""
        if not online:
            return
        if self.offline_banner and not waiting and not self.card_view.offline:
            self._set_banner(BANNER_OK, self.tr(
                "Connected again: everything saved on this PC has reached the server."))
        self.refresh()

    def _server_away(self) -> bool:
        return self.context.offline is not None and not self.context.offline.online

    def _openings(self) -> tuple[Any, ...]:
        return self.view.day.openings if self.view is not None else ()

    def _close_card(self) -> None:
        self.question.withdraw()
        self.outcome.set_active(False)
        self.card_view.clear()
        self.card_view.retranslate()

    def _refuse(self, reason: str, keep_card: bool = False) -> None:
        QApplication.beep()
        if not keep_card:
            self._close_card()
        self._set_banner(BANNER_REFUSED, reason)
        self.focus_scan()

    def _set_banner(self, state: str, text: str, *, offline: bool = False) -> None:
        """``offline``: the text speaks of records kept on this PC (it gives way once they
        reached the server)."""
        self.offline_banner = offline
        self.scan_bar.set_banner(state, text)

    @property
    def banner_state(self) -> str:
        return self.scan_bar.state

    @property
    def banner_text(self) -> str:
        return self.scan_bar.banner.text()


def create_station(context: StationContext) -> StationScreen:
    """The booth screen for the chosen fair (the figures page until there is a fair)."""
    if context.fair is None:
        return FiguresStation(context)
    return BoothScreen(context)
