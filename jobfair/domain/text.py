"""What text a person types may hold: composed Hangul, and in names no invisible characters.

Text reaches the services from keyboards, scanners, pasted lists and imported files, and a
Hangul syllable may arrive decomposed into jamo (김 as ㄱ + ㅣ + ㅁ): it looks the same on
screen but compares unequal, so search and duplicate detection miss it and a font without
the conjoining jamo prints it apart. Every input dataclass of the services inherits
``NormalizedInput``, which composes (NFC) each of its text fields once, on construction;
functions taking loose strings (search queries, notes) call ``nfc``.

Names are also shown, printed on badges and compared: control characters, bidirectional
overrides (which can reverse how a name reads) and zero-width characters (which make two
equal-looking names differ) are refused there by ``clean_name``.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from typing import Any

from jobfair.domain.errors import ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP

# Bidirectional embeddings, overrides and isolates, and the direction marks.
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
# Zero-width space, non-joiner, joiner, word joiner and the byte-order mark.
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")


def nfc(text: str) -> str:
    """``text`` with Hangul and accents composed (Unicode NFC)."""
    return unicodedata.normalize("NFC", text)


def _composed(value: Any) -> Any:
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, tuple) and any(isinstance(v, str) for v in value):
        return tuple(nfc(v) if isinstance(v, str) else v for v in value)
    return value


class NormalizedInput:
    """Mixin for (frozen) input dataclasses: every text field is composed to NFC when made.

    The one place where text typed, pasted or imported becomes the form the database stores.
    """

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            composed = _composed(value)
            if composed is not value:
                object.__setattr__(self, f.name, composed)


def forbidden_character(text: str) -> str | None:
    """The first character a name may not hold, or ``None``."""
    for ch in text:
        if ch in BIDI_CONTROLS or ch in ZERO_WIDTH or unicodedata.category(ch) == "Cc":
            return ch
    return None


# What each checked field is called in the message (translated with the message).
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("errors", "name"),
    "title": QT_TRANSLATE_NOOP("errors", "title"),
    "label_ko": QT_TRANSLATE_NOOP("errors", "field label"),
    "label_en": QT_TRANSLATE_NOOP("errors", "field label"),
    "label": QT_TRANSLATE_NOOP("errors", "booth label"),
    "login": QT_TRANSLATE_NOOP("errors", "login name"),
    "display_name": QT_TRANSLATE_NOOP("errors", "display name"),
    "phone": QT_TRANSLATE_NOOP("errors", "phone number"),
    "residence": QT_TRANSLATE_NOOP("errors", "residence"),
    "desired_keco": QT_TRANSLATE_NOOP("errors", "desired occupation"),
    "desired_job": QT_TRANSLATE_NOOP("errors", "desired occupation"),
    "venue": QT_TRANSLATE_NOOP("errors", "venue"),
    "hosts": QT_TRANSLATE_NOOP("errors", "hosts"),
    "organizer": QT_TRANSLATE_NOOP("errors", "organizer"),
    "business_no": QT_TRANSLATE_NOOP("errors", "business number"),
    "contact_name": QT_TRANSLATE_NOOP("errors", "contact person"),
    "contact_phone": QT_TRANSLATE_NOOP("errors", "contact phone"),
    "contact_email": QT_TRANSLATE_NOOP("errors", "email"),
    "address": QT_TRANSLATE_NOOP("errors", "address"),
    "wage": QT_TRANSLATE_NOOP("errors", "wage"),
    "work_place": QT_TRANSLATE_NOOP("errors", "place of work"),
    "qualifications": QT_TRANSLATE_NOOP("errors", "qualifications"),
}


class InvisibleCharacterError(ValidationError):
    """A name holding a character that hides or reorders what is shown."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The {field_label} holds an invisible or control character ({code}); type it again "
        "without it.",
    )

    def __init__(self, field: str, code: str) -> None:
        super().__init__(self.template, field=field, field_label=FIELD_LABELS.get(field, field),
                         code=code)

    def render(self, translate: Any) -> str:
        params = dict(self.params, field_label=translate(self.params["field_label"]))
        return str(translate(self.template)).format(**params)


def require_storable(data: object) -> None:
    """Refuse a NUL character in any text field of the input dataclass ``data``.

    PostgreSQL cannot store one where SQLite can, so it is refused here, before any database
    sees it: a dry run on either then reports the row the real import would fail on.
    """
    for f in dataclasses.fields(data):  # type: ignore[arg-type]
        value = getattr(data, f.name)
        texts = value if isinstance(value, tuple) else (value,)
        if any(isinstance(t, str) and "\x00" in t for t in texts):
            raise InvisibleCharacterError(f.name, "U+0000")


def clean_name(text: str, field: str) -> str:
    """``text`` composed, with runs of spaces made one, or ``InvisibleCharacterError`` naming
    ``field`` when it holds a control, bidirectional or zero-width character."""
    text = nfc(text)
    bad = forbidden_character(text)
    if bad is not None:
        raise InvisibleCharacterError(field, f"U+{ord(bad):04X}")
    return " ".join(text.split())
