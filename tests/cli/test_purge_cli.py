"""``jobfair purge``: the figures print the same before and after; errors are one line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from jobfair.app import main
from jobfair.db.engine import make_engine
from jobfair.db.models import Seeker


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    status = main(list(argv))
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert captured.err == ""
    return captured.out


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    return json.loads(run(capsys, *argv))


def test_purge_keeps_stats_and_clears_the_file(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    fair_id = run_json(capsys, "demo", "--json", "--db", db_url)["fair_id"]
    stats_json = run(capsys, "stats", "--json", "--db", db_url)
    stats_text = run(capsys, "stats", "--db", db_url)
    engine = make_engine(db_url)
    with engine.connect() as conn:
        people = [v for row in conn.execute(select(Seeker.name, Seeker.phone)) for v in row]
    engine.dispose()

    dry = run_json(capsys, "purge", "--fair", str(fair_id), "--dry-run", "--json", "--db", db_url)
    assert dry["dry_run"] is True and dry["seekers"] > 1000
    done = run_json(capsys, "purge", "--fair", str(fair_id), "--json", "--db", db_url)
    assert {**done, "dry_run": True} == dry
    assert "birth_year" in done["kept"]

    assert run(capsys, "stats", "--json", "--db", db_url) == stats_json
    assert run(capsys, "stats", "--db", db_url) == stats_text

    text = run(capsys, "purge", "--fair", str(fair_id), "--db", db_url)
    assert ": 0" in text  # nothing left to remove

    url = make_url(db_url)
    if url.get_backend_name() == "sqlite":
        path = Path(str(url.database))
        raw = b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
        assert "양주".encode() in raw  # the fair's name stays: the search can find Hangul
        assert [v for v in people if v.encode() in raw] == []


def test_purge_of_a_missing_fair_is_one_line(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["purge", "--fair", "99", "--db", sqlite_url]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "99" in err
