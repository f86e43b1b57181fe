"""Setting up a fair: employers, booths and openings, and the mistakes refused."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import AuditEvent
from jobfair.domain.errors import NotFoundError, ValidationError
from jobfair.services.setup.fairs import (
    EmployerInput,
    FairInput,
    OpeningInput,
    add_booth,
    add_employer,
    add_opening,
    create_fair,
    get_fair,
    list_booths,
    list_fairs,
    list_openings,
)
from tests.services.fairkit import BIZNO_A, BIZNO_C, actor, small_fair


def test_setup_is_stored_and_audited(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    with session_factory() as s:
        fair = get_fair(s, ids.fair_id)
        assert fair.name == "2015 양주 일자리사랑 채용박람회"
        assert fair.date == date(2015, 3, 25)
        assert [(b.label, b.employer_name) for b in list_booths(s, ids.fair_id)] == [
            ("A-1", "(주)양주섬유"),
            ("B-1", "동두천물류"),
        ]
        assert [o.headcount for o in list_openings(s, ids.fair_id)] == [2, 3, 1]
        assert [o.title for o in list_openings(s, ids.fair_id, ids.employer_b)] == [
            "지게차 운전원",
            "물류 사무원",
        ]
        entities = s.scalars(select(AuditEvent.entity).order_by(AuditEvent.at)).all()
    assert entities == ["fair", "employer", "employer", "booth", "booth"] + ["opening"] * 3


def test_latest_fair_is_the_default(session_factory: sessionmaker[Session]) -> None:
    who = actor()
    with session_factory.begin() as s:
        old = create_fair(s, who, FairInput("2014", date(2014, 9, 1)))
        new = create_fair(s, who, FairInput("2015", date(2015, 3, 25)))
    with session_factory() as s:
        assert get_fair(s).id == new.id
        assert [f.id for f in list_fairs(s)] == [new.id, old.id]
        with pytest.raises(NotFoundError):
            get_fair(s, 999_999)


def test_no_fair_at_all(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as s, pytest.raises(NotFoundError) as info:
        get_fair(s)
    assert "jobfair demo" in str(info.value)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (FairInput("   ", date(2015, 3, 25)), "name"),
        (FairInput("F", date(2015, 3, 25), opens_at=time(16), closes_at=time(10)), "closes_at"),
    ],
)
def test_bad_fair(session_factory: sessionmaker[Session], data: FairInput, field: str) -> None:
    with pytest.raises(ValidationError) as info, session_factory.begin() as s:
        create_fair(s, actor(), data)
    assert info.value.field == field


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (EmployerInput("(주)새봄", "220-81-62518", "C"), "business_no"),  # check digit
        (EmployerInput("(주)새봄", "220-81-6251", "C"), "business_no"),  # nine digits
        (EmployerInput(" ", BIZNO_C, "C"), "name"),
        (EmployerInput("(주)새봄", BIZNO_C, "Z"), "ksic_section"),
        (EmployerInput("(주)새봄", BIZNO_A, "C"), "business_no"),  # taken by (주)양주섬유
    ],
)
def test_bad_employer(
    session_factory: sessionmaker[Session], data: EmployerInput, field: str
) -> None:
    ids = small_fair(session_factory)
    with pytest.raises(ValidationError) as info, session_factory.begin() as s:
        add_employer(s, actor(), ids.fair_id, data)
    assert info.value.field == field


def test_employer_number_is_stored_as_digits(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    with session_factory.begin() as s:
        view = add_employer(s, actor(), ids.fair_id, EmployerInput("새봄", " 123 45 67891", "c"))
    assert (view.business_no, view.ksic_section) == ("1234567891", "C")


def test_bad_booths(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    with pytest.raises(ValidationError) as info, session_factory.begin() as s:
        add_booth(s, actor(), ids.fair_id, ids.employer_b, " A-1 ")
    assert info.value.field == "label"
    assert "A-1" in str(info.value)
    with pytest.raises(ValidationError) as info, session_factory.begin() as s:
        add_booth(s, actor(), ids.fair_id, ids.employer_b, "  ")
    assert info.value.field == "label"
    with pytest.raises(NotFoundError), session_factory.begin() as s:
        add_booth(s, actor(), ids.fair_id, 999_999, "C-1")
    with session_factory() as s:
        assert len(list_booths(s, ids.fair_id)) == 2


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (OpeningInput("봉제원", 0), "headcount"),
        (OpeningInput("봉제원", -3), "headcount"),
        (OpeningInput("  ", 2), "title"),
        (OpeningInput("봉제원", 2, employment_type="forever"), "employment_type"),
    ],
)
def test_bad_opening(
    session_factory: sessionmaker[Session], data: OpeningInput, field: str
) -> None:
    ids = small_fair(session_factory)
    with pytest.raises(ValidationError) as info, session_factory.begin() as s:
        add_opening(s, actor(), ids.fair_id, ids.employer_a, data)
    assert info.value.field == field


def test_opening_of_an_employer_of_another_fair(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    with session_factory.begin() as s:
        other = create_fair(s, actor(), FairInput("other", date(2016, 1, 1)))
    with pytest.raises(NotFoundError), session_factory.begin() as s:
        add_opening(s, actor(), other.id, ids.employer_a, OpeningInput("봉제원", 1))
