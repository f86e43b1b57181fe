"""``jobfair report`` and ``jobfair export``: files written, one-line errors, exit codes."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import openpyxl
import pytest

from jobfair.app import main

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler")


@pytest.fixture
def demo_db(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["demo", "--db", sqlite_url]) == 0
    capsys.readouterr()
    return sqlite_url


@needs_poppler
def test_report_of_the_demo(demo_db: str, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    from tests.documents.pdf_tools import pdf_fonts, pdf_text

    pdf = tmp_path / "summary.pdf"
    assert main(["report", "--db", demo_db, "--approval", "-o", str(pdf)]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert str(pdf) in captured.out
    text = re.sub(r"\s+", " ", pdf_text(pdf))
    assert "2015 양주·의정부·동두천 일자리사랑 채용박람회" in text
    for figure in ("28", "1,000", "405", "152", "63", "41.4%"):
        assert figure in text
    assert "NanumGothic" in pdf_fonts(pdf)

    english = tmp_path / "summary-en.pdf"
    assert main(["report", "--db", demo_db, "--lang", "en", "-o", str(english)]) == 0
    text = re.sub(r"\s+", " ", pdf_text(english))
    assert ("28 employers took part; 1,000 job seekers attended; 405 were interviewed; of 152 "
            "positions sought, 63 were filled on the spot (hire rate 41.4%)") in text

    custom = tmp_path / "custom.pdf"
    assert main(["report", "--db", demo_db, "--approval", "담당,센터장", "-o", str(custom)]) == 0
    assert "센터장" in pdf_text(custom)


def test_export_workbook_and_csv(demo_db: str, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    xlsx = tmp_path / "fair.xlsx"
    assert main(["export", "--db", demo_db, "-o", str(xlsx)]) == 0
    assert capsys.readouterr().err == ""
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    assert len(wb.sheetnames) == 6
    rows = [ws.max_row - 1 for ws in wb.worksheets]
    assert rows[1:] == [28, 55, 1100, 1000, 541]  # employers … interviews, as in the database

    out = tmp_path / "seekers.csv"
    assert main(["export", "--db", demo_db, "--table", "seekers", "-o", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.reader(f))) == 1101


def test_errors_are_one_line_and_non_zero(demo_db: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no" / "such" / "folder" / "x.pdf"
    assert main(["report", "--db", demo_db, "-o", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(missing) in err
    assert not missing.exists()

    assert main(["report", "--db", demo_db, "--fair", "999", "-o", str(tmp_path / "x.pdf")]) == 1
    assert capsys.readouterr().err.count("\n") == 1

    assert main(["export", "--db", demo_db, "-o", str(tmp_path / "x.csv")]) == 1
    assert "--table" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()

    assert main(["export", "--db", demo_db, "--table", "nope", "-o", "x.csv"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["report", "--db", demo_db]) == 2  # -o is required
    left = [p.name for p in tmp_path.iterdir() if not p.name.startswith("jobfair.sqlite3")]
    assert left == []  # no temporary files left behind
