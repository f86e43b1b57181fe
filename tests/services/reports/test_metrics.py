"""The figures on a small fair counted by hand."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from jobfair.services.checkins.service import check_in
from jobfair.services.interviews.service import log_interview
from jobfair.services.reports.metrics import compute_figures
from jobfair.services.setup.fairs import (
    EmployerInput,
    FairInput,
    OpeningInput,
    add_employer,
    add_opening,
    create_fair,
)
from tests.services.fairkit import BIZNO_A, BIZNO_C, actor, register, small_fair


def test_figures_of_a_hand_built_fair(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)  # openings: A 2, B 3 + 1
    who = actor()
    with session_factory.begin() as s:
        # an employer with an opening but no booth: its positions count, it is not a participant
        c = add_employer(s, who, ids.fair_id, EmployerInput("의정부케어", BIZNO_C, "Q"))
        add_opening(s, who, ids.fair_id, c.id, OpeningInput("요양보호사", 4))
    names = ["김민준", "이서연", "박지훈", "최유진", "정하늘"]
    seekers = [
        register(session_factory, ids.fair_id, n, channel="pre_registered" if i < 3 else "walk_in")
        for i, n in enumerate(names)
    ]
    s1, s2, s3, s4, _absent = seekers
    with session_factory.begin() as s:
        for seeker in (s1, s2, s3, s4):
            check_in(s, who, seeker.id)
        log_interview(s, who, seeker_id=s1.id, booth_id=ids.booth_a, outcome="hired")
        log_interview(s, who, seeker_id=s1.id, booth_id=ids.booth_b, outcome="second")
        log_interview(s, who, seeker_id=s2.id, booth_id=ids.booth_a, outcome="pending")
        log_interview(s, who, seeker_id=s3.id, booth_id=ids.booth_b, outcome="rejected")
        log_interview(s, who, seeker_id=s3.id, booth_id=ids.booth_a)  # not decided yet

        # another fair's records must not leak in
        other = create_fair(s, who, FairInput("다른 박람회", date(2014, 10, 1)))
        add_employer(s, who, other.id, EmployerInput("(주)양주섬유", BIZNO_A, "C"))

    with session_factory() as s:
        f = compute_figures(s, ids.fair_id)
        latest = compute_figures(s)  # no id: the latest fair by date, which is this one
    assert latest == f
    assert f.employers == 2
    assert f.positions == 2 + 3 + 1 + 4
    assert (f.registered, f.pre_registered, f.walk_ins) == (5, 3, 2)
    assert f.attendees == 4
    assert f.interviews == 5
    assert f.interviewees == 3
    assert (f.hires, f.second_interviews, f.pending, f.rejected, f.undecided) == (1, 1, 1, 1, 1)
    assert f.hire_rate == 10.0  # 1 / 10 positions
    assert f.interview_hire_rate == 33.3  # 1 / 3 interviewees
    assert f.attendee_hire_rate == 25.0  # 1 / 4 attendees
    assert f.interview_rate == 75.0  # 3 / 4 attendees
    assert f.as_dict()["interviews"] == 5


def test_empty_fair(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as s:
        fair = create_fair(s, actor(), FairInput("빈 박람회", date(2015, 3, 25)))
    with session_factory() as s:
        f = compute_figures(s, fair.id)
    assert (f.employers, f.positions, f.registered, f.attendees, f.interviews) == (0, 0, 0, 0, 0)
    assert f.hire_rate is None
    assert f.interview_hire_rate is None
