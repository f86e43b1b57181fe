"""Phone numbers as Koreans write them, stored as digits."""

from __future__ import annotations

import pytest

from jobfair.domain.errors import ValidationError
from jobfair.domain.phone import format_phone, last_four, normalize_phone


@pytest.mark.parametrize(
    ("written", "digits"),
    [
        ("010-1234-5678", "01012345678"),
        ("01012345678", "01012345678"),
        ("+82 10 1234 5678", "01012345678"),
        ("+82-10-1234-5678", "01012345678"),
        ("+82 (0)10 1234 5678", "01012345678"),
        ("010 1234 5678", "01012345678"),
        ("02-123-4567", "021234567"),
        ("02-1234-5678", "0212345678"),
        ("031-123-4567", "0311234567"),
        ("031-1234-5678", "03112345678"),
        ("+82 31 123 4567", "0311234567"),
        ("070-1234-5678", "07012345678"),
    ],
)
def test_accepted_forms(written: str, digits: str) -> None:
    assert normalize_phone(written) == digits


@pytest.mark.parametrize(
    "written",
    [
        "",
        "   ",
        "hello",
        "010-1234-567a",
        "010-12345-67890",
        "1234",
        "010-12",
        "090-1234-5678",
        "010/1234/5678",
    ],
)
def test_junk_is_refused(written: str) -> None:
    with pytest.raises(ValidationError) as info:
        normalize_phone(written)
    assert info.value.field == "phone"
    assert info.value.params["value"] == written


@pytest.mark.parametrize(
    ("digits", "shown"),
    [
        ("01012345678", "010-1234-5678"),
        ("021234567", "02-123-4567"),
        ("0212345678", "02-1234-5678"),
        ("0311234567", "031-123-4567"),
    ],
)
def test_format(digits: str, shown: str) -> None:
    assert format_phone(digits) == shown
    assert normalize_phone(shown) == digits


def test_last_four() -> None:
    assert last_four("01012345678") == "5678"
