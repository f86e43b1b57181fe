"""Reading a pre-registration list from CSV or XLSX into rows of cells with their row numbers.

Lists reach the centre as Excel workbooks or as CSV files saved by Excel, often in CP949. The
row number of each row is the one the user sees: the line in the file (header = 1) for CSV, the
worksheet row for XLSX, so that an error can point at the row to fix.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from jobfair.domain.errors import JobFairError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP

Cell = str | int | float | bool | date | datetime | None

DELIMITERS = (",", ";", "\t")
_SNIFF_LINES = 30
_XLSX_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm"}


@dataclass(frozen=True)
class SourceRow:
    """One non-empty row: its number in the file and its cells (CSV cells are strings)."""

    number: int
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class SourceTable:
    """Every non-empty row of the file, in order, before any header is chosen.

    Attributes:
        rows: the non-empty rows.
        kind: ``"csv"`` or ``"xlsx"``.
        encoding: the text encoding found (CSV only, else ``""``).
        delimiter: the separator found (CSV only, else ``""``).
        sheet: the worksheet read (XLSX only, else ``""``).
    """

    rows: tuple[SourceRow, ...]
    kind: str
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""


class FileReadError(JobFairError):
    """The file cannot be opened or understood."""


def read_table(path: Path | str, sheet: str | None = None) -> SourceTable:
    """Read ``path`` (CSV or XLSX, told apart by content), skipping empty rows."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise FileReadError(
            QT_TRANSLATE_NOOP("errors", "The file {path} does not exist."), path=str(path)
        ) from exc
    except OSError as exc:
        raise FileReadError(
            QT_TRANSLATE_NOOP("errors", "Cannot read the file {path}: {reason}."),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    if data.startswith(b"PK\x03\x04") or path.suffix.lower() in _XLSX_SUFFIXES:
        return _read_xlsx(path, data, sheet)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise FileReadError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} is an old Excel file (.xls). Open it in Excel and save it as .xlsx or "
                "CSV, then import that.",
            ),
            name=path.name,
        )
    return _read_csv(path, data)


# --- CSV -------------------------------------------------------------------------------------


def decode_text(data: bytes) -> tuple[str, str]:
    """The text and the encoding: a BOM decides; else strict UTF-8; else CP949 (EUC-KR)."""
    if data.startswith(codecs.BOM_UTF8):
        return data.decode("utf-8-sig"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"  # Excel's "Unicode text"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp949"), "cp949"
    except UnicodeDecodeError as exc:
        raise FileReadError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The text of the file is neither UTF-8 nor CP949 (EUC-KR) (at byte {offset}). "
                "Save it again as CSV UTF-8.",
            ),
            offset=exc.start,
        ) from exc


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one that splits the first lines into the most equal rows."""
    head = "\n".join(text.splitlines()[:_SNIFF_LINES])
    best = ","
    best_score = (0, 0)
    for delimiter in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(io.StringIO(head), delimiter=delimiter) if r]
        except csv.Error:
            continue
        widths = [w for w in widths if w > 1]
        if not widths:
            continue
        width, agreeing = Counter(widths).most_common(1)[0]
        score = (agreeing, width)
        if score > best_score:
            best_score, best = score, delimiter
    return best


def _read_csv(path: Path, data: bytes) -> SourceTable:
    text, encoding = decode_text(data)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[SourceRow] = []
    start = 1
    try:
        for record in reader:
            # A quoted field may span lines: the record starts on the line after the previous one
            # ended, and ``line_num`` is where this one ended.
            if any(cell.strip() for cell in record):
                rows.append(SourceRow(start, tuple(record)))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise FileReadError(
            QT_TRANSLATE_NOOP(
                "errors", "{name} is not a readable CSV file (line {line}): {reason}."
            ),
            name=path.name,
            line=reader.line_num,
            reason=str(exc),
        ) from exc
    return SourceTable(tuple(rows), "csv", encoding=encoding, delimiter=delimiter)


# --- XLSX ------------------------------------------------------------------------------------


def sheet_names(path: Path | str) -> list[str]:
    """The worksheet names of an XLSX file, for a choice in the import dialog."""
    workbook = _open_workbook(Path(path))
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def _open_workbook(path: Path) -> Any:
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise FileReadError(
            QT_TRANSLATE_NOOP("errors", "{name} is not a readable Excel (.xlsx) file: {reason}."),
            name=path.name,
            reason=str(exc) or type(exc).__name__,
        ) from exc


def _read_xlsx(path: Path, data: bytes, sheet: str | None) -> SourceTable:
    del data
    workbook = _open_workbook(path)
    try:
        names: list[str] = list(workbook.sheetnames)
        if sheet is not None and sheet not in names:
            raise FileReadError(
                QT_TRANSLATE_NOOP(
                    "errors", "{name} has no sheet called '{sheet}'. Its sheets: {sheets}."
                ),
                name=path.name,
                sheet=sheet,
                sheets=", ".join(names),
            )
        chosen = sheet if sheet is not None else names[0]
        worksheet = workbook[chosen]
        # The declared dimensions are wrong in some exported files: read every row there is.
        worksheet.reset_dimensions()
        rows = tuple(_worksheet_rows(worksheet.iter_rows(values_only=True)))
    finally:
        workbook.close()
    return SourceTable(rows, "xlsx", sheet=chosen)


def _worksheet_rows(value_rows: Iterator[Sequence[Any]]) -> Iterator[SourceRow]:
    """Non-empty rows; the reader yields every row from row 1, gaps included, so count them."""
    for number, values in enumerate(value_rows, start=1):
        cells: list[Cell] = [
            None if isinstance(v, str) and not v.strip() else v for v in values
        ]
        while cells and cells[-1] is None:
            cells.pop()
        if cells:
            yield SourceRow(number, tuple(cells))
