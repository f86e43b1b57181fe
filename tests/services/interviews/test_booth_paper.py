"""Paper fallback: a booth's result sheet keyed line by line, all or nothing."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import AuditEvent, Interview
from jobfair.domain.errors import ValidationError
from jobfair.services.context import Actor
from jobfair.services.interviews.booth import record_interview
from jobfair.services.interviews.paper import PaperSheetError, key_paper_sheet
from jobfair.services.interviews.service import HeadcountExceededError
from jobfair.services.reports.metrics import compute_figures
from jobfair.services.seekers.service import SeekerView
from tests.services.fairkit import SmallFair, small_fair
from tests.services.fairkit import actor as fair_day_actor
from tests.services.interviews.test_booth import add_seeker

Factory = sessionmaker[Session]


@pytest.fixture
def fair(session_factory: Factory) -> SmallFair:
    return small_fair(session_factory)  # booth B-1: openings of 3 and of 1


@pytest.fixture
def people(session_factory: Factory, fair: SmallFair) -> list[SeekerView]:
    return [add_seeker(session_factory, fair.fair_id, f"종이{i}", phone=f"010-6666-{i:04d}")
            for i in range(6)]


def organizer() -> Actor:
    return Actor(station_id=uuid.uuid4(), name="organizer")


def interviews(factory: Factory) -> int:
    with factory() as s:
        return s.scalar(select(func.count()).select_from(Interview)) or 0


def test_a_clean_sheet_is_saved(
    session_factory: Factory, fair: SmallFair, people: list[SeekerView]
) -> None:
    lines = [
        (f"#{people[0].badge_no}", "1", str(fair.opening_b1)),
        (people[1].badge_no, 2, None),
        (str(people[2].badge_no), "", ""),
        (str(people[3].badge_no), "4"),
        (str(people[4].badge_no), "1", fair.opening_b2),
    ]
    who = organizer()
    with session_factory.begin() as s:
        result = key_paper_sheet(s, who, fair.booth_b, lines)
    assert len(result.interviews) == 5 and result.hires == 2
    assert [v.outcome for v in result.interviews] == ["hired", "second", None, "rejected", "hired"]
    with session_factory() as s:
        figures = compute_figures(s, fair.fair_id)
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "paper_sheet"))
    assert (figures.interviews, figures.hires, figures.attendees) == (5, 2, 5)
    assert event is not None and event.station_id == who.station_id
    assert event.after is not None and event.after["lines"] == 5


def test_a_bad_line_saves_nothing_and_every_error_is_reported(
    session_factory: Factory, fair: SmallFair, people: list[SeekerView]
) -> None:
    lines = [
        (str(people[0].badge_no), "2", ""),   # fine
        ("9999", "1", str(fair.opening_b1)),  # no such badge
        (str(people[1].badge_no), "7", ""),   # no such key
        (str(people[2].badge_no), "1", ""),   # hired: which opening?
        (str(people[0].badge_no), "3", ""),   # the same badge again
        (str(people[3].badge_no), "3", str(fair.opening_a)),  # another employer's opening
        ("abc", "3", ""),                     # not a number
        (str(people[4].badge_no), "2", ""),   # fine
    ]
    with session_factory.begin() as s, pytest.raises(PaperSheetError) as caught:
        key_paper_sheet(s, organizer(), fair.booth_b, lines)
    assert [(e.line, e.field) for e in caught.value.errors] == [
        (2, "badge"), (3, "outcome"), (4, "opening"), (5, "badge"), (6, "opening"), (7, "badge"),
    ]
    assert caught.value.params == {"count": 6}
    assert caught.value.errors[3].error.params["line"] == 1
    assert interviews(session_factory) == 0


def test_headcount_counts_the_sheet_itself(
    session_factory: Factory, fair: SmallFair, people: list[SeekerView]
) -> None:
    # opening b2 seeks one person: the sheet's second hire for it is beyond the headcount
    lines = [(str(p.badge_no), "1", str(fair.opening_b2)) for p in people[:2]]
    with session_factory.begin() as s, pytest.raises(PaperSheetError) as caught:
        key_paper_sheet(s, organizer(), fair.booth_b, lines)
    assert [(e.line, e.field) for e in caught.value.errors] == [(2, "outcome")]
    assert isinstance(caught.value.errors[0].error, HeadcountExceededError)
    assert interviews(session_factory) == 0
    with session_factory.begin() as s:
        result = key_paper_sheet(s, organizer(), fair.booth_b, lines, force=True)
    assert [v.over_headcount for v in result.interviews] == [False, True]


def test_a_seeker_already_interviewed_at_the_booth(
    session_factory: Factory, fair: SmallFair, people: list[SeekerView]
) -> None:
    with session_factory.begin() as s:  # at the booth, on the fair's day
        record_interview(s, fair_day_actor(), fair.booth_b, people[0].id, outcome="second")
    lines = [(str(people[0].badge_no), "4", ""), (str(people[1].badge_no), "4", "")]
    with session_factory.begin() as s, pytest.raises(PaperSheetError) as caught:
        key_paper_sheet(s, organizer(), fair.booth_b, lines)
    assert [e.line for e in caught.value.errors] == [1]
    assert interviews(session_factory) == 1
    with session_factory.begin() as s:
        key_paper_sheet(s, organizer(), fair.booth_b, lines, allow_repeat=True)
    assert interviews(session_factory) == 3


def test_an_empty_sheet_is_refused(session_factory: Factory, fair: SmallFair) -> None:
    with session_factory.begin() as s, pytest.raises(ValidationError):
        key_paper_sheet(s, organizer(), fair.booth_b, [])
