"""The organizer's Matching tab (사전 맞춤 알선): openings for a seeker, candidates for an employer.

Two pages:
- By seeker: type a name or a badge number (Enter moves to the results), choose a seeker; the
  openings that suit them are listed best first with the reasons. Ctrl+R (or the button) marks
  the chosen opening as recommended, or withdraws it; Ctrl+P prints the seeker's slip of the
  booths marked (nothing is printed, and the panel says so, while none is marked).
- By employer: choose an employer; the seekers who consented to be shared are listed best first;
  Ctrl+P prints the candidate list.
The matching is read on the GUI thread: a fair's few thousand seekers score in milliseconds.
Printing goes through the badge printing's PDF delivery (print, or save a PDF).
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jobfair.documents.layouts import Layout
from jobfair.documents.matching import (
    CandidateList,
    CandidateRow,
    SeekerSlip,
    SlipLine,
    candidate_list_bytes,
    slip_bytes,
)
from jobfair.domain.errors import JobFairError
from jobfair.domain.matching import Reason
from jobfair.domain.target_groups import AGE_BAND_LABELS
from jobfair.gui.common.stations import StationContext
from jobfair.gui.printing.badges import (
    DocumentPrintUi,
    PdfRasteriser,
    PrintUi,
    QtPrintUi,
    available_rasteriser,
    badges_folder,
    deliver_pdf_only,
    file_name,
)
from jobfair.gui.printing.saving import save_file
from jobfair.i18n import error_message
from jobfair.services.checkins.desk import search_seekers
from jobfair.services.seekers.matching import (
    OpeningMatch,
    SeekerMatch,
    mark_recommended,
    openings_for_seeker,
    seeker_header,
    seekers_for_employer,
    unmark_recommended,
)
from jobfair.services.setup.service import employer_choices

log = logging.getLogger(__name__)

SLIP_LAYOUT = Layout("matching_slip", "A5", 148.0, 210.0, 1, 1, 148.0, 210.0)
LIST_LAYOUT = Layout("matching_list", "A4", 210.0, 297.0, 1, 1, 210.0, 297.0)
ID_ROLE = Qt.ItemDataRole.UserRole


def render_reason(reason: Reason) -> str:
    return reason.render(QCoreApplication.translate)


def window_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _item(text: str, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if data is not None:
        item.setData(ID_ROLE, data)
    return item


class MatchingPanel(QWidget):
    """The Matching tab.

    Attributes:
        print_ui, rasteriser: how documents are delivered (tests pass fakes).
        openings: the rows shown for the chosen seeker; candidates: for the chosen employer.
        last_pdf: the last document delivered (its path before delivery), for tests.
    """

    def __init__(
        self,
        context: StationContext,
        parent: QWidget | None = None,
        print_ui: PrintUi | None = None,
        rasteriser: PdfRasteriser | bool | None = True,
    ) -> None:
        super().__init__(parent)
        assert context.fair is not None
        self.context = context
        self.fair_id = context.fair.id
        self.setObjectName("matchingPanel")
        self.print_ui: PrintUi = print_ui or DocumentPrintUi()
        self.rasteriser = available_rasteriser() if rasteriser is True else rasteriser or None
        self.seeker_id: uuid.UUID | None = None
        self.openings: list[OpeningMatch] = []
        self.candidates: list[SeekerMatch] = []
        self.last_pdf: Path | None = None

        # -- by seeker
        self.seeker_page = QWidget()
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("matchingSearch")
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.run_search)
        self.search_label.setBuddy(self.search)
        self.results = QListWidget()
        self.results.setObjectName("matchingSeekers")
        self.results.currentItemChanged.connect(self._seeker_chosen)
        self.results.itemActivated.connect(self._focus_openings)
        self.opening_table = QTableWidget(0, 6)
        self.opening_table.setObjectName("matchingOpenings")
        self._table_setup(self.opening_table)
        self.opening_table.itemActivated.connect(lambda _item: self.toggle_recommended())
        self.opening_table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.recommend_button = QPushButton()
        self.recommend_button.setObjectName("matchingRecommend")
        self.recommend_button.clicked.connect(self.toggle_recommended)
        self.slip_button = QPushButton()
        self.slip_button.setObjectName("matchingPrintSlip")
        self.slip_button.clicked.connect(self.print_slip)
        self.seeker_status = QLabel()
        left = QVBoxLayout()
        left.addWidget(self.search_label)
        left.addWidget(self.search)
        left.addWidget(self.results, 1)
        right = QVBoxLayout()
        right.addWidget(self.seeker_status)
        right.addWidget(self.opening_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recommend_button)
        buttons.addWidget(self.slip_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        seeker_layout = QHBoxLayout(self.seeker_page)
        seeker_layout.addLayout(left, 1)
        seeker_layout.addLayout(right, 3)

        # -- by employer
        self.employer_page = QWidget()
        self.employer_label = QLabel()
        self.employer_combo = QComboBox()
        self.employer_combo.setObjectName("matchingEmployer")
        self.employer_combo.currentIndexChanged.connect(self._employer_chosen)
        self.employer_label.setBuddy(self.employer_combo)
        self.candidate_table = QTableWidget(0, 8)
        self.candidate_table.setObjectName("matchingCandidates")
        self._table_setup(self.candidate_table)
        self.list_button = QPushButton()
        self.list_button.setObjectName("matchingPrintList")
        self.list_button.clicked.connect(self.print_candidates)
        self.employer_note = QLabel()
        self.employer_note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.employer_label)
        top.addWidget(self.employer_combo, 1)
        top.addWidget(self.list_button)
        employer_layout = QVBoxLayout(self.employer_page)
        employer_layout.addLayout(top)
        employer_layout.addWidget(self.employer_note)
        employer_layout.addWidget(self.candidate_table, 1)

        self.pages = QTabWidget()
        self.pages.setObjectName("matchingPages")
        self.pages.addTab(self.seeker_page, "")
        self.pages.addTab(self.employer_page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.pages)

        recommend = QShortcut(QKeySequence("Ctrl+R"), self)
        recommend.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        recommend.activated.connect(self.toggle_recommended)
        printing = QShortcut(QKeySequence.StandardKey.Print, self)
        printing.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        printing.activated.connect(self.print_current)

        self.retranslate()
        self.load_employers()
        self._update_buttons()

    @staticmethod
    def _table_setup(table: QTableWidget) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(True)

    def _error(self, exc: JobFairError) -> None:
        self.context.dialogs.error(self.tr("Matching"), error_message(exc))

    # -- by seeker ---------------------------------------------------------------------------

    def run_search(self) -> None:
        text = self.search.text().strip()
        query = f"#{text}" if text.isdigit() and len(text) <= 6 else text
        with self.context.session_factory() as session:
            rows = search_seekers(session, self.fair_id, query, limit=50,
                                  actor=self.context.actor)
        self.results.clear()
        for row in rows:
            badge = f"#{row.badge_no}  " if row.badge_no is not None else ""
            item = QListWidgetItem(f"{badge}{row.name} ({row.birth_year})")
            item.setData(ID_ROLE, row.seeker_id)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
            self.results.setFocus()
        else:
            self.seeker_status.setText(self.tr("No seeker found."))

    def _focus_openings(self, _item: QListWidgetItem) -> None:
        self.opening_table.setFocus()

    def _seeker_chosen(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        self.seeker_id = current.data(ID_ROLE) if current is not None else None
        self.load_openings()

    def choose_seeker(self, seeker_id: uuid.UUID) -> None:
        self.seeker_id = seeker_id
        self.load_openings()

    def load_openings(self) -> None:
        keep = self.opening_table.currentRow()
        self.openings = []
        if self.seeker_id is not None:
            try:
                with self.context.session_factory() as session:
                    self.openings = openings_for_seeker(
                        session, self.seeker_id, actor=self.context.actor)
            except JobFairError as exc:
                self._error(exc)
        table = self.opening_table
        table.setRowCount(len(self.openings))
        for row, match in enumerate(self.openings):
            table.setItem(row, 0, _item(match.booth_label, match.opening_id))
            table.setItem(row, 1, _item(match.employer_name))
            table.setItem(row, 2, _item(match.title))
            table.setItem(row, 3, _item(str(match.score)))
            table.setItem(row, 4, _item(self.tr("Yes") if match.recommended else ""))
            table.setItem(row, 5, _item(" · ".join(render_reason(r) for r in match.reasons)))
        if self.openings:
            table.selectRow(min(max(keep, 0), len(self.openings) - 1))
        if self.seeker_id is None:
            self.seeker_status.setText("")
        elif not self.openings:
            self.seeker_status.setText(self.tr("No opening matches this seeker's details."))
        else:
            self.seeker_status.setText(
                self.tr("%n opening(s) suit this seeker, best first.", "", len(self.openings))
            )
        self._update_buttons()

    def current_opening(self) -> OpeningMatch | None:
        row = self.opening_table.currentRow()
        return self.openings[row] if 0 <= row < len(self.openings) else None

    def toggle_recommended(self) -> None:
        match = self.current_opening()
        if self.seeker_id is None or match is None or self.pages.currentIndex() != 0:
            return
        try:
            with self.context.session_factory.begin() as session:
                if match.recommended:
                    unmark_recommended(session, self.context.actor, self.seeker_id,
                                       match.opening_id)
                else:
                    mark_recommended(session, self.context.actor, self.seeker_id,
                                     match.opening_id)
        except JobFairError as exc:
            self._error(exc)
        self.load_openings()
        if self.employer_combo.currentData() == match.employer_id:
            self.load_candidates()

    def print_slip(self) -> None:
        if self.seeker_id is None:
            return
        assert self.context.fair is not None
        try:
            with self.context.session_factory() as session:
                who = seeker_header(session, self.seeker_id, actor=self.context.actor)
        except JobFairError as exc:
            self._error(exc)
            return
        marked = [m for m in self.openings if m.recommended]
        if not marked:  # the slip is the counsellor's choice, never the whole ranking
            QApplication.beep()
            self.seeker_status.setText(self.tr(
                "No opening is marked for {name}: mark the ones to recommend with Ctrl+R, "
                "then print the slip."
            ).format(name=who.name))
            return
        lines = tuple(
            SlipLine(m.booth_label, m.employer_name, m.title,
                     tuple(render_reason(r) for r in m.reasons))
            for m in marked
        )
        slip = SeekerSlip(self.context.fair.name, who.name, who.badge_no, lines)
        self._deliver(
            slip_bytes(slip, window_translate), SLIP_LAYOUT,
            self.tr("Save the slip of booths as PDF"),
            file_name(self.tr("Recommended booths"), who.name,
                      self.context.fair.date.isoformat()),
        )

    # -- by employer -------------------------------------------------------------------------

    def load_employers(self) -> None:
        with self.context.session_factory() as session:
            choices = employer_choices(session, self.fair_id)
        current = self.employer_combo.currentData()
        self.employer_combo.blockSignals(True)
        self.employer_combo.clear()
        for employer_id, name in choices:
            self.employer_combo.addItem(name, employer_id)
        index = self.employer_combo.findData(current) if current is not None else -1
        self.employer_combo.setCurrentIndex(index if index >= 0 else (0 if choices else -1))
        self.employer_combo.blockSignals(False)
        self.load_candidates()

    def _employer_chosen(self, _index: int) -> None:
        self.load_candidates()

    def load_candidates(self) -> None:
        employer_id = self.employer_combo.currentData()
        self.candidates = []
        if employer_id is not None:
            try:
                with self.context.session_factory() as session:
                    self.candidates = seekers_for_employer(
                        session, int(employer_id), actor=self.context.actor)
            except JobFairError as exc:
                self._error(exc)
        table = self.candidate_table
        table.setRowCount(len(self.candidates))
        for row, c in enumerate(self.candidates):
            table.setItem(row, 0, _item(c.name, c.seeker_id))
            table.setItem(row, 1, _item("" if c.badge_no is None else str(c.badge_no)))
            table.setItem(row, 2, _item(self._age_band(c.age_band)))
            table.setItem(row, 3, _item(c.desired_job))
            table.setItem(row, 4, _item(c.residence_city))
            table.setItem(row, 5, _item(c.opening_title))
            table.setItem(row, 6, _item(self.tr("Yes") if c.recommended else ""))
            table.setItem(row, 7, _item(" · ".join(render_reason(r) for r in c.reasons)))
        self._update_buttons()

    @staticmethod
    def _age_band(code: str) -> str:
        label = AGE_BAND_LABELS.get(code)
        return QCoreApplication.translate("codes", label) if label else code

    def print_candidates(self) -> None:
        assert self.context.fair is not None
        if self.employer_combo.currentIndex() < 0:
            return
        rows = tuple(
            CandidateRow(c.name, c.badge_no, self._age_band(c.age_band), c.desired_job,
                         c.residence_city, c.opening_title,
                         tuple(render_reason(r) for r in c.reasons))
            for c in self.candidates
        )
        employer = self.employer_combo.currentText()
        doc = CandidateList(self.context.fair.name, employer, rows)
        self._deliver(
            candidate_list_bytes(doc, window_translate), LIST_LAYOUT,
            self.tr("Save the candidate list as PDF"),
            file_name(self.tr("Candidates"), employer, self.context.fair.date.isoformat()),
        )

    def print_current(self) -> None:
        if self.pages.currentIndex() == 0:
            self.print_slip()
        else:
            self.print_candidates()

    def _deliver(self, data: bytes, layout: Layout, save_title: str, name: str) -> bool:
        """Print or save the document; saving is titled ``save_title`` and suggests ``name``."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        pdf = badges_folder(self.context) / f"matching-{stamp}-{uuid.uuid4().hex[:6]}.pdf"
        try:
            save_file(self.context, pdf, data, overwrite=False)
        except JobFairError as exc:
            self._error(exc)
            return False
        self.last_pdf = pdf
        if isinstance(self.print_ui, QtPrintUi):
            self.print_ui.save_title = save_title
        return deliver_pdf_only(self, pdf, layout, self.print_ui, self.rasteriser, self.context,
                                suggested_name=name)

    # -- state and texts ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Another station wrote: read the lists again, keeping the choices."""
        self.load_openings()
        self.load_employers()

    def _update_buttons(self) -> None:
        match = self.current_opening()
        self.recommend_button.setEnabled(match is not None)
        self.slip_button.setEnabled(self.seeker_id is not None)
        self.list_button.setEnabled(self.employer_combo.currentIndex() >= 0)
        if match is not None and match.recommended:
            self.recommend_button.setText(self.tr("Withdraw recommendation (Ctrl+R)"))
        else:
            self.recommend_button.setText(self.tr("Recommend (Ctrl+R)"))

    def retranslate(self) -> None:
        self.pages.setTabText(0, self.tr("By seeker"))
        self.pages.setTabText(1, self.tr("By employer"))
        self.search_label.setText(self.tr("&Find a seeker (name or badge number):"))
        self.search.setPlaceholderText(self.tr("Name or badge number, then Enter"))
        self.opening_table.setHorizontalHeaderLabels([
            self.tr("Booth"), self.tr("Employer"), self.tr("Opening"), self.tr("Score"),
            self.tr("Recommended"), self.tr("Why"),
        ])
        self.candidate_table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Badge"), self.tr("Age"), self.tr("Desired job"),
            self.tr("Lives in"), self.tr("Best opening"), self.tr("Recommended"), self.tr("Why"),
        ])
        self.slip_button.setText(self.tr("Print slip of booths (Ctrl+P)"))
        self.employer_label.setText(self.tr("&Employer:"))
        self.list_button.setText(self.tr("Print candidate list (Ctrl+P)"))
        self.employer_note.setText(self.tr(
            "Only job seekers who consented to their details being given to employers are "
            "listed."
        ))
        self._update_buttons()
        if self.openings or self.candidates:
            self.load_openings()
            self.load_candidates()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
