"""Keying a booth's paper result sheet: badge number, outcome key, line after line.

The organizer chooses the booth, then types into a two-column table: the badge number, Enter, the
outcome key (1 hired, 2 second interview, 3 pending, 4 not hired, empty: decide later), Enter, and
the next line. Every line is checked as it is typed (a trial run that is rolled back): the seeker
the badge number names is shown beside it, to compare with the name on the paper, and so is the
line's error; "Save" saves the whole sheet or nothing. Escape, Cancel or the close button ask
before throwing typed lines away (the safe answer, keep editing, is the default).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobfair.domain.errors import JobFairError
from jobfair.domain.interviews import HeadcountExceededError
from jobfair.gui.common.stations import StationContext
from jobfair.i18n import error_message
from jobfair.services.interviews.booth import BoothSummary, booth_overview
from jobfair.services.interviews.corrections import RepeatInterviewError
from jobfair.services.interviews.paper import (
    PaperSheetError,
    PaperSheetResult,
    SheetSeeker,
    key_paper_sheet,
    sheet_seekers,
)

COL_BADGE = 0
COL_KEY = 1
COL_SEEKER = 2  # who the badge number names, to compare with the paper (not editable)
COL_CHECK = 3
SHOWN_COLUMNS = (COL_SEEKER, COL_CHECK)
_ERROR_BRUSH = QBrush(QColor("#fde2e1"))


class _EnterMovesOn(QStyledItemDelegate):
    """Enter in a cell's editor commits it and opens the next cell (Tab does the same)."""

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
                editor, QWidget
            ):
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem)
                return True
        return super().eventFilter(editor, event)


class SheetTable(QTableWidget):
    """Badge number and outcome key per line, the seeker and the check result beside; a blank
    line at the end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(1, 4, parent)
        self.setItemDelegate(_EnterMovesOn(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_BADGE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_KEY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SEEKER, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._prepare_row(0)

    def _prepare_row(self, row: int) -> None:
        for col in (COL_BADGE, COL_KEY):
            if self.item(row, col) is None:
                self.setItem(row, col, QTableWidgetItem(""))
        for col in SHOWN_COLUMNS:
            shown = QTableWidgetItem("")
            shown.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.setItem(row, col, shown)

    def ensure_blank_last_row(self) -> None:
        last = self.rowCount() - 1
        if last < 0 or any(self.cell_text(last, c) for c in (COL_BADGE, COL_KEY)):
            self.insertRow(last + 1)
            self._prepare_row(last + 1)

    def cell_text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text().strip() if item is not None else ""

    def set_cell(self, row: int, col: int, text: str) -> None:
        while self.rowCount() <= row:
            self.insertRow(self.rowCount())
            self._prepare_row(self.rowCount() - 1)
        item = self.item(row, col)
        assert item is not None
        item.setText(text)

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:  # Qt override
        index = super().moveCursor(cursorAction, modifiers)
        if index.isValid() and index.column() in SHOWN_COLUMNS:
            model: QAbstractItemModel = self.model()
            if cursorAction == QAbstractItemView.CursorAction.MoveNext:
                self.ensure_blank_last_row()
                return model.index(min(index.row() + 1, self.rowCount() - 1), COL_BADGE)
            if cursorAction == QAbstractItemView.CursorAction.MovePrevious:
                return model.index(index.row(), COL_KEY)
        return index


class PaperSheetDialog(QDialog):
    """The organizer keys one booth's paper result sheet.

    Attributes:
        booth_combo: the booth the sheet is from.
        opening_combo: the opening a hire counts against (the booth's only one preselected).
        table: the lines (``SheetTable``).
        force_check, repeat_check: confirm hires beyond a headcount / seekers interviewed before.
        line_errors: the error per table row from the last check.
        line_seekers: the seeker each table row's badge number names, from the last check.
        saved: what was saved, after "Save".
    """

    def __init__(
        self, context: StationContext, parent: QWidget | None = None, *, booth_id: int | None = None
    ) -> None:
        super().__init__(parent)
        assert context.fair is not None
        self.context = context
        self.fair_id = context.fair.id
        self.setObjectName("paperSheetDialog")
        self.setMinimumSize(640, 480)  # fixed, so that messages never resize the dialog
        self.resize(760, 600)
        self.saved: PaperSheetResult | None = None
        self.line_errors: dict[int, str] = {}
        self.line_seekers: dict[int, SheetSeeker] = {}
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.intro.setMinimumHeight(72)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.booth_combo = QComboBox()
        self.booth_combo.setEditable(False)
        self.opening_combo = QComboBox()
        self.booth_label = QLabel()
        self.opening_label = QLabel()
        form.addRow(self.booth_label, self.booth_combo)
        form.addRow(self.opening_label, self.opening_combo)
        layout.addLayout(form)
        self.table = SheetTable()
        self.table.setObjectName("paperSheetTable")
        layout.addWidget(self.table, 1)
        self.force_check = QCheckBox()
        self.repeat_check = QCheckBox()
        layout.addWidget(self.force_check)
        layout.addWidget(self.repeat_check)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setMinimumHeight(48)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        with context.session_factory() as session:
            self._booths: list[BoothSummary] = booth_overview(session, self.fair_id)
        for b in self._booths:
            self.booth_combo.addItem(f"{b.label} · {b.employer}", b.id)
        if booth_id is not None:
            self.booth_combo.setCurrentIndex(max(self.booth_combo.findData(booth_id), 0))
        self.booth_combo.currentIndexChanged.connect(self._booth_changed)
        self.opening_combo.currentIndexChanged.connect(lambda _: self.check())
        self.force_check.toggled.connect(lambda _: self.check())
        self.repeat_check.toggled.connect(lambda _: self.check())
        self.table.itemChanged.connect(self._item_changed)
        self.retranslate()
        self._booth_changed()
        self.table.setCurrentCell(0, COL_BADGE)
        self.table.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Paper result sheet"))
        self.intro.setText(
            self.tr("Type each line of the booth's sheet: badge number, Enter, outcome key "
                    "(1 hired, 2 second interview, 3 pending, 4 not hired, empty: decide later), "
                    "Enter. The sheet is saved whole or not at all.")
        )
        self.booth_label.setText(self.tr("Booth:"))
        self.opening_label.setText(self.tr("Hires count against:"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Badge number"), self.tr("Outcome key"), self.tr("Seeker"), self.tr("Check")]
        )
        self.force_check.setText(self.tr("Hires beyond a headcount are confirmed"))
        self.repeat_check.setText(self.tr("Seekers interviewed at this booth before: add another"))

    # -- data ------------------------------------------------------------------------------
    def booth_id(self) -> int | None:
        data = self.booth_combo.currentData()
        return int(data) if data is not None else None

    def lines(self) -> list[tuple[int, tuple[str, str, str]]]:
        """(table row, (badge, key, opening)) for every line with something typed."""
        opening = self.opening_combo.currentData()
        result = []
        for row in range(self.table.rowCount()):
            badge = self.table.cell_text(row, COL_BADGE)
            key = self.table.cell_text(row, COL_KEY)
            if badge or key:
                result.append((row, (badge, key, "" if opening is None else str(opening))))
        return result

    def _booth_changed(self) -> None:
        booth = next((b for b in self._booths if b.id == self.booth_id()), None)
        self.opening_combo.blockSignals(True)
        self.opening_combo.clear()
        self.opening_combo.addItem(self.tr("(none)"), None)
        for o in booth.openings if booth else ():
            self.opening_combo.addItem(
                self.tr("{title} ({hires} of {headcount} hired)").format(
                    title=o.title, hires=o.hires, headcount=o.headcount
                ),
                o.id,
            )
        if booth is not None and booth.openings:
            self.opening_combo.setCurrentIndex(1)
        self.opening_combo.blockSignals(False)
        self.check()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() not in SHOWN_COLUMNS:
            self.table.ensure_blank_last_row()
            self.check()

    # -- checking and saving ---------------------------------------------------------------
    def _run(self, commit: bool) -> PaperSheetResult | None:
        """Key the sheet; raises ``PaperSheetError``. Without ``commit`` it is rolled back."""
        booth_id = self.booth_id()
        if booth_id is None:
            return None
        lines = [line for _, line in self.lines()]
        force, repeat = self.force_check.isChecked(), self.repeat_check.isChecked()
        if commit:
            with self.context.session_factory.begin() as session:
                return key_paper_sheet(session, self.context.actor, booth_id, lines,
                                       force=force, allow_repeat=repeat)
        with self.context.session_factory() as session:
            try:
                return key_paper_sheet(session, self.context.actor, booth_id, lines,
                                       force=force, allow_repeat=repeat)
            finally:
                session.rollback()

    def _look_up_seekers(self, lines: list[tuple[int, tuple[str, str, str]]]) -> None:
        """Who each line's badge number names, for the seeker column."""
        self.line_seekers = {}
        booth_id = self.booth_id()
        if booth_id is None or not lines:
            return
        with self.context.session_factory() as session:
            found = sheet_seekers(session, self.context.actor, booth_id,
                                  [badge for _, (badge, _key, _opening) in lines])
        self.line_seekers = {row: seeker for (row, _), seeker in zip(lines, found, strict=True)
                             if seeker is not None}

    def check(self) -> bool:
        """Check every line (nothing saved); the seeker and any error go beside their lines.
        ``True`` if no line has an error."""
        lines = self.lines()
        rows = [row for row, _ in lines]
        self.line_errors = {}
        self.line_seekers = {}
        if not rows:
            self._show_errors()
            self.status.setText("")
            return False
        hints: set[str] = set()
        try:
            self._look_up_seekers(lines)
            self._run(commit=False)
        except PaperSheetError as err:
            for e in err.errors:
                self.line_errors[rows[e.line - 1]] = error_message(e.error)
                hints.add(self._hint(e.error))
        except JobFairError as err:
            self.status.setText(error_message(err))
            self._show_errors()
            return False
        self._show_errors()
        if self.line_errors:
            self.status.setText(" ".join([
                self.tr("{count} line(s) have errors; fix them to save.").format(
                    count=len(self.line_errors)),
                *sorted(h for h in hints if h),
            ]))
        else:
            self.status.setText(self.tr("{count} line(s), all fine.").format(count=len(rows)))
        return not self.line_errors

    def _hint(self, error: JobFairError) -> str:
        """How to answer what a line's error asks for on this sheet: the box below the table."""
        if isinstance(error, RepeatInterviewError):
            return self.tr("To add another interview of someone interviewed at this booth "
                           "before, tick “{box}”.").format(box=self.repeat_check.text())
        if isinstance(error, HeadcountExceededError):
            return self.tr("To hire beyond the headcount, tick “{box}”.").format(
                box=self.force_check.text())
        return ""

    def seeker_text(self, row: int) -> str:
        """The seeker column's text for ``row``: badge number and name, or nothing."""
        seeker = self.line_seekers.get(row)
        if seeker is None:
            return ""
        return self.tr("#{number} {name}").format(number=seeker.badge_no, name=seeker.name)

    def _show_errors(self) -> None:
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_CHECK)
            if item is None:
                continue
            seeker = self.table.item(row, COL_SEEKER)
            if seeker is not None:
                seeker.setText(self.seeker_text(row))
            message = self.line_errors.get(row)
            has_line = bool(self.table.cell_text(row, COL_BADGE) or
                            self.table.cell_text(row, COL_KEY))
            item.setText(message if message else (self.tr("OK") if has_line else ""))
            item.setForeground(QBrush(QColor("#b3261e" if message else "#1e7b34")))
            for col in (COL_BADGE, COL_KEY):
                cell = self.table.item(row, col)
                if cell is not None:
                    cell.setBackground(_ERROR_BRUSH if message else QBrush())
        self.table.blockSignals(False)

    def save(self) -> PaperSheetResult | None:
        """Save the whole sheet, or nothing when a line has an error."""
        if not self.check():
            self.context.dialogs.error(self.tr("Sheet not saved"), self.status.text())
            return None
        try:
            self.saved = self._run(commit=True)
        except PaperSheetError as err:  # another station got in between the check and the save
            self.check()
            self.context.dialogs.error(self.tr("Sheet not saved"), error_message(err))
            return None
        except JobFairError as err:
            self.context.dialogs.error(self.tr("Sheet not saved"), error_message(err))
            return None
        if self.saved is not None:
            self.context.dialogs.inform(
                self.tr("Sheet saved"),
                self.tr("{count} interview(s) saved, {hires} hired.").format(
                    count=len(self.saved.interviews), hires=self.saved.hires
                ),
            )
        self.accept()
        return self.saved

    def reject(self) -> None:  # Qt override: Escape, Cancel and the close button come here
        """Close without saving; when lines were typed, only once the person says to discard
        them (the question's default, and a scan's answer, is to keep editing)."""
        typed = len(self.lines())
        if typed and self.saved is None and not self.context.dialogs.ask(
            self.tr("Paper result sheet"),
            self.tr("Discard the {count} line(s) typed? They have not been saved.").format(
                count=typed),
        ):
            self.activateWindow()  # back to typing lines where they were
            self.table.setFocus()
            return
        super().reject()
