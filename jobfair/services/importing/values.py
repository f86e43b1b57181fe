"""Turning the cells of a pre-registration list into field values, as people write them.

Each parser returns the value or raises ``ValidationError`` naming the seeker field at fault.
The rules of what a valid seeker is stay in ``jobfair.services.seekers.service.validate_seeker``;
these
only read the many ways a list writes the same thing (1980-05-17, 800517, 예, O, 남자, ...).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from jobfair.domain.codes import KECO_MAJOR
from jobfair.domain.errors import ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.target_groups import DeclaredGroup
from jobfair.services.importing.reading import Cell

# A person is at least this old at the fair: decides the century of a two-digit year.
MIN_AGE = 14


def cell_text(value: Cell) -> str:
    """The cell as the user sees it: numbers without ``.0``, dates as ISO, blanks as ``""``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        if value.hour == value.minute == value.second == 0:
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


# --- birth -------------------------------------------------------------------------------------

_YEAR = re.compile(r"^(\d{4})\s*년?\.?$")
_SHORT_YEAR = re.compile(r"^(\d{2})\s*년?$")
_SEPARATED = re.compile(
    r"^(\d{4}|\d{2})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*[.일]?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_COMPACT = re.compile(r"^(\d{8}|\d{6})$")


def full_year(two_digits: int, fair_year: int) -> int:
    """19xx or 20xx: the later century in which the person is at least ``MIN_AGE`` at the fair."""
    recent = 2000 + two_digits
    return recent if recent <= fair_year - MIN_AGE else 1900 + two_digits


def parse_birth(value: Cell, fair_year: int) -> tuple[int, date | None]:
    """The birth year and, when given, the date: 1980, 1980-05-17, 1980.05.17, 19800517, 800517."""
    if isinstance(value, datetime):
        return value.year, value.date()
    if isinstance(value, date):
        return value.year, value
    text = cell_text(value)
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The birth year or date is required."), field="birth_year"
        )
    if m := _YEAR.match(text):
        return int(m.group(1)), None
    if m := _SHORT_YEAR.match(text):
        return full_year(int(m.group(1)), fair_year), None
    if m := _SEPARATED.match(text):
        year_text, month, day = m.group(1), int(m.group(2)), int(m.group(3))
        return _date(text, _year(year_text, fair_year), month, day)
    if m := _COMPACT.match(text):
        digits = m.group(1)
        if len(digits) == 8:
            return _date(text, int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        return _date(text, full_year(int(digits[:2]), fair_year), int(digits[2:4]), int(digits[4:]))
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "'{value}' is not a birth year or date (for example 1980, 1980-05-17 or 800517).",
        ),
        field="birth_year",
        value=text,
    )


def _year(text: str, fair_year: int) -> int:
    return int(text) if len(text) == 4 else full_year(int(text), fair_year)


def _date(text: str, year: int, month: int, day: int) -> tuple[int, date]:
    try:
        return year, date(year, month, day)
    except ValueError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "'{value}' is not a real date."),
            field="birth_date",
            value=text,
        ) from exc


# --- phone -------------------------------------------------------------------------------------


def phone_text(value: Cell) -> str:
    """The phone as text; a number cell lost its leading 0 in Excel (1012345678), so add it back."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = cell_text(value)
        if digits.isdigit() and not digits.startswith("0") and 8 <= len(digits) <= 10:
            return "0" + digits
        return digits
    return cell_text(value)


# --- yes / no ----------------------------------------------------------------------------------

_YES = {"y", "yes", "예", "네", "동의", "동의함", "o", "○", "●", "v", "✓", "✔", "true", "1", "t",
        "agree", "agreed", "있음", "해당"}
_NO = {"n", "no", "아니오", "아니요", "아니", "미동의", "동의안함", "동의하지않음", "비동의",
       "거부", "x", "×", "false", "0", "f", "disagree", "없음", "해당없음", "-"}


def parse_yes_no(value: Cell, field: str) -> bool:
    """A consent answer: Y/N, 예/아니오, 동의/미동의, O/X, TRUE/FALSE, 1/0. Blank is no."""
    if isinstance(value, bool):
        return value
    text = cell_text(value).lower().replace(" ", "")
    if not text:
        return False
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "errors", "'{value}' is not a yes or no answer (Y/N, 예/아니오, 동의/미동의, O/X)."
        ),
        field=field,
        value=cell_text(value),
    )


# --- sex ---------------------------------------------------------------------------------------

_MALE = {"m", "male", "man", "남", "남자", "남성"}
_FEMALE = {"f", "female", "woman", "여", "여자", "여성"}


def parse_sex(value: Cell) -> str | None:
    text = cell_text(value).lower().replace(" ", "")
    if not text:
        return None
    if text in _MALE:
        return "M"
    if text in _FEMALE:
        return "F"
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "'{value}' is not a sex (M/F, 남/여) or blank."),
        field="sex",
        value=cell_text(value),
    )


# --- residence ---------------------------------------------------------------------------------

_PROVINCE_SUFFIXES = ("도",)
_RESIDENCE_MAX = 50


def parse_residence(value: Cell) -> str:
    """The city or county (시·군): from a full address only the 시 or 군 is kept (PIPA: minimal)."""
    text = cell_text(value)
    tokens = text.split()
    if len(tokens) > 1:
        for token in tokens:
            if token.endswith(("시", "군")) and not token.endswith(_PROVINCE_SUFFIXES):
                return token
    if len(text) > _RESIDENCE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The residence is too long: give the city or county."),
            field="residence",
        )
    return text


# --- desired occupation ------------------------------------------------------------------------

_KECO_LEAD = re.compile(r"^(\d{1,4})(?:(?:\s+|\s*[.)\-:]\s*)(.*))?$")
_JOB_MAX = 200


def parse_occupation(value: Cell) -> tuple[str, str]:
    """``(keco_code, desired_job)`` from ``"0"``, ``"023 경영지원"``, ``"경영·사무·금융·보험직"``
    or free text such as ``"생산직"``."""
    text = cell_text(value)
    if not text:
        return "", ""
    if m := _KECO_LEAD.match(text):
        code, rest = m.group(1), (m.group(2) or "").strip()
        return code, rest
    folded = text.replace(" ", "")
    for code, label in KECO_MAJOR.items():
        if folded == label.replace(" ", ""):
            return code, text
    if len(text) > _JOB_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The desired occupation is too long."),
            field="desired_job",
        )
    return "", text


# --- target groups -----------------------------------------------------------------------------

_GROUP_WORDS: dict[str, str | None] = {}
for _group, _words in (
    (DeclaredGroup.CAREER_BREAK, ("경력단절여성", "경력단절", "경단녀", "careerbreak",
                                  "careerinterruptedwoman", "careerinterruptedwomen")),
    (DeclaredGroup.DISABILITY, ("장애인", "장애", "disability", "disabled",
                                "personwithadisability")),
    (DeclaredGroup.VULNERABLE, ("취약계층", "취업취약계층", "vulnerable", "employmentvulnerable",
                                "저소득층", "저소득", "장기실업자", "여성가장", "북한이탈주민",
                                "결혼이민자")),
    (DeclaredGroup.VETERAN, ("전역군인", "전역예정군인", "전역예정", "제대군인", "전역", "veteran",
                             "dischargedsoldier")),
):
    for _word in _words:
        _GROUP_WORDS[_word] = str(_group)
# Age-based groups derive from the birth year; saying so in the list is harmless.
for _word in ("청년", "중장년", "4050", "신중년", "베이비부머", "고령자", "시니어", "일반", "youth",
              "middleaged", "newmiddleaged", "babyboomer", "senior", "general", "없음", "해당없음",
              "-"):
    _GROUP_WORDS[_word] = None

_GROUP_SPLIT = re.compile(r"[,/;|+·、，]+")
_GROUP_FOLD = re.compile(r"[\s()\[\]（）_\-]+")


def parse_groups(value: Cell) -> tuple[str, ...]:
    """Declared target groups from ``"경력단절여성, 장애인"``; age groups are ignored (derived)."""
    text = cell_text(value)
    found: list[str] = []
    for part in _GROUP_SPLIT.split(text):
        word = part.strip()
        if not word:
            continue
        key = _GROUP_FOLD.sub("", word).lower() or word
        if key not in _GROUP_WORDS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "'{value}' is not a target group."),
                field="groups",
                value=word,
            )
        group = _GROUP_WORDS[key]
        if group is not None and group not in found:
            found.append(group)
    return tuple(found)
