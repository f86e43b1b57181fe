"""Workbook and CSV writers, read back with openpyxl and the csv module."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl

from jobfair.documents.workbook import sheet_name, write_csv, write_workbook


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    headers: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    widths: tuple[int, ...] = ()


TABLES = [
    Table("summary", "요약", ("항목", "값", "산식"), [
        ("박람회", "2015 양주 채용박람회", ""),
        ("날짜", date(2015, 3, 25), ""),
        ("현장채용", 63, ""),
        ("채용률", 0.414, "현장채용 / 구인인원"),
    ], (20, 30, 30)),
    Table("interviews", "면접", ("면접 시각", "부스", "이름", "취소"), [
        (datetime(2015, 3, 25, 10, 5, 30), "A-1", "김민준", None),
        (datetime(2015, 3, 25, 11, 0), "B-1", "  이서연 <&> \x01", True),
    ]),
    Table("employers", "참여기업: [A/B]?", ("업체명", "충족률"), [("(주)양주섬유", 0.5)]),
]


def test_workbook_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "fair.xlsx"
    progress: list[tuple[int, int]] = []
    write_workbook(TABLES, path, lambda done, total: progress.append((done, total)))

    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["요약", "면접", "참여기업_ _A_B__"]
    summary = wb["요약"]
    assert [c.value for c in summary[1]] == ["항목", "값", "산식"]
    assert summary["A1"].font.b
    assert summary.max_row == 5
    assert summary["B3"].value == datetime(2015, 3, 25)
    assert summary["B4"].value == 63
    assert summary["B5"].value == 0.414 and summary["B5"].number_format == "0.0%"
    assert summary.column_dimensions["B"].width == 30
    assert summary.freeze_panes == "A2"
    interviews = wb["면접"]
    assert interviews["A2"].value == datetime(2015, 3, 25, 10, 5, 30)
    assert interviews["A2"].number_format == "yyyy-mm-dd hh:mm:ss"
    assert interviews["D2"].value is None
    assert interviews["C3"].value == "  이서연 <&> "  # kept spaces, escaped, control char dropped
    assert interviews["D3"].value is True
    employers = wb.worksheets[2]
    assert employers["B2"].number_format == "0.0%"
    assert progress[-1] == (7, 7)


def test_csv_has_a_bom_for_excel(tmp_path: Path) -> None:
    path = tmp_path / "interviews.csv"
    write_csv(TABLES[1], path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["면접 시각", "부스", "이름", "취소"]
    assert rows[1] == ["2015-03-25 10:05:30", "A-1", "김민준", ""]
    assert len(rows) == 3


def test_sheet_names_are_legal_and_unique() -> None:
    taken: set[str] = set()
    assert sheet_name("면접", taken) == "면접"
    assert sheet_name("면접", taken) == "면접 (2)"
    assert len(sheet_name("x" * 40, taken)) == 31
    assert sheet_name("a/b", taken) == "a_b"
