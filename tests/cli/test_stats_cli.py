"""``jobfair demo`` then ``jobfair stats --json``: the article's figures, on both databases."""

from __future__ import annotations

import json
from typing import Any

import pytest

from jobfair.app import main

KEYS = {
    "employers", "positions", "registered", "attendees", "interviewees", "interviews", "hires",
    "second_interviews", "pending", "hire_rate", "interview_hire_rate",
}


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    status = main(list(argv))
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert captured.err == ""
    return json.loads(captured.out)


def test_stats_json_of_the_demo(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--db", db_url]) == 0
    assert capsys.readouterr().err == ""

    figures = run_json(capsys, "stats", "--json", "--db", db_url)

    assert figures.keys() >= KEYS
    assert figures["employers"] == 28
    assert figures["positions"] == 152
    assert figures["attendees"] == 1000
    assert figures["registered"] > 1000
    assert figures["interviewees"] == 405
    assert figures["interviews"] > 405
    assert figures["hires"] == 63
    assert figures["second_interviews"] > 0 and figures["pending"] > 0
    assert figures["hire_rate"] == 41.4
    assert figures["interview_hire_rate"] == 15.6

    assert main(["stats", "--db", db_url]) == 0
    text = capsys.readouterr().out
    assert "2015 양주·의정부·동두천 일자리사랑 채용박람회" in text
    assert "41.4%" in text and "15.6%" in text


def test_demo_twice_and_stats_twice_agree(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    first = run_json(capsys, "demo", "--json", "--db", db_url)
    second = run_json(capsys, "demo", "--json", "--db", db_url)
    assert first["created"] is True
    assert second == {"fair_id": first["fair_id"], "created": False}

    one = run_json(capsys, "stats", "--json", "--db", db_url)
    two = run_json(capsys, "stats", "--json", "--db", db_url)
    assert one == two
    assert one["fair_id"] == first["fair_id"]
    assert (one["attendees"], one["interviewees"], one["hires"]) == (1000, 405, 63)

    fairs = run_json(capsys, "fairs", "--json", "--db", db_url)
    assert [f["demo"] for f in fairs] == [True]


def test_demo_reset_keeps_the_figures(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    run_json(capsys, "demo", "--json", "--db", db_url)
    before = run_json(capsys, "stats", "--json", "--db", db_url)
    reset = run_json(capsys, "demo", "--reset", "--json", "--db", db_url)
    after = run_json(capsys, "stats", "--json", "--db", db_url)
    assert reset["created"] is True
    assert after["fair_id"] == reset["fair_id"]
    before.pop("fair_id")
    after.pop("fair_id")
    assert after == before
