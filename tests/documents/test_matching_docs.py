"""The seeker's slip and the employer's candidate list, read back with poppler."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobfair.documents.matching import (
    LIST_NONE,
    CandidateList,
    CandidateRow,
    SeekerSlip,
    SlipLine,
    candidate_list_bytes,
    slip_bytes,
)
from tests.documents.pdf_tools import pdf_fonts, pdf_pages, pdf_text

pytestmark = pytest.mark.usefixtures("poppler")

KOREAN = {
    "Booths recommended for you": "추천 부스 안내",
    "Badge no. {number}": "명찰 번호 {number}",
    "Matched candidates for {employer}": "{employer} 추천 구직자 명단",
    "Name": "성명",
}


def korean(context: str, text: str) -> str:
    assert context == "matching"
    return KOREAN.get(text, text)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_slip_lists_booths_with_reasons(tmp_path: Path) -> None:
    slip = SeekerSlip("2015 양주 일자리사랑 채용박람회", "박서연", 17, (
        SlipLine("A-1", "(주)양주섬유", "미싱사", ("희망직종 일치 (86)", "거주지 근무 (양주)")),
        SlipLine("B-3", "동두천물류", "포장원", ("인근 지역 근무 (동두천)",)),
    ))
    pdf = _write(tmp_path, "slip.pdf", slip_bytes(slip, korean))
    text = pdf_text(pdf)
    for expected in ("추천 부스 안내", "박서연", "명찰 번호 17", "A-1", "(주)양주섬유", "미싱사",
                     "거주지 근무 (양주)", "B-3", "인근 지역 근무 (동두천)"):
        assert expected in text
    assert text.index("A-1") < text.index("B-3")
    assert "NanumGothic" in pdf_fonts(pdf) and pdf_pages(pdf) == 1


def test_candidate_list_table(tmp_path: Path) -> None:
    rows = tuple(
        CandidateRow(f"구직자{i:02d}", i, "40~50대", "봉제", "양주", "미싱사", ("희망직종 일치",))
        for i in range(1, 61)
    )
    pdf = _write(tmp_path, "list.pdf", candidate_list_bytes(
        CandidateList("2015 박람회", "(주)양주섬유", rows), korean
    ))
    text = pdf_text(pdf)
    assert "(주)양주섬유 추천 구직자 명단" in text
    assert "구직자01" in text and "구직자60" in text
    assert pdf_pages(pdf) >= 2 and text.count("성명") == pdf_pages(pdf)  # header on each page
    assert "NanumGothic" in pdf_fonts(pdf)


def test_empty_candidate_list_says_so(tmp_path: Path) -> None:
    pdf = _write(tmp_path, "empty.pdf", candidate_list_bytes(CandidateList("f", "e", ())))
    assert LIST_NONE.split()[0] in pdf_text(pdf)
