"""Importing the employers of a fair (구인업체 명단) from CSV or XLSX, all or nothing.

The steps and the reading are the seeker import's (``jobfair.services.importing``): the file is
read in any Korean encoding, the header row is found and mapped from Korean or English names,
every row is checked with its row number, and nothing is saved while any row is bad. One row is
one opening; the rows of one employer share its business number (사업자등록번호), and the first
of them gives the employer's details. A row without a job title adds the employer only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy.orm import Session

from jobfair.db.models import Employer, Opening
from jobfair.domain import bizno
from jobfair.domain.codes import KSIC_SECTIONS, EmploymentType
from jobfair.domain.errors import ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.services.accounts.access import Permission, require
from jobfair.services.context import Actor, audit
from jobfair.services.importing.mapping import FieldMapping, fold_header, suggest_columns
from jobfair.services.importing.reading import Cell, SourceRow
from jobfair.services.importing.service import (
    ImportFile,
    ImportRowError,
    Progress,
    Render,
    read_headered,
    render_english,
)
from jobfair.services.importing.values import cell_text, parse_occupation, phone_text
from jobfair.services.setup.fairs import (
    EmployerInput,
    OpeningInput,
    get_fair,
    validate_employer,
    validate_opening,
)

EMPLOYER_FIELDS: tuple[str, ...] = (
    "name",
    "business_no",
    "ksic",
    "contact_name",
    "contact_phone",
    "contact_email",
    "address",
    "title",
    "keco",
    "headcount",
    "employment_type",
    "wage",
    "work_place",
)
EMPLOYER_REQUIRED: tuple[str, ...] = ("name", "business_no", "ksic")

EMPLOYER_FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("import", "Employer name"),
    "business_no": QT_TRANSLATE_NOOP("import", "Business number"),
    "ksic": QT_TRANSLATE_NOOP("import", "Industry (KSIC)"),
    "contact_name": QT_TRANSLATE_NOOP("import", "Contact person"),
    "contact_phone": QT_TRANSLATE_NOOP("import", "Contact phone"),
    "contact_email": QT_TRANSLATE_NOOP("import", "Email"),
    "address": QT_TRANSLATE_NOOP("import", "Address"),
    "title": QT_TRANSLATE_NOOP("import", "Job title"),
    "keco": QT_TRANSLATE_NOOP("import", "Occupation (KECO)"),
    "headcount": QT_TRANSLATE_NOOP("import", "Headcount"),
    "employment_type": QT_TRANSLATE_NOOP("import", "Employment type"),
    "wage": QT_TRANSLATE_NOOP("import", "Wage"),
    "work_place": QT_TRANSLATE_NOOP("import", "Place of work"),
}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "employer", "employername", "company", "companyname", "업체명", "기업명",
             "회사명", "사업장명", "상호", "구인업체", "구인업체명", "참여기업", "참여업체"),
    "business_no": ("businessno", "businessnumber", "bizno", "brn", "사업자등록번호",
                    "사업자번호", "사업자등록번호10자리"),
    "ksic": ("ksic", "ksiccode", "ksicsection", "industry", "sector", "업종", "업종코드",
             "산업분류", "표준산업분류", "업태"),
    "contact_name": ("contact", "contactname", "contactperson", "담당자", "담당자명",
                     "인사담당자", "채용담당자"),
    "contact_phone": ("phone", "tel", "telephone", "contactphone", "연락처", "전화번호",
                      "담당자연락처", "전화", "휴대폰"),
    "contact_email": ("email", "e-mail", "mail", "이메일", "전자우편", "담당자이메일"),
    "address": ("address", "주소", "소재지", "사업장주소", "회사주소"),
    "title": ("title", "jobtitle", "job", "position", "모집직종", "모집분야", "모집직무",
              "채용직종", "직무", "모집업무"),
    "keco": ("keco", "kecocode", "occupation", "occupationcode", "직종코드", "직업분류",
             "고용직업분류", "직종"),
    "headcount": ("headcount", "positions", "number", "구인인원", "모집인원", "채용인원",
                  "인원"),
    "employment_type": ("employmenttype", "type", "contracttype", "고용형태", "근무형태",
                        "채용형태"),
    "wage": ("wage", "salary", "pay", "임금", "급여", "연봉", "임금조건", "급여조건"),
    "work_place": ("workplace", "placeofwork", "location", "근무지", "근무장소", "근무지역",
                   "근무처"),
}

_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("business_no", ("사업자", "business")),
    ("contact_email", ("메일", "mail")),
    ("contact_phone", ("연락처", "전화", "phone")),
    ("contact_name", ("담당", "contact")),
    ("headcount", ("인원", "headcount")),
    ("employment_type", ("고용형태", "근무형태", "type")),
    ("keco", ("직종코드", "keco")),
    ("title", ("모집", "직종", "title")),
    ("ksic", ("업종", "산업", "ksic", "industry")),
    ("wage", ("임금", "급여", "wage", "salary")),
    ("work_place", ("근무지", "근무장소")),
    ("address", ("주소", "소재지", "address")),
    ("name", ("업체", "기업", "회사", "상호", "company", "employer")),
)


@dataclass(frozen=True)
class EmployerMapping(FieldMapping):
    """The columns of an employer list."""

    FIELDS: ClassVar[tuple[str, ...]] = EMPLOYER_FIELDS
    REQUIRED: ClassVar[tuple[str, ...]] = EMPLOYER_REQUIRED
    MISSING_TEMPLATE: ClassVar[str] = QT_TRANSLATE_NOOP(
        "errors",
        "No column was found for: {fields}. Name them in the header row (for example 업체명, "
        "사업자등록번호, 업종) or choose the columns in the mapping.",
    )

    name: int | None = None
    business_no: int | None = None
    ksic: int | None = None
    contact_name: int | None = None
    contact_phone: int | None = None
    contact_email: int | None = None
    address: int | None = None
    title: int | None = None
    keco: int | None = None
    headcount: int | None = None
    employment_type: int | None = None
    wage: int | None = None
    work_place: int | None = None


def suggest_employer_mapping(headers: Sequence[object]) -> EmployerMapping:
    return EmployerMapping(**suggest_columns(headers, EMPLOYER_FIELDS, _SYNONYMS, _KEYWORDS))


def _mapped(cells: Sequence[object]) -> int:
    return len(suggest_columns(cells, EMPLOYER_FIELDS, _SYNONYMS, _KEYWORDS))


# --- reading cells -------------------------------------------------------------------------------

# KSIC divisions (the first two digits of a code) and their sections.
_DIVISIONS: tuple[tuple[int, int, str], ...] = (
    (1, 3, "A"), (5, 8, "B"), (10, 34, "C"), (35, 35, "D"), (36, 39, "E"), (41, 42, "F"),
    (45, 47, "G"), (49, 52, "H"), (55, 56, "I"), (58, 63, "J"), (64, 66, "K"), (68, 68, "L"),
    (70, 73, "M"), (74, 76, "N"), (84, 84, "O"), (85, 85, "P"), (86, 87, "Q"), (90, 91, "R"),
    (94, 96, "S"), (97, 98, "T"), (99, 99, "U"),
)
_KSIC_LEAD = re.compile(r"^([A-Ua-u])(?:\s*[-.:)]?\s*(\d{0,5}))?(?:\W|$)")
_KSIC_DIGITS = re.compile(r"^(\d{2,5})\b")


def parse_ksic(value: Cell) -> tuple[str, str]:
    """``(section, code)`` from ``"C"``, ``"C 제조업"``, ``"C10121"``, ``"10121"``, ``"제조업"``."""
    text = cell_text(value)
    if m := _KSIC_DIGITS.match(text):
        division = int(m.group(1)[:2])
        for low, high, section in _DIVISIONS:
            if low <= division <= high:
                return section, m.group(1)
    elif m := _KSIC_LEAD.match(text):
        return m.group(1).upper(), m.group(2) or ""
    elif text:
        folded = fold_header(text)
        for section, label in KSIC_SECTIONS.items():
            name = fold_header(label)
            if folded == name or (len(folded) >= 2 and folded in name):
                return section, ""
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "'{value}' is not an industry: write the KSIC section (A to U, e.g. C or 제조업) or "
            "its code (e.g. 10121).",
        ),
        field="ksic",
        value=text,
    )


_EMPLOYMENT_WORDS: dict[str, EmploymentType] = {}
for _type, _words in (
    (EmploymentType.REGULAR, ("regular", "permanent", "정규", "정규직", "상용", "상용직")),
    (EmploymentType.CONTRACT, ("contract", "fixedterm", "계약", "계약직", "기간제", "임시직")),
    (EmploymentType.PART_TIME, ("parttime", "시간제", "파트", "파트타임", "아르바이트", "단시간")),
    (EmploymentType.DAILY, ("daily", "일용", "일용직")),
):
    for _word in _words:
        _EMPLOYMENT_WORDS[_word] = _type


def parse_employment_type(value: Cell) -> EmploymentType:
    """Blank is permanent (정규직), the most common; else the Korean or English word."""
    text = fold_header(cell_text(value))
    if not text:
        return EmploymentType.REGULAR
    if text in _EMPLOYMENT_WORDS:
        return _EMPLOYMENT_WORDS[text]
    for word, kind in _EMPLOYMENT_WORDS.items():
        if len(word) >= 2 and word in text:
            return kind
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "errors", "'{value}' is not an employment type (정규직, 계약직, 시간제 or 일용직)."
        ),
        field="employment_type",
        value=cell_text(value),
    )


def parse_headcount(value: Cell) -> int:
    text = cell_text(value).replace("명", "").strip()
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The headcount is required for an opening."),
            field="headcount",
        )
    if not text.isdigit() or int(text) < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "'{value}' is not a headcount (a whole number, 1 or more)."
            ),
            field="headcount",
            value=cell_text(value),
        )
    return int(text)


# --- results -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmployerImportPreview:
    """Every row checked, nothing saved: how many employers and openings the file holds."""

    rows: int
    valid: int
    employers: int
    openings: int
    positions: int
    errors: tuple[ImportRowError, ...]
    mapping: EmployerMapping

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_dict(self, render: Render = render_english) -> dict[str, Any]:
        return {
            "rows": self.rows, "valid": self.valid, "employers": self.employers,
            "openings": self.openings, "positions": self.positions, "imported": 0,
            "errors": [e.as_dict(render) for e in self.errors],
        }


@dataclass(frozen=True)
class EmployerImportResult:
    rows: int
    valid: int
    employers: int
    openings: int
    positions: int
    errors: tuple[ImportRowError, ...]
    imported: int = 0  # employers saved

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_dict(self, render: Render = render_english) -> dict[str, Any]:
        return {
            "rows": self.rows, "valid": self.valid, "employers": self.employers,
            "openings": self.openings, "positions": self.positions, "imported": self.imported,
            "errors": [e.as_dict(render) for e in self.errors],
        }


# --- checking ------------------------------------------------------------------------------------


@dataclass
class _Group:
    row: int
    employer: EmployerInput
    openings: list[OpeningInput] = field(default_factory=list)


@dataclass(frozen=True)
class _Source:
    file: ImportFile[EmployerMapping]
    data: tuple[SourceRow, ...]


@dataclass(frozen=True)
class _Checked:
    rows: int
    valid: int
    groups: tuple[_Group, ...]
    errors: tuple[ImportRowError, ...]

    @property
    def openings(self) -> int:
        return sum(len(g.openings) for g in self.groups)

    @property
    def positions(self) -> int:
        return sum(o.headcount for g in self.groups for o in g.openings)


def _load(path: Path, sheet: str | None) -> _Source:
    read = read_headered(path, sheet, _mapped)
    file = ImportFile(
        name=path.name, kind=read.table.kind, encoding=read.table.encoding,
        delimiter=read.table.delimiter, sheet=read.table.sheet, headers=read.headers,
        header_row=read.header_row, mapping=suggest_employer_mapping(read.headers),
        sample=read.sample, rows=len(read.data),
    )
    return _Source(file, read.data)


def inspect_employer_file(
    path: Path | str, sheet: str | None = None
) -> ImportFile[EmployerMapping]:
    return _load(Path(path), sheet).file


@dataclass(frozen=True)
class _Row:
    number: str | None
    employer: EmployerInput | None
    opening: OpeningInput | None
    errors: tuple[ImportRowError, ...]


class _RowReader:
    """Turns one source row into its employer (when first seen) and opening, or its errors."""

    def __init__(self, session: Session, fair_id: int, mapping: EmployerMapping) -> None:
        self.session = session
        self.fair_id = fair_id
        self.mapping = mapping

    def cell(self, row: SourceRow, name: str) -> Cell:
        return self.mapping.cell(row, name)

    def read(self, row: SourceRow, known: set[str]) -> _Row:
        errors: list[ImportRowError] = []

        def attempt(parse: Callable[[], Any], name: str) -> Any:
            try:
                return parse()
            except ValidationError as exc:
                errors.append(ImportRowError(row.number, exc.field or name, exc))
                return None

        number = attempt(
            lambda: bizno.normalize(cell_text(self.cell(row, "business_no"))), "business_no"
        )
        employer: EmployerInput | None = None
        if number is None or number not in known:
            ksic = attempt(lambda: parse_ksic(self.cell(row, "ksic")), "ksic")
            employer = EmployerInput(
                name=cell_text(self.cell(row, "name")),
                business_no=number or "",
                ksic_section=ksic[0] if ksic else "",
                ksic_code=ksic[1] if ksic else "",
                contact_name=cell_text(self.cell(row, "contact_name")),
                contact_phone=phone_text(self.cell(row, "contact_phone")),
                contact_email=cell_text(self.cell(row, "contact_email")),
                address=cell_text(self.cell(row, "address")),
            )
            if number is not None and ksic is not None:
                checked = employer
                attempt(lambda: validate_employer(self.session, self.fair_id, checked), "name")
        opening = self._opening(row, attempt)
        return _Row(number, employer, opening, tuple(errors))

    def _opening(
        self, row: SourceRow, attempt: Callable[[Callable[[], Any], str], Any]
    ) -> OpeningInput | None:
        title = cell_text(self.cell(row, "title"))
        if not title:
            return None
        headcount = attempt(lambda: parse_headcount(self.cell(row, "headcount")), "headcount")
        kind = attempt(
            lambda: parse_employment_type(self.cell(row, "employment_type")), "employment_type"
        )
        keco = attempt(lambda: parse_occupation(self.cell(row, "keco"))[0], "keco")
        if headcount is None or kind is None or keco is None:
            return None
        opening = OpeningInput(
            title=title, headcount=headcount, keco_code=keco, employment_type=kind,
            wage=cell_text(self.cell(row, "wage")),
            work_place=cell_text(self.cell(row, "work_place")),
        )
        attempt(lambda: validate_opening(opening), "title")
        return opening


def _check(
    session: Session, fair_id: int, source: _Source, mapping: EmployerMapping,
    progress: Progress | None,
) -> _Checked:
    mapping.check(source.file.headers)
    reader = _RowReader(session, fair_id, mapping)
    groups: dict[str, _Group] = {}
    errors: list[ImportRowError] = []
    valid = 0
    total = len(source.data)
    for done, row in enumerate(source.data, start=1):
        read = reader.read(row, set(groups))
        if read.errors:
            errors.extend(read.errors)
        else:
            valid += 1
            assert read.number is not None
            group = groups.get(read.number)
            if group is None:
                assert read.employer is not None
                group = groups[read.number] = _Group(row.number, read.employer)
            if read.opening is not None:
                group.openings.append(read.opening)
        if progress is not None and (done % 500 == 0 or done == total):
            progress(done, total)
    return _Checked(total, valid, tuple(groups.values()), tuple(errors))


def preview_employer_import(
    session: Session,
    fair_id: int | None,
    path: Path | str,
    mapping: EmployerMapping | None = None,
    *,
    sheet: str | None = None,
    progress: Progress | None = None,
    actor: Actor,
) -> EmployerImportPreview:
    """Check the employers' file against the rules and the fair; save nothing."""
    require(actor, Permission.SETUP)
    fair = get_fair(session, fair_id)
    source = _load(Path(path), sheet)
    chosen = mapping or source.file.mapping
    checked = _check(session, fair.id, source, chosen, progress)
    return EmployerImportPreview(checked.rows, checked.valid, len(checked.groups),
                                 checked.openings, checked.positions, checked.errors, chosen)


def run_employer_import(
    session: Session,
    actor: Actor,
    fair_id: int | None,
    path: Path | str,
    mapping: EmployerMapping | None = None,
    *,
    sheet: str | None = None,
    progress: Progress | None = None,
) -> EmployerImportResult:
    """Save every employer and opening of the file, or nothing when any row is bad."""
    require(actor, Permission.SETUP)
    fair = get_fair(session, fair_id)
    source = _load(Path(path), sheet)
    chosen = mapping or source.file.mapping
    checked = _check(session, fair.id, source, chosen, progress)
    counts = (checked.rows, checked.valid, len(checked.groups), checked.openings,
              checked.positions)
    if checked.errors or not checked.groups:
        return EmployerImportResult(*counts, checked.errors)
    for group in checked.groups:
        e = group.employer
        employer = Employer(
            fair_id=fair.id, name=e.name.strip(), business_no=e.business_no,
            ksic_section=e.ksic_section, ksic_code=e.ksic_code, size=e.size,
            contact_name=e.contact_name, contact_phone=e.contact_phone,
            contact_email=e.contact_email, address=e.address,
        )
        session.add(employer)
        session.flush()
        for o in group.openings:
            session.add(Opening(
                fair_id=fair.id, employer_id=employer.id, title=o.title.strip(),
                keco_code=o.keco_code, headcount=o.headcount,
                employment_type=str(o.employment_type), wage=o.wage, work_place=o.work_place,
                qualifications="",
            ))
    session.flush()
    audit(session, actor, action="import", entity="employer", entity_id=fair.id,
          fair_id=fair.id,
          after={"employers": len(checked.groups), "openings": checked.openings,
                 "file": source.file.name})
    return EmployerImportResult(*counts, (), imported=len(checked.groups))


def import_employers(
    session: Session,
    actor: Actor,
    path: Path | str,
    *,
    fair_id: int | None = None,
    dry_run: bool = False,
    sheet: str | None = None,
) -> EmployerImportResult:
    """The command line's ``jobfair import employers FILE [--fair ID] [--dry-run]``."""
    if dry_run:
        p = preview_employer_import(session, fair_id, path, sheet=sheet, actor=actor)
        return EmployerImportResult(p.rows, p.valid, p.employers, p.openings, p.positions,
                                    p.errors)
    return run_employer_import(session, actor, fair_id, path, sheet=sheet)


__all__ = [
    "EMPLOYER_FIELDS",
    "EMPLOYER_FIELD_LABELS",
    "EMPLOYER_REQUIRED",
    "EmployerImportPreview",
    "EmployerImportResult",
    "EmployerMapping",
    "import_employers",
    "inspect_employer_file",
    "preview_employer_import",
    "run_employer_import",
    "suggest_employer_mapping",
]
