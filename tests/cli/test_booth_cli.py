"""``jobfair booths`` and ``jobfair interview``: output, JSON and exit codes, through main()."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from jobfair.app import main
from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.models import Interview
from tests.services.fairkit import SmallFair, small_fair
from tests.services.interviews.test_booth import add_seeker


@pytest.fixture
def fair(db_url: str) -> SmallFair:
    engine = make_engine(db_url)
    try:
        return small_fair(make_session_factory(engine), headcount=1)
    finally:
        engine.dispose()


def badges(db_url: str, fair: SmallFair, count: int) -> list[int]:
    engine = make_engine(db_url)
    try:
        factory = make_session_factory(engine)
        numbers = []
        for i in range(count):
            seeker = add_seeker(factory, fair.fair_id, f"명령{i}", phone=f"010-7777-{i:04d}")
            assert seeker.badge_no is not None
            numbers.append(seeker.badge_no)
        return numbers
    finally:
        engine.dispose()


def interview_count(db_url: str) -> int:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(Interview)).scalar_one()
    finally:
        engine.dispose()


# the small fair is dated 2015-03-25: interviews keyed now carry that day's time (else they would
# be rehearsal records, which count nowhere)
ON_THE_DAY = ("--at", "2015-03-25 11:00")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--lang", "en"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_booths_json_lists_openings_with_hires(
    db_url: str, fair: SmallFair, capsys: pytest.CaptureFixture[str]
) -> None:
    (number,) = badges(db_url, fair, 1)
    code, _, err = run(capsys, "interview", str(number), "--booth", "A-1", "--outcome", "hired",
                       *ON_THE_DAY, "--db", db_url)
    assert code == 0, err
    code, out, err = run(capsys, "booths", "--json", "--fair", str(fair.fair_id), "--db", db_url)
    assert code == 0, err
    data = json.loads(out)
    assert [(b["label"], b["employer"]) for b in data] == [
        ("A-1", "(주)양주섬유"), ("B-1", "동두천물류"),
    ]
    assert data[0]["openings"] == [
        {"id": fair.opening_a, "title": "봉제원", "headcount": 1, "hires": 1}
    ]
    assert [o["id"] for o in data[1]["openings"]] == [fair.opening_b1, fair.opening_b2]


def test_booths_text(db_url: str, fair: SmallFair, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "booths", "--db", db_url)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["A-1", "(주)양주섬유"]
    assert "봉제원" in lines[1] and "0 of 1 hired" in lines[1]
    assert len(lines) == 5


def test_interview_json_and_the_headcount_rule(
    db_url: str, fair: SmallFair, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = badges(db_url, fair, 2)
    code, out, err = run(capsys, "interview", f"#{first}", "--booth", "A-1", "--outcome", "hired",
                         *ON_THE_DAY, "--json", "--db", db_url)
    assert code == 0, err
    saved = json.loads(out)
    assert saved["badge_no"] == first and saved["name"] == "명령0"
    assert (saved["booth"], saved["opening_id"], saved["outcome"]) == ("A-1", fair.opening_a,
                                                                       "hired")
    assert (saved["hires"], saved["headcount"], saved["over_headcount"]) == (1, 1, False)

    # the only position is filled: refused with one line naming --force, nothing saved
    code, out, err = run(capsys, "interview", str(second), "--booth", "A-1", "--outcome",
                         "hired", *ON_THE_DAY, "--json", "--db", db_url)
    assert code != 0 and out == ""
    assert len(err.strip().splitlines()) == 1 and "--force" in err and "봉제원" in err
    assert interview_count(db_url) == 1

    code, out, err = run(capsys, "interview", str(second), "--booth", "A-1", "--outcome",
                         "hired", "--force", *ON_THE_DAY, "--json", "--db", db_url)
    assert code == 0, err
    assert json.loads(out)["over_headcount"] is True
    assert interview_count(db_url) == 2


def test_interview_again_needs_again(
    db_url: str, fair: SmallFair, capsys: pytest.CaptureFixture[str]
) -> None:
    (number,) = badges(db_url, fair, 1)
    code, out, err = run(capsys, "interview", str(number), "--booth", "B-1", "--db", db_url)
    assert code == 0, err
    assert "명령0" in out and "B-1" in out
    code, out, err = run(capsys, "interview", str(number), "--booth", "B-1", "--outcome",
                         "second", "--db", db_url)
    assert code != 0 and "--again" in err and len(err.strip().splitlines()) == 1
    code, out, err = run(capsys, "interview", str(number), "--booth", "B-1", "--outcome",
                         "second", "--again", "--db", db_url)
    assert code == 0, err
    assert interview_count(db_url) == 2


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["interview", "#999", "--booth", "A-1"], "999"),
        (["interview", "1", "--booth", "Z-9"], "Z-9"),
        (["interview", "1", "--booth", "B-1", "--outcome", "hired"], "opening"),
    ],
)
def test_interview_errors_are_one_line(
    db_url: str, fair: SmallFair, capsys: pytest.CaptureFixture[str], argv: list[str],
    needle: str,
) -> None:
    badges(db_url, fair, 1)
    code, out, err = run(capsys, *argv, "--db", db_url)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and needle in err
    assert interview_count(db_url) == 0


def test_interview_bad_outcome_is_a_usage_error(
    db_url: str, fair: SmallFair, capsys: pytest.CaptureFixture[str]
) -> None:
    # (the message goes to the sys.stderr bound when jobfair.cli was imported, past capsys)
    code, _, _ = run(capsys, "interview", "1", "--booth", "A-1", "--outcome", "maybe",
                     "--db", db_url)
    assert code == 2
    assert interview_count(db_url) == 0
