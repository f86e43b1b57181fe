"""Importing the pre-registration list: choose the file, check the columns, see every bad row.

The steps are the import service's: ``inspect_file`` suggests which column holds which field, the
user corrects it in the combo boxes, ``preview_import`` checks every row (again after each
correction), and Import is enabled only when no row is bad, since the import is all or nothing.
Big files are checked and imported on a worker thread. Afterwards the dialog offers to print the
new badges in one batch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from jobfair.domain.errors import JobFairError
from jobfair.gui.common.stations import StationContext
from jobfair.gui.common.workers import Progress, TaskHandle, report_failure, run_task
from jobfair.gui.printing.badges import PdfRasteriser, PrintUi, print_all_badges
from jobfair.i18n import error_message, language_in_force
from jobfair.logs import log_folder
from jobfair.services.context import Actor
from jobfair.services.importing import (
    FIELD_LABELS,
    HeaderMapping,
    ImportFile,
    ImportPreview,
    ImportResult,
    ImportRowError,
    inspect_file,
    preview_import,
    run_import,
    sheet_names,
)
from jobfair.services.importing.mapping import FieldMapping, fold_header
from jobfair.services.setup.fields import FieldView, list_fields

FAIR_FIELD = "field:"  # the combo of a fair's own field: FAIR_FIELD + its key

SYNC_ROWS = 2000  # below this a preview is quicker than a progress dialog would be

# error fields that belong to a mapping field of another name
_FIELD_OF_ERROR = {
    "birth_year": "birth",
    "birth_date": "birth",
    "desired_job": "desired_occupation",
    "desired_keco": "desired_occupation",
}

_ROOT = QModelIndex()

ChooseFile = Callable[[QWidget], Path | None]


def field_label(field: str) -> str:
    mapped = _FIELD_OF_ERROR.get(field, field)
    if mapped in FIELD_LABELS:
        return QCoreApplication.translate("import", FIELD_LABELS[mapped])
    return field


@dataclass(frozen=True)
class ProblemRow:
    """One bad row of the file, ready to show."""

    row: int
    field: str
    message: str

    @classmethod
    def of(
        cls, error: ImportRowError, label: Callable[[str], str] = field_label
    ) -> ProblemRow:
        return cls(error.row, label(error.field), error_message(error.error))


class ProblemsModel(QAbstractTableModel):
    """The bad rows of the preview: row number, field, why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ProblemRow] = []

    def set_rows(self, rows: list[ProblemRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(row.row), row.field, row.message)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return row.message
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < 3:
            return None
        titles = (self.tr("Row"), self.tr("Field"), self.tr("Problem"))
        return titles[section]


def choose_import_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Choose the pre-registration list"),
        "",
        QCoreApplication.translate("ImportDialog", "Lists (*.xlsx *.csv *.txt);;All files (*)"),
    )
    return Path(name) if name else None


class ImportDialog(QDialog):
    """The pre-registration import; a subclass imports another list by overriding the hooks
    (``mapping_class``, ``field_labels``, ``inspect``, ``check``, ``save``, ``_imported``).

    Attributes:
        file: what the chosen file holds, or ``None``.
        preview: the last check of every row, or ``None``.
        import_result: the import's result once it ran.
        combos: field -> the combo box choosing its column.
        problems: the model of bad rows.

    Signals:
        seekers_imported(int, int): the first and last badge number of the new seekers.
        preview_updated(): a preview (or its failure) has been shown.
    """

    seekers_imported = Signal(int, int)
    preview_updated = Signal()

    mapping_class: type[FieldMapping] = HeaderMapping
    field_labels: dict[str, str] = FIELD_LABELS

    def __init__(
        self,
        context: StationContext,
        parent: QWidget | None = None,
        choose_file: ChooseFile = choose_import_file,
        print_ui: PrintUi | None = None,
        rasteriser: PdfRasteriser | bool | None = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.context = context
        self.choose_file = choose_file
        self.print_ui = print_ui
        self.rasteriser = rasteriser
        self.path: Path | None = None
        self.file: ImportFile | None = None
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self.task: TaskHandle[Any] | None = None
        self.print_task: TaskHandle[Any] | None = None
        self._previewed_mapping: FieldMapping | None = None
        self._filling = False
        self._problem: str | None = None

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("browseButton")
        self.browse_button.clicked.connect(self.browse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setVisible(False)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
        self.file_info = QLabel()
        self.mapping_box = QGroupBox()
        self.mapping_form = QFormLayout(self.mapping_box)
        self.combos: dict[str, QComboBox] = {}
        for field in self.mapping_class.FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"mapping_{field}")
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.combos[field] = combo
            self.mapping_form.addRow(QLabel(), combo)
        # the fair's own fields, read when the dialog opens (a new one shows the next time)
        self.fair_fields: tuple[FieldView, ...] = ()
        if self.mapping_class is HeaderMapping and context.fair is not None:
            fair_id = context.fair.id
            with context.session_factory() as session:
                self.fair_fields = list_fields(session, fair_id)
        for f in self.fair_fields:
            combo = QComboBox()
            combo.setObjectName(f"mapping_field_{f.key}")
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.combos[FAIR_FIELD + f.key] = combo
            self.mapping_form.addRow(QLabel(f.label(language_in_force())), combo)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("importCounts")
        self.counts_label.setWordWrap(True)
        self.problems = ProblemsModel(self)
        self.problems_view = QTableView()
        self.problems_view.setModel(self.problems)
        self.problems_view.verticalHeader().setVisible(False)
        self.problems_view.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.path_edit, 1)
        top.addWidget(self.sheet_combo)
        top.addWidget(self.browse_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts_label, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)
        body = QHBoxLayout()
        body.addWidget(self.mapping_box)
        body.addWidget(self.problems_view, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.file_info)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        self.resize(980, 560)
        self.retranslate()

    # -- what is imported (the hooks a subclass overrides) ----------------------------------

    def inspect(self, path: Path, sheet: str | None) -> ImportFile[Any]:
        return inspect_file(path, sheet)

    def check(
        self, session: Session, fair_id: int | None, path: Path, mapping: FieldMapping,
        sheet: str | None, progress: Progress,
    ) -> Any:
        """The preview: every row checked, nothing saved (runs on a worker for big files)."""
        assert isinstance(mapping, HeaderMapping)
        return preview_import(session, fair_id, path, mapping, sheet=sheet, progress=progress,
                              actor=self.context.actor)

    def save(
        self, session: Session, actor: Actor, fair_id: int | None, path: Path,
        mapping: FieldMapping, sheet: str | None, progress: Progress,
    ) -> Any:
        assert isinstance(mapping, HeaderMapping)
        return run_import(session, actor, fair_id, path, mapping, sheet=sheet, progress=progress)

    def label_of(self, field: str) -> str:
        return field_label(field)

    def intro_text(self) -> str:
        return self.tr("Choose the list the seekers registered on.")

    def saving_text(self) -> str:
        return self.tr("Importing the seekers…")

    # -- words -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import the pre-registration list"))
        self.browse_button.setText(self.tr("Choose file…"))
        self.path_edit.setPlaceholderText(self.tr("An Excel (.xlsx) or CSV file"))
        self.mapping_box.setTitle(self.tr("Which column holds what"))
        for row, field in enumerate(self.mapping_class.FIELDS):
            item = self.mapping_form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                text = QCoreApplication.translate("import", self.field_labels[field])
                label.setText(text + (" *" if field in self.mapping_class.REQUIRED else ""))
        self.import_button.setText(self.tr("Import"))
        self.close_button.setText(self.tr("Close"))
        if self.file is not None:
            self._fill_combos(self._mapping())
            self._show_file_info()
        self._show_counts()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the file --------------------------------------------------------------------------

    def browse(self) -> None:
        path = self.choose_file(self)
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path, sheet: str | None = None) -> bool:
        """Read the file's header and suggested mapping, then check every row."""
        try:
            info = self.inspect(path, sheet)
            sheets = sheet_names(path) if info.kind == "xlsx" else []
        except JobFairError as exc:
            self.context.dialogs.error(self.windowTitle(), error_message(exc))
            return False
        self.path = path
        self.file = info
        self.import_result = None
        self.path_edit.setText(str(path))
        self._filling = True
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        if info.sheet:
            self.sheet_combo.setCurrentText(info.sheet)
        self._filling = False
        self.sheet_combo.setVisible(len(sheets) > 1)
        self._fill_combos(info.mapping)
        self._show_file_info()
        self.refresh_preview()
        return True

    def _sheet_changed(self) -> None:
        if self._filling or self.path is None:
            return
        self.open_file(self.path, self.sheet_combo.currentText() or None)

    def _show_file_info(self) -> None:
        if self.file is None:
            self.file_info.clear()
            return
        f = self.file
        where = (self.tr("sheet “{sheet}”").format(sheet=f.sheet) if f.kind == "xlsx"
                 else self.tr("encoding {encoding}").format(encoding=f.encoding))
        self.file_info.setText(
            self.tr("{name}: {rows} rows below the header on row {header}, {where}.").format(
                name=f.name, rows=f.rows, header=f.header_row, where=where
            )
        )

    # -- the mapping -----------------------------------------------------------------------

    def _fill_combos(self, mapping: FieldMapping) -> None:
        assert self.file is not None
        self._filling = True
        try:
            for field, combo in self.combos.items():
                combo.clear()
                combo.addItem(self.tr("(not in the file)"), -1)
                for index, header in enumerate(self.file.headers):
                    example = next(
                        (row[index] for row in self.file.sample if index < len(row) and row[index]),
                        "",
                    )
                    text = header or self.tr("Column {number}").format(number=index + 1)
                    if example:
                        text = f"{text} — {example}"
                    combo.addItem(text, index)
                chosen = self._column_of(mapping, field)
                combo.setCurrentIndex(combo.findData(-1 if chosen is None else chosen))
        finally:
            self._filling = False

    def _column_of(self, mapping: FieldMapping, field: str) -> int | None:
        """The column chosen for ``field``; for a fair's field not chosen yet, the column whose
        header is its label or key."""
        if not field.startswith(FAIR_FIELD):
            return mapping.column(field)
        key = field[len(FAIR_FIELD):]
        if isinstance(mapping, HeaderMapping) and key in dict(mapping.fair_fields):
            return dict(mapping.fair_fields)[key]
        f = next(f for f in self.fair_fields if f.key == key)
        names = {fold_header(n) for n in (f.label_ko, f.label_en, f.key) if n}
        taken = {mapping.column(name) for name in mapping.FIELDS}
        headers = self.file.headers if self.file is not None else ()
        return next((i for i, h in enumerate(headers)
                     if fold_header(h) in names and i not in taken), None)

    def _mapping(self) -> FieldMapping:
        columns: dict[str, int | None] = {}
        extra: list[tuple[str, int | None]] = []
        for field, combo in self.combos.items():
            data = combo.currentData()
            index = None if data is None or int(data) < 0 else int(data)
            if field.startswith(FAIR_FIELD):
                extra.append((field[len(FAIR_FIELD):], index))
            else:
                columns[field] = index
        mapping = self.mapping_class.from_dict(columns)
        for key, index in extra:
            assert isinstance(mapping, HeaderMapping)
            mapping = mapping.with_fair_field(key, index)
        return mapping

    def set_column(self, field: str, header: str) -> None:
        """Choose the column named ``header`` for ``field``, as the user does in the combo."""
        assert self.file is not None
        index = self.file.headers.index(header)
        combo = self.combos[field]
        combo.setCurrentIndex(combo.findData(index))

    def _mapping_changed(self) -> None:
        if not self._filling and self.file is not None:
            self.refresh_preview()

    # -- the preview -----------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Check every row with the mapping shown; on a worker thread for a big file."""
        if self.path is None or self.file is None:
            return
        self.import_button.setEnabled(False)
        mapping = self._mapping()
        problem = self._mapping_problem(mapping)
        if problem is not None:
            self._show_preview(None, mapping, problem)
            return
        path, sheet = self.path, self.file.sheet or None
        fair_id = self.context.fair.id if self.context.fair is not None else None
        factory = self.context.session_factory

        check = self.check

        def work(progress: Progress) -> Any:
            with factory() as session:
                return check(session, fair_id, path, mapping, sheet, progress)

        if self.file.rows <= SYNC_ROWS:
            try:
                preview = work(Progress())
            except JobFairError as exc:
                self._show_preview(None, mapping, error_message(exc))
                return
            self._show_preview(preview, mapping, None)
            return
        if self.task is not None and self.task.outcome == "running":
            self.task.cancel()
        self.counts_label.setText(self.tr("Checking every row…"))
        self.task = run_task(
            self, work,
            lambda preview: self._show_preview(preview, mapping, None),
            lambda exc: self._show_preview(
                None, mapping,
                error_message(exc) if isinstance(exc, JobFairError) else str(exc)),
            title=self.windowTitle(), label=self.tr("Checking every row…"),
            dialogs=self.context.dialogs, log_dir=log_folder(self.context.config.data_dir),
        )

    def _mapping_problem(self, mapping: FieldMapping) -> str | None:
        assert self.file is not None
        try:
            mapping.check(self.file.headers)
        except JobFairError as exc:
            return error_message(exc)
        return None

    def _show_preview(
        self, preview: Any, mapping: FieldMapping, problem: str | None
    ) -> None:
        if mapping != self._mapping():
            return  # the user changed the mapping meanwhile; a newer preview follows
        self.preview = preview
        self._previewed_mapping = mapping if preview is not None else None
        self._problem = problem
        self.problems.set_rows(
            [ProblemRow.of(e, self.label_of) for e in preview.errors] if preview else []
        )
        self.problems_view.resizeColumnToContents(0)
        self.problems_view.resizeColumnToContents(1)
        self._show_counts()
        self.import_button.setEnabled(self.can_import())
        self.preview_updated.emit()

    def _show_counts(self) -> None:
        if self._problem:
            self.counts_label.setText(self._problem)
            return
        p = self.preview
        if p is None:
            self.counts_label.setText(self.intro_text())
            return
        bad_rows = len({e.row for e in p.errors})
        if p.errors:
            text = self.tr(
                "{rows} rows: {valid} ready, {bad} with problems. Correct the file or the "
                "columns; nothing is imported while any row is bad."
            ).format(rows=p.rows, valid=p.valid, bad=bad_rows)
        elif p.valid == 0:
            text = self.tr("The file has no rows to import.")
        else:
            text = self.tr("{rows} rows, all ready to import.").format(rows=p.rows)
        self.counts_label.setText(text)

    def can_import(self) -> bool:
        p = self.preview
        return (
            p is not None
            and p.ok
            and p.valid > 0
            and self._previewed_mapping == self._mapping()
            and self.import_result is None
        )

    # -- the import ------------------------------------------------------------------------

    def start_import(self) -> TaskHandle[Any] | None:
        if not self.can_import() or self.path is None or self.file is None:
            return None
        self.import_button.setEnabled(False)
        mapping = self._mapping()
        path, sheet = self.path, self.file.sheet or None
        fair_id = self.context.fair.id if self.context.fair is not None else None
        factory, actor = self.context.session_factory, self.context.actor
        save = self.save

        def work(progress: Progress) -> Any:
            with factory.begin() as session:
                result = save(session, actor, fair_id, path, mapping, sheet, progress)
                progress.check()  # a cancel before the commit rolls everything back
                return result

        def failed(exc: BaseException) -> None:
            self.import_button.setEnabled(self.can_import())
            report_failure(self.context.dialogs, self.windowTitle(), exc,
                           self.context.config.data_dir)

        self.task = run_task(
            self, work, self._imported, failed,
            title=self.windowTitle(), label=self.saving_text(),
            on_cancelled=lambda: self.import_button.setEnabled(self.can_import()),
        )
        return self.task

    def _imported(self, result: ImportResult) -> None:
        if not result.ok:  # the fair's list changed since the preview
            self.import_result = None
            self.preview = None
            self.problems.set_rows([ProblemRow.of(e, self.label_of) for e in result.errors])
            self.counts_label.setText(self.tr(
                "Nothing was imported: {bad} rows are now in conflict with the fair's list."
            ).format(bad=len({e.row for e in result.errors})))
            self.import_button.setEnabled(False)
            return
        self.import_result = result
        self.import_button.setEnabled(False)
        first, last = result.first_badge_no or 0, result.last_badge_no or 0
        self.counts_label.setText(self.tr(
            "{count} seekers imported (badge numbers {first} to {last})."
        ).format(count=result.imported, first=first, last=last))
        self.seekers_imported.emit(first, last)
        if self.context.dialogs.ask(
            self.windowTitle(),
            self.tr("{count} seekers were imported. Print their badges now?").format(
                count=result.imported),
        ):
            self.print_task = print_all_badges(
                self.context, self, pre_registered_only=True, badge_numbers=(first, last),
                ui=self.print_ui, rasteriser=self.rasteriser,
            )
