"""Imports that must be refused or reported, never half-read: a sheet with a far cell on every
row, more rows or columns than an import takes, a CSV mixing two encodings, and values one
database stores and the other refuses (a NUL in a name, a headcount past 32 bits). The dry run
and the real import agree on SQLite and on PostgreSQL."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import Employer, Seeker
from jobfair.domain.limits import MAX_IMPORT_COLUMNS
from jobfair.services.importing import FileReadError, import_seekers, reading
from jobfair.services.importing.employers import import_employers
from jobfair.services.importing.reading import decode_text, read_table
from tests.services.fairkit import actor, small_fair
from tests.services.importing.test_importing import KO_HEADER, write_csv
from tests.services.setup.test_setup import valid_bizno
from tests.services.setup.test_setup import write_xlsx as write_employer_xlsx

LAST_COLUMN = 16_384  # XFD


def far_cell_workbook(path: Path, rows: int) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("명단")
    sheet.append(["이름", "생년월일", "연락처", "개인정보 수집·이용 동의"])
    for i in range(rows):
        sheet.append([f"구직자{i}", 1990, f"010-1234-{i:04d}", "Y",
                      *([None] * (LAST_COLUMN - 5)), "x"])
    book.save(path)
    return path


def test_a_cell_in_the_last_column_is_refused_without_reading_the_width(
    tmp_path: Path,
) -> None:
    path = far_cell_workbook(tmp_path / "far.xlsx", 2_000)
    tracemalloc.start()
    try:
        with pytest.raises(FileReadError) as caught:
            read_table(path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert f"column {MAX_IMPORT_COLUMNS}" in str(caught.value)
    assert "far.xlsx" in str(caught.value)
    assert peak < 60 * 1024 * 1024, peak  # unbounded, one row of 16,384 cells each


def test_a_sheet_as_wide_as_the_bound_is_read_and_one_column_more_is_refused(
    tmp_path: Path,
) -> None:
    for width, ok in ((MAX_IMPORT_COLUMNS, True), (MAX_IMPORT_COLUMNS + 1, False)):
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append([f"c{i}" for i in range(width)])
        sheet.append(["홍길동", *([None] * (width - 2)), "끝"])
        path = tmp_path / f"w{width}.xlsx"
        book.save(path)
        if ok:
            table = read_table(path)
            assert len(table.rows[1].cells) == width and table.rows[1].cells[-1] == "끝"
        else:
            with pytest.raises(FileReadError, match="column"):
                read_table(path)


def test_too_many_rows_are_refused_in_csv_and_xlsx(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_IMPORT_ROWS", 5)
    rows = [["이름", "연락처"]] + [[f"사람{i}", f"010-0000-{i:04d}"] for i in range(5)]
    csv_path = write_csv(tmp_path / "long.csv", rows)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    xlsx_path = tmp_path / "long.xlsx"
    book.save(xlsx_path)
    for path in (csv_path, xlsx_path):
        with pytest.raises(FileReadError, match="more rows"):
            read_table(path)
    assert len(read_table(write_csv(tmp_path / "ok.csv", rows[:5])).rows) == 5


def test_a_csv_row_wider_than_the_bound_is_refused(tmp_path: Path) -> None:
    wide = ["홍길동", *(["x"] * MAX_IMPORT_COLUMNS)]
    path = write_csv(tmp_path / "wide.csv", [["이름", "연락처"], wide])
    with pytest.raises(FileReadError, match="column"):
        read_table(path)


def test_a_utf8_file_with_one_cp949_line_is_refused_naming_the_line() -> None:
    lines = ["이름,연락처", "홍길동,010-1111-2222", "김영희,010-2222-3333", "박진,010-3333-4444",
             "이순신,010-4444-5555"]
    data = b"\r\n".join(
        line.encode("cp949" if number == 4 else "utf-8") for number, line in enumerate(lines, 1)
    )
    with pytest.raises(FileReadError) as caught:
        decode_text(data)
    assert "Line 4" in str(caught.value)
    # With a BOM the file says it is UTF-8: the same line is named.
    with pytest.raises(FileReadError, match="Line 4"):
        decode_text(b"\xef\xbb\xbf" + data)
    # Whole files in one encoding still read.
    text, encoding = decode_text("\r\n".join(lines).encode("cp949"))
    assert (text.splitlines()[3], encoding) == ("박진,010-3333-4444", "cp949")
    assert decode_text("\r\n".join(lines).encode("utf-8"))[1] == "utf-8"


def test_text_neither_encoding_reads_names_its_line() -> None:
    with pytest.raises(FileReadError, match="Line 2"):
        decode_text(b"name\n\x80\x80\xff\xfe\xff\n")


def test_a_mixed_file_is_refused_by_the_import_and_nothing_is_stored(
    tmp_path: Path, session_factory: sessionmaker[Session]
) -> None:
    fair_id = small_fair(session_factory).fair_id
    good = ["홍길동", "1980", "010-1234-5678", "양주시", "", "", "", "", "Y", "N", "N"]
    bad = ["박진", "1985", "010-2222-3333", "양주시", "", "", "", "", "Y", "N", "N"]
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"\r\n".join([
        ",".join(["번호", *KO_HEADER[1:]]).encode(),
        ",".join(["1", *good[:10]]).encode(),
        ",".join(["2", *bad[:10]]).encode("cp949"),
    ]))
    with session_factory.begin() as s, pytest.raises(FileReadError, match="Line 3"):
        import_seekers(s, actor(), path, fair_id=fair_id)
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Seeker)) == 0


def test_a_nul_in_a_name_is_reported_by_the_dry_run_and_the_import_alike(
    tmp_path: Path, session_factory: sessionmaker[Session]
) -> None:
    fair_id = small_fair(session_factory).fair_id
    rows = [["이름", "생년월일", "연락처", "거주지", "개인정보 수집·이용 동의"],
            ["홍길동", "1980", "010-1234-5678", "양주시", "Y"],
            ["김\x00영희", "1985", "010-2222-3333", "의정부시", "Y"],
            ["이순신", "1975", "010-3333-4444", "동두천\x00시", "Y"]]
    path = write_csv(tmp_path / "nul.csv", rows)
    for dry_run in (True, False):
        with session_factory.begin() as s:
            result = import_seekers(s, actor(), path, fair_id=fair_id, dry_run=dry_run)
        assert {(e.row, e.field) for e in result.errors} == {(3, "name"), (4, "residence")}
        assert result.imported == 0
        assert all("U+0000" in e.message for e in result.errors)
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Seeker)) == 0


@pytest.mark.parametrize("headcount", [99_999_999_999, 10_001])
def test_a_headcount_past_the_bound_is_reported_by_the_dry_run_and_the_import_alike(
    tmp_path: Path, session_factory: sessionmaker[Session], headcount: int
) -> None:
    fair_id = small_fair(session_factory).fair_id
    row = ["(주)새회사", valid_bizno("101810000"), "C 제조업", "", "", "", "", "봉제원", "8",
           headcount, "정규직", "", ""]
    path = write_employer_xlsx(tmp_path / "employers.xlsx", [row])
    before = 0
    with session_factory() as s:
        before = s.scalar(select(func.count()).select_from(Employer)) or 0
    for dry_run in (True, False):
        with session_factory.begin() as s:
            result = import_employers(s, actor(), path, fair_id=fair_id, dry_run=dry_run)
        assert [(e.row, e.field) for e in result.errors] == [(3, "headcount")], result.errors
        assert "10,000" in result.errors[0].message
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Employer)) == before
