"""The fair's own registration fields (자체 등록 항목): add, edit, reorder and delete them.

Each field has a kind, a Korean and an English label, whether it is required, whether employers
may see it (with the seeker's provision consent), whether it is sensitive (kept and shown only with
the sensitive-information consent) and how long its answers are kept.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jobfair.domain.fair_fields import CHOICE_KINDS, FIELD_KIND_NAMES, FieldKind
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.common.forms import EditorPage, FieldErrors, SetupHost
from jobfair.gui.common.table_model import RowTableModel, row_table_view
from jobfair.services.setup.fields import (
    FieldInput,
    FieldView,
    add_field,
    delete_field,
    edit_field,
    list_fields,
    move_field,
)


def kind_text(kind: str) -> str:
    name = FIELD_KIND_NAMES.get(FieldKind(kind)) if kind in set(FieldKind) else None
    return QCoreApplication.translate("fields", name) if name else kind


def _yes(flag: bool) -> str:
    return "✓" if flag else ""


def retention_text(days: int | None) -> str:
    if days is None:
        return QCoreApplication.translate("SetupModels", "with the seeker record")
    return QCoreApplication.translate("SetupModels", "{days} days").format(days=days)


class FieldModel(RowTableModel[FieldView]):
    context = "SetupModels"
    columns = (
        (QT_TRANSLATE_NOOP("SetupModels", "Key"), lambda f: f.key),
        (QT_TRANSLATE_NOOP("SetupModels", "Label (Korean)"), lambda f: f.label_ko),
        (QT_TRANSLATE_NOOP("SetupModels", "Label (English)"), lambda f: f.label_en),
        (QT_TRANSLATE_NOOP("SetupModels", "Kind"), lambda f: kind_text(f.kind)),
        (QT_TRANSLATE_NOOP("SetupModels", "Required"), lambda f: _yes(f.required)),
        (QT_TRANSLATE_NOOP("SetupModels", "Employers see"), lambda f: _yes(f.employer_visible)),
        (QT_TRANSLATE_NOOP("SetupModels", "Sensitive"), lambda f: _yes(f.sensitive)),
        (QT_TRANSLATE_NOOP("SetupModels", "Kept"), lambda f: retention_text(f.retention_days)),
    )


class FieldsPage(EditorPage):
    """The fair's registration fields, in the order the forms show them."""

    def __init__(self, host: SetupHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupFields")
        self.host = host
        self.selected_id: int | None = None
        self.model = FieldModel(self)
        self.view = row_table_view(self.model, "fieldTable")
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("fieldKey")
        self.label_ko_edit = QLineEdit()
        self.label_ko_edit.setObjectName("fieldLabelKo")
        self.label_en_edit = QLineEdit()
        self.label_en_edit.setObjectName("fieldLabelEn")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("fieldKind")
        for kind in FieldKind:
            self.kind_combo.addItem("", str(kind))
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.choices_edit = QLineEdit()
        self.choices_edit.setObjectName("fieldChoices")
        self.required_check = QCheckBox()
        self.required_check.setObjectName("fieldRequired")
        self.visible_check = QCheckBox()
        self.visible_check.setObjectName("fieldEmployerVisible")
        self.sensitive_check = QCheckBox()
        self.sensitive_check.setObjectName("fieldSensitive")
        self.retention_spin = QSpinBox()
        self.retention_spin.setObjectName("fieldRetention")
        self.retention_spin.setRange(0, 36_500)
        for edit in (self.key_edit, self.label_ko_edit, self.label_en_edit, self.choices_edit):
            edit.returnPressed.connect(self.save)
        self.labels = {f: QLabel() for f in (
            "key", "label_ko", "label_en", "kind", "choices", "required", "employer_visible",
            "sensitive", "retention_days")}
        self.errors = FieldErrors()
        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        for field, widget in (
            ("label_ko", self.label_ko_edit), ("label_en", self.label_en_edit),
            ("key", self.key_edit), ("kind", self.kind_combo), ("choices", self.choices_edit),
            ("required", self.required_check), ("employer_visible", self.visible_check),
            ("sensitive", self.sensitive_check), ("retention_days", self.retention_spin),
        ):
            self.errors.add_row(form, self.labels[field], widget, field)
        self.add_form_buttons(form, "field", self.new_field)
        self.up_button = QPushButton()
        self.up_button.setObjectName("fieldUp")
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton()
        self.down_button.setObjectName("fieldDown")
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        order = QHBoxLayout()
        order.addWidget(self.up_button)
        order.addWidget(self.down_button)
        order.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(order)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.form_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Questions of this fair's own, asked in the walk-in form and shown on the seeker's "
            "card. A booth sees a field only when employers may see it and the seeker consented "
            "to provision; a sensitive field needs the sensitive-information consent."))
        texts = {
            "key": self.tr("&Key"), "label_ko": self.tr("Label (&Korean)"),
            "label_en": self.tr("Label (E&nglish)"), "kind": self.tr("K&ind"),
            "choices": self.tr("&Choices"), "required": self.tr("Re&quired"),
            "employer_visible": self.tr("Employers &may see it"),
            "sensitive": self.tr("Sens&itive"), "retention_days": self.tr("Keep answers (&days)"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(index, kind_text(str(self.kind_combo.itemData(index))))
        self.key_edit.setPlaceholderText(self.tr("e.g. driving (letters a–z, digits, _)"))
        self.choices_edit.setPlaceholderText(self.tr("separated by commas, e.g. 양주, 의정부"))
        self.retention_spin.setSpecialValueText(self.tr("with the seeker record"))
        self.required_check.setText(self.tr("the walk-in form asks for it"))
        self.visible_check.setText(self.tr("with the seeker's provision consent"))
        self.sensitive_check.setText(self.tr("needs the sensitive-information consent"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.new_button.setText(self.tr("&New field"))
        self.delete_button.setText(self.tr("&Delete"))
        self._show_form_title()

    def form_titles(self) -> tuple[str, str]:
        return self.tr("New field"), self.tr("Field")

    def refresh(self) -> None:
        fair_id = self.host.fair_id
        self.setEnabled(fair_id is not None)
        rows = () if fair_id is None else self.host.read(lambda s: list_fields(s, fair_id))
        keep = self.selected_id
        self.model.set_rows(rows)
        for index, row in enumerate(rows):
            if row.id == keep:
                self.view.selectRow(index)
                return
        self.new_field()

    def _kind_changed(self) -> None:
        self.choices_edit.setEnabled(self.kind_combo.currentData() in CHOICE_KINDS)

    def _selection_changed(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None:
            return
        self.selected_id = row.id
        self.errors.clear()
        self.key_edit.setText(row.key)
        self.key_edit.setReadOnly(True)
        self.label_ko_edit.setText(row.label_ko)
        self.label_en_edit.setText(row.label_en)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(row.kind)))
        self.choices_edit.setText(", ".join(row.choices))
        self.required_check.setChecked(row.required)
        self.visible_check.setChecked(row.employer_visible)
        self.sensitive_check.setChecked(row.sensitive)
        self.retention_spin.setValue(row.retention_days or 0)
        self._kind_changed()
        self._show_form_title()

    def new_field(self) -> None:
        self.selected_id = None
        self.view.clearSelection()
        self.errors.clear()
        self.key_edit.setReadOnly(False)
        for edit in (self.key_edit, self.label_ko_edit, self.label_en_edit, self.choices_edit):
            edit.clear()
        self.kind_combo.setCurrentIndex(0)
        for check in (self.required_check, self.visible_check, self.sensitive_check):
            check.setChecked(False)
        self.retention_spin.setValue(0)
        self._kind_changed()
        self._show_form_title()

    def values(self) -> FieldInput:
        kind = str(self.kind_combo.currentData())
        choices = tuple(c.strip() for c in self.choices_edit.text().split(",") if c.strip())
        return FieldInput(
            key=self.key_edit.text().strip(),
            kind=kind,
            label_ko=self.label_ko_edit.text(),
            label_en=self.label_en_edit.text(),
            required=self.required_check.isChecked(),
            employer_visible=self.visible_check.isChecked(),
            sensitive=self.sensitive_check.isChecked(),
            retention_days=self.retention_spin.value() or None,
            choices=choices if kind in CHOICE_KINDS else (),
        )

    def save(self) -> bool:
        fair_id = self.host.fair_id
        if fair_id is None:
            return False
        data = self.values()
        actor = self.host.context.actor
        field_id = self.selected_id
        if field_id is None:
            ok, view = self.host.apply(
                self.tr("Add a field"), lambda s: add_field(s, actor, fair_id, data), self.errors)
            if ok and view is not None:
                self.selected_id = view.id
                self.refresh()
            return ok
        ok, _ = self.host.apply(
            self.tr("Save the field"), lambda s: edit_field(s, actor, field_id, data),
            self.errors)
        return ok

    def move_selected(self, step: int) -> bool:
        field_id = self.selected_id
        if field_id is None:
            return False
        actor = self.host.context.actor
        ok, _ = self.host.apply(self.tr("Move the field"),
                                lambda s: move_field(s, actor, field_id, step))
        return ok

    def delete(self) -> bool:
        field_id = self.selected_id
        if field_id is None:
            return False
        question = self.tr("Delete this field and erase every answer to it?")
        if not self.host.context.dialogs.ask(self.tr("Delete the field"), question):
            return False
        actor = self.host.context.actor
        ok, _ = self.host.apply(self.tr("Delete the field"),
                                lambda s: delete_field(s, actor, field_id))
        if ok:
            self.selected_id = None
            self.refresh()
        return ok
