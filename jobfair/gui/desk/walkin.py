"""The walk-in form (구직표): the minimal fields, the itemised consent, errors beside the fields.

The form only collects and checks input; the desk screen looks for duplicates and saves.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jobfair.domain.codes import KECO_MAJOR, Channel
from jobfair.domain.errors import ValidationError
from jobfair.domain.phone import format_phone, normalize_phone
from jobfair.domain.target_groups import (
    DEFAULT_AGE_GROUPS,
    DeclaredGroup,
    age_groups_for,
)
from jobfair.gui.common.fair_field_widgets import FairFieldsBox
from jobfair.gui.common.language import retranslate_items
from jobfair.gui.common.style import TONE_ERROR, set_tone
from jobfair.i18n import error_message, language_in_force, occupation_text
from jobfair.services.seekers.service import Consent, SeekerInput, validate_seeker
from jobfair.services.setup.fields import FieldView, answer_problems

NOTICE_VERSION = "desk-2026-1"
"""The version of the consent notice below; stored with every walk-in's consent."""

REGION_CITIES: tuple[str, ...] = (
    "양주시", "의정부시", "동두천시", "포천시", "연천군", "파주시", "고양시", "남양주시",
    "가평군", "구리시", "서울특별시",
)  # fmt: skip

_DATE = re.compile(r"^(\d{4})[-./ ]?(\d{1,2})[-./ ]?(\d{1,2})\.?$")
_YEAR = re.compile(r"^(\d{4})(?:년)?$")



def parse_birth(text: str) -> tuple[int, date | None] | None:
    """``1990`` -> (1990, None); ``1990-05-03``, ``1990.5.3``, ``19900503`` -> with the date."""
    value = text.strip()
    year = _YEAR.match(value)
    if year:
        return int(year.group(1)), None
    full = _DATE.match(value)
    if full:
        try:
            day = date(int(full.group(1)), int(full.group(2)), int(full.group(3)))
        except ValueError:
            return None
        return day.year, day
    return None


class WalkInForm(QWidget):
    """The job-seeker card for a walk-in.

    Attributes:
        fair_year: the fair's year, for the age-based groups and plausible birth years.
        errors: the error label of each field (``name``, ``birth``, ``phone``, ``consent``, ...).

    Signals:
        save_requested(): the big button, or Ctrl+Enter on the desk.
    """

    save_requested = Signal()

    def __init__(
        self,
        fair_year: int,
        retention_days: int,
        cities: tuple[str, ...] = REGION_CITIES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.fair_year = fair_year
        self.retention_days = retention_days
        self.errors: dict[str, QLabel] = {}
        outer = QHBoxLayout(self)

        # -- the person ------------------------------------------------------------------------
        self.person_box = QGroupBox()
        grid = QGridLayout(self.person_box)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("walkInName")
        self.birth_edit = QLineEdit()
        self.birth_edit.setObjectName("walkInBirth")
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("walkInPhone")
        self.residence_combo = QComboBox()
        self.residence_combo.setEditable(True)
        self.residence_combo.addItem("")
        self.residence_combo.addItems(list(cities))
        self.sex_combo = QComboBox()
        self.keco_combo = QComboBox()
        self.keco_combo.addItem("—", "")
        for code in KECO_MAJOR:
            self.keco_combo.addItem(occupation_text(code), code)
        for combo in (self.keco_combo, self.residence_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        self.job_edit = QLineEdit()
        self.labels: dict[str, QLabel] = {}
        fields: list[tuple[str, QWidget]] = [
            ("name", self.name_edit),
            ("birth", self.birth_edit),
            ("phone", self.phone_edit),
            ("residence", self.residence_combo),
            ("sex", self.sex_combo),
            ("keco", self.keco_combo),
            ("job", self.job_edit),
        ]
        for row, (key, widget) in enumerate(fields):
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            error = QLabel()
            error.setObjectName(f"walkInError_{key}")
            set_tone(error, TONE_ERROR)
            error.setWordWrap(True)
            error.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            error.hide()
            self.errors[key] = error
            grid.addWidget(label, 2 * row, 0)
            grid.addWidget(widget, 2 * row, 1)
            grid.addWidget(error, 2 * row + 1, 1)
        self.age_groups_label = QLabel()
        self.age_groups_label.setObjectName("walkInAgeGroups")
        self.age_groups_label.setWordWrap(True)
        self.age_groups_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                            QSizePolicy.Policy.Preferred)
        grid.addWidget(self.age_groups_label, 2 * len(fields), 0, 1, 2)
        self.flags_box = QGroupBox()
        flags = QGridLayout(self.flags_box)
        self.flag_boxes: dict[str, QCheckBox] = {}
        for i, group in enumerate(
            (DeclaredGroup.CAREER_BREAK, DeclaredGroup.VULNERABLE, DeclaredGroup.VETERAN,
             DeclaredGroup.DISABILITY)
        ):
            box = QCheckBox()
            box.setObjectName(f"walkInFlag_{group.value}")
            self.flag_boxes[group.value] = box
            flags.addWidget(box, i, 0)
        grid.addWidget(self.flags_box, 2 * len(fields) + 1, 0, 1, 2)
        self.fair_fields = FairFieldsBox()
        grid.addWidget(self.fair_fields, 2 * len(fields) + 2, 0, 1, 2)
        grid.setRowStretch(2 * len(fields) + 3, 1)
        outer.addWidget(self.person_box, 3)

        # -- consent ---------------------------------------------------------------------------
        self.consent_box = QGroupBox()
        consent = QVBoxLayout(self.consent_box)
        self.notice = QTextBrowser()
        self.notice.setObjectName("walkInNotice")
        self.notice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.collection_box = QCheckBox()
        self.collection_box.setObjectName("consentCollection")
        self.provision_box = QCheckBox()
        self.provision_box.setObjectName("consentProvision")
        self.sensitive_box = QCheckBox()
        self.sensitive_box.setObjectName("consentSensitive")
        self.notice.setMinimumHeight(160)
        consent_error = QLabel()
        consent_error.setObjectName("walkInError_consent")
        set_tone(consent_error, TONE_ERROR)
        consent_error.setWordWrap(True)
        consent_error.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        consent_error.hide()
        self.errors["consent"] = consent_error
        self.save_button = QPushButton()
        self.save_button.setObjectName("walkInSave")
        self.save_button.setMinimumHeight(56)
        self.save_button.clicked.connect(self.save_requested)
        consent.addWidget(self.notice, 1)
        consent.addWidget(self.collection_box)
        consent.addWidget(consent_error)
        consent.addWidget(self.provision_box)
        consent.addWidget(self.sensitive_box)
        consent.addWidget(self.save_button)
        self.save_hint = QLabel("Ctrl+Enter")
        self.save_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        consent.addWidget(self.save_hint)
        outer.addWidget(self.consent_box, 2)

        self.birth_edit.textChanged.connect(self._update_age_groups)
        self.phone_edit.editingFinished.connect(self._tidy_phone)
        self.sensitive_box.toggled.connect(self._sensitive_toggled)
        self.collection_box.toggled.connect(lambda on: on and self._set_error("consent", None))
        self.retranslate()
        self._sensitive_toggled(False)
        self._update_age_groups()

    # -- text ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.person_box.setTitle(self.tr("Walk-in registration"))
        texts = {
            "name": self.tr("&Name *"),
            "birth": self.tr("&Birth year or date *"),
            "phone": self.tr("&Phone *"),
            "residence": self.tr("&Residence (city or county)"),
            "sex": self.tr("Se&x"),
            "keco": self.tr("Desired &occupation"),
            "job": self.tr("Desired &job"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.birth_edit.setPlaceholderText(self.tr("1990 or 1990-05-03"))
        self.phone_edit.setPlaceholderText("010-1234-5678")
        self.job_edit.setPlaceholderText(self.tr("e.g. forklift driver, sewing"))
        retranslate_items(self.keco_combo, lambda code: occupation_text(code) or "—")
        index = self.sex_combo.currentIndex()
        self.sex_combo.clear()
        self.sex_combo.addItem(self.tr("Not given"), None)
        self.sex_combo.addItem(self.tr("Male"), "M")
        self.sex_combo.addItem(self.tr("Female"), "F")
        self.sex_combo.setCurrentIndex(max(index, 0))
        self.flags_box.setTitle(self.tr("Target groups the person declares"))
        flag_texts = {
            DeclaredGroup.CAREER_BREAK.value: self.tr("Career break"),
            DeclaredGroup.VULNERABLE.value: self.tr("Employment-vulnerable"),
            DeclaredGroup.VETERAN.value: self.tr("Discharged soldier"),
            DeclaredGroup.DISABILITY.value: self.tr("Disability (needs the sensitive consent)"),
        }
        for key, text in flag_texts.items():
            self.flag_boxes[key].setText(text)
        self.consent_box.setTitle(self.tr("Consent to personal information (PIPA)"))
        self.notice.setPlainText(self.notice_text())
        self.collection_box.setText(self.tr("Collection and use (required)"))
        self.provision_box.setText(self.tr("Provision to the employers (optional)"))
        self.sensitive_box.setText(self.tr("Sensitive information (separate)"))
        self.save_button.setText(self.tr("Save, check in and print"))
        self.fair_fields.retranslate()
        self._update_age_groups()

    def set_fields(self, fields: tuple[FieldView, ...]) -> None:
        """The fair's own fields, read when the form opens or another station changed them."""
        self.fair_fields.set_fields(fields)

    def notice_text(self) -> str:
        return self.tr(
            "Purpose: to register you for this job fair, check you in, and arrange interviews "
            "with the participating employers; anonymous counts go into the fair's report.\n\n"
            "Items: name, birth date or year, phone number; optional: residence (city or "
            "county), sex, desired occupation and job, target groups you declare.\n\n"
            "Retention: {days} days after the fair, then destroyed; only anonymous counts are "
            "kept.\n\n"
            "You may refuse. Without consent to the collection and use we cannot register you "
            "here (you may still visit the booths). Refusing provision to the employers or the "
            "sensitive information costs you nothing: you are registered all the same, the "
            "employers just do not receive your details from us.\n\n"
            "Provision to third parties: the participating employers of this fair receive your "
            "name, birth year, phone number and desired job, to arrange interviews and contact "
            "you about their openings, and keep them until their hiring for this fair ends.\n\n"
            "Sensitive information: a disability is recorded only with its own consent, to "
            "connect you with employers who hire persons with disabilities.\n\n"
            "Notice version {version}."
        ).format(days=self.retention_days, version=NOTICE_VERSION)

    # -- reading the form ----------------------------------------------------------------------
    def collect(self) -> SeekerInput | None:
        """The input to register, or ``None`` with every problem shown beside its field."""
        for key in self.errors:
            self._set_error(key, None)
        ok = True
        name = " ".join(self.name_edit.text().split())
        if not name:
            ok = self._set_error("name", self.tr("Enter the name."))
        birth = parse_birth(self.birth_edit.text())
        if birth is None:
            ok = self._set_error(
                "birth",
                self.tr("Enter the birth year (1990) or the birth date (1990-05-03).")
                if self.birth_edit.text().strip()
                else self.tr("Enter the birth year or date."),
            )
        phone = ""
        try:
            phone = normalize_phone(self.phone_edit.text())
        except ValidationError as err:
            ok = self._set_error(
                "phone",
                error_message(err) if self.phone_edit.text().strip()
                else self.tr("Enter the phone number."),
            )
        if not self.collection_box.isChecked():
            ok = self._set_error(
                "consent",
                self.tr("Without consent to the collection and use the person cannot be "
                        "registered. Tick the box if they agree."),
            )
        answers, problems = answer_problems(
            self.fair_fields.fields, self.fair_fields.values(),
            sensitive_consent=self.sensitive_box.isChecked(), language=language_in_force())
        for key in self.fair_fields.errors:
            self.fair_fields.show_error(key, problems.get(key))
        if problems:
            ok = False
        if not ok or birth is None:
            self._focus_first_error()
            return None
        groups = tuple(
            key for key, box in self.flag_boxes.items() if box.isChecked() and box.isEnabled()
        )
        data = SeekerInput(
            name=name,
            birth_year=birth[0],
            birth_date=birth[1],
            phone=phone,
            residence=self.residence_combo.currentText().strip(),
            sex=self.sex_combo.currentData(),
            desired_keco=str(self.keco_combo.currentData() or ""),
            desired_job=self.job_edit.text().strip(),
            groups=groups,
            channel=Channel.WALK_IN,
            consent=Consent(
                collection=True,
                provision=self.provision_box.isChecked(),
                sensitive=self.sensitive_box.isChecked(),
                notice_version=NOTICE_VERSION,
            ),
            answers=tuple((k, tuple(v) if isinstance(v, list) else v)
                          for k, v in answers.items()),
        )
        try:
            validate_seeker(data, self.fair_year)
        except ValidationError as err:
            key = {"birth_year": "birth", "birth_date": "birth", "groups": "consent",
                   "consent_collection": "consent"}.get(err.field or "", err.field or "name")
            self._set_error(key if key in self.errors else "name", error_message(err))
            self._focus_first_error()
            return None
        return data

    def is_dirty(self) -> bool:
        """Whether anything was filled in that clearing would lose."""
        return bool(
            self.name_edit.text().strip()
            or self.birth_edit.text().strip()
            or self.phone_edit.text().strip()
            or self.job_edit.text().strip()
            or self.residence_combo.currentText().strip()
            or self.keco_combo.currentIndex() > 0
            or any(box.isChecked() for box in self.flag_boxes.values())
            or self.collection_box.isChecked()
            or self.fair_fields.is_dirty()
        )

    def clear(self) -> None:
        """Empty the form for the next person."""
        for edit in (self.name_edit, self.birth_edit, self.phone_edit, self.job_edit):
            edit.clear()
        self.residence_combo.setCurrentIndex(0)
        self.residence_combo.setEditText("")
        self.sex_combo.setCurrentIndex(0)
        self.keco_combo.setCurrentIndex(0)
        for box in (*self.flag_boxes.values(), self.collection_box, self.provision_box,
                    self.sensitive_box):
            box.setChecked(False)
        for key in self.errors:
            self._set_error(key, None)
        self.fair_fields.clear()

    def error_text(self, key: str) -> str:
        label = self.errors[key]
        return label.text() if not label.isHidden() else ""

    # -- inside --------------------------------------------------------------------------------
    def _set_error(self, key: str, message: str | None) -> bool:
        label = self.errors[key]
        label.setText(message or "")
        label.setVisible(bool(message))
        return False

    def _focus_first_error(self) -> None:
        targets: dict[str, QWidget] = {
            "name": self.name_edit, "birth": self.birth_edit, "phone": self.phone_edit,
            "residence": self.residence_combo, "sex": self.sex_combo, "keco": self.keco_combo,
            "job": self.job_edit, "consent": self.collection_box,
        }  # fmt: skip
        for key, widget in targets.items():
            if not self.errors[key].isHidden():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.fair_fields.focus_first_error()

    def _tidy_phone(self) -> None:
        text = self.phone_edit.text()
        if not text.strip():
            self._set_error("phone", None)
            return
        try:
            digits = normalize_phone(text)
        except ValidationError as err:
            self._set_error("phone", error_message(err))
            return
        self._set_error("phone", None)
        self.phone_edit.setText(format_phone(digits))

    def _sensitive_toggled(self, on: bool) -> None:
        box = self.flag_boxes[DeclaredGroup.DISABILITY.value]
        box.setEnabled(on)
        if not on:
            box.setChecked(False)

    def _update_age_groups(self) -> None:
        birth = parse_birth(self.birth_edit.text())
        if birth is None:
            self.age_groups_label.setText(self.tr("Age groups: from the birth year"))
            return
        codes = age_groups_for(birth[0], self.fair_year)
        labels = [
            QCoreApplication.translate("codes", g.label)
            for g in DEFAULT_AGE_GROUPS
            if g.code in codes
        ]
        self.age_groups_label.setText(
            self.tr("Age groups: {groups}").format(
                groups=", ".join(labels) if labels else self.tr("none")
            )
        )
