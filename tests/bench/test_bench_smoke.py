"""The benchmark fair generator makes what it says (so the benchmarks measure a real fair).

Small sizes only, and no timings: the figures the database computes must equal the counts the
generator planned, and the rows must keep the rules the app keeps.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, sessionmaker

from bench.__main__ import main as bench_main
from bench.largefair import LargeFairSpec, build_large_fair, cached_sqlite, plan_large_fair
from jobfair.db.models import Booth, CheckIn, Employer, Fair, Interview, Opening, Seeker
from jobfair.domain import bizno
from jobfair.services.reports.metrics import compute_figures

SMALL = LargeFairSpec(seekers=200, employers=5, interviews=500)


def pairs(session: Session, query: Select[Any, Any]) -> dict[Any, Any]:
    return {key: value for key, value in session.execute(query)}


def build_small(factory: sessionmaker[Session]) -> int:
    return build_large_fair(factory, SMALL.seekers, SMALL.employers, SMALL.interviews)


def test_figures_match_what_was_generated(session_factory: sessionmaker[Session]) -> None:
    fair_id = build_small(session_factory)
    expected = plan_large_fair(SMALL).expected()
    with session_factory() as session:
        figures = compute_figures(session, fair_id).as_dict()
    assert {key: figures[key] for key in expected} == expected
    assert expected["attendees"] == 200
    assert expected["registered"] == 220  # a tenth more registered and stayed away
    assert expected["employers"] == 5
    assert expected["interviews"] == 500
    assert 0 < expected["interviewees"] < 200
    assert expected["hires"] > 0 and expected["rejected"] > 0 and expected["undecided"] > 0


def test_rows_keep_the_rules(session_factory: sessionmaker[Session]) -> None:
    fair_id = build_small(session_factory)
    with session_factory() as session:
        numbers = session.scalars(select(Employer.business_no).where(Employer.fair_id == fair_id))
        assert all(bizno.is_valid(n) for n in numbers)
        phones = session.scalars(select(Seeker.phone).where(Seeker.fair_id == fair_id)).all()
        assert len(phones) == len(set(phones)) == 220
        badges = session.scalars(select(Seeker.badge_no).where(Seeker.fair_id == fair_id)).all()
        assert len(set(badges)) == 220 and None not in badges

        arrived = pairs(session, select(CheckIn.seeker_id, CheckIn.at))
        booths_of: dict[Any, list[int]] = defaultdict(list)
        interviews = session.scalars(select(Interview).where(Interview.fair_id == fair_id)).all()
        for iv in interviews:
            assert iv.started_at.tzinfo is UTC
            assert iv.seeker_id in arrived, "interviewed without checking in"
            assert iv.started_at > arrived[iv.seeker_id]
            booths_of[iv.seeker_id].append(iv.booth_id)
        assert all(len(b) == len(set(b)) for b in booths_of.values()), "same booth twice"

        # every interview is for an opening of the booth's own employer
        owner = pairs(session, select(Booth.id, Booth.employer_id))
        opening_owner = pairs(session, select(Opening.id, Opening.employer_id))
        assert all(iv.opening_id is not None for iv in interviews)
        assert all(opening_owner[iv.opening_id] == owner[iv.booth_id] for iv in interviews)
        # no opening hires more on the spot than it sought
        hired = Counter(iv.opening_id for iv in interviews if iv.outcome == "hired")
        headcount = pairs(session, select(Opening.id, Opening.headcount))
        assert all(n <= headcount[o] for o, n in hired.items())


def test_plan_is_deterministic() -> None:
    first, second = plan_large_fair(SMALL), plan_large_fair(SMALL)
    assert first.seekers == second.seekers
    assert first.interviews == second.interviews
    other = plan_large_fair(LargeFairSpec(seekers=200, employers=5, interviews=500, seed=7))
    assert other.seekers[0]["id"] != first.seekers[0]["id"]


def test_second_fair_in_same_database(session_factory: sessionmaker[Session]) -> None:
    """Setup ids are offset past existing rows, so the generator can add to a used database."""
    first = build_small(session_factory)
    second = build_large_fair(session_factory, 50, 3, 60)
    with session_factory() as session:
        assert compute_figures(session, first).interviews == 500
        assert compute_figures(session, second).employers == 3
        assert session.scalar(select(func.count()).select_from(Fair)) == 2


def test_sqlite_cache_is_reused(tmp_path: Path) -> None:
    made = cached_sqlite(SMALL, tmp_path)
    again = cached_sqlite(SMALL, tmp_path)
    assert not made.cached and again.cached
    assert again.path == made.path and again.fair_id == made.fair_id
    assert [p.suffix for p in sorted(tmp_path.iterdir())] == [".json", ".sqlite3"]


def test_runner_prints_one_json_object_per_line(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["stats", "--db", sqlite_url, "--runs", "2", "--seekers", "200", "--employers", "5",
            "--interviews", "500"]
    assert bench_main(args) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [d["name"] for d in lines] == ["largefair.generate", "stats.median", "stats.p95"]
    for data in lines:
        assert {"name", "value", "unit", "goal", "db"} <= set(data)
        assert data["db"] == "sqlite"
    assert lines[1]["goal"] == 100 and lines[1]["n"] == 2
    # a second run finds the fair it built instead of building another
    assert bench_main(args) == 0
    assert [json.loads(x)["name"] for x in capsys.readouterr().out.splitlines()] == [
        "stats.median", "stats.p95"
    ]


def test_runner_refuses_unknown_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_main(["nosuch"]) == 2
    assert "no benchmark named nosuch" in capsys.readouterr().err
