"""The interview confirmation, read back: names, business number, date and time, the font."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session, sessionmaker

from jobfair.documents.confirmation import write_confirmation
from jobfair.domain.errors import NotFoundError, ValidationError
from jobfair.services.context import Actor
from jobfair.services.interviews.confirmation import (
    ConfirmationData,
    confirmation_data,
    last_interview_at,
    seeker_interviews,
)
from jobfair.services.interviews.service import log_interview
from jobfair.services.records.purge import purge_fair
from tests.documents.pdf_tools import pdf_fonts, pdf_pages, pdf_text
from tests.services.fairkit import actor, register, small_fair

SEOUL = ZoneInfo("Asia/Seoul")
KOREAN = {
    "Interview confirmation": "면접확인서",
    "(signature or seal)": "(서명 또는 인)",
    "{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}":
        "{year}년 {month}월 {day}일 {hour:02d}:{minute:02d}",
}


def sample(**changes: object) -> ConfirmationData:
    values: dict[str, object] = dict(
        interview_id=uuid.uuid4(), seeker_name="김민준", birth_date=date(1990, 5, 17),
        birth_year=1990, employer_name="(주)양주섬유", business_no="220-81-62517",
        booth_label="A-1", opening_title="봉제원",
        interviewed_at=datetime(2015, 3, 25, 10, 42, tzinfo=SEOUL),
        fair_name="2015 양주 일자리사랑 채용박람회", venue="양주시 백석읍 종합운동장",
        organizer="양주시 일자리센터",
    )
    values.update(changes)
    return ConfirmationData(**values)  # type: ignore[arg-type]


def test_confirmation_reads_back(tmp_path: Path, poppler: None) -> None:
    pdf = tmp_path / "c.pdf"
    write_confirmation(pdf, sample(), lambda _c, text: KOREAN.get(text, text))
    text = pdf_text(pdf)
    assert pdf_pages(pdf) == 1
    for expected in ("면접확인서", "김민준", "1990-05-17", "(주)양주섬유", "220-81-62517",
                     "2015년 3월 25일 10:42", "2015 양주 일자리사랑 채용박람회", "봉제원",
                     "서명 또는 인", "양주시 일자리센터"):
        assert expected in text, expected
    assert "NanumGothic" in pdf_fonts(pdf) and " yes " in pdf_fonts(pdf)


def test_english_and_birth_year_only(tmp_path: Path, poppler: None) -> None:
    pdf = tmp_path / "c.pdf"
    write_confirmation(pdf, sample(birth_date=None, opening_title=""))
    text = pdf_text(pdf)
    assert "Interview confirmation" in text and "Year of birth" in text and "1990" in text
    assert "2015-03-25 10:42" in text and "signature or seal" in text


def test_data_from_the_database_in_local_time(session_factory: sessionmaker[Session]) -> None:
    fair = small_fair(session_factory)
    seeker = register(session_factory, fair.fair_id, "이서윤")
    clock_at = datetime(2015, 3, 25, 2, 5, tzinfo=UTC)  # 11:05 in Seoul
    with session_factory.begin() as s:
        view = log_interview(s, actor(clock=lambda: clock_at), seeker_id=seeker.id,
                             booth_id=fair.booth_a,
                             opening_id=fair.opening_a)
    with session_factory() as s:
        data = confirmation_data(s, view.id, actor=Actor())
        assert last_interview_at(s, seeker.id, fair.booth_a, actor=Actor()) == view.id
        assert last_interview_at(s, seeker.id, fair.booth_b, actor=Actor()) is None
        assert [c.interview_id for c in seeker_interviews(s, seeker.id, actor=Actor())] == [view.id]
        with pytest.raises(NotFoundError):
            confirmation_data(s, uuid.uuid4(), actor=Actor())
    assert data.seeker_name == "이서윤" and data.business_no == "220-81-62517"
    assert (data.interviewed_at.hour, data.interviewed_at.minute) == (11, 5)
    assert data.opening_title == "봉제원" and data.booth_label == "A-1"
    with session_factory.begin() as s:
        purge_fair(s, actor(), fair.fair_id, before_retention="test")
    with session_factory() as s, pytest.raises(ValidationError):
        confirmation_data(s, view.id, actor=Actor())


@pytest.mark.parametrize("venue", [
    "경기도 양주시 백석읍 꿈나무로 양주종합운동장 실내체육관 1층 대강당 및 2층 세미나실 "
    "(주차는 제2주차장, 정문에서 오른쪽으로 200m, 장애인 주차구역은 본관 앞)",
    "양주시백석읍꿈나무로양주종합운동장실내체육관1층대강당및2층세미나실제2주차장정문오른쪽",
])
def test_a_long_venue_wraps_inside_its_cell(tmp_path: Path, poppler: None, venue: str) -> None:
    from tests.documents.pdf_tools import pdf_words

    pdf = tmp_path / "long.pdf"
    write_confirmation(pdf, sample(venue=venue), lambda _c, text: KOREAN.get(text, text))
    assert pdf_pages(pdf) == 1
    (page_w, page_h), words = pdf_words(pdf)
    margin = 20 * 72 / 25.4
    assert all(w.x_min >= 0 and w.x_max <= page_w - margin + 1 for w in words), [
        (w.text, w.x_max) for w in words if w.x_max > page_w - margin + 1]
    assert all(w.y_min >= 0 and w.y_max <= page_h for w in words)
    squeezed = "".join(pdf_text(pdf).split())
    assert "".join(venue.split()) in squeezed  # every character, in order, over its lines
    venue_lines = {round(w.y_min) for w in words if w.text in venue and len(w.text) > 1}
    assert len(venue_lines) >= 2  # it wrapped
    assert "양주시 일자리센터" in pdf_text(pdf)  # the page's foot is still there
