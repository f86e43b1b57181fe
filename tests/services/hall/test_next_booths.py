"""Where to go next: fitting booths with positions left, shortest wait first; who was sent where,
and how many of them interviewed there."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy.orm import Session, sessionmaker

from jobfair.services.context import Actor
from jobfair.services.hall.next_booths import record_referrals, referral_counts, suggest_booths
from jobfair.services.interviews.booth import enqueue, record_interview
from jobfair.services.seekers.service import Consent, SeekerInput, SeekerView, register_seeker
from jobfair.services.setup.fairs import (
    EmployerInput,
    FairInput,
    OpeningInput,
    add_booth,
    add_employer,
    add_opening,
    create_fair,
)
from tests.services.fairkit import BIZNO_A, BIZNO_B, BIZNO_C, FAIR_DAY, actor

Factory = sessionmaker[Session]

BIZNOS = [BIZNO_A, BIZNO_B, BIZNO_C, "110-81-00005", "220-88-00000"]


def hall(factory: Factory, openings: list[tuple[str, str, int]]) -> tuple[int, dict[str, int],
                                                                          dict[str, int]]:
    """A fair on FAIR_DAY with one employer and booth per (label, KECO code, headcount)."""
    who = actor()
    booths, opening_ids = {}, {}
    with factory.begin() as s:
        fair = create_fair(s, who, FairInput("행선지 시험 박람회", FAIR_DAY.date()))
        for (label, keco, headcount), bizno in zip(openings, BIZNOS, strict=False):
            employer = add_employer(s, who, fair.id, EmployerInput(f"회사 {label}", bizno, "C"))
            booths[label] = add_booth(s, who, fair.id, employer.id, label).id
            opening_ids[label] = add_opening(
                s, who, fair.id, employer.id, OpeningInput(f"직무 {label}", headcount, keco)).id
    return fair.id, booths, opening_ids


def seeker(factory: Factory, fair_id: int, name: str, keco: str, n: int) -> SeekerView:
    with factory.begin() as s:
        return register_seeker(s, actor(), fair_id, SeekerInput(
            name=name, birth_year=1990, phone=f"010-3000-{n:04d}", desired_keco=keco,
            consent=Consent(collection=True)))


def test_fitting_booths_with_positions_left_shortest_wait_first(session_factory: Factory) -> None:
    fair_id, booths, openings = hall(session_factory, [
        ("A-1", "61", 2), ("A-2", "61", 2), ("A-3", "61", 2), ("A-4", "61", 1), ("B-1", "02", 5),
    ])
    now = FAIR_DAY + timedelta(minutes=30)
    who = Actor(station_id=uuid.uuid4(), name="booth", clock=lambda: now)
    crowd = [seeker(session_factory, fair_id, f"대기{i}", "02", i) for i in range(6)]
    with session_factory.begin() as s:
        for person in crowd[:3]:  # three wait at A-1, one at A-2, none at A-3
            enqueue(s, who, booths["A-1"], person.id)
        enqueue(s, who, booths["A-2"], crowd[3].id)
        # A-4's only position is filled
        record_interview(s, who, booths["A-4"], crowd[4].id, outcome="hired",
                         opening_id=openings["A-4"])
    driver = seeker(session_factory, fair_id, "운전원", "61", 99)
    with session_factory() as s:
        named = suggest_booths(s, driver.id, now)
    assert [b.label for b in named] == ["A-3", "A-2", "A-1"]
    assert named[0].wait.minutes < named[1].wait.minutes < named[2].wait.minutes
    assert all(b.left > 0 and b.opening_title.startswith("직무") for b in named)
    # B-1 does not fit a driver; an office worker is sent only there
    office = seeker(session_factory, fair_id, "사무원", "02", 98)
    with session_factory() as s:
        assert [b.label for b in suggest_booths(s, office.id, now)] == ["B-1"]
        assert len(suggest_booths(s, driver.id, now, limit=2)) == 2

    # an employer already interviewed with today is not named again
    with session_factory.begin() as s:
        record_interview(s, who, booths["A-3"], driver.id, outcome="pending",
                         opening_id=openings["A-3"])
    with session_factory() as s:
        assert [b.label for b in suggest_booths(s, driver.id, now)] == ["A-2", "A-1"]


def test_nothing_fits_names_no_booth(session_factory: Factory) -> None:
    fair_id, _, _ = hall(session_factory, [("A-1", "61", 2)])
    cook = seeker(session_factory, fair_id, "요리사", "", 1)
    with session_factory() as s:
        assert suggest_booths(s, cook.id, FAIR_DAY) == ()
        assert suggest_booths(s, uuid.uuid4(), FAIR_DAY) == ()


def test_sent_and_interviewed_per_booth(session_factory: Factory) -> None:
    fair_id, booths, openings = hall(session_factory, [("A-1", "61", 3), ("A-2", "61", 3)])
    now = FAIR_DAY + timedelta(minutes=10)
    who = Actor(station_id=uuid.uuid4(), name="booth", clock=lambda: now)
    first = seeker(session_factory, fair_id, "첫째", "61", 1)
    second = seeker(session_factory, fair_id, "둘째", "61", 2)
    with session_factory.begin() as s:
        for person in (first, second):
            named = suggest_booths(s, person.id, now)
            assert record_referrals(s, person.id, named, now, source="kiosk") == 2
        # a second check-in names the same booths: not counted twice
        assert record_referrals(s, first.id, suggest_booths(s, first.id, now), now) == 0
        record_interview(s, who, booths["A-1"], first.id, outcome="rejected",
                         opening_id=openings["A-1"])
        # an undone interview does not count as having gone there
        undone = record_interview(s, who, booths["A-2"], second.id, outcome="hired",
                                  opening_id=openings["A-2"])
    from jobfair.services.interviews.corrections import undo_interview
    with session_factory.begin() as s:
        undo_interview(s, who, undone.id)
    with session_factory() as s:
        counts = referral_counts(s, fair_id)
    assert {b: (c.sent, c.interviewed) for b, c in counts.items()} == {
        booths["A-1"]: (2, 1), booths["A-2"]: (2, 0)}


def test_an_opening_requirement_met_counts_as_a_fit_as_in_matching(
    session_factory: Factory,
) -> None:
    """Where to go next reads the seeker and the opening as the matching does: an answer the
    opening requires makes it fit, though nothing else does."""
    from dataclasses import replace

    from jobfair.services.setup.fields import FieldInput, add_field
    from jobfair.services.setup.requirements import Requirement, set_opening_requirements

    fair_id, _, openings = hall(session_factory, [("A-1", "61", 2)])
    with session_factory.begin() as s:
        add_field(s, actor(), fair_id, FieldInput("driving", "yes_no", "운전 가능"))
        set_opening_requirements(s, actor(), openings["A-1"], [Requirement("driving", True)])
    driver, walker = (
        replace(SeekerInput(name=name, birth_year=1990, phone=f"010-4000-000{n}",
                            desired_keco="", consent=Consent(collection=True)),
                answers=(("driving", answer),))
        for n, (name, answer) in enumerate((("운전원", True), ("보행자", False)))
    )
    with session_factory.begin() as s:
        can_drive = register_seeker(s, actor(), fair_id, driver)
        cannot = register_seeker(s, actor(), fair_id, walker)
    with session_factory() as s:
        assert [b.label for b in suggest_booths(s, can_drive.id, FAIR_DAY)] == ["A-1"]
        assert suggest_booths(s, cannot.id, FAIR_DAY) == ()
