"""Ten booth stations hiring into an opening of four at the same moment, on SQLite and
PostgreSQL: four are hired, six are told the positions are filled, never more."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import Interview
from tests.services import race_workers
from tests.services.accounts.test_account_races import race_threads
from tests.services.fairkit import FAIR_DAY, register, small_fair

pytestmark = pytest.mark.slow
HEADCOUNT = 4
STATIONS = 10


def test_parallel_hires_never_exceed_the_headcount(
    db_url: str, session_factory: sessionmaker[Session]
) -> None:
    fair = small_fair(session_factory, headcount=HEADCOUNT)
    seekers = [register(session_factory, fair.fair_id, f"구직자{n}", phone=f"010-5555-{n:04d}")
               for n in range(STATIONS)]
    reported = race_threads(race_workers.hire, [
        (db_url, str(s.id), fair.booth_a, fair.opening_a, FAIR_DAY) for s in seekers
    ])
    assert sorted(reported) == ["HeadcountExceededError"] * (STATIONS - HEADCOUNT) + [
        "hired"] * HEADCOUNT
    with session_factory() as s:
        hires = s.scalar(select(func.count()).select_from(Interview).where(
            Interview.opening_id == fair.opening_a, Interview.outcome == "hired"))
    assert hires == HEADCOUNT
