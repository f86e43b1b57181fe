"""The openings of each employer: title, KECO occupation, headcount, employment type, wage and
place of work, with the positions (구인인원) of the employer and of the fair; and the answer an
opening asks of one of the fair's choice or yes / no fields, for the matching."""

from __future__ import annotations

from typing import Any

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
from sqlalchemy.orm import Session

from jobfair.domain.codes import EMPLOYMENT_TYPE_LABELS, KECO_MAJOR, EmploymentType
from jobfair.domain.fair_fields import FieldKind
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.common.forms import EditorPage, FieldErrors, SetupHost
from jobfair.gui.common.language import retranslate_items
from jobfair.gui.common.table_model import RowTableModel, row_table_view
from jobfair.i18n import language_in_force, occupation_text
from jobfair.services.setup.fairs import OpeningInput, OpeningView, add_opening, list_openings
from jobfair.services.setup.requirements import (
    RequirableField,
    Requirement,
    opening_requirements,
    requirable_fields,
    set_opening_requirements,
)
from jobfair.services.setup.service import (
    delete_opening,
    employer_choices,
    total_positions,
    update_opening,
)


def answer_text(kind: str, answer: Any) -> str:
    """A required answer as the combo shows it (yes / no in the reader's language)."""
    if FieldKind(kind) is FieldKind.YES_NO:
        if answer:
            return QCoreApplication.translate("OpeningsPage", "Yes")
        return QCoreApplication.translate("OpeningsPage", "No")
    return str(answer)


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
        # what the opening asks of the fair's own fields (matching): one field and its answer
        self.requirable: dict[str, RequirableField] = {}
        self.other_requirements: list[Requirement] = []
        self.requirement_combo = QComboBox()
        self.requirement_combo.setObjectName("openingRequirementField")
        self.requirement_combo.currentIndexChanged.connect(self._requirement_field_changed)
        self.answer_combo = QComboBox()
        self.answer_combo.setObjectName("openingRequirementAnswer")
        requirement = QWidget()
        row = QHBoxLayout(requirement)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.requirement_combo, 2)
        row.addWidget(self.answer_combo, 1)
        self.labels = {f: QLabel() for f in (
            "title", "keco_code", "headcount", "employment_type", "wage", "work_place",
            "requirement")}
        self.errors = FieldErrors()
        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        for field, widget in (
            ("title", self.title_edit), ("keco_code", self.keco_combo),
            ("headcount", self.headcount_spin), ("employment_type", self.type_combo),
            ("wage", self.wage_edit), ("work_place", self.place_edit),
            ("requirement", requirement),
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
            "requirement": self.tr("&Requires"),
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
        self.requirement_combo.setToolTip(self.tr(
            "An answer the opening asks of one of the fair's choice or yes / no fields: the "
            "matching favours seekers who gave it."))
        if self.requirement_combo.count():
            self.requirement_combo.setItemText(0, self.tr("(nothing)"))
        self._fill_answers(self.answer_combo.currentData())
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
        fields = () if fair_id is None else self.host.read(
            lambda s: requirable_fields(s, fair_id))
        self.requirable = {f.key: f for f in fields}
        keep_key, keep_answer = self.requirement_combo.currentData(), \
            self.answer_combo.currentData()
        self.requirement_combo.blockSignals(True)
        self.requirement_combo.clear()
        self.requirement_combo.addItem(self.tr("(nothing)"), None)
        for f in fields:
            self.requirement_combo.addItem(f.label(language_in_force()), f.key)
        self.requirement_combo.blockSignals(False)
        self.requirement_combo.setEnabled(bool(fields))
        self._set_requirement(keep_key, keep_answer)
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
        required = self.host.read(lambda s: opening_requirements(s, row.id))
        shown = next((r for r in required if r.key in self.requirable), None)
        # the form shows one; any other (set from elsewhere) is kept as it is on saving
        self.other_requirements = [r for r in required if r is not shown
                                   and r.key in self.requirable]
        self._set_requirement(shown.key if shown else None, shown.answer if shown else None)
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
        self.other_requirements = []
        self._set_requirement(None, None)
        self._show_form_title()

    # -- the requirement -------------------------------------------------------------------

    def _set_requirement(self, key: str | None, answer: Any) -> None:
        index = self.requirement_combo.findData(key) if key is not None else 0
        self.requirement_combo.blockSignals(True)
        self.requirement_combo.setCurrentIndex(max(0, index))
        self.requirement_combo.blockSignals(False)
        self._fill_answers(answer)

    def _requirement_field_changed(self) -> None:
        self._fill_answers(None)

    def _fill_answers(self, answer: Any) -> None:
        field = self.requirable.get(self.requirement_combo.currentData())
        self.answer_combo.clear()
        self.answer_combo.setEnabled(field is not None)
        if field is None:
            return
        for value in field.answers:
            self.answer_combo.addItem(answer_text(field.kind, value), value)
        found = next((i for i, v in enumerate(field.answers) if v == answer
                      and type(v) is type(answer)), 0)
        self.answer_combo.setCurrentIndex(found)

    def requirements(self) -> list[Requirement]:
        """What the form asks (none, or the chosen field and answer), with the opening's other
        requirements kept."""
        key = self.requirement_combo.currentData()
        others = [r for r in self.other_requirements if r.key != key]
        if key is None or self.answer_combo.currentIndex() < 0:
            return others
        return [Requirement(str(key), self.answer_combo.currentData()), *others]

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
        required = self.requirements()
        if opening_id is None:
            def add(s: Session) -> OpeningView:
                view = add_opening(s, actor, fair_id, employer_id, data)
                set_opening_requirements(s, actor, view.id, required)
                return view

            ok, view = self.host.apply(self.tr("Add an opening"), add, self.errors)
            if ok and view is not None:
                self.selected_id = view.id
            return ok

        def update(s: Session) -> OpeningView:
            view = update_opening(s, actor, opening_id, data)
            set_opening_requirements(s, actor, opening_id, required)
            return view

        ok, _ = self.host.apply(self.tr("Save the opening"), update, self.errors)
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
