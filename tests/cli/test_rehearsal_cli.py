"""``jobfair rehearsal``, ``stats --json``'s rehearsal count, ``--at`` and ``checkin --undo``."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import func, select

from jobfair.app import main
from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.models import AuditEvent, CheckIn
from jobfair.domain.roles import Role
from jobfair.services.accounts.service import create_account
from jobfair.services.context import Actor
from jobfair.services.seekers.badges import badge_for
from tests.services.fairkit import SmallFair, register, small_fair

ON_THE_DAY = "2015-03-25 11:30"  # the small fair's day, Seoul time
DAY_BEFORE = "2015-03-24 14:00"


@pytest.fixture
def fair(sqlite_url: str) -> SmallFair:
    engine = make_engine(sqlite_url)
    try:
        return small_fair(make_session_factory(engine))
    finally:
        engine.dispose()


def codes(url: str, fair: SmallFair, count: int) -> list[str]:
    engine = make_engine(url)
    try:
        factory = make_session_factory(engine)
        people = [register(factory, fair.fair_id, f"연습{i}", phone=f"010-3333-{i:04d}")
                  for i in range(count)]
        with factory.begin() as s:
            return [badge_for(s, p.id) for p in people]
    finally:
        engine.dispose()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main([*argv, "--lang", "en"])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def stats(capsys: pytest.CaptureFixture[str], url: str) -> dict[str, Any]:
    status, out, err = run(capsys, "stats", "--json", "--db", url)
    assert status == 0, err
    return dict(json.loads(out))


def test_rehearsal_records_listed_and_discarded(
    sqlite_url: str, fair: SmallFair, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = codes(sqlite_url, fair, 2)
    status, out, err = run(capsys, "checkin", first, "--at", DAY_BEFORE, "--db", sqlite_url)
    assert status == 0, err
    assert "Rehearsal: 2015-03-24 is not the fair's day (2015-03-25)" in out
    status, out, err = run(capsys, "interview", first, "--booth", "A-1", "--outcome", "hired",
                           "--at", DAY_BEFORE, "--json", "--db", sqlite_url)
    assert status == 0, err
    assert json.loads(out)["rehearsal"] is True and json.loads(out)["hires"] == 0
    status, out, err = run(capsys, "checkin", second, "--at", ON_THE_DAY, "--json",
                           "--db", sqlite_url)
    assert status == 0 and json.loads(out)["rehearsal"] is False
    figures = stats(capsys, sqlite_url)
    assert (figures["attendees"], figures["hires"], figures["rehearsal_records"]) == (1, 0, 2)

    status, out, err = run(capsys, "rehearsal", "--fair", str(fair.fair_id), "--json",
                           "--db", sqlite_url)
    assert status == 0, err
    listed = json.loads(out)
    assert (listed["rehearsal_records"], listed["checkins"], listed["interviews"]) == (2, 1, 1)
    assert [(r["kind"], r["day"], r["name"]) for r in listed["records"]] == [
        ("checkin", "2015-03-24", "연습0"), ("interview", "2015-03-24", "연습0")]
    status, out, _ = run(capsys, "rehearsal", "--fair", str(fair.fair_id), "--db", sqlite_url)
    assert "2 rehearsal records" in out and "2015-03-24 14:0" in out and "--discard" in out

    status, out, err = run(capsys, "rehearsal", "--fair", str(fair.fair_id), "--discard",
                           "--json", "--db", sqlite_url)
    assert status == 0, err
    assert json.loads(out) == {"fair_id": fair.fair_id, "discarded": 2}
    assert stats(capsys, sqlite_url)["rehearsal_records"] == 0
    status, out, _ = run(capsys, "rehearsal", "--fair", str(fair.fair_id), "--db", sqlite_url)
    assert status == 0 and out.startswith("No rehearsal records")

    # the rehearsal's person comes on the day: counted
    status, out, err = run(capsys, "checkin", first, "--at", ON_THE_DAY, "--json",
                           "--db", sqlite_url)
    assert status == 0 and json.loads(out)["already"] is False
    assert stats(capsys, sqlite_url)["attendees"] == 2


def test_discard_needs_an_organizer(
    sqlite_url: str, fair: SmallFair, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (code,) = codes(sqlite_url, fair, 1)
    assert run(capsys, "checkin", code, "--at", DAY_BEFORE, "--db", sqlite_url)[0] == 0
    engine = make_engine(sqlite_url)
    with make_session_factory(engine).begin() as s:
        create_account(s, Actor(), login="boss", secret="4826", role=Role.ORGANIZER)
        create_account(s, Actor(), login="desk", secret="5937", role=Role.DESK)
    engine.dispose()
    monkeypatch.setenv("JOBFAIR_PIN", "5937")
    status, out, err = run(capsys, "rehearsal", "--fair", str(fair.fair_id), "--discard",
                           "--user", "desk", "--db", sqlite_url)
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and "organizer" in err
    monkeypatch.setenv("JOBFAIR_PIN", "4826")
    status, out, err = run(capsys, "rehearsal", "--fair", str(fair.fair_id), "--discard",
                           "--user", "boss", "--db", sqlite_url)
    assert status == 0, err
    assert "1 rehearsal records discarded." in out


def test_undo_a_check_in_from_the_command_line(
    sqlite_url: str, fair: SmallFair, capsys: pytest.CaptureFixture[str]
) -> None:
    (code,) = codes(sqlite_url, fair, 1)
    assert run(capsys, "checkin", code, "--at", ON_THE_DAY, "--db", sqlite_url)[0] == 0
    status, out, err = run(capsys, "checkin", code, "--undo", "--db", sqlite_url)
    assert status == 1 and out == "" and err.count("\n") == 1 and "reason" in err
    status, out, err = run(capsys, "checkin", code, "--undo", "--reason", "wrong person",
                           "--db", sqlite_url)
    assert status == 0, err
    assert "check-in of 2015-03-25 11:30 was undone (wrong person)" in out
    status, out, err = run(capsys, "checkin", code, "--undo", "--reason", "again",
                           "--db", sqlite_url)
    assert status == 1 and "not checked in" in err
    engine = make_engine(sqlite_url)
    with make_session_factory(engine)() as s:
        assert s.scalar(select(func.count()).select_from(CheckIn)) == 0
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "undo_checkin")).one()
        assert event.after == {"reason": "wrong person"}
    engine.dispose()
    assert stats(capsys, sqlite_url)["attendees"] == 0


@pytest.mark.parametrize("at", ["2015-03-25", "25.03.2015 10:00", "2015-03-25 10:61"])
def test_a_bad_at_is_one_line(
    sqlite_url: str, fair: SmallFair, capsys: pytest.CaptureFixture[str], at: str
) -> None:
    (code,) = codes(sqlite_url, fair, 1)
    for argv in (["checkin", code], ["interview", code, "--booth", "A-1"]):
        status, out, err = run(capsys, *argv, "--at", at, "--db", sqlite_url)
        assert status == 1 and out == ""
        assert err.count("\n") == 1 and "YYYY-MM-DD HH:MM" in err and at in err
    assert stats(capsys, sqlite_url)["rehearsal_records"] == 0
