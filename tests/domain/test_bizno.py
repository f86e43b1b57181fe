"""사업자등록번호: the check digit, the ways people write it, and what is refused."""

from __future__ import annotations

import pytest

from jobfair.domain import bizno
from jobfair.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("first_nine", "expected"),
    [
        # 1+6+21+4+15+42+7+24+45 = 165, + (9*5)//10 = 4 -> 169, (10 - 9) % 10 = 1
        ("123456789", 1),
        ("220816251", 7),
        ("124815566", 3),
        ("000000000", 0),
    ],
)
def test_check_digit_by_hand(first_nine: str, expected: int) -> None:
    assert bizno.check_digit(first_nine) == expected


@pytest.mark.parametrize(
    "written",
    ["220-81-62517", "2208162517", " 220 81 62517 ", "220-8162517", "123-45-67891"],
)
def test_valid_numbers_in_any_layout(written: str) -> None:
    digits = "".join(c for c in written if c.isdigit())
    assert bizno.normalize(written) == digits
    assert bizno.is_valid(written)


def test_format() -> None:
    assert bizno.format_bizno("2208162517") == "220-81-62517"


@pytest.mark.parametrize("written", ["220-81-62518", "2208162510", "123-45-67890"])
def test_wrong_check_digit_is_refused_with_the_number(written: str) -> None:
    with pytest.raises(ValidationError) as info:
        bizno.normalize(written)
    assert info.value.field == "business_no"
    assert "check digit" in str(info.value)
    assert info.value.params["value"] == bizno.format_bizno(written.replace("-", ""))


@pytest.mark.parametrize(
    "written",
    [
        "",
        "220-81-6251",  # nine digits
        "220-81-625170",  # eleven
        "22O-81-62517",  # letter O for zero
        "220-81-6251A7",
        "abc",
        "２２０８１６２５１７",  # full-width digits
    ],
)
def test_wrong_shape_or_letters_are_refused(written: str) -> None:
    with pytest.raises(ValidationError) as info:
        bizno.normalize(written)
    assert info.value.field == "business_no"
    assert not bizno.is_valid(written)
