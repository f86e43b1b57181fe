"""A fair's own registration fields (자체 등록 항목): their kinds, and what a value of each may be.

The one place a value typed at the desk, imported from a list or given to a service is checked
and turned into what the database keeps (JSON: text, a number, an ISO date, true/false, a
choice, a list of choices, phone digits, a list of licences), and shown back as text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from enum import StrEnum
from typing import Any

from jobfair.domain.errors import ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.phone import format_phone, normalize_phone
from jobfair.domain.text import forbidden_character, nfc


class FieldKind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    YES_NO = "yes_no"
    CHOICE = "choice"  # one of the choices
    CHOICES = "choices"  # several of the choices
    PHONE = "phone"
    LICENCES = "licences"  # a list of licences or certificates, free text each


FIELD_KIND_NAMES: dict[FieldKind, str] = {
    FieldKind.TEXT: QT_TRANSLATE_NOOP("fields", "Text"),
    FieldKind.NUMBER: QT_TRANSLATE_NOOP("fields", "Number"),
    FieldKind.DATE: QT_TRANSLATE_NOOP("fields", "Date"),
    FieldKind.YES_NO: QT_TRANSLATE_NOOP("fields", "Yes / no"),
    FieldKind.CHOICE: QT_TRANSLATE_NOOP("fields", "One choice"),
    FieldKind.CHOICES: QT_TRANSLATE_NOOP("fields", "Several choices"),
    FieldKind.PHONE: QT_TRANSLATE_NOOP("fields", "Phone"),
    FieldKind.LICENCES: QT_TRANSLATE_NOOP("fields", "Licences / certificates"),
}

CHOICE_KINDS = frozenset({FieldKind.CHOICE, FieldKind.CHOICES})
# Kinds an opening may require an answer of (matching): the choices and yes / no.
REQUIREMENT_KINDS = CHOICE_KINDS | {FieldKind.YES_NO}

MAX_FIELDS = 60
MAX_TEXT = 500
MAX_CHOICES = 50
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_DATE = re.compile(r"^(\d{4})[-./ ]?(\d{1,2})[-./ ]?(\d{1,2})\.?$")
_YES = frozenset({"y", "yes", "true", "1", "예", "네", "o", "있음", "가능"})
_NO = frozenset({"n", "no", "false", "0", "아니오", "아니요", "x", "없음", "불가"})
_SPLIT = re.compile(r"[,;\n·]")


def check_key(key: str) -> str:
    """The field's key (used in exports and badge placeholders): lower-case letters, digits, _."""
    key = key.strip()
    if not _KEY.match(key):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The key '{value}' may hold lower-case letters a–z, digits and _, starting with a "
                "letter (at most 40).",
            ),
            field="key",
            value=key,
        )
    return key


def check_choices(kind: FieldKind, choices: Sequence[str]) -> tuple[str, ...]:
    """The cleaned choices of a choice field (none for the other kinds)."""
    if kind not in CHOICE_KINDS:
        return ()
    cleaned: list[str] = []
    for c in choices:
        text = nfc(c).strip()
        if text and text not in cleaned:
            cleaned.append(text)
    if not cleaned:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A choice field needs at least one choice."),
            field="choices",
        )
    if len(cleaned) > MAX_CHOICES or any(len(c) > 100 for c in cleaned):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Too many or too long choices."), field="choices"
        )
    return tuple(cleaned)


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == ()


def _bad(label: str, template: str, **params: Any) -> ValidationError:
    return ValidationError(template, field=label, label=label, **params)


def clean_value(
    kind: FieldKind | str, value: Any, *, label: str, choices: Sequence[str] = ()
) -> Any:
    """``value`` (typed text, or an already typed value) as stored; ``None`` when empty.

    Raises ``ValidationError`` naming the field by ``label`` when the value does not fit.
    """
    kind = FieldKind(kind)
    if isinstance(value, str):
        value = nfc(value).strip()
    if is_empty(value):
        return None
    if kind is FieldKind.TEXT:
        text = str(value)
        if len(text) > MAX_TEXT or forbidden_character(text.replace("\n", " ")):
            raise _bad(label, QT_TRANSLATE_NOOP(
                "errors", "{label}: the text is too long or holds invisible characters."))
        return text
    if kind is FieldKind.NUMBER:
        if isinstance(value, bool):
            raise _bad(label, QT_TRANSLATE_NOOP("errors", "{label}: give a number."))
        if isinstance(value, int | float):
            number: float = value
        else:
            try:
                number = float(str(value).replace(",", ""))
            except ValueError:
                raise _bad(label, QT_TRANSLATE_NOOP(
                    "errors", "{label}: '{value}' is not a number."), value=value) from None
        if number != number or abs(number) > 1e12:
            raise _bad(label, QT_TRANSLATE_NOOP("errors", "{label}: give a number."))
        return int(number) if float(number).is_integer() else number
    if kind is FieldKind.DATE:
        if isinstance(value, date):
            return value.isoformat()
        m = _DATE.match(str(value))
        try:
            if m is None:
                raise ValueError
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            raise _bad(label, QT_TRANSLATE_NOOP(
                "errors", "{label}: '{value}' is not a date (e.g. 2026-05-03)."),
                value=value) from None
    if kind is FieldKind.YES_NO:
        if isinstance(value, bool):
            return value
        word = str(value).lower()
        if word in _YES:
            return True
        if word in _NO:
            return False
        raise _bad(label, QT_TRANSLATE_NOOP("errors", "{label}: answer yes or no."))
    if kind is FieldKind.PHONE:
        try:
            return normalize_phone(str(value))
        except ValidationError:
            raise _bad(label, QT_TRANSLATE_NOOP(
                "errors", "{label}: '{value}' is not a phone number."), value=value) from None
    if kind is FieldKind.CHOICE:
        text = str(value)
        if text not in choices:
            raise _bad(label, QT_TRANSLATE_NOOP(
                "errors", "{label}: '{value}' is not one of the choices."), value=text)
        return text
    items = _items(value)
    if kind is FieldKind.CHOICES:
        for item in items:
            if item not in choices:
                raise _bad(label, QT_TRANSLATE_NOOP(
                    "errors", "{label}: '{value}' is not one of the choices."), value=item)
        ordered = [c for c in choices if c in items]
        return ordered or None
    # licences: free text each
    if len(items) > 30 or any(len(i) > 100 or forbidden_character(i) for i in items):
        raise _bad(label, QT_TRANSLATE_NOOP(
            "errors", "{label}: too many licences, or one too long."))
    return items or None


def _items(value: Any) -> list[str]:
    raw = list(value) if isinstance(value, list | tuple) else _SPLIT.split(str(value))
    out: list[str] = []
    for item in raw:
        text = nfc(str(item)).strip()
        if text and text not in out:
            out.append(text)
    return out


def value_text(kind: FieldKind | str, value: Any, *, yes: str = "Y", no: str = "N") -> str:
    """A stored value as one line of text (cards, exports, badges)."""
    if is_empty(value):
        return ""
    kind = FieldKind(kind)
    if kind is FieldKind.YES_NO:
        return yes if value else no
    if kind is FieldKind.PHONE:
        return format_phone(str(value))
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def requirement_answers(kind: FieldKind | str, choices: Sequence[str]) -> tuple[Any, ...]:
    """The answers an opening may require of a field: its choices, or yes and no."""
    kind = FieldKind(kind)
    if kind is FieldKind.YES_NO:
        return (True, False)
    if kind in CHOICE_KINDS:
        return tuple(choices)
    return ()


def meets(kind: FieldKind | str, value: Any, required: Any) -> bool:
    """Whether the answer ``value`` meets the requirement ``required`` (one of the choices, or
    true / false): the choice itself, or among the several choices given."""
    if is_empty(value):
        return False
    kind = FieldKind(kind)
    if kind is FieldKind.YES_NO:
        return isinstance(value, bool) and value is required
    if isinstance(value, list | tuple):
        return required in value
    return bool(value == required)


# A badge layout's text may print an answer: ``{field:driving}`` (never a sensitive one: the
# badge's rows leave those out). An unknown key or an empty answer prints nothing.
PLACEHOLDER = re.compile(r"\{field:([a-z][a-z0-9_]{0,39})\}")


def placeholder_keys(template: str) -> tuple[str, ...]:
    """The field keys ``template`` prints, in order."""
    return tuple(PLACEHOLDER.findall(template))


def fill_placeholders(template: str, answers: Mapping[str, str]) -> str:
    """``template`` with each ``{field:KEY}`` replaced by the answer's text (empty when none),
    on one line with runs of spaces made one; nothing when it names fields and none has an
    answer (the words around them alone would say nothing)."""
    keys = placeholder_keys(template)
    if keys and all(not answers.get(k) for k in keys):
        return ""
    text = PLACEHOLDER.sub(lambda m: answers.get(m.group(1), ""), template)
    return " ".join(text.split())
