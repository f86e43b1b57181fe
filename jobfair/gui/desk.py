"""The registration desk: scan to check in, search, register a walk-in, print the badge.

The screen is three panels (``desk_scan``, ``desk_search``, ``desk_walkin``) and the actions
that tie them to the services, one transaction per action. A ``ScanCatcher`` takes a scanner's
code whatever has the focus.

Keys: F2 search, F3 walk-in form, F4 the code field, Ctrl+Enter save the walk-in (and check in
and print), Ctrl+P print the badge on the card.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from jobfair.domain.badge_code import format_code
from jobfair.domain.errors import JobFairError
from jobfair.gui.confirmation import print_confirmation
from jobfair.gui.desk_models import local_time
from jobfair.gui.desk_scan import ScanPanel
from jobfair.gui.desk_search import SearchPanel
from jobfair.gui.desk_walkin import REGION_CITIES, WalkInForm
from jobfair.gui.scan import Clock, ScanCatcher
from jobfair.gui.stations import FiguresStation, StationContext, station_label
from jobfair.i18n import error_message
from jobfair.services.desk import (
    SeekerCard,
    SeekerRow,
    check_in_code,
    check_in_seeker,
    desk_fair,
    possible_duplicates,
    recent_check_ins,
    register_walk_in,
    search_seekers,
)
from jobfair.services.outbox_snapshot import find_offline, mark_checked_in

PrintBadges = Callable[[Sequence[uuid.UUID]], None]
"""Prints the badges of these seekers (the printing module's dialog, or a fake in tests)."""


def default_print_badges(context: StationContext, parent: QWidget) -> PrintBadges:
    """Printing through ``jobfair.gui.printing.print_badges_for`` once that module exists."""

    def print_badges(seeker_ids: Sequence[uuid.UUID]) -> None:
        try:
            module = importlib.import_module("jobfair.gui.printing")
        except ModuleNotFoundError as exc:
            if exc.name != "jobfair.gui.printing":
                raise
            module = None
        target = getattr(module, "print_badges_for", None)
        if target is None:
            context.dialogs.inform(
                QCoreApplication.translate("DeskScreen", "Badge"),
                QCoreApplication.translate(
                    "DeskScreen", "Badge printing is not set up on this station yet."
                ),
            )
            return
        target(context, list(seeker_ids), parent)

    return print_badges


class DeskScreen(QWidget):
    """The desk station's screen.

    Attributes:
        scan_panel, search_panel, walk_in: the three parts.
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
        super().__init__(parent)
        assert context.fair is not None
        self.setObjectName("station_desk")
        self.context = context
        self.fair_id = context.fair.id
        with context.session_factory() as session:
            self.fair = desk_fair(session, self.fair_id)
        self.print_badges = print_badges or default_print_badges(context, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        self.heading = QLabel()
        self.heading.setObjectName("stationHeading")
        self.confirm_button = QPushButton()
        self.confirm_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.confirm_button.clicked.connect(self.print_confirmation)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.confirm_button)
        layout.addLayout(top)
        body = QHBoxLayout()
        layout.addLayout(body, 1)

        self.scan_panel = ScanPanel(self.fair.timezone)
        self.scan_panel.setMinimumWidth(340)
        self.scan_panel.setMaximumWidth(400)  # the walk-in form needs the rest at 1280x800
        body.addWidget(self.scan_panel, 2)

        self.tabs = QTabWidget()
        self.search_panel = SearchPanel(self._search, self.fair.timezone)
        cities = _cities(self.fair.hosts)
        self.walk_in = WalkInForm(self.fair.date.year, self.fair.retention_days, cities)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.walk_in)
        self.tabs.addTab(self.search_panel, "")
        self.tabs.addTab(scroll, "")
        body.addWidget(self.tabs, 3)

        self.setStyleSheet(
            "#station_desk QLineEdit, #station_desk QComboBox"
            " { font-size: 14pt; min-height: 30px; }"
            " #deskCardName { font-size: 30pt; font-weight: bold; }"
            " #deskCardBadge { font-size: 24pt; font-weight: bold; color: #1f4e79; }"
            " #deskCard QLabel { font-size: 14pt; }"
            " #deskSearchTable, #deskRecent { font-size: 13pt; }"
        )

        self.scan_panel.code_entered.connect(lambda text: self.handle_code(text, typed=True))
        self.scan_panel.print_requested.connect(lambda sid: self._print([sid]))
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
        self._shortcut(Qt.Key.Key_F6, self.print_confirmation)

        self.retranslate()
        self._refresh_recent()
        self.setFocusProxy(self.scan_panel.scan_edit)
        if context.offline is not None:  # scans go on offline from this PC's list
            context.offline.delivered.connect(self._delivered)
            context.offline.watch(context.actor, self.fair_id)

    def _shortcut(self, key: QKeySequence | Qt.Key, slot: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def retranslate(self) -> None:
        self.heading.setText(f"{station_label(self.context.kind)} · {self.fair.name}")
        self.tabs.setTabText(0, self.tr("Search (F2)"))
        self.tabs.setTabText(1, self.tr("Walk-in (F3)"))
        self.confirm_button.setText(self.tr("Interview confirmation (F6)"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.scan_panel.retranslate()
            self.search_panel.retranslate()
            self.walk_in.retranslate()
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

    # -- focus ---------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search_panel.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_panel.edit.selectAll()

    def focus_walk_in(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.walk_in.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_scan(self) -> None:
        self.scan_panel.scan_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- actions -------------------------------------------------------------------------------
    def handle_code(self, text: str, typed: bool = False) -> SeekerCard | None:
        """Resolve a scanned or typed code and check its seeker in; show what happened."""
        del typed
        offline = self.context.offline
        if offline is not None and not offline.direct():
            self._check_in_offline(text)
            return None
        try:
            with self.context.session_factory.begin() as session:
                card = check_in_code(session, self.context.actor, self.fair_id, text)
        except JobFairError as err:
            QApplication.beep()
            self.scan_panel.show_refused(error_message(err))
            return None
        except SQLAlchemyError as exc:
            if offline is None or not offline.server_failed(exc):
                raise
            self._check_in_offline(text)
            return None
        self._show(card)
        return card

    def _check_in_offline(self, text: str) -> None:
        """The server cannot be reached: check in from this PC's list, into the outbox."""
        offline = self.context.offline
        assert offline is not None
        try:
            found = find_offline(offline.outbox, self.fair_id, text)
        except JobFairError as err:
            QApplication.beep()
            self.scan_panel.show_refused(error_message(err))
            return
        name = found.name or format_code(found.code or "")
        if found.checked_in_at is not None:
            self.scan_panel.show_offline(name, found.badge_no, self.tr(
                "Already checked in at {time} (from this PC's list: the server cannot be "
                "reached)."
            ).format(time=local_time(found.checked_in_at, self.fair.timezone)))
            return
        item = offline.outbox.add_check_in(
            self.context.actor, fair_id=self.fair_id, seeker_id=found.seeker_id,
            code=found.code, via="scan",
        )
        if found.seeker_id is not None:
            mark_checked_in(offline.outbox, found.seeker_id, item.recorded_at)
        offline.kept()
        self.scan_panel.show_offline(name, found.badge_no, self.tr(
            "Checked in. Saved on this PC: it is sent when the server is back."))

    def check_in_chosen(self, seeker_id: uuid.UUID) -> SeekerCard | None:
        """Check in the seeker picked in the search results."""
        if self._needs_server():
            return None
        try:
            with self.context.session_factory.begin() as session:
                card = check_in_seeker(
                    session, self.context.actor, self.fair_id, seeker_id, via="search"
                )
        except JobFairError as err:
            QApplication.beep()
            self.scan_panel.show_refused(error_message(err))
            return None
        except SQLAlchemyError as exc:
            if self.context.offline is None or not self.context.offline.server_failed(exc):
                raise
            self._needs_server()
            return None
        self._show(card)
        self.search_panel.refresh()
        return card

    def save_walk_in(self) -> SeekerCard | None:
        """Check the form, warn about possible duplicates, save, check in, print, clear."""
        data = self.walk_in.collect()
        if data is None or self._needs_server():  # the form keeps what was typed
            return None
        with self.context.session_factory() as session:
            twins = possible_duplicates(
                session, self.fair_id, data.phone, data.name, data.birth_year, data.birth_date,
                actor=self.context.actor,
            )
        if twins and not self.context.dialogs.ask(
            self.tr("Possible duplicate"), self._duplicates_text(twins)
        ):
            return None
        data = replace(data, id=uuid.uuid4())  # a second save of the same press is a no-op
        try:
            with self.context.session_factory.begin() as session:
                card = register_walk_in(session, self.context.actor, self.fair_id, data)
        except JobFairError as err:
            self.context.dialogs.error(self.tr("Not saved"), error_message(err))
            return None
        self._show(card, registered=True)
        self.walk_in.clear()
        self.walk_in.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._print([card.seeker_id])
        return card

    # -- inside --------------------------------------------------------------------------------
    def _search(self, text: str) -> list[SeekerRow]:
        if self._needs_server():
            return []
        with self.context.session_factory() as session:
            return search_seekers(session, self.fair_id, text, actor=self.context.actor)

    def _delivered(self, _report: object) -> None:
        """The outbox was delivered: show the server's latest check-ins again."""
        self.refresh()

    def _needs_server(self) -> bool:
        """Refuse (and say why) what cannot be done while the server is away; ``True`` then."""
        offline = self.context.offline
        if offline is None or offline.online:
            return False
        QApplication.beep()
        self.scan_panel.show_refused(self.tr(
            "This needs the server, which cannot be reached now. Scanning badges goes on: "
            "check-ins are saved on this PC."))
        return True

    def _show(self, card: SeekerCard, registered: bool = False) -> None:
        self.scan_panel.show_checked_in(card, registered=registered)
        self._refresh_recent()

    def refresh(self) -> None:
        """Show the latest check-ins again (another station changed something)."""
        self._refresh_recent()

    def _refresh_recent(self) -> None:
        offline = self.context.offline
        if offline is not None and not offline.online:
            return  # the last list stays while the server is away
        try:
            with self.context.session_factory() as session:
                rows = recent_check_ins(session, self.fair_id, actor=self.context.actor)
        except SQLAlchemyError as exc:
            if offline is None or not offline.server_failed(exc):
                raise
            return
        self.scan_panel.show_recent(rows)

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
        try:
            self.print_badges(list(seeker_ids))
        except JobFairError as err:
            self.context.dialogs.error(self.tr("Badge not printed"), error_message(err))

    def _duplicates_text(self, twins: Sequence[SeekerRow]) -> str:
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
        return self.tr(
            "This person may already be registered:\n{list}\n\nRegister them anyway?"
        ).format(list="\n".join(lines))


def _cities(hosts: str) -> tuple[str, ...]:
    """The fair's host cities first, then the rest of the region."""
    first = [p.strip() for p in hosts.replace(",", "·").split("·") if p.strip()]
    return tuple(dict.fromkeys([*first, *REGION_CITIES]))


def create_station(context: StationContext) -> QWidget:
    """The desk screen for the chosen fair (the figures page until there is a fair)."""
    if context.fair is None:
        return FiguresStation(context)
    return DeskScreen(context)
