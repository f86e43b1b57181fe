"""The one file writer: guarded, no silent overwrite, atomic, private."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

import pytest

from jobfair.domain.errors import OutputError, OutputExistsError, ProtectedOutputError
from jobfair.services import files
from jobfair.services.files import OutputGuard, sqlite_file, write_file


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.fixture
def station(tmp_path: Path) -> tuple[Path, OutputGuard]:
    data = tmp_path / "data"
    data.mkdir()
    db = tmp_path / "fair.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").write_bytes(b"database")
    (data / "outbox-1234.sqlite").write_bytes(b"unsent")
    (data / "jobfair.ini").write_text("[window]\n")
    guard = OutputGuard.for_station(f"sqlite:///{db}", data, ("jobfair.sqlite3", "jobfair.ini"))
    return db, guard


def test_never_over_the_database_or_the_station_files(
    station: tuple[Path, OutputGuard], tmp_path: Path
) -> None:
    db, guard = station
    data = tmp_path / "data"
    (tmp_path / "link.xlsx").symlink_to(db)
    os.link(data / "outbox-1234.sqlite", tmp_path / "hard.xlsx")
    refused = [
        db, Path(f"{db}-wal"), Path(f"{db}-shm"), Path(f"{db}-journal"),  # journal: not there yet
        tmp_path / "sub" / ".." / db.name,  # the same file by another spelling
        tmp_path / "link.xlsx", tmp_path / "hard.xlsx",  # a symbolic and a hard link
        data / "outbox-1234.sqlite", data / "outbox-1234.sqlite-wal", data / "outbox-new.sqlite",
        data / "jobfair.ini", data / "jobfair.sqlite3", data / "jobfair.sqlite3-shm",
    ]
    (tmp_path / "sub").mkdir()
    for path in refused:
        with pytest.raises(ProtectedOutputError) as info:
            write_file(path, b"PK workbook", guard=guard, overwrite=True)
        assert str(path) in str(info.value)
    assert db.read_bytes() == b"database"
    assert (data / "outbox-1234.sqlite").read_bytes() == b"unsent"
    assert leftovers(tmp_path) == leftovers(data) == []
    # beside them is fine
    assert write_file(data / "export.xlsx", b"ok", guard=guard).read_bytes() == b"ok"


def test_station_message_differs_from_the_database_one(
    station: tuple[Path, OutputGuard], tmp_path: Path
) -> None:
    db, guard = station
    with pytest.raises(ProtectedOutputError) as on_db:
        write_file(db, b"x", guard=guard, overwrite=True)
    with pytest.raises(ProtectedOutputError) as on_outbox:
        write_file(tmp_path / "data" / "outbox-1.sqlite", b"x", guard=guard, overwrite=True)
    assert "database" in str(on_db.value) and "unsent" in str(on_outbox.value)


def test_no_overwrite_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "fair.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(OutputExistsError) as info:
        write_file(target, b"new")
    assert "--force" in str(info.value)
    assert target.read_bytes() == b"old"
    write_file(target, b"new", overwrite=True)
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path) == []


def test_private_unless_said_otherwise(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        assert mode(write_file(tmp_path / "names.csv", b"x")) == 0o600
        assert mode(write_file(tmp_path / "figures.pdf", b"x", private=False)) == 0o644
        shared = tmp_path / "shared.csv"
        shared.write_bytes(b"old")
        shared.chmod(0o644)
        assert mode(write_file(shared, b"names", overwrite=True)) == 0o600
    finally:
        os.umask(old)


def test_a_crash_mid_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "fair.xlsx"
    target.write_bytes(b"yesterday's export")

    def dies_half_way(out: BinaryIO) -> None:
        out.write(b"PK half a workbook")
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        write_file(target, dies_half_way, overwrite=True)
    assert target.read_bytes() == b"yesterday's export"
    assert leftovers(tmp_path) == []


def test_a_failed_rename_or_full_disk_is_an_output_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "fair.xlsx"

    def no_space(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_space)
    with pytest.raises(OutputError) as info:
        write_file(target, b"data")
    assert "No space left on device" in str(info.value)
    assert not target.exists() and leftovers(tmp_path) == []


def test_missing_folder_and_folder_target(tmp_path: Path) -> None:
    with pytest.raises(OutputError):
        write_file(tmp_path / "no" / "such" / "x.pdf", b"x")
    with pytest.raises(OutputError):
        write_file(tmp_path, b"x", overwrite=True)


def test_sqlite_file_of_a_url(tmp_path: Path) -> None:
    assert sqlite_file(f"sqlite:///{tmp_path}/a.sqlite3") == tmp_path / "a.sqlite3"
    assert sqlite_file("sqlite://") is None
    assert sqlite_file("sqlite:///:memory:") is None
    assert sqlite_file("postgresql+psycopg://postgres@127.0.0.1/test") is None
    assert sqlite_file("not a url") is None
