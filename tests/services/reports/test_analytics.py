"""The organizer's figures: a hand-built fair with every number known, and the demo fair."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import Seeker
from jobfair.services.checkins.service import check_in
from jobfair.services.context import Actor
from jobfair.services.interviews.corrections import undo_interview
from jobfair.services.interviews.queue import enqueue
from jobfair.services.interviews.service import log_interview
from jobfair.services.reports.analytics import (
    Breakdown,
    arrivals,
    booth_rows,
    breakdowns,
    dashboard_data,
    employer_rows,
)
from jobfair.services.reports.metrics import compute_figures
from jobfair.services.seekers.service import Consent, SeekerInput, register_seeker
from jobfair.services.setup.demo import create_demo
from tests.services.fairkit import SmallFair, actor, small_fair

SEOUL = ZoneInfo("Asia/Seoul")


def at(hh: int, mm: int) -> Callable[[], datetime]:
    """A clock stopped at hh:mm in Seoul on the fair day."""
    moment = datetime(2015, 3, 25, hh, mm, tzinfo=SEOUL).astimezone(UTC)
    return lambda: moment


def who(hh: int, mm: int) -> Actor:
    return Actor(station_id=uuid.uuid4(), name="test", clock=at(hh, mm))


def seeker(name: str, born: int, sex: str | None, keco: str, groups: tuple[str, ...] = (),
           sensitive: bool = False, provision: bool = False) -> SeekerInput:
    return SeekerInput(
        name=name, birth_year=born, phone="010-1234-5678", sex=sex, desired_keco=keco,
        groups=groups, consent=Consent(collection=True, provision=provision, sensitive=sensitive),
    )


def build(factory: sessionmaker[Session]) -> tuple[SmallFair, list[uuid.UUID]]:
    """Small fair (A: 2 positions, B: 3 + 1) and five seekers, every outcome once.

    s1 (1990, M, KECO 8, veteran) hired at A, pending at B; s2 (1975, F, career break) second
    interview at A; s3 (1955, sex not given, KECO 6, disability with consent) not hired at B and
    a hire at B that was undone; s4 (1998) registered, absent; s5 (2000, F) waiting at B.
    """
    fair = small_fair(factory)
    with factory.begin() as s:
        ids = [
            register_seeker(s, actor(), fair.fair_id, data).id
            for data in (
                seeker("김민준", 1990, "M", "8", ("veteran",), provision=True),
                seeker("이서연", 1975, "F", "", ("career_break",)),
                seeker("박지호", 1955, None, "6", ("disability",), sensitive=True),
                seeker("최유나", 1998, "F", "2"),
                seeker("정하은", 2000, "F", ""),
            )
        ]
        check_in(s, who(9, 40), ids[0])
        check_in(s, who(10, 5), ids[1])
        check_in(s, who(10, 29), ids[2])
        enqueue(s, who(15, 59), fair.booth_b, ids[4])
        iv = lambda sid, booth, outcome, opening=None: log_interview(  # noqa: E731
            s, who(11, 0), seeker_id=sid, booth_id=booth, outcome=outcome, opening_id=opening)
        iv(ids[0], fair.booth_a, "hired", fair.opening_a)
        iv(ids[0], fair.booth_b, "pending")
        iv(ids[1], fair.booth_a, "second")
        iv(ids[2], fair.booth_b, "rejected")
        undone = iv(ids[2], fair.booth_b, "hired", fair.opening_b1)
        undo_interview(s, who(11, 5), undone.id)
    return fair, ids


def rows_of(b: Breakdown) -> dict[str, tuple[int, int, int]]:
    return {r.code: (r.attendees, r.interviewees, r.hires) for r in b.rows}


def test_booth_and_employer_rows(session_factory: sessionmaker[Session]) -> None:
    fair, _ = build(session_factory)
    with session_factory() as s:
        booths = booth_rows(s, fair.fair_id)
        employers = employer_rows(s, fair.fair_id)

    assert [b.label for b in booths] == ["A-1", "B-1"]
    a, b = booths
    counts = lambda r: (r.interviews, r.interviewees, r.hires, r.second_interviews, r.pending)  # noqa: E731
    assert counts(a) == (2, 2, 1, 1, 0)
    assert (a.positions, a.fill_rate, a.queue) == (2, 50.0, 0)
    assert counts(b) == (2, 2, 0, 0, 1)
    assert (b.positions, b.fill_rate, b.queue) == (4, 0.0, 1)  # the undone hire does not count
    assert b.employer_name == "동두천물류"

    ea, eb = employers
    assert (ea.name, ea.booth_labels, ea.openings, ea.positions) == ("(주)양주섬유", ("A-1",), 1, 2)
    assert (ea.interviewees, ea.hires, ea.fill_rate) == (2, 1, 50.0)
    assert (eb.openings, eb.positions, eb.hires, eb.pending, eb.fill_rate) == (2, 4, 0, 1, 0.0)


def test_breakdowns_count_each_person_once_per_row(
    session_factory: sessionmaker[Session],
) -> None:
    fair, _ = build(session_factory)
    with session_factory() as s:
        found = {b.key: b for b in breakdowns(s, fair.fair_id)}

    assert list(found) == ["target_group", "age_band", "sex", "occupation"]
    # 2015: s1 is 25, s2 40, s3 60, s5 15; s4 never came
    assert rows_of(found["age_band"]) == {
        "10-30s": (2, 1, 1), "40-50s": (1, 1, 0), "60+": (1, 1, 0)}
    assert rows_of(found["sex"]) == {"M": (1, 1, 1), "F": (2, 1, 0), "unknown": (1, 1, 0)}
    occupation = rows_of(found["occupation"])
    assert occupation["8"] == (1, 1, 1) and occupation["6"] == (1, 1, 0)
    assert occupation["unknown"] == (2, 1, 0)
    assert occupation["2"] == (0, 0, 0)  # s4's occupation: registered, never came
    assert occupation["0"] == (0, 0, 0)
    target = rows_of(found["target_group"])
    assert target == {
        "youth": (1, 1, 1), "middle_aged": (2, 2, 0), "new_middle_aged": (1, 1, 0),
        "baby_boomer": (1, 1, 0), "senior": (1, 1, 0), "career_break": (1, 1, 0),
        "disability": (1, 1, 0), "vulnerable": (0, 0, 0), "veteran": (1, 1, 1),
    }
    # the label is marked for translation (context codes): 설치·정비·생산직 in Korean
    assert found["occupation"].rows[8].label == "Installation, maintenance and production"


def test_disability_without_sensitive_consent_is_not_counted(
    session_factory: sessionmaker[Session],
) -> None:
    fair, ids = build(session_factory)
    with session_factory.begin() as s:  # as if consent to sensitive data was withdrawn
        s.execute(update(Seeker).where(Seeker.id == ids[2]).values(consent_sensitive=False))
    with session_factory() as s:
        target = rows_of(breakdowns(s, fair.fair_id)[0])
    assert target["disability"] == (0, 0, 0)
    assert target["senior"] == (1, 1, 0)


def test_arrivals_per_half_hour_in_local_time(session_factory: sessionmaker[Session]) -> None:
    fair, _ = build(session_factory)
    with session_factory() as s:
        bins = arrivals(s, fair.fair_id)
        quarter = arrivals(s, fair.fair_id, minutes=15)

    starts = [b.start.astimezone(SEOUL).time() for b in bins]
    assert starts[0] == time(9, 30)  # before opening: shown because someone came
    assert starts[1:] == [time(h, m) for h in range(10, 16) for m in (0, 30)]
    assert all(b.start.utcoffset() is not None for b in bins)
    counts = {b.start.astimezone(SEOUL).strftime("%H:%M"): b.count for b in bins}
    assert counts["09:30"] == 1
    assert counts["10:00"] == 2
    assert counts["15:30"] == 1
    assert sum(counts.values()) == 4
    assert len(quarter) == 1 + 24
    assert {b.start.astimezone(SEOUL).strftime("%H:%M"): b.count for b in quarter}["10:15"] == 1


def test_dashboard_figures_equal_compute_figures(
    session_factory: sessionmaker[Session],
) -> None:
    fair, _ = build(session_factory)
    now = datetime(2015, 3, 25, 8, 0, tzinfo=UTC)
    with session_factory() as s:
        data = dashboard_data(s, fair.fair_id, now=now)
        expected = compute_figures(s, fair.fair_id)
    assert data.figures == expected
    f = data.figures
    assert (f.employers, f.positions, f.registered, f.attendees) == (2, 6, 5, 4)
    assert (f.interviewees, f.interviews, f.hires, f.second_interviews, f.pending) == (
        3, 4, 1, 1, 1)
    assert data.generated_at == now
    assert data.fair.name == "2015 양주 일자리사랑 채용박람회"
    assert len(data.booths) == 2 and len(data.employers) == 2 and len(data.arrivals) == 13


@pytest.mark.slow
def test_demo_fair(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as s:
        fair_id = create_demo(s, actor()).fair_id
    with session_factory() as s:
        data = dashboard_data(s, fair_id)
        assert data.figures == compute_figures(s, fair_id)
    assert len(data.employers) == 28 and len(data.booths) == 28
    assert sum(e.hires for e in data.employers) == 63
    assert sum(e.positions for e in data.employers) == 152
    assert sum(b.hires for b in data.booths) == 63
    for b in data.breakdowns:
        if b.key == "target_group":  # groups overlap
            continue
        assert sum(r.attendees for r in b.rows) == 1000, b.key
        assert sum(r.interviewees for r in b.rows) == 405, b.key
        assert sum(r.hires for r in b.rows) == 63, b.key
    assert sum(a.count for a in data.arrivals) == 1000
