"""The dashboard's breakdowns by a fair's own choice fields: counted as every other figure."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from jobfair.services.checkins.service import check_in
from jobfair.services.interviews.service import log_interview
from jobfair.services.reports.analytics import (
    BreakdownRow,
    dashboard_data,
    field_breakdowns,
)
from jobfair.services.seekers.service import register_seeker
from jobfair.services.setup.fields import FieldInput, add_field
from tests.services.fairkit import actor, seeker_input, small_fair

FIELDS = (
    FieldInput("region", "choice", "희망 근무지", "Preferred place",
               choices=("서울", "경기", "인천")),
    FieldInput("langs", "choices", "외국어", "Languages", choices=("영어", "중국어", "일본어")),
    FieldInput("memo", "text", "메모"),
)


def test_each_answer_counts_attendees_interviewees_and_hires(
    session_factory: sessionmaker[Session],
) -> None:
    fair = small_fair(session_factory)
    who = actor()
    people: list[tuple[str, dict[str, Any], str, str | None]] = [
        # name, answers, came (checked in or not), outcome at booth A
        ("가나", {"region": "서울", "langs": ["영어", "중국어"], "memo": "x"}, "in", "hired"),
        ("다라", {"region": "경기", "langs": ["영어"]}, "in", "second"),
        ("마바", {}, "in", None),
        ("사아", {"region": "서울"}, "absent", None),  # registered, never came: not counted
        ("자차", {"region": "인천"}, "absent", "pending"),  # the interview checks her in
    ]
    with session_factory.begin() as s:
        for field in FIELDS:
            add_field(s, who, fair.fair_id, field)
        for n, (name, answers, came, outcome) in enumerate(people):
            data = replace(seeker_input(name, phone=f"010-5555-000{n}"),
                           answers=tuple(answers.items()))
            seeker = register_seeker(s, who, fair.fair_id, data)
            if came == "in":
                check_in(s, who, seeker.id)
            if outcome:
                log_interview(s, who, seeker_id=seeker.id, booth_id=fair.booth_a,
                              outcome=outcome)
    with session_factory() as s:
        result = field_breakdowns(s, fair.fair_id)
        data = dashboard_data(s, fair.fair_id)
    assert [b.key for b in result] == ["region", "langs"]  # choice fields only
    region, langs = result
    assert region.label("ko") == "희망 근무지" and region.label("en") == "Preferred place"
    assert region.rows == (
        BreakdownRow("서울", "서울", 1, 1, 1),
        BreakdownRow("경기", "경기", 1, 1, 0),
        BreakdownRow("인천", "인천", 1, 1, 0),
        BreakdownRow("", "Not answered", 1, 0, 0),
    )
    assert langs.rows == (
        BreakdownRow("영어", "영어", 2, 2, 1),
        BreakdownRow("중국어", "중국어", 1, 1, 1),
        BreakdownRow("일본어", "일본어", 0, 0, 0),
        BreakdownRow("", "Not answered", 2, 1, 0),
    )
    # A "one choice" field adds up to the fair's own figures; the dashboard carries the same.
    assert sum(r.attendees for r in region.rows) == data.figures.attendees
    assert sum(r.interviewees for r in region.rows) == data.figures.interviewees
    assert sum(r.hires for r in region.rows) == data.figures.hires
    assert data.fields == tuple(result)


def test_no_choice_field_no_breakdown(session_factory: sessionmaker[Session]) -> None:
    fair = small_fair(session_factory)
    with session_factory.begin() as s:
        add_field(s, actor(), fair.fair_id, FIELDS[2])
    with session_factory() as s:
        assert field_breakdowns(s, fair.fair_id) == []
        assert dashboard_data(s, fair.fair_id).fields == ()
