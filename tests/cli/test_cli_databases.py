"""The command line on the wrong database, or with a number too big: one line saying what is
wrong, never a traceback, and nothing made or changed that was not asked for."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jobfair.app import main
from jobfair.db.migrate import APPLICATION_ID


def fails(capsys: pytest.CaptureFixture[str], *argv: str, status: int = 1) -> str:
    code = main(["--lang", "en", *argv])
    captured = capsys.readouterr()
    assert code == status, captured
    assert "Traceback" not in captured.err and captured.err.count("\n") == 1, captured.err
    return captured.err


def test_a_huge_fair_id_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], sqlite_url: str
) -> None:
    for command in (["stats"], ["report", "-o", "x.pdf"], ["purge"], ["booths"]):
        err = fails(capsys, *command, "--fair", "99999999999999999999", "--db", sqlite_url,
                    status=2)
        assert "'99999999999999999999' is not a whole number from 1 to 2,147,483,647" in err


def test_a_mistyped_db_path_creates_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "typo" / "jobfiar.sqlite3"
    err = fails(capsys, "stats", "--db", f"sqlite:///{path}")
    assert "There is no JobFair database" in err and "--create" in err
    assert not path.exists() and not path.parent.exists()


def test_create_makes_a_marked_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "new" / "fair.sqlite3"
    assert main(["stats", "--db", f"sqlite:///{path}", "--create", "--json"]) in (0, 1)
    capsys.readouterr()
    assert path.exists()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    # Once made, no --create is needed.
    assert main(["stats", "--db", f"sqlite:///{path}", "--json"]) in (0, 1)
    assert "There is no JobFair database" not in capsys.readouterr().err


def test_demo_creates_its_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", f"sqlite:///{path}", "--json"]) == 0
    capsys.readouterr()
    assert path.exists()


def test_somebody_elses_sqlite_file_is_left_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "addresses.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE person (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO person VALUES ('홍길동', '010-1234-5678')")
    before = path.read_bytes()
    for create in ([], ["--create"]):
        err = fails(capsys, "stats", "--db", f"sqlite:///{path}", *create)
        assert "belongs to another program" in err and "person" in err
    assert path.read_bytes() == before


def test_a_read_only_database_says_read_only(
    capsys: pytest.CaptureFixture[str], sqlite_url: str
) -> None:
    path = sqlite_url.removeprefix("sqlite:///")
    url = f"sqlite:///file:{path}?mode=ro&uri=true"
    err = fails(capsys, "demo", "--db", url)
    assert "is read-only" in err and "Cannot open" not in err


def test_too_many_approval_titles_are_refused_and_long_ones_lay_out(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.documents.pdf_tools import pdf_text

    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert main(["demo", "--db", url]) == 0
    capsys.readouterr()
    many = ",".join(f"직위{i}" for i in range(9))
    err = fails(capsys, "report", "--db", url, "-o", str(tmp_path / "r.pdf"), "--approval", many)
    assert "at most 8 titles" in err
    long_titles = ",".join(["담당 " * 60, "팀장" * 80, "국장"])
    pdf = tmp_path / "long.pdf"
    assert main(["report", "--db", url, "-o", str(pdf), "--approval", long_titles]) == 0, (
        capsys.readouterr().err
    )
    text = pdf_text(pdf)
    assert "국장" in text and "…" in text
    eight = ",".join(f"직위{i}" for i in range(8))
    assert main(["report", "--db", url, "-o", str(tmp_path / "8.pdf"), "--approval", eight]) == 0
    assert "직위7" in pdf_text(tmp_path / "8.pdf")
