"""The openings of each employer: title, KECO occupation, headcount, employment type, wage and
place of work, with the positions (구인인원) of the employer and of the fair."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jobfair.domain.codes import EMPLOYMENT_TYPE_LABELS, KECO_MAJOR, EmploymentType
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.common.forms import EditorPage, FieldErrors, SetupHost
from jobfair.gui.common.language import retranslate_items
from jobfair.gui.common.table_model import RowTableModel, row_table_view
from jobfair.i18n import occupation_text
from jobfair.services.setup.fairs import OpeningInput, OpeningView, add_opening, list_openings
from jobfair.services.setup.service import (
    delete_opening,
    employer_choices,
    total_positions,
    update_opening,
)


def keco_text(code: str) -> str:
    return occupation_text(code)


def employment_text(kind: str) -> str:
    label = EMPLOYMENT_TYPE_LABELS.get(EmploymentType(kind)) if kind in set(EmploymentType) \
        else None
    return QCoreApplication.translate("codes", label) if label else kind


class OpeningModel(RowTableModel[OpeningView]):
    context = "SetupModels"
    columns = (
        (QT_TRANSLATE_NOOP("SetupModels", "Title"), lambda o: o.title),
        (QT_TRANSLATE_NOOP("SetupModels", "Occupation (KECO)"), lambda o: keco_text(o.keco_code)),
        (QT_TRANSLATE_NOOP("SetupModels", "Headcount"), lambda o: str(o.headcount)),
        (QT_TRANSLATE_NOOP("SetupModels", "Employment"),
         lambda o: employment_text(o.employment_type)),
        (QT_TRANSLATE_NOOP("SetupModels", "Wage"), lambda o: o.wage),
        (QT_TRANSLATE_NOOP("SetupModels", "Place of work"), lambda o: o.work_place),
    )


class OpeningsPage(EditorPage):
    """Add, edit and delete the openings of the employer chosen at the top."""

    def __init__(self, host: SetupHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupOpenings")
        self.host = host
        self.selected_id: int | None = None
        self.employer_combo = QComboBox()
        self.employer_combo.setObjectName("openingEmployer")
        self.employer_combo.currentIndexChanged.connect(self._employer_changed)
        self.employer_label = QLabel()
        self.employer_label.setBuddy(self.employer_combo)
        self.totals = QLabel()
        self.totals.setObjectName("openingTotals")
        self.model = OpeningModel(self)
        self.view = row_table_view(self.model, "openingTable")
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("openingTitle")
        self.keco_combo = QComboBox()
        self.keco_combo.setObjectName("openingKeco")
        self.keco_combo.setEditable(True)
        self.keco_combo.addItem("", "")
        for code in KECO_MAJOR:
            self.keco_combo.addItem(keco_text(code), code)
        self.headcount_spin = QSpinBox()
        self.headcount_spin.setObjectName("openingHeadcount")
        self.headcount_spin.setRange(0, 9999)
        self.headcount_spin.setValue(1)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("openingType")
        for kind in EmploymentType:
            self.type_combo.addItem("", str(kind))
        self.wage_edit = QLineEdit()
        self.wage_edit.setObjectName("openingWage")
        self.place_edit = QLineEdit()
        self.place_edit.setObjectName("openingPlace")
        for edit in (self.title_edit, self.wage_edit, self.place_edit):
            edit.returnPressed.connect(self.save)
        self.labels = {f: QLabel() for f in (
            "title", "keco_code", "headcount", "employment_type", "wage", "work_place")}
        self.errors = FieldErrors()
        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        for field, widget in (
            ("title", self.title_edit), ("keco_code", self.keco_combo),
            ("headcount", self.headcount_spin), ("employment_type", self.type_combo),
            ("wage", self.wage_edit), ("work_place", self.place_edit),
        ):
            self.errors.add_row(form, self.labels[field], widget, field)
        self.add_form_buttons(form, "opening", self.new_opening)

        top = QHBoxLayout()
        top.addWidget(self.employer_label)
        top.addWidget(self.employer_combo, 1)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self.form_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.totals)
        self.fair_positions = 0
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.employer_label.setText(self.tr("Openings &of"))
        texts = {
            "title": self.tr("&Title"), "keco_code": self.tr("&Occupation (KECO)"),
            "headcount": self.tr("&Headcount"), "employment_type": self.tr("Em&ployment"),
            "wage": self.tr("&Wage"), "work_place": self.tr("Place of wor&k"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        for index in range(self.type_combo.count()):
            kind = str(self.type_combo.itemData(index))
            self.type_combo.setItemText(index, employment_text(kind))
        retranslate_items(self.keco_combo, keco_text)
        line = self.keco_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("a major group or a code, e.g. 023"))
        self.wage_edit.setPlaceholderText(self.tr("e.g. 월 250만원"))
        self.new_button.setText(self.tr("&New opening"))
        self.delete_button.setText(self.tr("&Delete"))
        self._show_form_title()
        self._show_totals()

    def form_titles(self) -> tuple[str, str]:
        return self.tr("New opening"), self.tr("Opening")

    def _show_totals(self) -> None:
        rows = self.model.rows
        self.totals.setText(self.tr(
            "This employer: {positions} positions in {openings} openings. The fair: "
            "{fair_positions} positions.").format(
                positions=sum(o.headcount for o in rows), openings=len(rows),
                fair_positions=self.fair_positions))

    # -- rows ------------------------------------------------------------------------------

    def employer_id(self) -> int | None:
        data = self.employer_combo.currentData()
        return int(data) if data is not None else None

    def refresh(self) -> None:
        fair_id = self.host.fair_id
        keep_employer = self.employer_id()
        employers = [] if fair_id is None else self.host.read(
            lambda s: employer_choices(s, fair_id))
        self.employer_combo.blockSignals(True)
        self.employer_combo.clear()
        for employer_id, name in employers:
            self.employer_combo.addItem(name, employer_id)
        if keep_employer is not None:
            self.employer_combo.setCurrentIndex(
                max(0, self.employer_combo.findData(keep_employer)))
        self.employer_combo.blockSignals(False)
        self.setEnabled(fair_id is not None)
        self._load_openings()

    def choose_employer(self, employer_id: int) -> None:
        self.employer_combo.setCurrentIndex(self.employer_combo.findData(employer_id))

    def _employer_changed(self) -> None:
        self.selected_id = None
        self._load_openings()

    def _load_openings(self) -> None:
        fair_id, employer_id = self.host.fair_id, self.employer_id()
        keep = self.selected_id
        if fair_id is None:
            rows: list[OpeningView] = []
            self.fair_positions = 0
        else:
            rows, self.fair_positions = self.host.read(lambda s: (
                list_openings(s, fair_id, employer_id) if employer_id is not None else [],
                total_positions(s, fair_id),
            ))
        self.model.set_rows(rows)
        self.form_box.setEnabled(employer_id is not None)
        self._show_totals()
        for index, row in enumerate(rows):
            if row.id == keep:
                self.view.selectRow(index)
                return
        self.new_opening()

    def _selection_changed(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None:
            return
        self.selected_id = row.id
        self.errors.clear()
        self.title_edit.setText(row.title)
        found = self.keco_combo.findData(row.keco_code)
        if found >= 0:
            self.keco_combo.setCurrentIndex(found)
        else:
            self.keco_combo.setEditText(row.keco_code)
        self.headcount_spin.setValue(row.headcount)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(row.employment_type)))
        self.wage_edit.setText(row.wage)
        self.place_edit.setText(row.work_place)
        self._show_form_title()

    def new_opening(self) -> None:
        self.selected_id = None
        self.view.clearSelection()
        self.errors.clear()
        self.title_edit.clear()
        self.keco_combo.setCurrentIndex(0)
        self.headcount_spin.setValue(1)
        self.type_combo.setCurrentIndex(0)
        self.wage_edit.clear()
        self.place_edit.clear()
        self._show_form_title()

    def keco_code(self) -> str:
        """The chosen major group's code, or the code typed (its leading digits)."""
        text = self.keco_combo.currentText().strip()
        index = self.keco_combo.findText(text)
        if index >= 0:
            return str(self.keco_combo.itemData(index) or "")
        return text.split(" ")[0] if text else ""

    def values(self) -> OpeningInput:
        return OpeningInput(
            title=self.title_edit.text(),
            headcount=self.headcount_spin.value(),
            keco_code=self.keco_code(),
            employment_type=str(self.type_combo.currentData()),
            wage=self.wage_edit.text().strip(),
            work_place=self.place_edit.text().strip(),
        )

    # -- actions ---------------------------------------------------------------------------

    def save(self) -> bool:
        fair_id, employer_id = self.host.fair_id, self.employer_id()
        if fair_id is None or employer_id is None:
            return False
        data = self.values()
        if data.keco_code and not data.keco_code.isdigit():
            self.errors.show("keco_code", self.tr(
                "A KECO code is made of digits, e.g. 8 or 023."))
            return False
        actor = self.host.context.actor
        opening_id = self.selected_id
        if opening_id is None:
            ok, view = self.host.apply(
                self.tr("Add an opening"),
                lambda s: add_opening(s, actor, fair_id, employer_id, data), self.errors)
            if ok and view is not None:
                self.selected_id = view.id
            return ok
        ok, _ = self.host.apply(
            self.tr("Save the opening"), lambda s: update_opening(s, actor, opening_id, data),
            self.errors)
        return ok

    def delete(self) -> bool:
        opening_id = self.selected_id
        if opening_id is None:
            return False
        actor = self.host.context.actor
        ok, _ = self.host.apply(self.tr("Delete the opening"),
                                lambda s: delete_opening(s, actor, opening_id))
        if ok:
            self.selected_id = None
        return ok
