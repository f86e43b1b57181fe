"""A badge layout's extra line prints the fair's own fields (``{field:KEY}``): rendered and read
back; a layout naming anything else is refused; the QR codes still decode with the line."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from jobfair.documents.badges import BadgeData, render_badges
from jobfair.documents.layouts import Layout, load_layout
from jobfair.domain.badge_code import make_code, parse_code
from jobfair.domain.errors import ValidationError
from jobfair.domain.fair_fields import fill_placeholders, placeholder_keys
from tests.documents.pdf_tools import decode_pages, pdf_text

SECRET = "badge-test-secret-0123456789abcdef"


def badge(i: int, answers: dict[str, str]) -> BadgeData:
    return BadgeData(code=make_code(SECRET, 7_000 + i), badge_no=i + 1, name=f"구직자{i}",
                     fair_name="2015 양주 채용박람회", fair_date=date(2015, 3, 25),
                     desired_job="설치·정비·생산직", answers=tuple(answers.items()))


def test_placeholders_are_filled_from_the_answers() -> None:
    template = "운전 {field:driving} · {field:region} {field:gone}"
    assert placeholder_keys(template) == ("driving", "region", "gone")
    assert fill_placeholders(template, {"driving": "Y", "region": "양주"}) == "운전 Y · 양주"
    assert fill_placeholders("{field:x}", {}) == ""
    assert fill_placeholders("운전 {field:driving}", {"region": "양주"}) == ""  # nothing to say
    assert fill_placeholders("행사 안내", {}) == "행사 안내"


def test_a_layout_refuses_other_placeholders() -> None:
    base = load_layout("a4-2x4")
    data = {k: getattr(base, k) for k in base.__dataclass_fields__}
    assert Layout.from_dict({**data, "extra_line": "근무지 {field:region}"}).extra_line
    with pytest.raises(ValidationError):
        Layout.from_dict({**data, "extra_line": "{name}"})
    with pytest.raises(ValidationError):
        Layout.from_dict({**data, "extra_line": "{field:Bad Key}"})


@pytest.mark.parametrize("layout_name", ["a4-2x4", "a6"])
def test_the_extra_line_is_printed_and_the_codes_still_read(
    layout_name: str, tmp_path: Path, poppler: None,
) -> None:
    layout = replace(load_layout(layout_name),
                     extra_line="근무지 {field:region} 운전 {field:driving}")
    badges = [badge(0, {"region": "의정부시", "driving": "가능함"}),
              badge(1, {"region": "동두천시"}),  # no answer to driving: nothing for it
              badge(2, {})]  # no answers: no line at all
    pdf = tmp_path / "badges.pdf"
    render_badges(badges, layout, pdf)
    text = pdf_text(pdf)
    assert "근무지 의정부시 운전 가능함" in text
    assert "근무지 동두천시 운전" in text
    assert text.count("근무지") == 2
    assert "구직자2" in text
    decoded = decode_pages(pdf)
    assert sorted(parse_code(SECRET, d.text) for page in decoded for d in page) == [
        7000, 7001, 7002]
