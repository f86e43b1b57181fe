"""Badge PDFs, read back as a person's scanner and eyes would: QR codes, text, fonts, pages."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from jobfair.documents.badges import (
    DEFAULT_GROUP_COLORS,
    ELLIPSIS,
    BadgeData,
    BadgeLabels,
    BadgeStyle,
    RenderCancelled,
    fit_text,
    pick_band,
    render_badges,
)
from jobfair.documents.fonts import register_fonts
from jobfair.documents.layouts import Calibration, available_layouts, load_layout
from jobfair.domain.badge_code import make_code, parse_code
from tests.documents.pdf_tools import decode_pages, pdf_fonts, pdf_pages, pdf_text

SECRET = "badge-test-secret-0123456789abcdef"
FAIR = "2015 양주·의정부·동두천 일자리사랑 채용박람회"
NAMES = ["홍길동", "김영희", "남궁민수", "이서연", "박지훈", "최하은", "정도윤", "강민준", "조수빈",
         "윤예준", "장지우", "임현우"]  # fmt: skip
LONG_NAME = "Maria Fernanda Gonzalez Rodriguez de la Cruz y Santisteban"


def badge(i: int, token: int | None = None, name: str | None = None) -> BadgeData:
    group = [("청년", "youth"), ("", ""), ("경력단절여성", "career_break")][i % 3]
    return BadgeData(
        code=make_code(SECRET, 5_000 + i if token is None else token),
        badge_no=f"{i + 1:04d}",
        name=name or NAMES[i % len(NAMES)],
        fair_name=FAIR,
        fair_date=date(2015, 3, 25),
        desired_job=["경영·사무·금융·보험직", "설치·정비·생산직", ""][i % 3],
        group_label=group[0],
        band_color=DEFAULT_GROUP_COLORS.get(group[1]),
    )


def tokens(pages: list[list[str]]) -> list[list[int]]:
    return [[parse_code(SECRET, text) for text in page] for page in pages]


@pytest.mark.parametrize("layout_name", sorted(available_layouts()))
def test_every_qr_decodes_to_its_token(layout_name: str, tmp_path: Path, poppler: None) -> None:
    layout = load_layout(layout_name)
    count = layout.per_page + 1  # a full page and one more
    badges = [badge(i) for i in range(count)]
    badges[1] = badge(1, name=LONG_NAME)
    pdf = tmp_path / f"{layout_name}.pdf"
    result = render_badges(badges, layout_name, pdf)
    assert (result.badges, result.pages) == (count, 2)
    decoded = decode_pages(pdf)
    assert len(decoded) == 2
    found = tokens([[d.text for d in page] for page in decoded])
    expected = [5_000 + i for i in range(count)]
    assert found == [expected[: layout.per_page], expected[layout.per_page :]]


def test_text_and_embedded_font(tmp_path: Path, poppler: None) -> None:
    pdf = tmp_path / "text.pdf"
    render_badges([badge(i) for i in range(8)], "a4-2x4", pdf)
    text = pdf_text(pdf)
    for name in NAMES[:8]:
        assert name in text
    assert FAIR in text
    assert "2015. 3. 25." in text
    assert "경영·사무·금융·보험직" in text and "경력단절여성" in text
    assert "No. 0001" in text and "No. 0008" in text
    fonts = pdf_fonts(pdf)
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows, fonts
    assert all("NanumGothic" in row[0] for row in rows), fonts
    assert all(row[-5] == "yes" for row in rows), fonts  # the "emb" column
    assert any("NanumGothicBold" in row[0] for row in rows)


def test_labels_can_be_translated(tmp_path: Path, poppler: None) -> None:
    korean = {"Desired job": "희망직종", "No.": "번호"}
    style = BadgeStyle(labels=BadgeLabels().translated(lambda text: korean[text]))
    pdf = tmp_path / "ko.pdf"
    render_badges([badge(0)], "single", pdf, style=style)
    text = pdf_text(pdf)
    assert "희망직종" in text and "번호 0001" in text


def test_two_by_five_sheet_pages(tmp_path: Path, poppler: None) -> None:
    pdf = tmp_path / "25.pdf"
    seen: list[tuple[int, int | None]] = []
    result = render_badges(
        (badge(i) for i in range(25)), "a4-2x5", pdf, progress=lambda d, t: seen.append((d, t))
    )
    assert (result.badges, result.pages) == (25, 3)
    assert pdf_pages(pdf) == 3
    assert [len(page) for page in decode_pages(pdf)] == [10, 10, 5]
    assert seen == [(10, None), (20, None), (25, None)]  # a generator has no length


def test_progress_knows_the_total_of_a_list(tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []
    render_badges([badge(i) for i in range(9)], "a4-2x4", tmp_path / "p.pdf",
                  progress=lambda d, t: seen.append((d, t)))  # fmt: skip
    assert seen == [(8, 9), (9, 9)]


def test_calibration_moves_the_content(tmp_path: Path, poppler: None) -> None:
    plain, moved, scaled = tmp_path / "plain.pdf", tmp_path / "moved.pdf", tmp_path / "scaled.pdf"
    badges = [badge(i) for i in range(8)]
    render_badges(badges, "a4-2x4", plain)
    render_badges(badges, "a4-2x4", moved, calibration=Calibration(3.0, 5.0))
    render_badges(badges, "a4-2x4", scaled, calibration=Calibration(scale=0.9))
    before, after, smaller = decode_pages(plain)[0], decode_pages(moved)[0], decode_pages(scaled)[0]
    assert [d.text for d in before] == [d.text for d in after] == [d.text for d in smaller]
    px_per_mm = 150 / 25.4
    for a, b in zip(before, after, strict=True):
        assert abs((b.x - a.x) - 3 * px_per_mm) <= 3  # right by 3 mm
        assert abs((b.y - a.y) - 5 * px_per_mm) <= 3  # down by 5 mm
    for a, s in zip(before, smaller, strict=True):
        # Scaled about the top-left corner of the page.
        assert abs(s.x - a.x * 0.9) <= 3 and abs(s.y - a.y * 0.9) <= 3


def test_cancel_leaves_the_target_alone(tmp_path: Path) -> None:
    """Through the one file writer (``write_file``), as the window and the CLI write."""
    from jobfair.services.files import write_file

    target = tmp_path / "badges.pdf"
    target.write_bytes(b"the previous print")
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 2

    with pytest.raises(RenderCancelled):
        write_file(target, lambda out: render_badges(
            [badge(i) for i in range(40)], "a4-2x4", out, cancelled=cancelled), overwrite=True)
    assert target.read_bytes() == b"the previous print"
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


def test_writes_to_a_binary_file_and_makes_a_readable_file(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    result = render_badges([badge(0), badge(1)], "single", buffer)
    assert result.pages == 2 and buffer.getvalue().startswith(b"%PDF-")
    path = tmp_path / "out.pdf"
    render_badges([badge(0)], "a6", path)
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_no_badges_still_makes_a_valid_pdf(tmp_path: Path, poppler: None) -> None:
    pdf = tmp_path / "empty.pdf"
    assert render_badges([], "a4-2x4", pdf).badges == 0
    assert pdf_pages(pdf) == 1


# --- Fitting the name ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bold() -> str:
    return register_fonts().bold


@pytest.mark.parametrize(
    "text",
    ["홍길동", "남궁민수", "Kim", LONG_NAME, "가" * 40, "W" * 200, "Anna-Lena Müller-Lüdenscheidt",
     "a b", "  spaced   out  "],
)  # fmt: skip
@pytest.mark.parametrize("max_width", [40.0, 120.0, 180.0])
def test_fitted_text_never_overflows(text: str, max_width: float, bold: str) -> None:
    fitted = fit_text(text, bold, max_width, 30.0, 11.0, max_lines=2)
    assert 0 < fitted.size <= 30.0
    assert 1 <= len(fitted.lines) <= 2
    for line, width in zip(fitted.lines, fitted.widths, strict=True):
        assert stringWidth(line, bold, fitted.size) == pytest.approx(width)
        assert width <= max_width


def test_short_name_is_drawn_at_the_largest_size(bold: str) -> None:
    fitted = fit_text("홍길동", bold, 200.0, 30.0, 11.0, max_lines=2)
    assert fitted.lines == ("홍길동",) and fitted.size == 30.0


def test_longer_name_shrinks_before_it_wraps(bold: str) -> None:
    fitted = fit_text("Anna Schmidt", bold, 100.0, 30.0, 11.0, max_lines=2)
    assert fitted.lines == ("Anna Schmidt",)
    assert 11.0 <= fitted.size < 30.0
    assert fitted.widths[0] == pytest.approx(100.0, abs=0.5)  # fills the width


def test_very_long_name_wraps_at_a_space_then_cuts(bold: str) -> None:
    wrapped = fit_text(LONG_NAME, bold, 180.0, 30.0, 11.0, max_lines=2)
    assert len(wrapped.lines) == 2 and " ".join(wrapped.lines) == LONG_NAME
    cut = fit_text("가" * 40, bold, 120.0, 30.0, 11.0, max_lines=2)
    assert len(cut.lines) == 1 and cut.lines[0].endswith(ELLIPSIS) and cut.size == 11.0
    single = fit_text(LONG_NAME, bold, 120.0, 30.0, 11.0, max_lines=1)
    assert single.lines[0].endswith(ELLIPSIS) and single.widths[0] <= 120.0


def test_pick_band_prefers_declared_groups_and_hides_sensitive_ones() -> None:
    assert pick_band(["youth", "veteran"]) == ("veteran", DEFAULT_GROUP_COLORS["veteran"])
    assert pick_band(["middle_aged"]) == ("middle_aged", DEFAULT_GROUP_COLORS["middle_aged"])
    assert pick_band(["disability", "vulnerable"]) is None
    assert pick_band([]) is None
    assert pick_band(["youth"], {"youth": "#000000"}) == ("youth", "#000000")


def _many(count: int) -> Iterator[BadgeData]:
    for i in range(count):
        yield badge(i, token=i)


def test_a_big_batch_from_a_generator(tmp_path: Path) -> None:
    result = render_badges(_many(400), "a4-2x5", tmp_path / "big.pdf")
    assert (result.badges, result.pages) == (400, 40)


def test_names_in_other_scripts_print_never_blank(tmp_path: Path, poppler: None) -> None:
    """Cyrillic (in NanumGothic), Georgian (in a fallback font when this computer has one),
    an emoji and Thai (in no font here: their code points) all leave text on the badge."""
    from jobfair.documents.fonts import fallback_fonts

    names = ["Иван Петров", "ნინო ბერიძე", "민수 😀", "สมชาย"]
    pdf = tmp_path / "scripts.pdf"
    render_badges([badge(i, name=name) for i, name in enumerate(names)], "a4-2x4", pdf)
    text = pdf_text(pdf)
    assert "Иван Петров" in text
    if fallback_fonts():  # DejaVu Sans here: Georgian in its own letters
        assert "ნინო ბერიძე" in text
    else:
        assert "U+10DC" in text
    assert "민수 U+1F600" in text
    assert "U+0E2A U+0E21" in text  # สม…, shrunk and cut with an ellipsis
