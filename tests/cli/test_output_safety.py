"""``export -o`` and ``report -o`` never destroy the database, never overwrite silently, and
write atomically (issue 12, item 2)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from jobfair.app import main
from jobfair.cli import report_commands


@pytest.fixture
def demo_db(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["demo", "--db", sqlite_url]) == 0
    capsys.readouterr()
    return sqlite_url


def db_file(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def attendees(url: str, capsys: pytest.CaptureFixture[str]) -> int:
    capsys.readouterr()
    assert main(["stats", "--json", "--db", url]) == 0
    value: int = json.loads(capsys.readouterr().out)["attendees"]
    return value


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def test_the_open_database_is_never_an_output(demo_db: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    before = attendees(demo_db, capsys)
    db = db_file(demo_db)
    original = db.read_bytes()
    link = tmp_path / "innocent.xlsx"
    link.symlink_to(db)
    for target in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), Path(f"{db}-journal"), link):
        for force in ((), ("--force",)):
            err = refused(capsys, "export", "--db", demo_db, "-o", str(target), *force)
            assert str(target) in err
            refused(capsys, "report", "--db", demo_db, "-o", str(target), *force)
            refused(capsys, "export", "--db", demo_db, "--table", "seekers",
                    "-o", str(target), *force)
    assert db.read_bytes() == original
    assert attendees(demo_db, capsys) == before == 1000
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_nor_the_station_outbox(demo_db: str, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    data = Path(os.environ["JOBFAIR_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    outbox = data / "outbox-0b1c.sqlite"
    outbox.write_bytes(b"records not yet delivered")
    refused(capsys, "export", "--db", demo_db, "-o", str(outbox), "--force")
    assert outbox.read_bytes() == b"records not yet delivered"


def test_an_existing_file_only_with_force(demo_db: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "existing.xlsx"
    target.write_bytes(b"last week's workbook")
    err = refused(capsys, "export", "--db", demo_db, "-o", str(target))
    assert "--force" in err
    assert target.read_bytes() == b"last week's workbook"

    assert main(["export", "--db", demo_db, "-o", str(target), "--force"]) == 0
    assert len(openpyxl.load_workbook(target, read_only=True).sheetnames) == 6
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # names: the user's eyes only

    fresh = tmp_path / "seekers.csv"
    assert main(["export", "--db", demo_db, "--table", "seekers", "-o", str(fresh)]) == 0
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    summary = tmp_path / "summary.pdf"
    summary.write_bytes(b"old")
    refused(capsys, "report", "--db", demo_db, "-o", str(summary))
    assert main(["report", "--db", demo_db, "-o", str(summary), "--force"]) == 0
    assert summary.read_bytes().startswith(b"%PDF")


def test_a_crash_mid_write_keeps_the_old_file(demo_db: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "fair.xlsx"
    target.write_bytes(b"yesterday's workbook")

    def full_disk(_tables: Any, out: Any, *_args: Any) -> None:
        out.write(b"PK\x03\x04 half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report_commands, "write_workbook", full_disk)
    err = refused(capsys, "export", "--db", demo_db, "-o", str(target), "--force")
    assert "No space left on device" in err
    assert target.read_bytes() == b"yesterday's workbook"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []

    def killed(_tables: Any, out: Any, *_args: Any) -> None:
        out.write(b"PK\x03\x04 half a workbook")
        raise KeyboardInterrupt

    monkeypatch.setattr(report_commands, "write_workbook", killed)
    with pytest.raises(KeyboardInterrupt):
        main(["export", "--db", demo_db, "-o", str(target), "--force"])
    assert target.read_bytes() == b"yesterday's workbook"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
