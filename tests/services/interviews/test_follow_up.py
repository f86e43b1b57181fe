"""Follow-up after the fair: the call list, final outcomes, and figures kept apart from the day."""

from __future__ import annotations

import json
import re
import shutil
import uuid
from dataclasses import asdict
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.app import main
from jobfair.db.models import AuditEvent, FollowUpCall, Interview
from jobfair.documents.report import ReportOptions, report_bytes
from jobfair.domain.errors import ConflictError, ValidationError
from jobfair.services.checkins.service import check_in
from jobfair.services.context import Actor
from jobfair.services.interviews.corrections import undo_interview
from jobfair.services.interviews.follow_up import (
    follow_up_cases,
    follow_up_progress,
    log_call,
    record_final_outcome,
)
from jobfair.services.interviews.service import log_interview
from jobfair.services.reports.analytics import dashboard_data
from jobfair.services.reports.metrics import compute_figures, compute_final_figures
from tests.documents.pdf_tools import pdf_text
from tests.services.fairkit import SmallFair, actor, register, small_fair


def build(factory: sessionmaker[Session]) -> tuple[SmallFair, dict[str, uuid.UUID]]:
    """Five interviews: a hire, a second interview, two pending, a rejection."""
    ids = small_fair(factory)
    who = actor()
    people = {
        n: register(factory, ids.fair_id, n, phone=f"010-2000-000{i}")
        for i, n in enumerate(["김민준", "이서연", "박지훈", "최유진"])
    }
    with factory.begin() as s:
        for p in people.values():
            check_in(s, who, p.id)
        iv = {
            "hired": log_interview(s, who, seeker_id=people["김민준"].id, booth_id=ids.booth_a,
                                   opening_id=ids.opening_a, outcome="hired").id,
            "second": log_interview(s, who, seeker_id=people["이서연"].id, booth_id=ids.booth_b,
                                    opening_id=ids.opening_b1, outcome="second").id,
            "pending": log_interview(s, who, seeker_id=people["박지훈"].id, booth_id=ids.booth_a,
                                     outcome="pending").id,
            "pending2": log_interview(s, who, seeker_id=people["최유진"].id,
                                      booth_id=ids.booth_b, outcome="pending").id,
            "rejected": log_interview(s, who, seeker_id=people["김민준"].id,
                                      booth_id=ids.booth_b, outcome="rejected").id,
        }
    return ids, iv


def test_cases_list_second_and_pending_with_contact(
    session_factory: sessionmaker[Session],
) -> None:
    ids, iv = build(session_factory)
    with session_factory.begin() as s:
        undo_interview(s, actor(), iv["pending2"])
    with session_factory() as s:
        cases = follow_up_cases(s, ids.fair_id, actor=Actor())
    assert {c.interview_id for c in cases} == {iv["second"], iv["pending"]}
    second = next(c for c in cases if c.interview_id == iv["second"])
    assert (second.seeker_name, second.phone, second.employer) == (
        "이서연", "01020000001", "동두천물류"
    )
    assert (second.opening, second.day_outcome, second.final_outcome) == (
        "지게차 운전원", "second", None
    )
    assert second.last_call_at is None and second.calls == 0


def test_calls_outcomes_progress_and_audit(session_factory: sessionmaker[Session]) -> None:
    ids, iv = build(session_factory)
    who = actor("상담사")
    with session_factory.begin() as s:
        assert asdict(follow_up_progress(s, ids.fair_id)) == {
            "total": 3, "decided": 0, "reached": 0
        }
        log_call(s, who, iv["second"], "no_answer")
        log_call(s, who, iv["second"], "reached", "면접 4/2")
        log_call(s, who, iv["pending"], "left_message")
        record_final_outcome(s, who, iv["second"], "hired", date(2015, 4, 3), "4/6 입사")
    with session_factory() as s:
        progress = follow_up_progress(s, ids.fair_id)
        assert (progress.total, progress.decided, progress.reached, progress.remaining) == (
            3, 1, 1, 2
        )
        cases = follow_up_cases(s, ids.fair_id, actor=Actor())
        case = next(c for c in cases if c.interview_id == iv["second"])
        assert (case.final_outcome, case.final_outcome_on, case.follow_up_note) == (
            "hired", date(2015, 4, 3), "4/6 입사"
        )
        assert (case.last_call_result, case.calls) == ("reached", 2)
        still_open = follow_up_cases(s, ids.fair_id, "open", actor=Actor())
        assert still_open != [] and iv["second"] not in {c.interview_id for c in still_open}
        decided = follow_up_cases(s, ids.fair_id, "decided", actor=Actor())
        assert [c.interview_id for c in decided] == [iv["second"]]
        calls = s.scalars(select(FollowUpCall).order_by(FollowUpCall.at)).all()
        assert [c.result for c in calls] == ["no_answer", "reached", "left_message"]
        assert calls[0].actor == "상담사" and calls[0].station_id == who.station_id
        event = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "final_outcome")
        ).one()
        assert event.before == {
            "final_outcome": None, "final_outcome_on": None, "follow_up_note": ""
        }
        assert event.after == {
            "final_outcome": "hired", "final_outcome_on": "2015-04-03",
            "follow_up_note": "4/6 입사",
        }


def test_final_figures_move_and_fair_day_figures_never(
    session_factory: sessionmaker[Session],
) -> None:
    ids, iv = build(session_factory)
    who = actor()
    with session_factory() as s:
        day_before = compute_figures(s, ids.fair_id)
        final = compute_final_figures(s, ids.fair_id)
    # positions 2 + 3 + 1 = 6; the on-site hire counts as final until told otherwise
    assert (final.positions, final.onsite_hires, final.final_hires) == (6, 1, 1)
    assert final.final_hire_rate == 16.7 and final.last_final_outcome_on is None
    with session_factory.begin() as s:
        record_final_outcome(s, who, iv["second"], "hired", date(2015, 4, 3))
        record_final_outcome(s, who, iv["pending"], "hired", date(2015, 4, 10))
        record_final_outcome(s, who, iv["pending2"], "not_hired", date(2015, 4, 1))
        record_final_outcome(s, who, iv["hired"], "withdrawn", date(2015, 3, 30))
    with session_factory() as s:
        assert compute_figures(s, ids.fair_id) == day_before
        final = compute_final_figures(s, ids.fair_id)
    assert (final.onsite_hires, final.final_hires, final.decided, final.follow_up_cases) == (
        1, 2, 3, 3
    )
    assert final.final_hire_rate == 33.3
    assert final.final_interview_hire_rate == 50.0  # 2 of 4 people interviewed
    assert final.last_final_outcome_on == date(2015, 4, 10)
    with session_factory.begin() as s:  # confirmed on-site hire counts again; clearing works
        record_final_outcome(s, who, iv["hired"], "hired", date(2015, 4, 1))
        record_final_outcome(s, who, iv["pending"], None, None)
    with session_factory() as s:
        assert compute_final_figures(s, ids.fair_id).final_hires == 2
        assert compute_figures(s, ids.fair_id) == day_before
        cleared = s.get(Interview, iv["pending"])
        assert cleared is not None and cleared.final_outcome_on is None


def test_refusals(session_factory: sessionmaker[Session]) -> None:
    _ids, iv = build(session_factory)
    who = actor()
    with session_factory.begin() as s:
        with pytest.raises(ValidationError) as info:
            record_final_outcome(s, who, iv["second"], "maybe", date(2015, 4, 1))
        assert info.value.field == "final_outcome"
        with pytest.raises(ValidationError):
            record_final_outcome(s, who, iv["second"], "hired", None)
        with pytest.raises(ValidationError):
            log_call(s, who, iv["second"], "busy")
        undo_interview(s, who, iv["pending"])
        with pytest.raises(ConflictError):
            log_call(s, who, iv["pending"], "reached")


@pytest.mark.usefixtures("qapp")  # main() would make a bare QCoreApplication (tests/cli/conftest)
def test_stats_json_gains_final_hires_on_the_demo(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--db", db_url]) == 0
    capsys.readouterr()
    assert main(["stats", "--json", "--db", db_url]) == 0
    data = json.loads(capsys.readouterr().out)
    expected = {"employers": 28, "attendees": 1000, "interviewees": 405, "positions": 152,
                "hires": 63, "hire_rate": 41.4}
    assert {k: data[k] for k in expected} == expected
    # nothing followed up yet: final hires are the on-site hires
    assert (data["final_hires"], data["final_hire_rate"]) == (63, 41.4)


FINAL_NOTE = "Final hires: follow-up results (as of {date})"


def test_report_shows_on_site_and_final_hires(
    session_factory: sessionmaker[Session], tmp_path: Path
) -> None:
    ids, iv = build(session_factory)
    with session_factory() as s:
        before = report_text(dashboard_data(s, ids.fair_id), tmp_path / "before.pdf")
    assert "Hired on the spot (fair day)" in before and "Final hires (after follow-up)" in before
    assert "as of" not in before  # nothing recorded yet: no date note
    with session_factory.begin() as s:
        record_final_outcome(s, actor(), iv["second"], "hired", date(2015, 4, 3))
        record_final_outcome(s, actor(), iv["pending"], "hired", date(2015, 4, 10))
    with session_factory() as s:
        data = dashboard_data(s, ids.fair_id)
    assert data.final is not None and data.final.final_hires == 3
    text = report_text(data, tmp_path / "after.pdf")
    # on-site 1 of 6 positions (16.7 %), final 3 of 6 (50.0 %), each with its denominator
    assert "16.7%" in text and "50.0%" in text
    assert "1 ÷ Positions sought 6" in text and "3 ÷ Positions sought 6" in text
    assert "최종채용: 사후관리 결과 (2015-04-10 기준)" in text


def report_text(data: object, pdf: Path) -> str:
    def translate(context: str, text: str) -> str:
        return "최종채용: 사후관리 결과 ({date} 기준)" if text == FINAL_NOTE else text

    if shutil.which("pdftotext") is None:  # pragma: no cover
        pytest.skip("poppler-utils missing")
    pdf.write_bytes(report_bytes(data, ReportOptions(translate=translate)))  # type: ignore[arg-type]
    return re.sub(r"\s+", " ", pdf_text(pdf))
