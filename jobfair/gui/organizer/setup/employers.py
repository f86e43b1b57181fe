"""The employers of the fair: a table, a form (the business number checked as it is typed), the
import of an employer list and the copy from an earlier fair. The form also holds the employer's
own evaluation tags (경력자, 야간 가능…), comma-separated, in the order its booths show them."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from jobfair.domain import bizno
from jobfair.domain.codes import KSIC_SECTIONS
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.common.forms import EditorPage, FieldErrors, SetupHost
from jobfair.gui.common.language import retranslate_items
from jobfair.gui.common.style import TONE_ERROR, TONE_NONE, TONE_OK, set_tone
from jobfair.gui.common.table_model import RowTableModel, row_table_view
from jobfair.i18n import industry_text
from jobfair.services.interviews.evaluations import employer_tags, set_employer_tags
from jobfair.services.setup.fairs import EmployerInput, EmployerView, add_employer
from jobfair.services.setup.service import (
    EmployerDetail,
    delete_employer,
    list_employer_details,
    update_employer,
)


def ksic_text(section: str) -> str:
    return industry_text(section)


def format_number(digits: str) -> str:
    return bizno.format_bizno(digits) if len(digits) == 10 else digits


class EmployerModel(RowTableModel[EmployerDetail]):
    """The fair's employers, one row each."""

    context = "SetupModels"
    columns = (
        (QT_TRANSLATE_NOOP("SetupModels", "Employer"), lambda e: e.name),
        (QT_TRANSLATE_NOOP("SetupModels", "Business number"),
         lambda e: format_number(e.business_no)),
        (QT_TRANSLATE_NOOP("SetupModels", "Industry"), lambda e: ksic_text(e.ksic_section)),
        (QT_TRANSLATE_NOOP("SetupModels", "Contact"), lambda e: e.contact_name),
        (QT_TRANSLATE_NOOP("SetupModels", "Phone"), lambda e: e.contact_phone),
        (QT_TRANSLATE_NOOP("SetupModels", "Openings"), lambda e: str(e.openings)),
        (QT_TRANSLATE_NOOP("SetupModels", "Positions"), lambda e: str(e.positions)),
        (QT_TRANSLATE_NOOP("SetupModels", "Booths"), lambda e: e.booths),
        (QT_TRANSLATE_NOOP("SetupModels", "Interviews"), lambda e: str(e.interviews)),
    )

    def extra_data(self, row: EmployerDetail, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 5 and column != 7:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def bizno_status(text: str) -> tuple[bool | None, str]:
    """(valid?, what to show) for a business number as typed so far; ``None``: not complete."""
    digits = "".join(c for c in text if c.isdigit())
    if not digits:
        return None, ""
    if len(digits) < 10:
        return None, f"{len(digits)}/10"
    if len(digits) > 10:
        return False, ""
    return bizno.check_digit(digits[:9]) == int(digits[9]), bizno.format_bizno(digits)


class EmployersPage(EditorPage):
    """Add, edit and delete the fair's employers.

    Attributes:
        model: the table's rows.
        selected_id: the employer shown in the form, ``None`` for a new one.

    Signals:
        import_requested(): the user asked to import a list.
        copy_requested(): the user asked to copy from an earlier fair.
    """

    import_requested = Signal()
    copy_requested = Signal()

    def __init__(self, host: SetupHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupEmployers")
        self.host = host
        self.selected_id: int | None = None
        self.model = EmployerModel(self)
        self.view = row_table_view(self.model, "employerTable")
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("employerName")
        self.bizno_edit = QLineEdit()
        self.bizno_edit.setObjectName("employerBizno")
        self.bizno_edit.setInputMask("")
        self.bizno_edit.setMaxLength(14)
        self.bizno_edit.textChanged.connect(self._bizno_typed)
        self.bizno_status = QLabel()
        self.bizno_status.setObjectName("employerBiznoStatus")
        self.ksic_combo = QComboBox()
        self.ksic_combo.setObjectName("employerKsic")
        for section in KSIC_SECTIONS:
            self.ksic_combo.addItem(ksic_text(section), section)
        self.ksic_code_edit = QLineEdit()
        self.ksic_code_edit.setObjectName("employerKsicCode")
        self.ksic_code_edit.setMaxLength(8)
        self.contact_edit = QLineEdit()
        self.contact_edit.setObjectName("employerContact")
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("employerPhone")
        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("employerEmail")
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("employerAddress")
        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("employerTags")

        self.labels = {f: QLabel() for f in (
            "name", "business_no", "ksic_section", "ksic_code", "contact_name", "contact_phone",
            "contact_email", "address", "tags")}
        self.errors = FieldErrors()
        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        bizno_row = QWidget()
        row = QHBoxLayout(bizno_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bizno_edit, 1)
        row.addWidget(self.bizno_status)
        for field, widget in (
            ("name", self.name_edit), ("business_no", bizno_row),
            ("ksic_section", self.ksic_combo), ("ksic_code", self.ksic_code_edit),
            ("contact_name", self.contact_edit), ("contact_phone", self.phone_edit),
            ("contact_email", self.email_edit), ("address", self.address_edit),
            ("tags", self.tags_edit),
        ):
            self.errors.add_row(form, self.labels[field], widget, field)
        self.labels["business_no"].setBuddy(self.bizno_edit)
        for edit in (self.name_edit, self.bizno_edit, self.ksic_code_edit, self.contact_edit,
                     self.phone_edit, self.email_edit, self.address_edit, self.tags_edit):
            edit.returnPressed.connect(self.save)  # Return saves, as in a dialog

        self.add_form_buttons(form, "employer", self.new_employer)
        self.save_button.setDefault(True)

        self.import_button = QPushButton()
        self.import_button.setObjectName("employerImport")
        self.import_button.clicked.connect(self.import_requested)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("employerCopy")
        self.copy_button.clicked.connect(self.copy_requested)
        self.summary = QLabel()
        self.summary.setObjectName("employerSummary")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.copy_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.view, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.form_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()
        self.refresh()

    # -- words -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            "name": self.tr("&Name"), "business_no": self.tr("&Business number"),
            "ksic_section": self.tr("&Industry (KSIC)"), "ksic_code": self.tr("KSIC &code"),
            "contact_name": self.tr("C&ontact person"), "contact_phone": self.tr("&Phone"),
            "contact_email": self.tr("&Email"), "address": self.tr("&Address"),
            "tags": self.tr("Evaluation &tags"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        self.bizno_edit.setPlaceholderText(self.tr("NNN-NN-NNNNN"))
        self.ksic_code_edit.setPlaceholderText(self.tr("optional, e.g. 10121"))
        self.tags_edit.setPlaceholderText(self.tr("comma-separated, e.g. 경력자, 야간 가능"))
        retranslate_items(self.ksic_combo, ksic_text)
        self.new_button.setText(self.tr("&New employer"))
        self.delete_button.setText(self.tr("&Delete"))
        self.import_button.setText(self.tr("&Import a list…"))
        self.copy_button.setText(self.tr("Copy from an earlier &fair…"))
        self._show_form_title()
        self._bizno_typed()
        self._show_summary()

    def form_titles(self) -> tuple[str, str]:
        return self.tr("New employer"), self.tr("Employer")

    def _show_summary(self) -> None:
        rows = self.model.rows
        self.summary.setText(self.tr("{employers} employers, {positions} positions.").format(
            employers=len(rows), positions=sum(r.positions for r in rows)))

    # -- the business number ---------------------------------------------------------------

    def _bizno_typed(self) -> None:
        valid, shown = bizno_status(self.bizno_edit.text())
        if valid is None:
            set_tone(self.bizno_status, TONE_NONE)
            self.bizno_status.setText(
                self.tr("{shown} digits").format(shown=shown) if shown else "")
        elif valid:
            set_tone(self.bizno_status, TONE_OK)
            self.bizno_status.setText(self.tr("✓ {number}: check digit correct").format(
                number=shown))
        else:
            set_tone(self.bizno_status, TONE_ERROR)
            self.bizno_status.setText(
                self.tr("✗ {number}: check digit wrong").format(number=shown) if shown
                else self.tr("✗ more than ten digits"))

    def bizno_valid(self) -> bool | None:
        return bizno_status(self.bizno_edit.text())[0]

    # -- rows ------------------------------------------------------------------------------

    def refresh(self) -> None:
        fair_id = self.host.fair_id
        keep = self.selected_id
        rows = [] if fair_id is None else self.host.read(
            lambda s: list_employer_details(s, fair_id, actor=self.host.context.actor))
        self.model.set_rows(rows)
        self.setEnabled(fair_id is not None)
        self._show_summary()
        self.select(keep)

    def select(self, employer_id: int | None) -> None:
        for index, row in enumerate(self.model.rows):
            if row.id == employer_id:
                self.view.selectRow(index)
                return
        self.view.clearSelection()
        self.new_employer()

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        del selected, deselected
        rows = self.view.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None:
            return
        self.selected_id = row.id
        self.errors.clear()
        self.name_edit.setText(row.name)
        self.bizno_edit.setText(format_number(row.business_no))
        self.ksic_combo.setCurrentIndex(max(0, self.ksic_combo.findData(row.ksic_section)))
        self.ksic_code_edit.setText(row.ksic_code)
        self.contact_edit.setText(row.contact_name)
        self.phone_edit.setText(row.contact_phone)
        self.email_edit.setText(row.contact_email)
        self.address_edit.setText(row.address)
        tags = self.host.read(lambda s: employer_tags(s, row.id))
        self.tags_edit.setText(", ".join(t.label for t in tags))
        self._show_form_title()

    def new_employer(self) -> None:
        self.selected_id = None
        self.view.clearSelection()
        self.errors.clear()
        for edit in (self.name_edit, self.bizno_edit, self.ksic_code_edit, self.contact_edit,
                     self.phone_edit, self.email_edit, self.address_edit, self.tags_edit):
            edit.clear()
        self.ksic_combo.setCurrentIndex(self.ksic_combo.findData("C"))
        self._show_form_title()
        self.name_edit.setFocus()

    def values(self) -> EmployerInput:
        return EmployerInput(
            name=self.name_edit.text(),
            business_no=self.bizno_edit.text(),
            ksic_section=str(self.ksic_combo.currentData() or ""),
            ksic_code=self.ksic_code_edit.text().strip(),
            contact_name=self.contact_edit.text().strip(),
            contact_phone=self.phone_edit.text().strip(),
            contact_email=self.email_edit.text().strip(),
            address=self.address_edit.text().strip(),
        )

    # -- actions ---------------------------------------------------------------------------

    def save(self) -> bool:
        fair_id = self.host.fair_id
        if fair_id is None:
            return False
        data = self.values()
        actor = self.host.context.actor
        employer_id = self.selected_id
        tags = self.tags_edit.text().split(",")
        if employer_id is None:
            def add(s: Session) -> EmployerView:
                view = add_employer(s, actor, fair_id, data)
                set_employer_tags(s, actor, view.id, tags)
                return view

            ok, view = self.host.apply(self.tr("Add an employer"), add, self.errors)
            if ok and view is not None:
                self.selected_id = view.id
        else:
            def update(s: Session) -> None:
                update_employer(s, actor, employer_id, data)
                set_employer_tags(s, actor, employer_id, tags)

            ok, _ = self.host.apply(self.tr("Save the employer"), update, self.errors)
        return ok

    def delete(self) -> bool:
        employer_id = self.selected_id
        row = next((r for r in self.model.rows if r.id == employer_id), None)
        if employer_id is None or row is None:
            return False
        if not self.host.context.dialogs.ask(
            self.tr("Delete the employer"),
            self.tr("Delete {name} with its booths and openings?").format(name=row.name),
        ):
            return False
        actor = self.host.context.actor
        ok, _ = self.host.apply(
            self.tr("Delete the employer"), lambda s: delete_employer(s, actor, employer_id))
        if ok:
            self.selected_id = None
        return ok
