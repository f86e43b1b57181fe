"""The organizer's live dashboard: figure cards, booths, arrivals, breakdowns, floor, comparison.

The view holds plain dataclasses only. A ``Refresher`` reads ``dashboard_data`` on a worker with
its own session every 1.5 s (one read in flight, none while the view is hidden) and ``apply``
puts the result into the widgets on the main thread, updating models in place. A failed read
shows a small note ("connection lost, retrying") and keeps the figures last read; the next tick
tries again. ``refresh_now()`` is the slot for anything that knows the data changed (F5, live
updates from other stations).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from jobfair.db.engine import SessionFactory, first_line
from jobfair.domain.errors import JobFairError
from jobfair.gui.organizer.dashboard.arrivals import ArrivalsChart
from jobfair.gui.organizer.dashboard.booths import (
    REFERRAL_COLUMNS,
    BoothTableModel,
    sorted_booths,
)
from jobfair.gui.organizer.dashboard.breakdowns import (
    BY_FIELD,
    BreakdownTabs,
    FieldBreakdownPanel,
)
from jobfair.gui.organizer.dashboard.breakdowns import (
    CONTEXT as BREAKDOWNS_CONTEXT,
)
from jobfair.gui.organizer.dashboard.cards import FigureCards
from jobfair.gui.organizer.dashboard.compare import ComparisonPanel
from jobfair.gui.organizer.dashboard.floor import FloorGrid
from jobfair.gui.organizer.dashboard.refresher import DEFAULT_INTERVAL_MS, Refresher
from jobfair.i18n import error_message
from jobfair.services.reports.analytics import DashboardData, dashboard_data
from jobfair.services.setup.fairs import FairView

log = logging.getLogger(__name__)

COL_BOOTH, COL_EMPLOYER = 0, 1
WIDEST_FIGURES = ("100.0%", "9,999")

Loader = Callable[[], DashboardData]


def make_loader(session_factory: SessionFactory, fair_id: int) -> Loader:
    """What the worker runs: one short read-only session, plain dataclasses out."""

    def load() -> DashboardData:
        with session_factory() as session:
            return dashboard_data(session, fair_id)

    return load


class DashboardView(QWidget):
    """The live dashboard of one fair.

    Attributes:
        data: the data last applied, or ``None`` before the first read.
        refresher: reads the data on a worker on a timer.
        failures: refreshes failed in a row (0 once one succeeds).

    Signals:
        refreshed: a refresh was applied to the widgets.
        refresh_failed(str): a refresh failed; the note is shown in the view.
        report_requested / workbook_requested: the action buttons.
        csv_requested(str): a table was chosen in the CSV button's menu (``set_csv_tables``).
    """

    refreshed = Signal()
    refresh_failed = Signal(str)
    report_requested = Signal()
    workbook_requested = Signal()
    csv_requested = Signal(str)

    def __init__(
        self,
        session_factory: SessionFactory,
        fair: FairView,
        parent: QWidget | None = None,
        *,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        loader: Loader | None = None,
        autostart: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.session_factory = session_factory
        self.fair = fair
        self.data: DashboardData | None = None
        self.failures = 0
        self._read_at: datetime | None = None

        self.refresher = Refresher(
            loader or make_loader(session_factory, fair.id),
            interval_ms,
            is_visible=self._is_shown,
            parent=self,
        )
        self.refresher.loaded.connect(self._loaded)
        self.refresher.failed.connect(self._failed)

        # header: the fair, when it was read, the warning, the actions
        self.title = QLabel()
        self.title.setObjectName("dashboardTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.read_at = QLabel()
        self.read_at.setObjectName("dashboardReadAt")
        self.warning = QLabel()
        self.warning.setObjectName("dashboardWarning")
        self.warning.hide()
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("dashboardRefresh")
        self.refresh_button.clicked.connect(self.refresh_now)
        self.report_button = QPushButton()
        self.report_button.setObjectName("saveReportButton")
        self.report_button.clicked.connect(self.report_requested)
        self.workbook_button = QPushButton()
        self.workbook_button.setObjectName("exportWorkbookButton")
        self.workbook_button.clicked.connect(self.workbook_requested)
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("exportCsvButton")
        self.csv_menu = QMenu(self)
        self.csv_menu.setObjectName("exportCsvMenu")
        self.csv_button.setMenu(self.csv_menu)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.read_at)
        header.addWidget(self.warning)
        header.addStretch(1)
        for button in (self.refresh_button, self.report_button, self.workbook_button,
                       self.csv_button):
            header.addWidget(button)
        self.refresh_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        self.refresh_shortcut.activated.connect(self.refresh_now)

        self.cards = FigureCards()

        # left: booths as a table and on the floor
        self.booth_model = BoothTableModel(self)
        self.booth_proxy = sorted_booths(self.booth_model, self)
        self.booth_table = QTableView()
        self.booth_table.setObjectName("boothTable")
        self.booth_table.setModel(self.booth_proxy)
        self.booth_table.setSortingEnabled(True)
        self.booth_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.booth_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.booth_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.booth_table.setAlternatingRowColors(True)
        self.booth_table.verticalHeader().hide()
        self.booth_table.verticalHeader().setDefaultSectionSize(
            self.booth_table.fontMetrics().height() + 8
        )
        # The employer's name takes the free width; the booth is as wide as its labels, each
        # figure as wide as its title's longest line or its widest figure (``_fit_booth_columns``:
        # measured from the texts, not from 300 rows on every refresh).
        head = self.booth_table.horizontalHeader()
        head.setMinimumSectionSize(24)
        for col in range(self.booth_proxy.columnCount()):
            head.setSectionResizeMode(
                col,
                QHeaderView.ResizeMode.Stretch if col == COL_EMPLOYER
                else QHeaderView.ResizeMode.ResizeToContents if col == COL_BOOTH
                else QHeaderView.ResizeMode.Interactive,
            )
        head.sortIndicatorChanged.connect(self._fit_booth_columns)
        self.floor = FloorGrid()
        # where to go next: per booth, seekers sent there at check-in and how many interviewed
        self.referral_proxy = sorted_booths(self.booth_model, self, REFERRAL_COLUMNS)
        self.referral_table = QTableView()
        self.referral_table.setObjectName("referralTable")
        self.referral_table.setModel(self.referral_proxy)
        self.referral_table.setSortingEnabled(True)
        self.referral_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.referral_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.referral_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.referral_table.setAlternatingRowColors(True)
        self.referral_table.verticalHeader().hide()
        # four columns: each as wide as its title and figures, the employer takes the rest
        self.referral_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.referral_table.horizontalHeader().setSectionResizeMode(
            COL_EMPLOYER, QHeaderView.ResizeMode.Stretch)
        self.left_tabs = QTabWidget()
        self.left_tabs.setObjectName("boothTabs")
        self.left_tabs.addTab(self.booth_table, "")
        self.left_tabs.addTab(self.floor, "")
        self.left_tabs.addTab(self.referral_table, "")

        # right: arrivals above, breakdowns and the comparison below
        self.arrivals = ArrivalsChart()
        self.arrivals.setMinimumHeight(200)
        self.breakdowns = BreakdownTabs()
        self.comparison = ComparisonPanel(session_factory, fair)
        self.right_tabs = QTabWidget()
        self.right_tabs.setObjectName("detailTabs")
        self.by_field = FieldBreakdownPanel()
        self.right_tabs.addTab(self.breakdowns, "")
        self.right_tabs.addTab(self.by_field, "")
        self.right_tabs.addTab(self.comparison, "")
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.arrivals)
        right.addWidget(self.right_tabs)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setChildrenCollapsible(False)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setObjectName("dashboardBody")
        body.addWidget(self.left_tabs)
        body.addWidget(right)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        body.setChildrenCollapsible(False)
        self.body = body
        self._sized = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.cards)
        layout.addWidget(body, 1)

        self.retranslate()
        if autostart:
            self.refresher.start()
            self.refresher.refresh_now()

    # -- refreshing -------------------------------------------------------------------------

    def _is_shown(self) -> bool:
        window = self.window()
        return self.isVisible() and not window.isMinimized()

    def _split(self) -> None:
        width = self.body.width()
        left = width * 60 // 100  # the employer names need it more than the charts
        self.body.setSizes([left, width - left])

    @Slot()
    def refresh_now(self) -> None:
        """Read the dashboard again now (F5; live updates from other stations)."""
        self.refresher.refresh_now()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if not self._sized:  # booths a little wider than the charts, once laid out
            self._sized = True
            QTimer.singleShot(0, self._split)
        if self.refresher.timer.isActive():
            self.refresher.refresh_now()  # shown again after a hidden while: catch up at once

    def _loaded(self, data: DashboardData) -> None:
        self.apply(data)

    def _failed(self, exc: BaseException) -> None:
        self.failures += 1
        if isinstance(exc, JobFairError):
            reason = error_message(exc)
        elif isinstance(exc, SQLAlchemyError):
            reason = first_line(exc)
        else:
            reason = f"{type(exc).__name__}: {exc}"
        if self.failures == 1:
            log.warning("dashboard refresh failed: %s", reason)
        text = self.tr("Connection lost, retrying… The figures shown are from {time}.").format(
            time=self._read_at.strftime("%H:%M:%S") if self._read_at else "–"
        )
        self.warning.setText(text)
        self.warning.setToolTip(reason)
        self.warning.show()
        self.refresh_failed.emit(text)

    def apply(self, data: DashboardData) -> None:
        """Put ``data`` into the widgets (main thread; in place where the shape is unchanged)."""
        self.data = data
        self.failures = 0
        if self.warning.isVisible():
            self.warning.hide()
        self._read_at = data.generated_at.astimezone()
        self.cards.set_figures(data.figures)
        self.booth_model.set_rows(data.booths)
        self.floor.set_booths(data.booths)
        self.arrivals.set_bins(data.arrivals)
        self.breakdowns.set_breakdowns(data.breakdowns)
        self.by_field.set_fields(data.fields)
        self.comparison.set_current(data.figures)
        self._show_read_at()
        self.refreshed.emit()

    def _show_read_at(self) -> None:
        if self._read_at is None:
            text = self.tr("reading…")
        else:
            text = self.tr("as of {time}").format(time=self._read_at.strftime("%H:%M:%S"))
        if self.read_at.text() != text:
            self.read_at.setText(text)

    def set_csv_tables(self, tables: Sequence[tuple[str, str]]) -> None:
        """The tables the CSV menu offers, as (key, translated title)."""
        self.csv_menu.clear()
        for key, title in tables:
            action = self.csv_menu.addAction(title)
            action.setData(key)
            action.triggered.connect(partial(self.csv_requested.emit, key))
        self.csv_button.setEnabled(bool(tables))

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.fair.name)
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.refresh_button.setToolTip(
            self.tr("The dashboard reads the figures again every few seconds by itself")
        )
        self.report_button.setText(self.tr("Summary report…"))
        self.report_button.setToolTip(self.tr("Print or save the end-of-day summary (PDF)"))
        self.workbook_button.setText(self.tr("Export to Excel…"))
        self.workbook_button.setToolTip(self.tr("Save every table of the fair as one workbook"))
        self.csv_button.setText(self.tr("Table as CSV"))
        self.csv_button.setToolTip(self.tr("Save one table of the fair as a CSV file"))
        self.left_tabs.setTabText(0, self.tr("Booths"))
        self.left_tabs.setTabText(1, self.tr("Floor plan"))
        self.left_tabs.setTabText(2, self.tr("Sent here"))
        self.right_tabs.setTabText(0, self.tr("Breakdowns"))
        self.right_tabs.setTabText(
            1, QCoreApplication.translate(BREAKDOWNS_CONTEXT, BY_FIELD))
        self.right_tabs.setTabText(2, self.tr("Compare fairs"))
        self._show_read_at()
        self._fit_booth_columns()

    def _fit_booth_columns(self) -> None:
        """Each figure's column as wide as its title's longest line or its widest figure; the
        sorted one also has room for the sort arrow."""
        head = self.booth_table.horizontalHeader()
        style = head.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, head)
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, head)
        title_metrics = head.fontMetrics()
        cell_metrics = self.booth_table.fontMetrics()
        for col in range(self.booth_proxy.columnCount()):
            if col in (COL_BOOTH, COL_EMPLOYER):
                continue
            title = str(self.booth_model.headerData(col, Qt.Orientation.Horizontal))
            width = max(
                *(title_metrics.horizontalAdvance(line) for line in title.splitlines()),
                *(cell_metrics.horizontalAdvance(f) for f in WIDEST_FIGURES),
            ) + 2 * margin + 4
            if head.isSortIndicatorShown() and head.sortIndicatorSection() == col:
                width += arrow + margin
            head.resizeSection(col, width)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
