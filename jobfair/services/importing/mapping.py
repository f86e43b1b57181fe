"""Which column of the file holds which field: guessed from Korean or English headers.

The guess is a suggestion: the import dialog shows it and the user corrects it before the preview.
Headers are compared after folding case, spaces and punctuation (``주소(시·군)`` = ``주소시군``);
an exact synonym wins over a keyword found inside a longer header.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar, Self

from jobfair.domain.errors import ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.services.importing.reading import Cell, SourceRow

# The fields of a pre-registration row, in the order the dialog shows them.
FIELDS: tuple[str, ...] = (
    "name",
    "birth",
    "phone",
    "residence",
    "sex",
    "desired_occupation",
    "groups",
    "consent_collection",
    "consent_provision",
    "consent_sensitive",
)
REQUIRED_FIELDS: tuple[str, ...] = ("name", "birth", "phone", "consent_collection")

FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("import", "Name"),
    "birth": QT_TRANSLATE_NOOP("import", "Birth year or date"),
    "phone": QT_TRANSLATE_NOOP("import", "Phone"),
    "residence": QT_TRANSLATE_NOOP("import", "Residence (city or county)"),
    "sex": QT_TRANSLATE_NOOP("import", "Sex"),
    "desired_occupation": QT_TRANSLATE_NOOP("import", "Desired occupation (KECO)"),
    "groups": QT_TRANSLATE_NOOP("import", "Target groups"),
    "consent_collection": QT_TRANSLATE_NOOP("import", "Consent: collection and use"),
    "consent_provision": QT_TRANSLATE_NOOP("import", "Consent: provision to employers"),
    "consent_sensitive": QT_TRANSLATE_NOOP("import", "Consent: sensitive information"),
}

# Whole headers (folded) that name a field.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "fullname", "이름", "성명", "성함", "구직자명", "구직자", "참가자명", "신청자명",
    ),
    "birth": (
        "birth", "birthyear", "birthdate", "dateofbirth", "dob", "yearofbirth", "born",
        "생년월일", "출생연도", "출생년도", "생년", "생일", "출생일", "생년월일6자리",
    ),
    "phone": (
        "phone", "mobile", "tel", "telephone", "phonenumber", "mobilephone", "cellphone", "cell",
        "contact", "연락처", "휴대폰", "휴대전화", "휴대폰번호", "휴대전화번호", "전화번호", "전화",
        "핸드폰", "핸드폰번호", "연락처휴대폰",
    ),
    "residence": (
        "residence", "city", "address", "region", "거주지", "주소", "주소시군", "거주지시군",
        "거주지역", "시군", "거주시군", "지역",
    ),
    "sex": ("sex", "gender", "성별"),
    "desired_occupation": (
        "desiredoccupation", "desiredjob", "occupation", "keco", "kecocode", "job",
        "희망직종", "희망직무", "희망직종keco", "희망업무", "희망분야", "직종", "직종코드",
    ),
    "groups": (
        "targetgroups", "targetgroup", "groups", "group", "대상", "취업지원대상", "대상자구분",
        "대상구분", "구분", "참여대상", "지원대상",
    ),
    "consent_collection": (
        "consent", "consentcollection", "consenttocollection", "consentcollectionanduse",
        "개인정보수집이용동의", "개인정보수집동의", "개인정보동의", "수집이용동의", "동의",
        "개인정보수집및이용동의", "개인정보활용동의",
    ),
    "consent_provision": (
        "consentprovision", "consenttoprovision", "consentthirdparty", "provision",
        "thirdparty", "provisiontoemployers", "제3자제공동의", "제3자정보제공동의", "제공동의",
        "개인정보제3자제공동의",
    ),
    "consent_sensitive": (
        "consentsensitive", "sensitive", "sensitiveconsent", "민감정보동의", "민감정보수집동의",
        "민감정보수집이용동의", "민감정보처리동의",
    ),
}

# Keywords found inside longer headers, tried in this order (the consent columns first, since
# "제3자 제공 동의" also contains "동의").
_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("consent_sensitive", ("민감",)),
    ("consent_provision", ("제3자", "thirdparty", "provision", "제공")),
    ("consent_collection", ("동의", "consent")),
    ("birth", ("생년", "출생", "birth")),
    ("phone", ("연락처", "휴대", "전화", "핸드폰", "phone", "mobile")),
    ("name", ("성명", "이름", "name")),
    ("residence", ("거주", "주소", "시군", "residence", "address")),
    ("sex", ("성별", "gender")),
    ("desired_occupation", ("희망", "직종", "keco", "occupation")),
    ("groups", ("대상", "target", "group")),
)

_FOLD = re.compile(r"[\s\W_]+", re.UNICODE)


def fold_header(header: object) -> str:
    """Lower case without spaces or punctuation; ``None`` becomes ``""``."""
    if header is None:
        return ""
    return _FOLD.sub("", str(header)).lower()


class FieldMapping:
    """For each field of ``FIELDS``, the index of the column that holds it, or ``None``.

    The shared behaviour of a mapping; a subclass is a frozen dataclass with one ``int | None``
    attribute per field and sets ``FIELDS``, ``REQUIRED`` and ``MISSING_TEMPLATE``.
    """

    FIELDS: ClassVar[tuple[str, ...]] = ()
    REQUIRED: ClassVar[tuple[str, ...]] = ()
    MISSING_TEMPLATE: ClassVar[str] = QT_TRANSLATE_NOOP(
        "errors",
        "No column was found for: {fields}. Name them in the header row or choose the columns "
        "in the mapping.",
    )

    def column(self, field: str) -> int | None:
        if field not in self.FIELDS:
            raise KeyError(field)
        value: int | None = getattr(self, field)
        return value

    def cell(self, row: SourceRow, field: str) -> Cell:
        """The row's value in ``field``'s column, or ``None`` when unmapped or the row is short."""
        index = self.column(field)
        if index is None or index >= len(row.cells):
            return None
        return row.cells[index]

    def with_column(self, field: str, index: int | None) -> Self:
        """A copy with ``field`` read from column ``index`` (``None``: not in the file)."""
        self.column(field)
        return dataclasses.replace(self, **{field: index})  # type: ignore[type-var]

    def as_dict(self) -> dict[str, int | None]:
        return {f: self.column(f) for f in self.FIELDS}

    @classmethod
    def from_dict(cls, columns: Mapping[str, int | None]) -> Self:
        unknown = set(columns) - set(cls.FIELDS)
        if unknown:
            raise KeyError(", ".join(sorted(unknown)))
        return cls(**dict(columns))

    def missing_required(self) -> list[str]:
        return [f for f in self.REQUIRED if self.column(f) is None]

    def check(self, headers: Sequence[str]) -> None:
        """Raise ``ValidationError`` when a required field has no column or a column is bad."""
        for field in self.FIELDS:
            index = self.column(field)
            if index is not None and not 0 <= index < len(headers):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Column {index} does not exist: the file has {count} columns."
                    ),
                    field=field,
                    index=index + 1,
                    count=len(headers),
                )
        used: dict[int, str] = {}
        for field in self.FIELDS:
            index = self.column(field)
            if index is None:
                continue
            if index in used:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The column '{header}' is chosen for two fields."
                    ),
                    field=field,
                    header=headers[index],
                )
            used[index] = field
        missing = self.missing_required()
        if missing:
            raise ValidationError(self.MISSING_TEMPLATE, field=missing[0],
                                  fields=", ".join(missing))


@dataclass(frozen=True)
class HeaderMapping(FieldMapping):
    """The columns of a pre-registration list. Change one with ``with_column("phone", 3)``."""

    FIELDS: ClassVar[tuple[str, ...]] = FIELDS
    REQUIRED: ClassVar[tuple[str, ...]] = REQUIRED_FIELDS
    MISSING_TEMPLATE: ClassVar[str] = QT_TRANSLATE_NOOP(
        "errors",
        "No column was found for: {fields}. Name them in the header row (for "
        "example 이름, 생년월일, 연락처, 개인정보 수집·이용 동의) or choose the "
        "columns in the mapping.",
    )

    name: int | None = None
    birth: int | None = None
    phone: int | None = None
    residence: int | None = None
    sex: int | None = None
    desired_occupation: int | None = None
    groups: int | None = None
    consent_collection: int | None = None
    consent_provision: int | None = None
    consent_sensitive: int | None = None
    # the fair's own fields read from the file: (field key, column index)
    fair_fields: tuple[tuple[str, int], ...] = ()

    def with_fair_field(self, key: str, index: int | None) -> HeaderMapping:
        """A copy with the fair's field ``key`` read from column ``index`` (``None``: not)."""
        kept = tuple((k, i) for k, i in self.fair_fields if k != key)
        return dataclasses.replace(
            self, fair_fields=kept + (((key, index),) if index is not None else ()))

    def check(self, headers: Sequence[str]) -> None:
        super().check(headers)
        used = {self.column(f) for f in self.FIELDS} - {None}
        for key, index in self.fair_fields:
            if not 0 <= index < len(headers) or index in used:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The column '{header}' is chosen for two fields."),
                    field=key,
                    header=headers[index] if 0 <= index < len(headers) else index + 1,
                )
            used.add(index)


def suggest_columns(
    headers: Iterable[object],
    fields: Sequence[str],
    synonyms: Mapping[str, tuple[str, ...]],
    keywords: Sequence[tuple[str, tuple[str, ...]]],
) -> dict[str, int]:
    """field -> column: exact synonyms first, then keywords inside longer headers; each column
    is used at most once."""
    folded = [fold_header(h) for h in headers]
    found: dict[str, int] = {}
    taken: set[int] = set()
    for field in fields:
        for index, text in enumerate(folded):
            if index not in taken and text and text in synonyms.get(field, ()):
                found[field] = index
                taken.add(index)
                break
    for field, words in keywords:
        if field in found:
            continue
        for index, text in enumerate(folded):
            if index in taken or not text:
                continue
            if any(k in text for k in words):
                found[field] = index
                taken.add(index)
                break
    return found


def suggest_mapping(headers: Iterable[object]) -> HeaderMapping:
    """The columns that look like each field; each column is used at most once."""
    return HeaderMapping(**suggest_columns(headers, FIELDS, _SYNONYMS, _KEYWORDS))  # type: ignore[arg-type]


def mapped_count(headers: Iterable[object]) -> int:
    return sum(1 for v in suggest_mapping(headers).as_dict().values() if v is not None)
