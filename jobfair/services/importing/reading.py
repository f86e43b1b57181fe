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
from jobfair.domain.limits import MAX_IMPORT_COLUMNS, MAX_IMPORT_CSV_BYTES, MAX_IMPORT_ROWS

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
        if path.stat().st_size > MAX_IMPORT_CSV_BYTES and not _is_zip(path):
            raise FileReadError(
                QT_TRANSLATE_NOOP(
                    "errors", "{name} is larger than {size} MB: split the list into smaller files."
                ),
                name=path.name, size=MAX_IMPORT_CSV_BYTES // (1024 * 1024),
            )
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


def _is_zip(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"PK\x03\x04"


def _too_big(name: str, what: str, limit: int) -> FileReadError:
    """The file is past ``MAX_IMPORT_ROWS`` (``what`` = "rows") or ``MAX_IMPORT_COLUMNS``."""
    template = (
        QT_TRANSLATE_NOOP(
            "errors",
            "{name} has more rows than an import takes (at most {limit}): split the list into "
            "smaller files.",
        )
        if what == "rows"
        else QT_TRANSLATE_NOOP(
            "errors",
            "{name} has cells past column {limit}, more columns than an import takes: delete "
            "the columns the list does not use (or copy the list to a new sheet) and save it "
            "again.",
        )
    )
    return FileReadError(template, name=name, limit=f"{limit:,}")


# --- CSV -------------------------------------------------------------------------------------


def _first_bad_line(data: bytes, encoding: str) -> int | None:
    """The number (from 1) of the first line that does not decode in ``encoding``."""
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            line.decode(encoding)
        except UnicodeDecodeError:
            return number
    return None


def _mixed_encoding(number: int) -> FileReadError:
    return FileReadError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Line {line} of the file is not UTF-8 while the rest of the file is: the file mixes "
            "two encodings. Correct that line (or save the whole file again as CSV UTF-8) and "
            "import it again.",
        ),
        line=number,
    )


def decode_text(data: bytes) -> tuple[str, str]:
    """The text and the encoding: a BOM decides; else strict UTF-8; else strict CP949 (EUC-KR).

    Never a guess that garbles: a file that is UTF-8 but for some lines (a CP949 line pasted in)
    would decode whole as CP949 into nonsense (박진 as 諛뺤쭊), so it is refused with the first
    line that is not UTF-8; so is a file that neither encoding reads.
    """
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16"), "utf-16"  # Excel's "Unicode text"
        except UnicodeDecodeError as exc:
            raise FileReadError(
                QT_TRANSLATE_NOOP(
                    "errors", "The file says it is UTF-16 but is not (at byte {offset})."
                ),
                offset=exc.start,
            ) from exc
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise _mixed_encoding(_first_bad_line(data, "utf-8-sig") or 1) from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    utf8_text = False
    first_bad: int | None = None
    for number, line in enumerate(lines, start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_text = True
        except UnicodeDecodeError:
            first_bad = first_bad or number
    if utf8_text and first_bad is not None:
        raise _mixed_encoding(first_bad)
    try:
        return data.decode("cp949"), "cp949"
    except UnicodeDecodeError as exc:
        raise FileReadError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Line {line} of the file is neither UTF-8 nor CP949 (EUC-KR). Save the file "
                "again as CSV UTF-8.",
            ),
            line=_first_bad_line(data, "cp949") or 1,
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
                if len(rows) >= MAX_IMPORT_ROWS:
                    raise _too_big(path.name, "rows", MAX_IMPORT_ROWS)
                if len(record) > MAX_IMPORT_COLUMNS:
                    while record and not record[-1].strip():
                        record.pop()
                    if len(record) > MAX_IMPORT_COLUMNS:
                        raise _too_big(path.name, "columns", MAX_IMPORT_COLUMNS)
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
        rows = _bounded_rows(worksheet, path.name)
    finally:
        workbook.close()
    return SourceTable(rows, "xlsx", sheet=chosen)


def _bounded_rows(worksheet: Any, name: str) -> tuple[SourceRow, ...]:
    """The sheet's rows, streamed, never wider than ``MAX_IMPORT_COLUMNS`` + 1 cells.

    Unbounded, the reader pads every row to the widest cell of the sheet: one cell in column XFD
    makes 16,384 cells a row (a 158 KB file took 782 MB). The declared dimensions are wrong in
    some exported files, so they are ignored; the widest cell each row really holds is noted as
    the row is read (the reader's own row step, which sees the cells before padding) and a cell
    past the bound refuses the file.
    """
    worksheet.reset_dimensions()
    widest = [0]
    pad_row = getattr(worksheet, "_get_row", None)
    if pad_row is not None:
        def noting_width(row: Any, *args: Any, **kwargs: Any) -> Any:
            if row:
                widest[0] = max(widest[0], max(int(cell["column"]) for cell in row))
            return pad_row(row, *args, **kwargs)

        worksheet._get_row = noting_width
    limit = MAX_IMPORT_COLUMNS + 1
    values = worksheet.iter_rows(max_col=limit, max_row=MAX_IMPORT_ROWS + 1, values_only=True)
    rows: list[SourceRow] = []
    for row in _worksheet_rows(values):
        if row.number > MAX_IMPORT_ROWS:
            raise _too_big(name, "rows", MAX_IMPORT_ROWS)
        if widest[0] > MAX_IMPORT_COLUMNS or len(row.cells) > MAX_IMPORT_COLUMNS:
            raise _too_big(name, "columns", MAX_IMPORT_COLUMNS)
        rows.append(row)
    if widest[0] > MAX_IMPORT_COLUMNS:  # a far cell on a row with nothing else
        raise _too_big(name, "columns", MAX_IMPORT_COLUMNS)
    return tuple(rows)


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
