"""Korean phone numbers: accepted as people write them, stored as digits only."""

from __future__ import annotations

import re

from jobfair.domain.errors import ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP

_MOBILE = re.compile(r"^01[016789]\d{7,8}$")
_SEOUL = re.compile(r"^02\d{7,8}$")
_AREA = re.compile(r"^0[3-6]\d\d{7,8}$")
_INTERNET = re.compile(r"^070\d{8}$")


def normalize_phone(raw: str) -> str:
    """Digits only with the leading 0 (``+82 10-1234-5678`` -> ``01012345678``)."""
    text = raw.strip()
    if not text or re.search(r"[^\d\s\-+().]", text):
        raise _invalid(raw)
    digits = re.sub(r"\D", "", text)
    if text.startswith("+82") or (digits.startswith("82") and len(digits) >= 11):
        digits = "0" + digits[2:].lstrip("0")
    if any(p.match(digits) for p in (_MOBILE, _SEOUL, _AREA, _INTERNET)):
        return digits
    raise _invalid(raw)


def _invalid(raw: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors", "'{value}' is not a Korean phone number (for example 010-1234-5678)."
        ),
        field="phone",
        value=raw,
    )


def format_phone(digits: str) -> str:
    """010-1234-5678, 02-123-4567, 031-123-4567."""
    if digits.startswith("02"):
        head, rest = digits[:2], digits[2:]
    else:
        head, rest = digits[:3], digits[3:]
    split = len(rest) - 4
    return f"{head}-{rest[:split]}-{rest[split:]}"


def last_four(digits: str) -> str:
    return digits[-4:]
