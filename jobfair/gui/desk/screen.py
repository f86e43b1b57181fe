"""The registration desk: scan to check in, search, register a walk-in, print the badge.

The screen renders the results of the desk's operations (``jobfair.operations.desk``), run in
order by the station's runner. Three panels (``desk_scan``, ``desk_search``, ``desk_walkin``) and
a question bar: questions (a walk-in who may be registered already, undoing a check-in) are
asked on the screen, answered with Ctrl+Y or Escape, and a scan withdraws them with the safe
answer. A ``ScanCatcher`` takes a scanner's code whatever has the focus.

Keys: F2 search (Down to choose, Enter to check in), F3 walk-in form, F4 the code field,
Ctrl+Enter save the walk-in (and check in and print), Ctrl+P print the badge on the card,
Ctrl+G print the card's where-to-go slip. Badges go to the station's printer with no dialog
(``printing_station``); what became of them shows under the card.

Where to go next: after every check-in the card names up to three booths that fit the seeker,
have positions left and the shortest predicted waits (``DeskOperations.where_next``, its own
operation after the check-in's, kept as referrals); a walk-in's slip is printed with the badge.
The "Booth waits" tab lists every booth's predicted wait (the hall screen's board).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jobfair.documents.slips import WhereNextSlip, render_where_next_slip, slip_booths
from jobfair.domain.badge_code import format_code
from jobfair.domain.errors import JobFairError
from jobfair.gui.common.day_banner import DayBanner
from jobfair.gui.common.labels import local_time
from jobfair.gui.common.question_bar import QuestionBar
from jobfair.gui.common.runner import OperationRunner, runs_on_a_server
from jobfair.gui.common.scan import Clock, ScanCatcher
from jobfair.gui.common.stations import FiguresStation, StationContext, StationScreen, station_label
from jobfair.gui.desk.scan import BANNER_OK, ScanPanel
from jobfair.gui.desk.search import SearchPanel
from jobfair.gui.desk.walkin import REGION_CITIES, WalkInForm
from jobfair.gui.printing.calibration import first_time_setup
from jobfair.gui.printing.confirmation import print_confirmation
from jobfair.gui.printing.station_printer import (
    PrintSlip,
    StationPrintOutcome,
    document_translate,
    print_on_station_printer,
    print_slip_on_station_printer,
)
from jobfair.i18n import error_message
from jobfair.operations.desk import (
    Arrival,
    Declined,
    DeskOperations,
    Scanned,
    Undone,
    WhereNext,
)
from jobfair.operations.results import (
    KeptOffline,
    NeedsConfirmation,
    Question,
    Recorded,
    Refused,
    Result,
)
from jobfair.services.checkins.desk import SearchPage, SeekerRow, desk_fair
from jobfair.services.hall.board import HallBoard

log = logging.getLogger(__name__)

PrintBadges = Callable[[Sequence[uuid.UUID]], StationPrintOutcome | None]
"""Prints the badges of these seekers; what became of them is shown on the card."""



def default_print_badges(context: StationContext, parent: QWidget) -> PrintBadges:
    """The station's printer, chosen once (``printing_station``)."""

    def print_badges(seeker_ids: Sequence[uuid.UUID]) -> StationPrintOutcome:
        return print_on_station_printer(context, list(seeker_ids), parent,
                                        choose=first_time_setup)

    return print_badges


class DeskScreen(StationScreen):
    """The desk station's screen.

    Attributes:
        ops: the desk's operations; runner: runs them in order.
        scan_panel, search_panel, walk_in, question: the parts.
        catcher: the scan catcher installed while the screen lives.
        print_badges: called with the seeker ids whose badges should be printed.
    """

    def __init__(
        self,
        context: StationContext,
        *,
        print_badges: PrintBadges | None = None,
        scan_clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        assert context.fair is not None
        self.setObjectName("station_desk")
        self.context = context
        self.fair_id = context.fair.id
        with context.session_factory() as session:
            self.fair = desk_fair(session, self.fair_id)
        self.print_badges = print_badges or default_print_badges(context, self)
        self.print_slip: PrintSlip = lambda draw, what: print_slip_on_station_printer(
            context, draw, what)
        offline = context.offline
        self.ops = DeskOperations(
            context.session_factory, context.actor, self.fair_id,
            outbox=offline.outbox if offline is not None else None,
            link=offline.link if offline is not None else None,
        )
        self.runner = OperationRunner(runs_on_a_server(context.config.db_url), self)
        self._deferred = 0  # where-to-go-next operations waiting for the card to be painted

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        self.heading = QLabel()
        self.heading.setObjectName("stationHeading")
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("deskConfirmation")
        self.confirm_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.confirm_button.clicked.connect(self.print_confirmation)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.confirm_button)
        layout.addLayout(top)
        self.day_banner = DayBanner()
        layout.addWidget(self.day_banner)
        self.question = QuestionBar()
        self.question.answered.connect(self.answer)
        layout.addWidget(self.question)
        body = QHBoxLayout()
        layout.addLayout(body, 1)

        self.scan_panel = ScanPanel(self.fair.timezone)
        self.scan_panel.setMinimumWidth(340)
        self.scan_panel.setMaximumWidth(400)  # the walk-in form needs the rest at 1280x800
        body.addWidget(self.scan_panel, 2)

        self.tabs = QTabWidget()
        self.search_panel = SearchPanel(self.fair.timezone)
        cities = _cities(self.fair.hosts)
        self.walk_in = WalkInForm(self.fair.date.year, self.fair.retention_days, cities)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.walk_in)
        self.waits_list = QListWidget()
        self.waits_list.setObjectName("deskWaits")
        self.waits_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.addTab(self.search_panel, "")
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(self.waits_list, "")
        body.addWidget(self.tabs, 3)


        self.scan_panel.code_entered.connect(self.handle_code)
        self.scan_panel.print_requested.connect(lambda sid: self._print([sid]))
        self.scan_panel.slip_requested.connect(self.print_where_next)
        self.scan_panel.undo_requested.connect(self.ask_undo)
        self.search_panel.search_requested.connect(self._search)
        self.search_panel.seeker_chosen.connect(self.check_in_chosen)
        self.walk_in.save_requested.connect(self.save_walk_in)

        self.catcher = ScanCatcher(self, clock=scan_clock) if scan_clock else ScanCatcher(self)
        self.catcher.code_scanned.connect(self.handle_code)
        self.catcher.install()  # Qt drops the filter when the screen (its parent) is deleted

        self._shortcut(Qt.Key.Key_F2, self.focus_search)
        self._shortcut(Qt.Key.Key_F3, self.focus_walk_in)
        self._shortcut(Qt.Key.Key_F4, self.focus_scan)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self.walk_in)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save_walk_in)
        self._shortcut(QKeySequence("Ctrl+P"), self._print_card)
        self._shortcut(QKeySequence("Ctrl+G"), self._slip_card)
        self._shortcut(Qt.Key.Key_F6, self.print_confirmation)

        self.retranslate()
        self.refresh()
        self.setFocusProxy(self.scan_panel.scan_edit)
        if offline is not None:  # scans go on offline from this PC's list
            offline.delivered.connect(self._delivered)
            offline.status_changed.connect(self._status_changed)
            offline.watch(context.actor, self.fair_id)

    def _shortcut(self, key: QKeySequence | Qt.Key, slot: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def retranslate(self) -> None:
        self.heading.setText(f"{station_label(self.context.kind)} · {self.fair.name}")
        self.tabs.setTabText(0, self.tr("Search (F2)"))
        self.tabs.setTabText(1, self.tr("Walk-in (F3)"))
        self.tabs.setTabText(2, self.tr("Booth waits"))
        self.confirm_button.setText(self.tr("Interview confirmation (F6)"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.scan_panel.retranslate()
            self.search_panel.retranslate()
            self.walk_in.retranslate()
            self.question.retranslate()
            self.day_banner.retranslate()
        super().changeEvent(event)

    # -- the station contract ------------------------------------------------------------------
    def can_leave(self) -> bool:
        """A half-filled walk-in form is only dropped when the user says so."""
        if not self.walk_in.is_dirty():
            return True
        return self.context.dialogs.ask(
            self.tr("Walk-in form"),
            self.tr("The walk-in form is filled in but not saved. Leave it and lose what was "
                    "typed?"),
        )

    def closeEvent(self, event: Any) -> None:  # Qt override
        self.runner.stop()
        super().closeEvent(event)

    @property
    def busy(self) -> bool:
        return not self.runner.idle or self._deferred > 0

    # -- focus ---------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search_panel.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_panel.edit.selectAll()

    def focus_walk_in(self) -> None:
        self.load_fields()
        self.tabs.setCurrentIndex(1)
        self.walk_in.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_scan(self) -> None:
        self.scan_panel.scan_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- running operations ----------------------------------------------------------------------
    def _run(self, work: Callable[[DeskOperations], Result[Any]],
             render: Callable[[Result[Any]], None]) -> None:
        ops = self.ops

        def rendered(result: Result[Any]) -> None:
            offline = self.context.offline
            if offline is not None and (isinstance(result, KeptOffline) or (
                isinstance(result, Refused) and result.needs_server
            )):
                offline.kept()
            render(result)

        self.runner.submit(lambda: work(ops), rendered, self._failed)

    def _failed(self, exc: BaseException) -> None:
        log.error("desk operation failed", exc_info=exc)
        self._refuse(self.tr("The last action failed: {reason}. Nothing was half saved; try "
                             "again.").format(reason=str(exc).splitlines()[0][:200]))

    # -- actions -------------------------------------------------------------------------------
    def handle_code(self, text: str) -> None:
        """A scanned or typed code (or badge number): check its seeker in."""
        self._run(lambda ops: ops.scan(text), self._render_scan)

    def _render_scan(self, result: Result[Any]) -> None:
        if self.question.open:
            self.question.withdraw()  # the operation answered it "no" already
        if isinstance(result, Refused):
            self._refuse(error_message(result.error))
            return
        scanned = result.value
        assert isinstance(scanned, Scanned)
        self._show(scanned.arrival, offline=isinstance(result, KeptOffline))

    def check_in_chosen(self, seeker_id: uuid.UUID) -> None:
        """Check in the seeker the volunteer chose in the search results."""
        def render(result: Result[Any]) -> None:
            if isinstance(result, Refused):
                self._refuse(error_message(result.error))
                return
            assert isinstance(result.value, Arrival)
            self._show(result.value)
            self.search_panel.refresh()

        self._run(lambda ops: ops.check_in(seeker_id), render)

    def save_walk_in(self) -> None:
        """Check the form; ask about a possible duplicate; save, check in, print, clear."""
        data = self.walk_in.collect()
        if data is None:  # the form keeps what was typed and shows what is missing
            return
        self._run(lambda ops: ops.register(data), self._render_registered)

    def _render_registered(self, result: Result[Any]) -> None:
        if isinstance(result, NeedsConfirmation):
            self.question.ask(result.question, self._duplicates_text(result.question))
            return
        if isinstance(result, Refused):
            self._refuse(error_message(result.error))
            return
        arrival = result.value
        assert isinstance(arrival, Arrival) and arrival.card is not None
        self._show(arrival)
        self.walk_in.clear()
        self.walk_in.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._print([arrival.card.seeker_id])

    def ask_undo(self, seeker_id: uuid.UUID, name: str) -> None:
        """"Undo check-in…": asked on the screen, with the reason required."""
        def render(result: Result[Any]) -> None:
            if isinstance(result, NeedsConfirmation):
                self.question.ask(result.question, needs_reason=True)
            elif isinstance(result, Refused):
                self._refuse(error_message(result.error))

        self._run(lambda ops: ops.ask_undo_check_in(seeker_id, name), render)

    def answer(self, yes: bool) -> None:
        reason = self.question.reason

        def render(result: Result[Any]) -> None:
            value = result.value if isinstance(result, Recorded) else None
            if isinstance(value, Declined):
                self.scan_panel.show_note(self.tr("Nothing was changed."))
            elif isinstance(value, Undone):
                self.scan_panel.clear_card()
                self.scan_panel.show_note(self.tr(
                    "The check-in of {name} is undone; they no longer count as having come."
                ).format(name=value.name))
                self.refresh()
                self.search_panel.refresh()
            else:
                self._render_registered(result)

        self._run(lambda ops: ops.answer(yes, reason), render)

    # -- inside --------------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        if not text.strip():
            self.search_panel.show_page(text, SearchPage((), 0))
            return

        def render(result: Result[Any]) -> None:
            if isinstance(result, Refused):
                self._refuse(error_message(result.error))
                return
            assert isinstance(result.value, SearchPage)
            self.search_panel.show_page(text, result.value)

        self._run(lambda ops: ops.search(text), render)

    def _show(self, arrival: Arrival, *, offline: bool = False) -> None:
        if arrival.card is not None:
            self.scan_panel.show_checked_in(arrival.card, registered=arrival.registered)
            # after the check-in is on the screen: its own operation, in the runner's order
            # (inline on a SQLite file: once the card has been painted)
            seeker_id, registered = arrival.card.seeker_id, arrival.registered
            if self.runner.threaded:
                self.where_next(seeker_id, print_slip=registered)
            else:
                self._deferred += 1

                def later() -> None:
                    self._deferred -= 1
                    self.where_next(seeker_id, print_slip=registered)

                QTimer.singleShot(0, self, later)
        else:
            name = arrival.name or format_code(arrival.code or "")
            if arrival.already_at is not None:
                text = self.tr("Already checked in at {time} (from this PC's list: the server "
                               "cannot be reached).").format(
                    time=local_time(arrival.already_at, self.fair.timezone))
            else:
                text = self.tr("Checked in. Saved on this PC: it is sent when the server is "
                               "back.")
            self.scan_panel.show_offline(name, arrival.badge_no, text)
        if not offline:
            self.refresh()

    def where_next(self, seeker_id: uuid.UUID, *, print_slip: bool = False,
                   asked: bool = False) -> None:
        """The booths to send the seeker on the card to (kept as referrals), shown on the card;
        with ``print_slip`` also printed on a slip when the desk has a printer (``asked``: the
        volunteer asked for it, so a missing printer is said)."""
        def render(result: Result[Any]) -> None:
            if not isinstance(result, Recorded):
                if isinstance(result, Refused) and print_slip:
                    self.scan_panel.show_print_status(error_message(result.error), ok=False)
                return
            found = result.value
            assert isinstance(found, WhereNext)
            self.scan_panel.show_where_next(found.seeker_id, found.booths)
            if print_slip:
                self._print_slip(found, asked)

        self._run(lambda ops: ops.where_next(seeker_id), render)

    def print_where_next(self, seeker_id: uuid.UUID) -> None:
        """"Print where-to-go slip": the booths worked out again now (each with positions
        left at print time), then printed."""
        self.where_next(seeker_id, print_slip=True, asked=True)

    def _slip_card(self) -> None:
        if self.scan_panel.card_id is not None:
            self.print_where_next(self.scan_panel.card_id)

    def _print_slip(self, found: WhereNext, asked: bool) -> None:
        slip = WhereNextSlip(self.fair.name, found.name, found.badge_no,
                             slip_booths(found.booths),
                             local_time(datetime.now(UTC), self.fair.timezone))
        what = self.tr("The where-to-go slip")
        outcome = self.print_slip(
            lambda out, layout: render_where_next_slip(slip, layout, out, document_translate),
            what)
        if outcome is None:
            if asked:
                self.scan_panel.show_print_status(self.tr(
                    "The where-to-go slip is not printed: this desk has no printer chosen "
                    "(Desk menu, Printer and badge layout)."), ok=False)
            return
        status = self.scan_panel.print_status
        before = status.text() if not asked else ""
        ok_before = not before or status.property("printed") is not False
        self.scan_panel.show_print_status((before + "\n" + outcome.message).strip(),
                                          ok=outcome.printed and ok_before)

    def refresh_waits(self) -> None:
        """The booths' predicted waits (the hall screen's figures)."""
        def render(result: Result[Any]) -> None:
            if not isinstance(result, Recorded):
                return
            board = result.value
            assert isinstance(board, HallBoard)
            self.waits_list.clear()
            for row in sorted(board.booths, key=lambda b: (b.wait.minutes, b.label)):
                self.waits_list.addItem(self.tr(
                    "{label} {employer}: about {minutes} min ({waiting} waiting)").format(
                        label=row.label, employer=row.employer, minutes=row.wait.minutes,
                        waiting=row.waiting))

        self._run(lambda ops: ops.waits(), render)

    def refresh(self) -> None:
        """Show the latest check-ins again (another station changed something)."""
        offline = self.context.offline
        if offline is not None and not offline.online:
            return  # the last list stays while the server is away

        def render(result: Result[Any]) -> None:
            if isinstance(result, Recorded):
                self.scan_panel.show_recent(result.value)

        def render_day(result: Result[Any]) -> None:
            if isinstance(result, Recorded):
                self.day_banner.show_day(result.value)

        self._run(lambda ops: ops.day(), render_day)
        self._run(lambda ops: ops.recent(), render)
        self.load_fields()
        self.refresh_waits()

    def load_fields(self) -> None:
        """Read the fair's own fields again (a new one shows without a restart)."""
        def render(result: Result[Any]) -> None:
            if isinstance(result, Recorded):
                self.walk_in.set_fields(result.value)

        self._run(lambda ops: ops.fields(), render)

    def _delivered(self, _report: object) -> None:
        """What waited on this PC reached the server: show the server's figures again."""
        self.refresh()

    def _status_changed(self, online: bool, _waiting: int) -> None:
        if online:
            if self.scan_panel.state != BANNER_OK:
                self.scan_panel.show_note("")
            self.refresh()

    def _refuse(self, reason: str) -> None:
        QApplication.beep()
        self.scan_panel.show_refused(reason)

    def _print_card(self) -> None:
        if self.scan_panel.card_id is not None:
            self._print([self.scan_panel.card_id])

    def print_confirmation(self) -> None:
        """F6: a 면접확인서 for the seeker on the card (asked which, if several interviews)."""
        if self.scan_panel.card_id is None:
            self.context.dialogs.inform(
                self.tr("Interview confirmation"),
                self.tr("Scan or find the job seeker first."),
            )
            return
        print_confirmation(self.context, self.scan_panel.card_id, self, of_seeker=True)

    def _print(self, seeker_ids: Sequence[uuid.UUID]) -> None:
        """Print on the station's printer; what happened is shown under the card."""
        try:
            outcome = self.print_badges(list(seeker_ids))
        except JobFairError as err:
            outcome = StationPrintOutcome(False, error_message(err))
        if outcome is not None and outcome.message:
            self.scan_panel.show_print_status(outcome.message, ok=outcome.printed)

    def _duplicates_text(self, question: Question) -> str:
        twins: Sequence[SeekerRow] = question.params.get("twins", ())
        lines = []
        for t in twins:
            why = []
            if t.same_phone:
                why.append(self.tr("same phone"))
            if t.same_name_birth:
                why.append(self.tr("same name and birth"))
            badge = f"#{t.badge_no} " if t.badge_no is not None else ""
            lines.append(
                f"• {badge}{t.name} ({t.birth_year}, {t.phone_masked}) – {', '.join(why)}"
            )
        return "\n".join(lines)


def _cities(hosts: str) -> tuple[str, ...]:
    """The fair's host cities first, then the rest of the region."""
    first = [p.strip() for p in hosts.replace(",", "·").split("·") if p.strip()]
    return tuple(dict.fromkeys([*first, *REGION_CITIES]))


def create_station(context: StationContext) -> StationScreen:
    """The desk screen for the chosen fair (the figures page until there is a fair)."""
    if context.fair is None:
        return FiguresStation(context)
    return DeskScreen(context)
