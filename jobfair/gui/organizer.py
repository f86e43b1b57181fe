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
Modules owned by other parts are imported when first used, so this screen works without them.
"""

from __future__ import annotations

import importlib
import logging
from types import ModuleType

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

from jobfair.gui.dashboard import DashboardView
from jobfair.gui.dashboard_refresher import DEFAULT_INTERVAL_MS
from jobfair.gui.rehearsal import RehearsalPanel
from jobfair.gui.retention import RetentionBanner
from jobfair.gui.settings import read_int
from jobfair.gui.stations import FiguresStation, StationContext
from jobfair.gui.sync_conflicts import ConflictsPanel

log = logging.getLogger(__name__)

REFRESH_KEY = "organizer/refresh_ms"  # the dashboard's refresh interval, in the station settings
MIN_REFRESH_MS = 250
TAB_DASHBOARD, TAB_SETUP, TAB_PAPER, TAB_FOLLOW_UP = 0, 1, 2, 3
TAB_MATCHING, TAB_AUDIT, TAB_ACCOUNTS, TAB_CONFLICTS, TAB_REHEARSAL = 4, 5, 6, 7, 8
REPORTS_MODULE = "jobfair.gui.organizer_reports"
SETUP_MODULE = "jobfair.gui.organizer_setup"
FOLLOW_UP_MODULE = "jobfair.gui.follow_up"
MATCHING_MODULE = "jobfair.gui.matching"
AUDIT_MODULE = "jobfair.gui.audit_log"
ACCOUNTS_MODULE = "jobfair.gui.accounts"
EXPORT_MODULE = "jobfair.services.export"

# Tabs whose panel is built the first time the tab is shown: the attribute that holds it, its
# module and its class (constructed with the station context and the tab's page).
LAZY_PANELS: dict[int, tuple[str, str, str]] = {
    TAB_MATCHING: ("matching_panel", MATCHING_MODULE, "MatchingPanel"),
    TAB_AUDIT: ("audit_panel", AUDIT_MODULE, "AuditLogPanel"),
    TAB_ACCOUNTS: ("accounts_panel", ACCOUNTS_MODULE, "AccountsPanel"),
}


def refresh_interval(context: StationContext) -> int:
    value = read_int(context.settings, REFRESH_KEY)
    return DEFAULT_INTERVAL_MS if value is None else max(MIN_REFRESH_MS, value)


def optional_module(name: str) -> ModuleType | None:
    """The module, or ``None`` when it does not exist (yet); other import errors propagate."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None


class OrganizerScreen(QWidget):
    """The organizer's tabs for one fair.

    Attributes:
        dashboard: the live dashboard.
        setup_panel: the setup panel once its tab was shown (``None`` before, or when missing).
        paper_dialog: the paper sheet dialog while open.
    """

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert context.fair is not None
        self.context = context
        self.setObjectName("station_organizer")
        self.dashboard = DashboardView(
            context.session_factory, context.fair, interval_ms=refresh_interval(context)
        )
        self.dashboard.report_requested.connect(self.save_report)
        self.dashboard.workbook_requested.connect(self.export_workbook)
        self.dashboard.csv_requested.connect(self.export_csv)
        self.setup_panel: QWidget | None = None
        self.setup_page = QWidget()
        self.setup_page.setObjectName("setupPage")
        self.setup_layout = QVBoxLayout(self.setup_page)
        self.setup_layout.setContentsMargins(0, 0, 0, 0)
        self.setup_missing: QLabel | None = None

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
        """Build the panel of a tab in ``LAZY_PANELS`` the first time it is needed (without its
        module the tab stays empty)."""
        attribute, module_name, class_name = LAZY_PANELS[index]
        built: QWidget | None = getattr(self, attribute)
        module = None if built is not None else optional_module(module_name)
        if module is None:
            return built
        page = self.tabs.widget(index)
        layout = page.layout() if page is not None else None
        assert page is not None and layout is not None
        panel: QWidget = getattr(module, class_name)(self.context, page)
        layout.addWidget(panel)
        panel.show()
        setattr(self, attribute, panel)
        return panel

    def ensure_follow_up_panel(self) -> None:
        """Build the follow-up panel the first time it is needed (no module: tab stays empty)."""
        if self.follow_up_panel is not None:
            return
        module = optional_module(FOLLOW_UP_MODULE)
        if module is None:
            return
        panel: QWidget = module.FollowUpPanel(self.context, self.follow_up_page)
        panel.changed.connect(self.dashboard.refresh_now)  # type: ignore[attr-defined]
        self.follow_up_layout.addWidget(panel)
        panel.show()
        self.follow_up_panel = panel

    def ensure_setup_panel(self) -> None:
        """Build the setup panel the first time it is needed."""
        if self.setup_panel is not None or self.setup_missing is not None:
            return
        module = optional_module(SETUP_MODULE)
        if module is None:
            self.setup_missing = QLabel()
            self.setup_missing.setObjectName("setupMissing")
            self.setup_missing.setWordWrap(True)
            self.setup_missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setup_layout.addWidget(self.setup_missing)
            self.setup_missing.show()
            self.retranslate()
            return
        panel: QWidget = module.SetupPanel(self.context, self.setup_page)
        changed = getattr(panel, "setup_changed", None)
        if changed is not None:
            changed.connect(self.dashboard.refresh_now)
        self.setup_layout.addWidget(panel)
        panel.show()  # added to a page already on screen
        self.setup_panel = panel

    def open_paper_sheet(self) -> None:
        if self.paper_dialog is not None:
            self.paper_dialog.activateWindow()  # already open: bring it forward
            return
        from jobfair.gui import organizer_actions  # its dialogs load when first opened

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
        from jobfair.gui import organizer_actions

        dialog = organizer_actions.open_purge(self.context, self, fair_id)
        if dialog is not None:
            dialog.purged.connect(self._purged)

    def _purged(self) -> None:
        self.retention.check()
        self.dashboard.refresh_now()

    # -- reports ----------------------------------------------------------------------------

    def _reports(self) -> ModuleType | None:
        module = optional_module(REPORTS_MODULE)
        if module is None:
            self.context.dialogs.inform(
                self.tr("Not available"),
                self.tr("Reports and exports are not part of this version yet."),
            )
        return module

    def save_report(self) -> None:
        module = self._reports()
        if module is not None:
            module.save_report(self.context, self)

    def export_workbook(self) -> None:
        module = self._reports()
        if module is not None:
            module.export_workbook(self.context, self)

    def export_csv(self, table: str) -> None:
        module = self._reports()
        if module is not None:
            module.export_csv(self.context, self, table)

    def _fill_csv_menu(self) -> None:
        """The export service's tables, titled in the language in force (none: no menu)."""
        export = optional_module(EXPORT_MODULE)
        titles: dict[str, str] = getattr(export, "TABLE_TITLES", {}) if export else {}
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
        if self.setup_missing is not None:
            self.setup_missing.setText(self.tr(
                "The setup screens are not part of this version yet. Employers, booths and "
                "openings can be imported with 'jobfair import' meanwhile."
            ))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def create_station(context: StationContext) -> QWidget:
    """The organizer screen for the chosen fair (the figures page until there is a fair)."""
    if context.fair is None:
        return FiguresStation(context)
    return OrganizerScreen(context)
