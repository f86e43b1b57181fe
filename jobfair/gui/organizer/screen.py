"""The organizer station: the live dashboard, the fair's setup, keying paper result sheets.

Three tabs (Ctrl+Tab / Ctrl+Shift+Tab move between them):
- Dashboard (``dashboard.DashboardView``): refreshes itself on a worker; its buttons print or
  save the summary report and export the workbook or the booth table (``organizer_reports``).
- Setup (``organizer_setup.SetupPanel``): built the first time the tab is shown; a change made
  there refreshes the dashboard.
- Paper sheets: opens ``booth_paper.PaperSheetDialog`` for a booth's paper result sheet.
- Follow-up (``follow_up.FollowUpPanel``): the call list after the fair, built when first shown;
  a final outcome recorded there refreshes the dashboard.
- Matching (``matching.MatchingPanel``): openings for a seeker, candidates for an employer,
  built when first shown.
- Audit log (``audit_log.AuditLogPanel``): who changed what, where and when, built when first
  shown.
- Accounts (``accounts.AccountsPanel``): who may sign in at the stations, as what.
- Offline conflicts (``sync_conflicts.ConflictsPanel``) and rehearsal records
  (``rehearsal.RehearsalPanel``: check-ins and interviews of another day than the fair's, which
  count nowhere, discarded in one confirmed action); each tab title says how many wait.
The window's Organizer menu (``station_menus``) reaches every tab (``show_tab``) and dialog.
The tabs' panels are imported when first shown, so the organizer opens without loading them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jobfair.gui.common.settings import KEY_ORGANIZER_REFRESH_MS, read_int
from jobfair.gui.common.stations import FiguresStation, StationContext, StationScreen
from jobfair.gui.organizer.dashboard.refresher import DEFAULT_INTERVAL_MS
from jobfair.gui.organizer.dashboard.view import DashboardView
from jobfair.gui.organizer.rehearsal import RehearsalPanel
from jobfair.gui.organizer.retention import RetentionBanner
from jobfair.gui.organizer.sync_conflicts import ConflictsPanel

if TYPE_CHECKING:
    from jobfair.gui.organizer.setup.panel import SetupPanel

log = logging.getLogger(__name__)

MIN_REFRESH_MS = 250
TAB_DASHBOARD, TAB_SETUP, TAB_PAPER, TAB_FOLLOW_UP = 0, 1, 2, 3
TAB_MATCHING, TAB_AUDIT, TAB_ACCOUNTS, TAB_CONFLICTS, TAB_REHEARSAL = 4, 5, 6, 7, 8


def _matching_panel(context: StationContext, page: QWidget) -> QWidget:
    from jobfair.gui.organizer.matching import MatchingPanel

    return MatchingPanel(context, page)


def _audit_panel(context: StationContext, page: QWidget) -> QWidget:
    from jobfair.gui.organizer.audit_log import AuditLogPanel

    return AuditLogPanel(context, page)


def _accounts_panel(context: StationContext, page: QWidget) -> QWidget:
    from jobfair.gui.organizer.accounts import AccountsPanel

    return AccountsPanel(context, page)


# Tabs whose panel is built the first time the tab is shown (its module is imported then, so
# the organizer opens without loading them): the attribute that holds it and how to build it.
LAZY_PANELS: dict[int, tuple[str, Callable[[StationContext, QWidget], QWidget]]] = {
    TAB_MATCHING: ("matching_panel", _matching_panel),
    TAB_AUDIT: ("audit_panel", _audit_panel),
    TAB_ACCOUNTS: ("accounts_panel", _accounts_panel),
}


def refresh_interval(context: StationContext) -> int:
    value = read_int(context.settings, KEY_ORGANIZER_REFRESH_MS)
    return DEFAULT_INTERVAL_MS if value is None else max(MIN_REFRESH_MS, value)


class OrganizerScreen(StationScreen):
    """The organizer's tabs for one fair.

    Attributes:
        dashboard: the live dashboard.
        setup_panel: the setup panel once its tab was shown (``None`` before, or when missing).
        paper_dialog: the paper sheet dialog while open.
    """

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        assert context.fair is not None
        self.context = context
        self.setObjectName("station_organizer")
        self.dashboard = DashboardView(
            context.session_factory, context.fair, interval_ms=refresh_interval(context)
        )
        self.dashboard.report_requested.connect(self.save_report)
        self.dashboard.workbook_requested.connect(self.export_workbook)
        self.dashboard.csv_requested.connect(self.export_csv)
        self.setup_panel: SetupPanel | None = None
        self.setup_page = QWidget()
        self.setup_page.setObjectName("setupPage")
        self.setup_layout = QVBoxLayout(self.setup_page)
        self.setup_layout.setContentsMargins(0, 0, 0, 0)

        self.paper_page = QWidget()
        self.paper_page.setObjectName("paperPage")
        self.paper_intro = QLabel()
        self.paper_intro.setWordWrap(True)
        self.paper_button = QPushButton()
        self.paper_button.setObjectName("openPaperSheet")
        self.paper_button.clicked.connect(self.open_paper_sheet)
        paper = QVBoxLayout(self.paper_page)
        paper.setContentsMargins(24, 16, 24, 16)
        paper.addWidget(self.paper_intro)
        paper.addWidget(self.paper_button, 0, Qt.AlignmentFlag.AlignLeft)
        paper.addStretch(1)
        self.paper_dialog: QDialog | None = None
        self.follow_up_panel: QWidget | None = None
        self.follow_up_page = QWidget()
        self.follow_up_page.setObjectName("followUpPage")
        self.follow_up_layout = QVBoxLayout(self.follow_up_page)
        self.follow_up_layout.setContentsMargins(0, 0, 0, 0)
        self.matching_panel: QWidget | None = None
        self.audit_panel: QWidget | None = None
        self.accounts_panel: QWidget | None = None

        self.tabs = QTabWidget()
        self.tabs.setObjectName("organizerTabs")
        self.tabs.addTab(self.dashboard, "")
        self.tabs.addTab(self.setup_page, "")
        self.tabs.addTab(self.paper_page, "")
        self.tabs.addTab(self.follow_up_page, "")
        for name in ("matchingPage", "auditPage", "accountsPage"):  # panels built when shown
            page = QWidget()
            page.setObjectName(name)
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(page, "")
        self.conflicts_panel = ConflictsPanel(context)  # offline stations' conflicts
        self.tabs.addTab(self.conflicts_panel, "")
        self.conflicts_panel.unresolved_changed.connect(lambda _n: self._title_conflicts())
        self.rehearsal_panel = RehearsalPanel(context)  # records of another day than the fair's
        self.tabs.addTab(self.rehearsal_panel, "")
        self.rehearsal_panel.count_changed.connect(lambda _n: self._title_rehearsal())
        self.rehearsal_panel.discarded.connect(lambda _n: self.dashboard.refresh_now())
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.retention = RetentionBanner(context, self)  # retention ended: purge reminder
        self.retention.purge_requested.connect(self.open_purge)
        layout.addWidget(self.retention)
        layout.addWidget(self.tabs)
        self.retranslate()

    @Slot()
    def refresh(self) -> None:
        """The window heard that another station wrote: read the dashboard again now, and
        count the offline conflicts waiting."""
        self.dashboard.refresh_now()
        self.conflicts_panel.refresh()
        self.rehearsal_panel.refresh()

    def _title_conflicts(self) -> None:
        """The conflicts tab says how many wait, in red, so the organizer cannot miss them."""
        self._title_counted(self.conflicts_panel, self.tr("Offline conflicts"),
                            self.conflicts_panel.unresolved)

    def _title_rehearsal(self) -> None:
        """The rehearsal tab says how many records of another day wait to be discarded."""
        self._title_counted(self.rehearsal_panel, self.tr("Rehearsal records"),
                            self.rehearsal_panel.count)

    def _title_counted(self, page: QWidget, title: str, count: int) -> None:
        waiting = max(count, 0)
        if waiting:
            title = f"{title} ({waiting})"
        index = self.tabs.indexOf(page)
        self.tabs.setTabText(index, title)
        normal = self.palette().color(QPalette.ColorRole.WindowText)
        self.tabs.tabBar().setTabTextColor(index, QColor("#b00020") if waiting else normal)

    refresh_now = refresh  # the name live updates may connect to

    # -- tabs -------------------------------------------------------------------------------

    def show_tab(self, index: int) -> None:
        """Bring tab ``index`` forward (its panel is built if it was not yet)."""
        self.tabs.setCurrentIndex(index)
        self._tab_changed(index)  # already current: still make sure its panel exists
        page = self.tabs.widget(index)
        if page is not None:
            page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tab_changed(self, index: int) -> None:
        if index == TAB_SETUP:
            self.ensure_setup_panel()
        elif index == TAB_FOLLOW_UP:
            self.ensure_follow_up_panel()
        elif index in LAZY_PANELS:
            self.ensure_panel(index)

    def ensure_panel(self, index: int) -> QWidget | None:
        """Build the panel of a tab in ``LAZY_PANELS`` the first time it is needed."""
        attribute, build = LAZY_PANELS[index]
        built: QWidget | None = getattr(self, attribute)
        if built is not None:
            return built
        page = self.tabs.widget(index)
        layout = page.layout() if page is not None else None
        assert page is not None and layout is not None
        panel = build(self.context, page)
        layout.addWidget(panel)
        panel.show()
        setattr(self, attribute, panel)
        return panel

    def ensure_follow_up_panel(self) -> None:
        """Build the follow-up panel the first time it is needed."""
        if self.follow_up_panel is not None:
            return
        from jobfair.gui.organizer.follow_up import FollowUpPanel

        panel = FollowUpPanel(self.context, self.follow_up_page)
        panel.changed.connect(self.dashboard.refresh_now)
        self.follow_up_layout.addWidget(panel)
        panel.show()
        self.follow_up_panel = panel

    def ensure_setup_panel(self) -> None:
        """Build the setup panel the first time it is needed."""
        if self.setup_panel is not None:
            return
        from jobfair.gui.organizer.setup.panel import SetupPanel

        panel = SetupPanel(self.context, self.setup_page)
        panel.setup_changed.connect(self.dashboard.refresh_now)
        self.setup_layout.addWidget(panel)
        panel.show()  # added to a page already on screen
        self.setup_panel = panel

    def open_paper_sheet(self) -> None:
        if self.paper_dialog is not None:
            self.paper_dialog.activateWindow()  # already open: bring it forward
            return
        from jobfair.gui.organizer import actions as organizer_actions  # loaded when first opened

        dialog = organizer_actions.open_paper_sheet(self.context, self)
        if dialog is not None:
            dialog.finished.connect(self._paper_closed)
        self.paper_dialog = dialog

    def _paper_closed(self) -> None:
        self.paper_dialog = None
        self.dashboard.refresh_now()

    def open_purge(self, fair_id: int | None = None) -> None:
        """The purge of a fair's personal data (this fair's, or the banner's ``fair_id``), once
        its name is typed; afterwards the banner and the figures are read again."""
        from jobfair.gui.organizer import actions as organizer_actions

        dialog = organizer_actions.open_purge(self.context, self, fair_id)
        if dialog is not None:
            dialog.purged.connect(self._purged)

    def _purged(self) -> None:
        self.retention.check()
        self.dashboard.refresh_now()

    # -- reports ----------------------------------------------------------------------------

    def save_report(self) -> None:
        from jobfair.gui.organizer import reports

        reports.save_report(self.context, self)

    def export_workbook(self) -> None:
        from jobfair.gui.organizer import reports

        reports.export_workbook(self.context, self)

    def export_csv(self, table: str) -> None:
        from jobfair.gui.organizer import reports

        reports.export_csv(self.context, self, table)

    def _fill_csv_menu(self) -> None:
        """The export service's tables, titled in the language in force (none: no menu)."""
        from jobfair.services.reports.export import TABLE_TITLES

        titles = TABLE_TITLES
        self.dashboard.set_csv_tables(
            [(key, QCoreApplication.translate("export", title)) for key, title in titles.items()]
        )

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._fill_csv_menu()
        self.tabs.setTabText(TAB_DASHBOARD, self.tr("Dashboard"))
        self.tabs.setTabText(TAB_SETUP, self.tr("Setup"))
        self.tabs.setTabText(TAB_PAPER, self.tr("Paper sheets"))
        self.tabs.setTabText(TAB_FOLLOW_UP, self.tr("Follow-up"))
        self.tabs.setTabText(TAB_MATCHING, self.tr("Matching"))
        self.tabs.setTabText(TAB_AUDIT, self.tr("Audit log"))
        self.tabs.setTabText(TAB_ACCOUNTS, self.tr("Accounts"))
        self._title_conflicts()
        self._title_rehearsal()
        self.paper_intro.setText(self.tr(
            "A booth that noted its interviews on paper: key its sheet here, line by line "
            "(badge number, then the outcome key). The dashboard counts the lines once saved."
        ))
        self.paper_button.setText(self.tr("Key a paper result sheet…"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def create_station(context: StationContext) -> StationScreen:
    """The organizer screen for the chosen fair (the figures page until there is a fair)."""
    if context.fair is None:
        return FiguresStation(context)
    return OrganizerScreen(context)
