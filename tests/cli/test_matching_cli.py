"""``jobfair match``: a seeker's openings and an employer's consenting candidates, as JSON."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from jobfair.app import main
from jobfair.db.engine import make_engine, make_session_factory
from jobfair.services.seekers.service import Consent, register_seeker
from jobfair.services.setup.fairs import OpeningInput, add_opening
from tests.services.fairkit import actor, seeker_input, small_fair


def test_match_seeker_and_employer(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    engine = make_engine(sqlite_url)
    factory = make_session_factory(engine)
    ids = small_fair(factory)
    with factory.begin() as s:
        sewing = add_opening(s, actor(), ids.fair_id, ids.employer_a,
                             OpeningInput("미싱사", 1, "8602", work_place="양주시"))
        base = replace(seeker_input("박서연", consent=Consent(True, provision=True)),
                       residence="양주시", desired_keco="8601")
        shared = register_seeker(s, actor(), ids.fair_id, base)
        register_seeker(s, actor(), ids.fair_id, replace(
            base, name="최지우", phone="010-9999-8888", consent=Consent(True)))
    engine.dispose()

    assert main(["match", "--seeker", str(shared.id), "--json", "--db", sqlite_url]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["opening_id"] == sewing.id and rows[0]["booth"] == "A-1"
    assert len(rows[0]["reasons"]) == 2

    assert main(["match", "--employer", str(ids.employer_a), "--json", "--db", sqlite_url]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in rows] == ["박서연"]

    assert main(["match", "--seeker", "nope", "--db", sqlite_url]) != 0
    assert "nope" in capsys.readouterr().err
