"""Copy employers (with their openings, and booths if asked) from an earlier fair, and the import
of an employer list (the seeker import dialog with the employer columns)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from jobfair.domain import bizno
from jobfair.gui.common.forms import SetupHost
from jobfair.gui.common.workers import Progress
from jobfair.gui.organizer.import_dialog import ChooseFile, ImportDialog, field_label
from jobfair.services.context import Actor
from jobfair.services.importing import ImportFile
from jobfair.services.importing.employers import (
    EMPLOYER_FIELD_LABELS,
    EmployerImportResult,
    EmployerMapping,
    inspect_employer_file,
    preview_employer_import,
    run_employer_import,
)
from jobfair.services.importing.mapping import FieldMapping
from jobfair.services.setup.fairs import list_fairs
from jobfair.services.setup.service import CopyResult, copy_from_fair, list_employer_details

_FIELD_OF_ERROR = {"ksic_section": "ksic", "keco_code": "keco"}


class CopyDialog(QDialog):
    """Choose an earlier fair, tick its employers, copy them into the current fair.

    Signals:
        copied(object): the ``CopyResult``.
    """

    copied = Signal(object)

    def __init__(self, host: SetupHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copyDialog")
        self.host = host
        self.result_: CopyResult | None = None
        self.fair_combo = QComboBox()
        self.fair_combo.setObjectName("copyFair")
        self.fair_label = QLabel()
        self.fair_label.setBuddy(self.fair_combo)
        self.employer_list = QListWidget()
        self.employer_list.setObjectName("copyEmployers")
        self.booths_check = QCheckBox()
        self.booths_check.setObjectName("copyBooths")
        self.all_button = QPushButton()
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button = QPushButton()
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.fair_label, self.fair_combo)
        ticks = QHBoxLayout()
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.booths_check, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(ticks)
        layout.addWidget(self.employer_list, 1)
        layout.addLayout(buttons)
        self.resize(640, 520)
        self.retranslate()
        current = host.fair_id
        fairs = host.read(lambda s: list_fairs(s))
        for fair in fairs:
            if fair.id != current:
                self.fair_combo.addItem(f"{fair.date.isoformat()} {fair.name}", fair.id)
        self.fair_combo.currentIndexChanged.connect(self._fair_changed)
        self._fair_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Copy from an earlier fair"))
        self.fair_label.setText(self.tr("&Fair"))
        self.booths_check.setText(self.tr("Copy their &booths too"))
        self.all_button.setText(self.tr("Tick &all"))
        self.none_button.setText(self.tr("Tick &none"))
        self.copy_button.setText(self.tr("&Copy"))
        self.close_button.setText(self.tr("Close"))

    def choose_fair(self, fair_id: int) -> None:
        self.fair_combo.setCurrentIndex(self.fair_combo.findData(fair_id))

    def _fair_changed(self) -> None:
        self.employer_list.clear()
        source = self.fair_combo.currentData()
        current = self.host.fair_id
        if source is None or current is None:
            self.copy_button.setEnabled(False)
            return
        actor = self.host.context.actor
        employers, present = self.host.read(lambda s: (
            list_employer_details(s, int(source), actor=actor),
            {e.business_no for e in list_employer_details(s, current, actor=actor)},
        ))
        for e in employers:
            text = self.tr("{name} ({number}), {positions} positions").format(
                name=e.name, number=bizno.format_bizno(e.business_no), positions=e.positions)
            if e.business_no in present:
                text += " — " + self.tr("already at this fair")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if e.business_no in present
                               else Qt.CheckState.Checked)
            self.employer_list.addItem(item)
        self.copy_button.setEnabled(bool(employers))

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.employer_list.count()):
            self.employer_list.item(i).setCheckState(state)

    def ticked(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.employer_list.item(i) for i in range(self.employer_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def copy(self) -> CopyResult | None:
        source, target = self.fair_combo.currentData(), self.host.fair_id
        ids = self.ticked()
        if source is None or target is None:
            return None
        if not ids:
            self.host.context.dialogs.inform(self.windowTitle(),
                                             self.tr("Tick the employers to copy."))
            return None
        actor, with_booths = self.host.context.actor, self.booths_check.isChecked()
        ok, result = self.host.apply(
            self.windowTitle(),
            lambda s: copy_from_fair(s, actor, int(source), target, ids, with_booths=with_booths))
        if not ok or result is None:
            return None
        self.result_ = result
        text = self.tr("{employers} employers copied with {openings} openings and {booths} "
                       "booths.").format(employers=len(result.employers),
                                         openings=result.openings, booths=result.booths)
        if result.fields:
            text += "\n" + self.tr("{count} registration fields copied.").format(
                count=result.fields)
        if result.skipped:
            text += "\n" + self.tr("Skipped, already at this fair: {names}.").format(
                names=", ".join(f"{name} ({number})" for name, number in result.skipped))
        if result.booths_skipped:
            text += "\n" + self.tr("Booths not copied, their labels are taken: {labels}.").format(
                labels=", ".join(result.booths_skipped))
        self.host.context.dialogs.inform(self.windowTitle(), text)
        self.copied.emit(result)
        self._fair_changed()
        return result


def choose_employer_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("EmployerImportDialog", "Choose the employer list"),
        "",
        QCoreApplication.translate("EmployerImportDialog",
                                   "Lists (*.xlsx *.csv *.txt);;All files (*)"),
    )
    return Path(name) if name else None


class EmployerImportDialog(ImportDialog):
    """The employer list import: the seeker import's steps with the employer columns.

    Signals:
        employers_imported(int): how many employers were saved.
    """

    employers_imported = Signal(int)

    mapping_class = EmployerMapping
    field_labels = EMPLOYER_FIELD_LABELS

    def __init__(self, host: SetupHost, parent: QWidget | None = None,
                 choose_file: ChooseFile = choose_employer_file) -> None:
        self.host = host
        super().__init__(host.context, parent, choose_file=choose_file, rasteriser=None)
        self.setObjectName("employerImportDialog")

    def inspect(self, path: Path, sheet: str | None) -> ImportFile[Any]:
        return inspect_employer_file(path, sheet)

    def check(self, session: Session, fair_id: int | None, path: Path, mapping: FieldMapping,
              sheet: str | None, progress: Progress) -> Any:
        assert isinstance(mapping, EmployerMapping)
        return preview_employer_import(session, self.host.fair_id, path, mapping, sheet=sheet,
                                       progress=progress, actor=self.host.context.actor)

    def save(self, session: Session, actor: Actor, fair_id: int | None, path: Path,
             mapping: FieldMapping, sheet: str | None, progress: Progress) -> Any:
        assert isinstance(mapping, EmployerMapping)
        return run_employer_import(session, actor, self.host.fair_id, path, mapping,
                                   sheet=sheet, progress=progress)

    def label_of(self, field: str) -> str:
        name = _FIELD_OF_ERROR.get(field, field)
        if name in EMPLOYER_FIELD_LABELS:
            return QCoreApplication.translate("import", EMPLOYER_FIELD_LABELS[name])
        return field_label(field)

    def intro_text(self) -> str:
        return self.tr("Choose the list of employers (one row per opening).")

    def saving_text(self) -> str:
        return self.tr("Importing the employers…")

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Import the employer list"))

    def _imported(self, result: EmployerImportResult) -> None:  # type: ignore[override]
        if not result.ok:
            super()._imported(result)  # type: ignore[arg-type]
            return
        self.import_result = result  # type: ignore[assignment]
        self.import_button.setEnabled(False)
        self.counts_label.setText(self.tr(
            "{employers} employers imported with {openings} openings ({positions} positions)."
        ).format(employers=result.imported, openings=result.openings,
                 positions=result.positions))
        self.employers_imported.emit(result.imported)
