"""The demo fair: the seed article's figures exactly, the same data every time, and sane data."""

from __future__ import annotations

import re
import shutil
import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.models import (
    AuditEvent,
    Badge,
    Booth,
    CheckIn,
    Employer,
    Fair,
    Interview,
    Opening,
    Seeker,
    Station,
)
from jobfair.domain import bizno
from jobfair.domain.codes import KECO_MAJOR, KSIC_SECTIONS, Channel, Outcome
from jobfair.domain.phone import normalize_phone
from jobfair.domain.target_groups import DeclaredGroup
from jobfair.services.context import Actor
from jobfair.services.reports.metrics import compute_figures
from jobfair.services.setup.demo import DemoResult, create_demo
from jobfair.services.setup.demo_plan import build_plan
from jobfair.services.setup.fairs import EmployerInput, FairInput, add_employer, create_fair

# 10:00-16:00 in Seoul is 01:00-07:00 UTC.
OPENS = datetime(2015, 3, 25, 1, 0, tzinfo=UTC)
CLOSES = datetime(2015, 3, 25, 7, 0, tzinfo=UTC)


def cli_actor() -> Actor:
    return Actor(name="test", clock=lambda: datetime(2026, 1, 5, 9, 0, tzinfo=UTC))


def make_demo(factory: sessionmaker[Session], *, reset: bool = False) -> DemoResult:
    with factory.begin() as s:
        return create_demo(s, cli_actor(), reset=reset)


@pytest.fixture
def demo_id(session_factory: sessionmaker[Session]) -> int:
    result = make_demo(session_factory)
    assert result.created
    return result.fair_id


def count(s: Session, model: Any, *where: Any) -> int:
    return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_the_figures_are_the_articles(session_factory: sessionmaker[Session], demo_id: int) -> None:
    with session_factory() as s:
        figures = compute_figures(s, demo_id)
        fair = s.get(Fair, demo_id)
    assert fair is not None
    assert fair.name == "2015 양주·의정부·동두천 일자리사랑 채용박람회"
    assert fair.date == date(2015, 3, 25)
    assert fair.hosts == "양주시 · 의정부시 · 동두천시"
    assert fair.organizer == "양주시일자리센터"
    assert fair.venue
    assert (fair.opens_at.hour, fair.closes_at.hour, fair.timezone) == (10, 16, "Asia/Seoul")
    assert fair.is_demo
    assert (figures.employers, figures.positions) == (28, 152)
    assert (figures.attendees, figures.interviewees, figures.hires) == (1000, 405, 63)
    assert figures.hire_rate == 41.4
    assert figures.interview_hire_rate == 15.6
    # Registered but absent seekers exist and do not count as attendees; both channels occur.
    assert figures.registered > figures.attendees
    assert figures.pre_registered > 0 and figures.walk_ins > 0
    # Some people interviewed at more than one booth; every kind of outcome is present.
    assert figures.interviews > figures.interviewees
    assert figures.second_interviews > 0 and figures.pending > 0 and figures.rejected > 0
    assert 0 < figures.undecided < 20
    assert figures.interviews == (
        figures.hires + figures.second_interviews + figures.pending + figures.rejected
        + figures.undecided
    )


def test_twice_does_not_double(session_factory: sessionmaker[Session], demo_id: int) -> None:
    again = make_demo(session_factory)
    assert again == DemoResult(demo_id, created=False)
    with session_factory() as s:
        assert count(s, Fair) == 1
        assert count(s, Employer) == 28
        assert count(s, Seeker, Seeker.fair_id == demo_id) == compute_figures(s).registered
        assert count(s, AuditEvent) == 1  # the fair's creation, nothing per row
        assert compute_figures(s, demo_id).attendees == 1000


def test_reset_recreates_it_and_leaves_other_fairs_alone(
    session_factory: sessionmaker[Session], demo_id: int
) -> None:
    actor = cli_actor()
    with session_factory.begin() as s:
        other = create_fair(s, actor, FairInput(name="2016 양주 채용박람회", date=date(2016, 4, 1)))
        add_employer(s, actor, other.id, EmployerInput("(주)다른회사", "220-81-62517", "C"))
        # Things made on the demo after it was loaded: a printed badge, a booth's station.
        seeker_id = s.scalar(
            select(Seeker.id).where(Seeker.fair_id == demo_id, Seeker.badge_no == 1)
        )
        booth_id = s.scalar(select(Booth.id).where(Booth.fair_id == demo_id, Booth.label == "A01"))
        s.add(Badge(id=uuid.uuid4(), seeker_id=seeker_id, code="demo-badge-1"))
        station = Station(id=uuid.uuid4(), name="부스 A01", kind="booth", booth_id=booth_id,
                          created_at=actor.now(), last_seen_at=actor.now())
        s.add(station)
    with session_factory() as s:
        before = compute_figures(s, demo_id)

    result = make_demo(session_factory, reset=True)

    assert result.created
    with session_factory() as s:
        assert count(s, Fair, Fair.is_demo.is_(True)) == 1
        assert s.get(Fair, other.id) is not None
        assert count(s, Employer, Employer.fair_id == other.id) == 1
        after = compute_figures(s, result.fair_id)
        assert {k: v for k, v in after.as_dict().items() if k != "fair_id"} == {
            k: v for k, v in before.as_dict().items() if k != "fair_id"
        }
        assert count(s, Badge) == 0
        kept = s.get(Station, station.id)
        assert kept is not None and kept.booth_id is None
        assert count(s, Seeker) == after.registered  # the old seekers are gone
        assert count(s, Interview) == after.interviews
        demo_events = count(s, AuditEvent, AuditEvent.fair_id == result.fair_id)
        old_events = count(s, AuditEvent, AuditEvent.fair_id == demo_id)
        if result.fair_id != demo_id:
            assert old_events == 0
        assert demo_events == 1


def _snapshot(factory: sessionmaker[Session]) -> dict[str, list[tuple[Any, ...]]]:
    with factory() as s:
        fair_id = s.scalar(select(Fair.id).where(Fair.is_demo.is_(True)))
        seekers = s.execute(
            select(Seeker.badge_no, Seeker.id, Seeker.name, Seeker.phone, Seeker.birth_year,
                   Seeker.residence, Seeker.sex, Seeker.groups, Seeker.channel, CheckIn.at)
            .outerjoin(CheckIn, CheckIn.seeker_id == Seeker.id)
            .where(Seeker.fair_id == fair_id)
            .order_by(Seeker.badge_no)
        ).all()
        employers = s.execute(
            select(Employer.name, Employer.business_no, Employer.contact_phone)
            .where(Employer.fair_id == fair_id).order_by(Employer.name)
        ).all()
        interviews = s.execute(
            select(Seeker.badge_no, Booth.label, Opening.title, Interview.started_at,
                   Interview.outcome)
            .join(Seeker, Seeker.id == Interview.seeker_id)
            .join(Booth, Booth.id == Interview.booth_id)
            .outerjoin(Opening, Opening.id == Interview.opening_id)
            .where(Interview.fair_id == fair_id)
            .order_by(Seeker.badge_no, Interview.started_at)
        ).all()
    return {
        "seekers": [tuple(r) for r in seekers],
        "employers": [tuple(r) for r in employers],
        "interviews": [tuple(r) for r in interviews],
    }


def test_two_databases_get_the_same_data(
    session_factory: sessionmaker[Session], sqlite_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "second.sqlite3"
    shutil.copy(sqlite_template, path)
    second_engine = make_engine(f"sqlite:///{path}")
    second = make_session_factory(second_engine)
    try:
        make_demo(session_factory)
        make_demo(second)
        first_data, second_data = _snapshot(session_factory), _snapshot(second)
    finally:
        second_engine.dispose()
    assert len(first_data["seekers"]) > 1000
    assert first_data == second_data


def test_the_plan_is_the_same_every_time() -> None:
    one, two = build_plan(), build_plan()
    assert [(s.name, s.phone, s.checkin_at) for s in one.seekers] == [
        (s.name, s.phone, s.checkin_at) for s in two.seekers
    ]
    assert [(i.seeker, i.employer, i.outcome) for i in one.interviews] == [
        (i.seeker, i.employer, i.outcome) for i in two.interviews
    ]


def test_hires_fit_the_openings(session_factory: sessionmaker[Session], demo_id: int) -> None:
    with session_factory() as s:
        rows = s.execute(
            select(Interview.outcome, Interview.opening_id, Interview.over_headcount,
                   Booth.employer_id.label("booth_employer"),
                   Opening.employer_id.label("opening_employer"), Interview.seeker_id)
            .join(Booth, Booth.id == Interview.booth_id)
            .outerjoin(Opening, Opening.id == Interview.opening_id)
            .where(Interview.fair_id == demo_id)
        ).all()
        headcounts = dict(
            s.execute(select(Opening.id, Opening.headcount).where(Opening.fair_id == demo_id)).all()
        )
        openings_per_employer = Counter(
            s.scalars(select(Opening.employer_id).where(Opening.fair_id == demo_id))
        )
    hired = [r for r in rows if r.outcome == Outcome.HIRED]
    assert len(hired) == 63
    for r in rows:
        if r.opening_id is not None:
            assert r.opening_employer == r.booth_employer  # an opening of the booth's employer
    for r in hired:
        assert r.opening_id is not None and not r.over_headcount
    per_opening = Counter(r.opening_id for r in hired)
    assert all(per_opening[o] <= headcounts[o] for o in per_opening)
    assert len({r.seeker_id for r in hired}) == 63  # nobody hired twice
    assert sum(headcounts.values()) == 152
    assert set(openings_per_employer.values()) <= {1, 2, 3}
    assert len(openings_per_employer) == 28


def test_times_follow_the_day(session_factory: sessionmaker[Session], demo_id: int) -> None:
    with session_factory() as s:
        checkins = dict(
            s.execute(select(CheckIn.seeker_id, CheckIn.at).where(CheckIn.fair_id == demo_id)).all()
        )
        interviews = s.execute(
            select(Interview.seeker_id, Interview.started_at, Interview.outcome,
                   Interview.outcome_at)
            .where(Interview.fair_id == demo_id)
        ).all()
        walk_ins = s.execute(
            select(Seeker.created_at, CheckIn.at)
            .join(CheckIn, CheckIn.seeker_id == Seeker.id)
            .where(Seeker.fair_id == demo_id, Seeker.channel == Channel.WALK_IN)
        ).all()
        pre = s.scalars(
            select(Seeker.created_at).where(
                Seeker.fair_id == demo_id, Seeker.channel == Channel.PRE_REGISTERED
            )
        ).all()
    assert len(checkins) == 1000
    assert all(OPENS <= at < CLOSES and at.tzinfo is not None for at in checkins.values())
    morning = sum(1 for at in checkins.values() if at < OPENS + timedelta(hours=2))
    assert morning > 500  # busiest in the morning
    for r in interviews:
        assert r.seeker_id in checkins
        assert checkins[r.seeker_id] < r.started_at
        assert OPENS <= r.started_at <= CLOSES
        if r.outcome is None:
            assert r.outcome_at is None
        else:
            assert r.outcome_at is not None and r.started_at <= r.outcome_at <= CLOSES
    assert all(created < at for created, at in walk_ins)
    assert all(created < OPENS for created in pre)  # signed up before the day


def test_employers_are_valid(session_factory: sessionmaker[Session], demo_id: int) -> None:
    with session_factory() as s:
        employers = s.scalars(select(Employer).where(Employer.fair_id == demo_id)).all()
        booths = s.execute(
            select(Booth.label, Booth.grid_row, Booth.grid_col).where(Booth.fair_id == demo_id)
        ).all()
        openings = s.scalars(select(Opening).where(Opening.fair_id == demo_id)).all()
        for e in employers:
            assert bizno.is_valid(e.business_no), e.business_no
            assert e.ksic_section in KSIC_SECTIONS and e.ksic_code[:1].isdigit()
            assert e.contact_name and normalize_phone(e.contact_phone) == e.contact_phone
        for o in openings:
            assert o.keco_code[0] in KECO_MAJOR and o.headcount >= 1
            assert o.wage and o.work_place
    assert len(employers) == 28
    assert len({e.business_no for e in employers}) == 28
    sections = Counter(e.ksic_section for e in employers)
    assert sections["C"] >= 10 and sections["H"] >= 2 and sections["Q"] >= 2
    assert any(e.ksic_code.startswith(("13", "14")) for e in employers)
    labels = sorted(b.label for b in booths)
    assert labels == [f"A{i:02d}" for i in range(1, 15)] + [f"B{i:02d}" for i in range(1, 15)]
    assert len({(b.grid_row, b.grid_col) for b in booths}) == 28


def test_seekers_are_plausible(session_factory: sessionmaker[Session], demo_id: int) -> None:
    with session_factory() as s:
        seekers = s.scalars(select(Seeker).where(Seeker.fair_id == demo_id)).all()
        rows = [
            (x.name, x.phone, x.birth_year, x.residence, x.sex, list(x.groups), x.badge_no,
             x.consent_collection, x.consent_sensitive, x.consent_notice_version, x.desired_keco)
            for x in seekers
        ]
    phones = [r[1] for r in rows]
    assert len(phones) == len(set(phones))  # no duplicate phones
    assert all(re.fullmatch(r"010[2-9]\d{7}", p) for p in phones)
    assert sorted(r[6] or 0 for r in rows) == list(range(1, len(rows) + 1))
    ages = [2015 - r[2] for r in rows]
    assert min(ages) >= 19 and max(ages) <= 70
    assert max(ages) - min(ages) > 40
    assert all(re.fullmatch(r"[가-힣]{2,4}", r[0]) for r in rows)
    assert Counter(r[0][0] for r in rows).most_common(1)[0][0] == "김"
    residences = Counter(r[3] for r in rows)
    assert {"양주시", "의정부시", "동두천시"} <= set(residences)
    assert residences.most_common(1)[0][0] == "양주시"
    assert {r[4] for r in rows} == {"M", "F", None}
    groups = Counter(g for r in rows for g in r[5])
    assert groups.keys() == {str(g) for g in DeclaredGroup}
    for r in rows:
        assert r[7] is True and r[9]
        if DeclaredGroup.DISABILITY in r[5]:
            assert r[8] is True  # sensitive data only with its own consent
        assert r[10][:1] in KECO_MAJOR


# How fast the demo loads is measured by ``python -m bench demo`` (goal: 3 s), not asserted here.
