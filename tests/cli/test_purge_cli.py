"""``jobfair purge``: the figures print the same before and after; errors are one line."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from jobfair.app import main
from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.models import AuditEvent, Seeker
from jobfair.services.records import purge_files
from tests.services.fairkit import register, small_fair


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
    done = run_json(capsys, "purge", "--fair", str(fair_id), "--yes", "--json", "--db", db_url)
    assert {**done, "dry_run": True} == dry
    assert "birth_year" in done["kept"]

    assert run(capsys, "stats", "--json", "--db", db_url) == stats_json
    assert run(capsys, "stats", "--db", db_url) == stats_text

    text = run(capsys, "purge", "--fair", str(fair_id), "--yes", "--db", db_url)
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
    assert main(["purge", "--fair", "99", "--yes", "--db", sqlite_url]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "99" in err


def _fair(url: str, day: date) -> tuple[int, Path]:
    engine = make_engine(url)
    factory = make_session_factory(engine)
    fair = small_fair(factory, day=day)
    for n in range(3):
        register(factory, fair.fair_id, f"ZZMARKER{n}", phone=f"010-7777-100{n}")
    engine.dispose()
    return fair.fair_id, Path(str(make_url(url).database))


def _names(url: str) -> set[str]:
    engine = make_engine(url)
    with engine.connect() as conn:
        names = set(conn.scalars(select(Seeker.name)))
    engine.dispose()
    return names


def _raw(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def test_without_yes_it_shows_what_would_go_and_removes_nothing(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    fair_id, _ = _fair(sqlite_url, date(2015, 3, 25))
    assert main(["purge", "--fair", str(fair_id), "--db", sqlite_url]) != 0
    captured = capsys.readouterr()
    assert "3" in captured.out and "--yes" in captured.err
    assert _names(sqlite_url) == {"ZZMARKER0", "ZZMARKER1", "ZZMARKER2"}
    assert main(["purge", "--fair", str(fair_id + 1), "--yes", "--db", sqlite_url]) != 0
    assert str(fair_id + 1) in capsys.readouterr().err  # a wrong id: said, nothing purged
    assert len(_names(sqlite_url)) == 3


def test_before_the_retention_date_it_needs_a_reason_and_audits_it(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    fair_id, _ = _fair(sqlite_url, date.today())
    argv = ["purge", "--fair", str(fair_id), "--yes", "--db", sqlite_url]
    assert main(argv) != 0
    err = capsys.readouterr().err
    assert "--before-retention" in err and err.count("\n") == 1
    assert main([*argv, "--before-retention"]) != 0
    assert "--reason" in capsys.readouterr().err
    assert len(_names(sqlite_url)) == 3
    done = run_json(capsys, *argv, "--before-retention", "--reason", "본인 삭제 요청", "--json")
    assert done["seekers"] == 3 and done["before_retention"] == "본인 삭제 요청"
    assert _names(sqlite_url) == {""}
    engine = make_engine(sqlite_url)
    with engine.connect() as conn:
        after = conn.scalar(select(AuditEvent.after).where(AuditEvent.action == "purge"))
    engine.dispose()
    assert after is not None and after["before_retention"] == "본인 삭제 요청"


def test_a_held_file_fails_the_purge_clearly_and_the_cleanup_runs_again(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(purge_files, "CLEANUP_WAIT_SECONDS", 0.5)
    fair_id, path = _fair(sqlite_url, date(2015, 3, 25))
    reader = sqlite3.connect(str(path), isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM seeker").fetchone()
    try:
        assert main(["purge", "--fair", str(fair_id), "--yes", "--db", sqlite_url]) != 0
        err = capsys.readouterr().err
        assert "--cleanup-only" in err and err.count("\n") == 1
        assert b"ZZMARKER" in _raw(path)
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    assert _names(sqlite_url) == {""}  # the records are scrubbed already
    run(capsys, "purge", "--fair", str(fair_id), "--cleanup-only", "--db", sqlite_url)
    assert b"ZZMARKER" not in _raw(path)
