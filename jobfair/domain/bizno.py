"""사업자등록번호 (business registration number): ten digits written NNN-NN-NNNNN.

The last digit checks the first nine: weights 1 3 7 1 3 7 1 3 5, plus the tens of
(9th digit x 5), and the check digit is (10 - sum mod 10) mod 10.
"""

from __future__ import annotations

from jobfair.domain.errors import ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP

_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


def check_digit(first_nine: str) -> int:
    """The check digit for the first nine digits."""
    digits = [int(c) for c in first_nine]
    if len(digits) != 9:
        raise ValueError("nine digits expected")
    total = sum(d * w for d, w in zip(digits, _WEIGHTS, strict=True))
    total += (digits[8] * 5) // 10
    return (10 - total % 10) % 10


def normalize(raw: str) -> str:
    """Ten digits from any way of writing them, or ``ValidationError`` saying what is wrong."""
    digits = "".join(c for c in raw if c.isdigit())
    if len(digits) != 10 or any(c not in "0123456789-  " for c in raw.strip()):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A business registration number has ten digits (NNN-NN-NNNNN): {value}"
            ),
            field="business_no",
            value=raw,
        )
    if check_digit(digits[:9]) != int(digits[9]):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The business registration number {value} is not valid: its check digit does not "
                "match. Check it against the certificate.",
            ),
            field="business_no",
            value=format_bizno(digits),
        )
    return digits


def format_bizno(digits: str) -> str:
    """NNN-NN-NNNNN."""
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"


def is_valid(raw: str) -> bool:
    try:
        normalize(raw)
    except ValidationError:
        return False
    return True
