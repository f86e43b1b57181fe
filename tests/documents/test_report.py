"""The end-of-day summary, read back with poppler: the headline, the Hangul, the fonts, pages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from jobfair.documents.report import (
    DEFAULT_APPROVAL,
    HEADLINE,
    HIRE_RATE,
    ReportOptions,
    headline,
    render_report,
)
from jobfair.domain.metrics import Figures
from tests.documents.pdf_tools import pdf_fonts, pdf_pages, pdf_text

pytestmark = pytest.mark.usefixtures("poppler")

KO_HEADLINE = (
    "{employers}개 구인업체 참여, 구직자 {attendees}명 참석, {interviewees}명 면접, "
    "구인인원 {positions}명 중 {hires}명 현장채용({hire_rate})"
)
KO = {
    HEADLINE: KO_HEADLINE,
    HIRE_RATE: "채용률 {rate}",
    "Results of the recruitment fair": "채용박람회 결과 보고",
    "Results by employer": "업체별 채용 현황",
    "Employer": "업체명",
    "Approval": "결재",
    "Officer": "담당",
    "Director": "국장",
}


def korean(context: str, text: str) -> str:
    return KO.get(text, text)


@dataclass(frozen=True)
class Fair:
    name: str = "2015 양주·의정부·동두천 일자리사랑 채용박람회"
    date: date = date(2015, 3, 25)
    venue: str = "양주시청 대회의실"
    hosts: str = "양주시 · 의정부시 · 동두천시"
    organizer: str = "양주시일자리센터"
    opens_at: time = time(10, 0)
    closes_at: time = time(16, 0)
    timezone: str = "Asia/Seoul"


@dataclass(frozen=True)
class Employer:
    name: str
    ksic_section: str = "C"
    booth_labels: tuple[str, ...] = ("A01",)
    positions: int = 5
    interviewees: int = 14
    hires: int = 2
    second_interviews: int = 1
    pending: int = 1
    fill_rate: float | None = 40.0


@dataclass(frozen=True)
class Total:
    positions: int = 140
    interviewees: int = 392
    hires: int = 56
    second_interviews: int = 28
    pending: int = 28
    fill_rate: float | None = 40.0


@dataclass(frozen=True)
class Row:
    code: str
    label: str
    attendees: int
    interviewees: int
    hires: int


@dataclass(frozen=True)
class Group:
    key: str
    title: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Bin:
    start: datetime
    count: int


FIGURES = Figures(
    fair_id=1, employers=28, positions=152, registered=1100, pre_registered=690, walk_ins=410,
    attendees=1000, interviewees=405, interviews=541, hires=63, second_interviews=70,
    pending=65, rejected=335, undecided=8,
)


@dataclass(frozen=True)
class Source:
    employers: tuple[Employer, ...]
    fair: Fair = field(default_factory=Fair)
    employer_total: Total = field(default_factory=Total)
    figures: Figures = FIGURES
    breakdowns: tuple[Group, ...] = (
        Group("age_band", "Age band", (Row("10-30s", "10s–30s", 343, 137, 19),
                                       Row("40-50s", "40s–50s", 443, 181, 24),
                                       Row("60+", "60 and over", 214, 87, 20))),
        Group("occupation", "Desired occupation (KECO)",
              (Row("8", "설치·정비·생산직", 426, 176, 33),)),
    )
    arrivals: tuple[Bin, ...] = tuple(
        Bin(datetime(2015, 3, 25, 1 + h // 2, 30 * (h % 2), tzinfo=UTC), 100 - h)
        for h in range(12)
    )
    generated_at: datetime = datetime(2015, 3, 25, 7, 30, tzinfo=UTC)


def source(employers: int = 28) -> Source:
    names = [f"(주)양주섬유{i:03d}" for i in range(1, employers + 1)]
    return Source(employers=tuple(Employer(n, booth_labels=(f"A{i:02d}",))
                                  for i, n in enumerate(names, 1)))


def words(pdf: Path) -> str:
    """The text with every run of whitespace made one space (lines wrap where they like)."""
    return re.sub(r"\s+", " ", pdf_text(pdf))


def test_headline_as_the_centre_writes_it() -> None:
    assert headline(FIGURES, korean) == (
        "28개 구인업체 참여, 구직자 1,000명 참석, 405명 면접, 구인인원 152명 중 63명 현장채용"
        "(채용률 41.4%)"
    )
    assert headline(FIGURES) == (
        "28 employers took part; 1,000 job seekers attended; 405 were interviewed; of 152 "
        "positions sought, 63 were filled on the spot (hire rate 41.4%)"
    )


def test_korean_report_reads_back(tmp_path: Path) -> None:
    pdf = tmp_path / "summary.pdf"
    render_report(source(), pdf, ReportOptions(translate=korean, approval=DEFAULT_APPROVAL))

    text = words(pdf)
    assert "2015 양주·의정부·동두천 일자리사랑 채용박람회" in text
    assert "채용박람회 결과 보고" in text
    assert "구직자 1,000명 참석" in text and "405명 면접" in text
    assert "구인인원 152명 중 63명 현장채용(채용률 41.4%)" in text
    assert "결재" in text and "담당" in text and "국장" in text
    assert "업체별 채용 현황" in text
    assert "(주)양주섬유001" in text and "(주)양주섬유028" in text
    assert "양주시 · 의정부시 · 동두천시" in text
    assert "설치·정비·생산직" in text
    assert "15.6%" in text  # hires per person interviewed, named beside 41.4 %
    assert "Made 2015-03-25 16:30" in text  # the time it was made, in the fair's zone
    fonts = pdf_fonts(pdf)
    assert "NanumGothic" in fonts
    for line in fonts.splitlines()[2:]:
        assert " yes " in line, line  # every font embedded
    pages = pdf_pages(pdf)
    assert pages >= 2
    assert re.search(rf"\b1 ?/ ?{pages}\b", text) and re.search(rf"\b{pages} ?/ ?{pages}\b", text)


def test_english_report_and_no_approval_box(tmp_path: Path) -> None:
    pdf = tmp_path / "summary-en.pdf"
    render_report(source(), pdf)
    text = words(pdf)
    assert ("28 employers took part; 1,000 job seekers attended; 405 were interviewed; of 152 "
            "positions sought, 63 were filled on the spot (hire rate 41.4%)") in text
    assert "Results by employer" in text
    assert "Approval" not in text
    assert "Hire rate (of positions sought)" in text
    assert "Positions sought 152" in text  # the ratio's denominator, named with its count


def test_long_employer_table_repeats_its_header(tmp_path: Path) -> None:
    pdf = tmp_path / "long.pdf"
    render_report(source(employers=300), pdf)
    pages = pdf_pages(pdf)
    assert pages >= 6
    text = pdf_text(pdf)
    per_page = text.split("\f")
    assert len([p for p in per_page if "Employer" in p and "Fill rate" in p]) >= pages - 2
    assert "(주)양주섬유300" in text
    assert re.search(rf"\b{pages} ?/ ?{pages}\b", text)


def test_report_to_a_binary_file(tmp_path: Path) -> None:
    from jobfair.documents.report import report_bytes

    data = report_bytes(source(employers=3))
    assert data.startswith(b"%PDF")
    (tmp_path / "x.pdf").write_bytes(data)
    assert pdf_pages(tmp_path / "x.pdf") >= 1


@dataclass(frozen=True)
class Recommended:
    recommended: int = 40
    interviewed: int = 25
    hired: int = 9
    interview_rate: float | None = 62.5  # the service's rates: the report prints them
    hire_rate: float | None = 22.5


@dataclass(frozen=True)
class SourceWithMatching(Source):
    recommendations: Recommended = field(default_factory=Recommended)


def test_the_report_shows_what_came_of_the_recommendations(tmp_path: Path) -> None:
    plain = tmp_path / "plain.pdf"
    render_report(source(), plain)
    assert "Matching before the fair" not in words(plain)

    pdf = tmp_path / "matching.pdf"
    base = source()
    render_report(SourceWithMatching(employers=base.employers), pdf)
    text = words(pdf)
    assert "Matching before the fair" in text
    assert "Of 40 recommendations made before the fair" in text
    assert "25 led to an interview with that employer (62.5%)" in text
    assert "9 to a hire (22.5%)" in text and "pairs" not in text


@pytest.mark.parametrize(
    "titles",
    [
        tuple(f"직위{i}" for i in range(9)),  # the title squeezed to a sliver: LayoutError
        tuple(f"직위{i}" for i in range(20)),  # wider than the page: a negative width
        ("담당 " * 60, "팀장" * 80, "Director of " * 30, "국장"),  # far longer than a cell
    ],
)
def test_any_approval_titles_lay_out(tmp_path: Path, titles: tuple[str, ...]) -> None:
    pdf = tmp_path / "approval.pdf"
    render_report(source(), pdf, ReportOptions(translate=korean, approval=titles))
    text = words(pdf)
    assert "2015 양주·의정부·동두천 일자리사랑 채용박람회" in text
    assert "결재" in text
    if len(titles) > 8:
        assert "직위7" in text and "직위8" not in text  # at most eight columns
    else:
        assert "국장" in text and "…" in text


def test_a_very_long_fair_name_beside_the_approval_box_lays_out(tmp_path: Path) -> None:
    """A table row cannot break across pages: with nine titles and a 600-character name the
    title cell grew taller than the page (reportlab's LayoutError)."""
    import dataclasses

    data = source()
    long_name = "양주·의정부·동두천 일자리사랑 채용박람회 " * 25
    data = dataclasses.replace(data, fair=dataclasses.replace(data.fair, name=long_name))
    pdf = tmp_path / "long-name.pdf"
    titles = tuple(f"직위{i}" for i in range(9))
    render_report(data, pdf, ReportOptions(translate=korean, approval=titles))
    text = words(pdf)
    assert "결재" in text and "직위0" in text and "일자리사랑 채용박람회" in text


def lines_of(pdf: Path) -> list[str]:
    """The text line by line as laid out, runs of whitespace (the no-break space too) as one
    space."""
    return [re.sub(r"\s+", " ", line).strip() for line in pdf_text(pdf).splitlines()]


def test_the_headline_never_wraps_between_the_rate_and_its_label(tmp_path: Path) -> None:
    """At these figures the Korean headline fills its box to just before "41.4%"."""
    pdf = tmp_path / "summary.pdf"
    render_report(source(), pdf, ReportOptions(translate=korean))
    rate_lines = [line for line in lines_of(pdf) if "41.4%" in line and "현장채용" in line]
    assert rate_lines and "(채용률 41.4%)" in rate_lines[0]
    assert not any(line.endswith("채용률") for line in lines_of(pdf))
    assert "구인인원 152명 중 63명 현장채용(채용률 41.4%)" in words(pdf)

    english = tmp_path / "summary-en.pdf"
    render_report(source(), english)
    assert any("(hire rate 41.4%)" in line for line in lines_of(english))
    assert headline(FIGURES, keep_rate=True).endswith("(hire\u00a0rate\u00a041.4%)")


def test_the_recommendations_in_plain_words_for_the_mayor(tmp_path: Path) -> None:
    """In the Korean the report is made in (the application's own translation): counted as
    recommendations, not as "pairs", with the rates as given."""
    from jobfair.gui.organizer.reports import report_translator

    pdf = tmp_path / "matching.pdf"
    base = source()
    render_report(SourceWithMatching(employers=base.employers,
                                     recommendations=Recommended(2, 0, 0, 0.0, 0.0)),
                  pdf, ReportOptions(translate=report_translator("ko")))
    text = words(pdf)
    assert "쌍" not in text
    assert "박람회 전에 추천한 2건" in text
    assert "0건이 그 업체의 면접으로(0.0%), 0건이 채용으로(0.0%) 이어졌습니다" in text
