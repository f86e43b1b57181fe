"""Builders for the service tests: a small fair set up through the services themselves."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from jobfair.services.context import Actor
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

FAIR_DAY = datetime(2015, 3, 25, 1, 0, tzinfo=UTC)  # 10:00 in Seoul

# valid 사업자등록번호 (check digits computed by hand in tests/domain/test_bizno.py)
BIZNO_A = "220-81-62517"
BIZNO_B = "124-81-55663"
BIZNO_C = "123-45-67891"


def ticking_clock(start: datetime = FAIR_DAY, step: timedelta = timedelta(minutes=1)) -> Callable[
    [], datetime
]:
    """A clock that moves ``step`` each time it is read, so every write has its own time."""
    now = [start]

    def clock() -> datetime:
        now[0] += step
        return now[0]

    return clock


def actor(name: str = "tester", clock: Callable[[], datetime] | None = None) -> Actor:
    return Actor(station_id=uuid.uuid4(), name=name, clock=clock or ticking_clock())


@dataclass(frozen=True)
class SmallFair:
    """Fair with employer A (booth A-1, one opening of ``headcount``) and B (booth B-1, two)."""

    fair_id: int
    employer_a: int
    employer_b: int
    booth_a: int
    booth_b: int
    opening_a: int
    opening_b1: int
    opening_b2: int


def small_fair(
    factory: sessionmaker[Session],
    who: Actor | None = None,
    headcount: int = 2,
    day: date | None = None,
) -> SmallFair:
    """The fair on ``day`` (the 2015 fair's day by default; GUI tests that write with the real
    clock hold it today)."""
    who = who or actor()
    with factory.begin() as s:
        fair = create_fair(
            s, who, FairInput("2015 양주 일자리사랑 채용박람회", day or FAIR_DAY.date())
        )
        a = add_employer(s, who, fair.id, EmployerInput("(주)양주섬유", BIZNO_A, "C"))
        b = add_employer(s, who, fair.id, EmployerInput("동두천물류", BIZNO_B, "H"))
        booth_a = add_booth(s, who, fair.id, a.id, "A-1")
        booth_b = add_booth(s, who, fair.id, b.id, "B-1")
        op_a = add_opening(s, who, fair.id, a.id, OpeningInput("봉제원", headcount, "8"))
        op_b1 = add_opening(s, who, fair.id, b.id, OpeningInput("지게차 운전원", 3, "6"))
        op_b2 = add_opening(s, who, fair.id, b.id, OpeningInput("물류 사무원", 1, "0"))
    return SmallFair(fair.id, a.id, b.id, booth_a.id, booth_b.id, op_a.id, op_b1.id, op_b2.id)


def seeker_input(
    name: str = "김민준",
    *,
    phone: str = "010-1234-5678",
    birth_year: int = 1990,
    consent: Consent | None = None,
    groups: tuple[str, ...] = (),
    channel: str = "walk_in",
    seeker_id: uuid.UUID | None = None,
) -> SeekerInput:
    return SeekerInput(
        name=name,
        birth_year=birth_year,
        phone=phone,
        consent=consent or Consent(collection=True),
        groups=groups,
        channel=channel,
        id=seeker_id,
    )


def register(
    factory: sessionmaker[Session], fair_id: int, name: str = "김민준", **kwargs: object
) -> SeekerView:
    with factory.begin() as s:
        return register_seeker(s, actor(), fair_id, seeker_input(name, **kwargs))  # type: ignore[arg-type]
