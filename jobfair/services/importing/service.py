"""Importing a pre-registration list: inspect the file, preview every bad row, then all or nothing.

The GUI and the command line take the same three steps: ``inspect_file`` (headers, a sample and
the suggested mapping, which the user may correct), ``preview_import`` (every row checked, nothing
saved) and ``run_import`` (checked again, then saved in one bulk insert only if no row is bad).
The rules of a valid seeker are ``validate_seeker``'s; this module only reads the rows and adds
the checks that need the whole file or the fair's list (duplicates).
"""

from __future__ import annotations

import dataclasses
import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from jobfair.db.models import Seeker
from jobfair.domain.codes import Channel
from jobfair.domain.errors import JobFairError, ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.phone import format_phone, normalize_phone
from jobfair.services.accounts.access import Permission, require
from jobfair.services.context import Actor, audit, utc_now
from jobfair.services.importing.mapping import (
    FieldMapping,
    HeaderMapping,
    mapped_count,
    suggest_mapping,
)
from jobfair.services.importing.reading import (
    Cell,
    FileReadError,
    SourceRow,
    SourceTable,
    read_table,
)
from jobfair.services.importing.values import (
    cell_text,
    parse_birth,
    parse_groups,
    parse_occupation,
    parse_residence,
    parse_sex,
    parse_yes_no,
    phone_text,
)
from jobfair.services.seekers.service import Consent, SeekerInput, next_badge_no, validate_seeker
from jobfair.services.setup.fairs import FairView, get_fair
from jobfair.services.setup.fields import FieldView, answer_problems, list_fields

IMPORT_NOTICE_VERSION = "import"
SAMPLE_ROWS = 5
_HEADER_SEARCH_ROWS = 10  # a title or a note may stand above the header row

Render = Callable[[JobFairError], str]
Progress = Callable[[int, int], None]


def render_english(error: JobFairError) -> str:
    return error.render(lambda text: text)


@dataclass(frozen=True)
class ImportRowError:
    """Why one row of the file cannot be imported.

    Attributes:
        row: the line in the file (header = 1) for CSV, the worksheet row for XLSX.
        field: the seeker field at fault (``name``, ``birth_year``, ``birth_date``, ``phone``,
            ``sex``, ``residence``, ``desired_job``, ``groups``, ``consent_collection``, ...).
        error: the error, whose message the front end translates (``jobfair.i18n.error_message``).
    """

    row: int
    field: str
    error: JobFairError

    @property
    def message(self) -> str:
        """The message in English (the source text)."""
        return render_english(self.error)

    def render(self, translate: Callable[[str], str]) -> str:
        return self.error.render(translate)

    def as_dict(self, render: Render = render_english) -> dict[str, Any]:
        return {"row": self.row, "field": self.field, "message": render(self.error)}


M = TypeVar("M", bound=FieldMapping)


@dataclass(frozen=True)
class ImportFile(Generic[M]):
    """What the file holds, before any row is checked: for the mapping step.

    Attributes:
        headers: the header row's texts, one per column.
        header_row: the row number of the header.
        mapping: the suggested mapping.
        sample: the first data rows as text, as wide as the header.
        rows: how many non-empty data rows follow the header.
    """

    name: str
    kind: str
    encoding: str
    delimiter: str
    sheet: str
    headers: tuple[str, ...]
    header_row: int
    mapping: M
    sample: tuple[tuple[str, ...], ...]
    rows: int


@dataclass(frozen=True)
class ImportPreview:
    """Every row checked, nothing saved."""

    rows: int
    valid: int
    errors: tuple[ImportRowError, ...]
    mapping: HeaderMapping
    headers: tuple[str, ...]
    sample: tuple[tuple[str, ...], ...]
    file: ImportFile[HeaderMapping] | None = None

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_dict(self, render: Render = render_english) -> dict[str, Any]:
        return _report(self.rows, self.valid, 0, self.errors, render)


@dataclass(frozen=True)
class ImportResult:
    """What an import did: every row saved (``imported == rows``) or none (``errors`` says why)."""

    rows: int
    valid: int
    imported: int
    errors: tuple[ImportRowError, ...]
    first_badge_no: int | None = None
    last_badge_no: int | None = None

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_dict(self, render: Render = render_english) -> dict[str, Any]:
        """``{"rows", "valid", "imported", "errors": [{"row", "field", "message"}]}``."""
        return _report(self.rows, self.valid, self.imported, self.errors, render)


def _report(
    rows: int, valid: int, imported: int, errors: Sequence[ImportRowError], render: Render
) -> dict[str, Any]:
    return {
        "rows": rows,
        "valid": valid,
        "imported": imported,
        "errors": [e.as_dict(render) for e in errors],
    }


# --- the file ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Source:
    file: ImportFile[HeaderMapping]
    data: tuple[SourceRow, ...]


@dataclass(frozen=True)
class HeaderedTable:
    """A file's rows split at its header row (found among the first rows), with a sample.

    Shared by every import (seekers, employers): ``count_fields`` says how many fields a row's
    cells look like, and the first row that looks like two is the header.
    """

    table: SourceTable
    headers: tuple[str, ...]
    header_row: int
    sample: tuple[tuple[str, ...], ...]
    data: tuple[SourceRow, ...]


def read_headered(
    path: Path, sheet: str | None, count_fields: Callable[[Sequence[Cell]], int]
) -> HeaderedTable:
    table = read_table(path, sheet)
    if not table.rows:
        raise FileReadError(QT_TRANSLATE_NOOP("errors", "{name} is empty."), name=path.name)
    header_at = 0
    for index, row in enumerate(table.rows[:_HEADER_SEARCH_ROWS]):
        if count_fields(row.cells) >= 2:
            header_at = index
            break
    header = table.rows[header_at]
    data = table.rows[header_at + 1 :]
    width = max([len(header.cells), *(len(r.cells) for r in data[:SAMPLE_ROWS])])
    headers = tuple(cell_text(c) for c in _pad(header.cells, width))
    sample = tuple(tuple(cell_text(c) for c in _pad(r.cells, width)) for r in data[:SAMPLE_ROWS])
    return HeaderedTable(table, headers, header.number, sample, data)


def _load(path: Path, sheet: str | None) -> _Source:
    read = read_headered(path, sheet, mapped_count)
    file = ImportFile(
        name=path.name,
        kind=read.table.kind,
        encoding=read.table.encoding,
        delimiter=read.table.delimiter,
        sheet=read.table.sheet,
        headers=read.headers,
        header_row=read.header_row,
        mapping=suggest_mapping(read.headers),
        sample=read.sample,
        rows=len(read.data),
    )
    return _Source(file, read.data)


def _pad(cells: tuple[Cell, ...], width: int) -> tuple[Cell, ...]:
    return cells + (None,) * (width - len(cells))


def inspect_file(path: Path | str, sheet: str | None = None) -> ImportFile[HeaderMapping]:
    """Headers, a sample and the suggested mapping; raises ``FileReadError`` if unreadable."""
    return _load(Path(path), sheet).file


# --- checking the rows -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Existing:
    name: str
    badge_no: int | None


@dataclass(frozen=True)
class _Checked:
    rows: int
    inputs: tuple[SeekerInput, ...]  # the valid rows, cleaned
    errors: tuple[ImportRowError, ...]


class _RowReader:
    """Turns one source row into a ``SeekerInput`` or the errors that stop it."""

    def __init__(
        self, mapping: HeaderMapping, fair_year: int, notice_version: str, given_at: datetime,
        fields: Sequence[FieldView] = (),
    ) -> None:
        self.fields = tuple(f for f in fields if f.key in dict(mapping.fair_fields))
        self.mapping = mapping
        self.fair_year = fair_year
        self.notice_version = notice_version
        self.given_at = given_at

    def cell(self, row: SourceRow, field: str) -> Cell:
        return self.mapping.cell(row, field)

    def read(self, row: SourceRow) -> tuple[SeekerInput | None, str | None, list[ImportRowError]]:
        """The input (``None`` if bad), the normalised phone if it could be read, the errors."""
        errors: list[ImportRowError] = []

        def attempt(parse: Callable[[], Any], field: str) -> Any:
            try:
                return parse()
            except ValidationError as exc:
                errors.append(ImportRowError(row.number, exc.field or field, exc))
                return None

        birth = attempt(lambda: parse_birth(self.cell(row, "birth"), self.fair_year), "birth_year")
        phone = attempt(lambda: _phone(self.cell(row, "phone")), "phone")
        sex = attempt(lambda: parse_sex(self.cell(row, "sex")), "sex")
        residence = attempt(lambda: parse_residence(self.cell(row, "residence")), "residence")
        occupation = attempt(
            lambda: parse_occupation(self.cell(row, "desired_occupation")), "desired_job"
        )
        groups = attempt(lambda: parse_groups(self.cell(row, "groups")), "groups")
        consents = [
            attempt(_yes_no(self.cell(row, field), field), field)
            for field in ("consent_collection", "consent_provision", "consent_sensitive")
        ]
        answers: dict[str, Any] = {}
        if self.fields:
            raw = {}
            for key, index in self.mapping.fair_fields:
                value = row.cells[index] if index < len(row.cells) else None
                raw[key] = value.date() if isinstance(value, datetime) else value
            answers, problems = answer_problems(
                self.fields, raw, sensitive_consent=bool(consents[2]), enforce_required=False)
            errors.extend(ImportRowError(row.number, key, exc) for key, exc in problems.items())
        if errors:
            return None, phone, errors
        data = SeekerInput(
            name=cell_text(self.cell(row, "name")),
            birth_year=birth[0],
            birth_date=birth[1],
            phone=phone,
            consent=Consent(
                collection=consents[0],
                provision=consents[1],
                sensitive=consents[2],
                notice_version=self.notice_version,
                given_at=self.given_at,
            ),
            residence=residence,
            sex=sex,
            desired_keco=occupation[0],
            desired_job=occupation[1],
            groups=groups,
            channel=Channel.PRE_REGISTERED,
            answers=tuple((k, tuple(v) if isinstance(v, list) else v)
                          for k, v in answers.items()),
        )
        try:
            name, phone = validate_seeker(data, self.fair_year)
        except ValidationError as exc:
            return None, phone, [ImportRowError(row.number, exc.field or "", exc)]
        return dataclasses.replace(data, name=name, phone=phone), phone, []


def _yes_no(value: Cell, field: str) -> Callable[[], bool]:
    return lambda: parse_yes_no(value, field)


def _phone(value: Cell) -> str:
    text = phone_text(value)
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The phone number is required."), field="phone"
        )
    return normalize_phone(text)


def _check(
    session: Session,
    fair: FairView,
    source: _Source,
    mapping: HeaderMapping,
    notice_version: str,
    given_at: datetime,
    progress: Progress | None,
) -> _Checked:
    mapping.check(source.file.headers)
    reader = _RowReader(mapping, fair.date.year, notice_version, given_at,
                        list_fields(session, fair.id) if mapping.fair_fields else ())
    by_phone, by_birth = _existing_seekers(session, fair.id)
    seen_phones: dict[str, int] = {}
    inputs: list[SeekerInput] = []
    errors: list[ImportRowError] = []
    total = len(source.data)
    for done, row in enumerate(source.data, start=1):
        data, phone, row_errors = reader.read(row)
        if phone is not None:
            earlier = seen_phones.get(phone)
            if earlier is not None:
                row_errors.append(_duplicate_in_file(row.number, phone, earlier))
            elif phone in by_phone:
                row_errors.append(_duplicate_in_fair_phone(row.number, phone, by_phone[phone]))
            seen_phones.setdefault(phone, row.number)
        if data is not None and not row_errors:
            key = (data.name, data.birth_date or data.birth_year)
            if key in by_birth:
                row_errors.append(_duplicate_in_fair_birth(row.number, data, by_birth[key]))
        if row_errors:
            errors.extend(row_errors)
        elif data is not None:
            inputs.append(data)
        if progress is not None and (done % 500 == 0 or done == total):
            progress(done, total)
    return _Checked(total, tuple(inputs), tuple(errors))


def _existing_seekers(
    session: Session, fair_id: int
) -> tuple[dict[str, _Existing], dict[tuple[str, date | int], _Existing]]:
    """The fair's seekers by phone, and by (name, birth date) or (name, birth year) if no date."""
    by_phone: dict[str, _Existing] = {}
    by_birth: dict[tuple[str, date | int], _Existing] = {}
    rows = session.execute(
        select(Seeker.phone, Seeker.name, Seeker.birth_year, Seeker.birth_date, Seeker.badge_no)
        .where(Seeker.fair_id == fair_id, Seeker.purged_at.is_(None))
        .order_by(Seeker.badge_no)
    )
    for phone, name, birth_year, birth_date, badge_no in rows:
        known = _Existing(name, badge_no)
        by_phone.setdefault(phone, known)
        by_birth.setdefault((name, birth_date or birth_year), known)
    return by_phone, by_birth


def _duplicate_in_file(row: int, phone: str, earlier: int) -> ImportRowError:
    return ImportRowError(
        row,
        "phone",
        ValidationError(
            QT_TRANSLATE_NOOP("errors", "The phone number {phone} is already on row {row}."),
            field="phone",
            phone=format_phone(phone),
            row=earlier,
        ),
    )


def _duplicate_in_fair_phone(row: int, phone: str, known: _Existing) -> ImportRowError:
    return ImportRowError(
        row,
        "phone",
        ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The phone number {phone} is already registered at this fair ({name}, badge "
                "{badge}).",
            ),
            field="phone",
            phone=format_phone(phone),
            name=known.name,
            badge=known.badge_no if known.badge_no is not None else "-",
        ),
    )


def _duplicate_in_fair_birth(row: int, data: SeekerInput, known: _Existing) -> ImportRowError:
    born = data.birth_date.isoformat() if data.birth_date else str(data.birth_year)
    return ImportRowError(
        row,
        "name",
        ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{name}, born {born}, is already registered at this fair (badge {badge})."
            ),
            field="name",
            name=data.name,
            born=born,
            badge=known.badge_no if known.badge_no is not None else "-",
        ),
    )


# --- the steps ---------------------------------------------------------------------------------


def preview_import(
    session: Session,
    fair_id: int | None,
    path: Path | str,
    mapping: HeaderMapping | None = None,
    *,
    sheet: str | None = None,
    progress: Progress | None = None,
    actor: Actor,
) -> ImportPreview:
    """Check every row against the rules and the fair's list; save nothing.

    ``mapping`` defaults to the suggested one; ``fair_id`` ``None`` is the latest fair. A file that
    cannot be read, or a mapping without a required field, raises a ``JobFairError``.
    """
    require(actor, Permission.REGISTER)
    fair = get_fair(session, fair_id)
    source = _load(Path(path), sheet)
    chosen = mapping or source.file.mapping
    checked = _check(session, fair, source, chosen, IMPORT_NOTICE_VERSION, utc_now(), progress)
    return ImportPreview(
        rows=checked.rows,
        valid=len(checked.inputs),
        errors=checked.errors,
        mapping=chosen,
        headers=source.file.headers,
        sample=source.file.sample,
        file=source.file,
    )


def run_import(
    session: Session,
    actor: Actor,
    fair_id: int | None,
    path: Path | str,
    mapping: HeaderMapping | None = None,
    *,
    sheet: str | None = None,
    notice_version: str = IMPORT_NOTICE_VERSION,
    progress: Progress | None = None,
) -> ImportResult:
    """Import every row as a pre-registered seeker, or none if any row is bad.

    Consent is recorded with ``notice_version`` and the import time. Badge numbers continue from
    the fair's highest. One audit event records the import (count and file name).
    """
    require(actor, Permission.REGISTER)
    fair = get_fair(session, fair_id)
    source = _load(Path(path), sheet)
    chosen = mapping or source.file.mapping
    now = actor.now()
    checked = _check(session, fair, source, chosen, notice_version, now, progress)
    if checked.errors or not checked.inputs:
        return ImportResult(checked.rows, len(checked.inputs), 0, checked.errors)
    first = next_badge_no(session, fair.id)
    ids = _uuid4s(len(checked.inputs))
    values = [
        {
            "id": ids[i],
            "fair_id": fair.id,
            "badge_no": first + i,
            "name": d.name,
            "birth_year": d.birth_year,
            "birth_date": d.birth_date,
            "phone": d.phone,
            "residence": d.residence,
            "sex": d.sex,
            "desired_keco": d.desired_keco,
            "desired_job": d.desired_job,
            "groups": sorted(set(d.groups)),
            "channel": str(Channel.PRE_REGISTERED),
            "consent_collection": True,
            "consent_provision": d.consent.provision,
            "consent_sensitive": d.consent.sensitive,
            "answers": dict(d.answers) or None,
            "consent_notice_version": notice_version,
            "consent_at": now,
            "created_at": now,
            "station_id": actor.station_id,
        }
        for i, d in enumerate(checked.inputs)
    ]
    # A Core executemany on the table: the ORM's bulk path costs twice as much on PostgreSQL and
    # splits the batch wherever a None (no birth date, no sex) appears.
    session.execute(insert(Seeker.metadata.tables[Seeker.__tablename__]), values)
    last = first + len(values) - 1
    audit(
        session,
        actor,
        action="import",
        entity="seeker",
        entity_id=uuid.uuid4(),
        fair_id=fair.id,
        after={
            "count": len(values),
            "file": source.file.name,
            "first_badge_no": first,
            "last_badge_no": last,
            "notice_version": notice_version,
        },
        at=now,
    )
    return ImportResult(checked.rows, len(values), len(values), (), first, last)


def _uuid4s(count: int) -> list[uuid.UUID]:
    """``count`` random (version 4) UUIDs from one read of the system's random source."""
    raw = os.urandom(16 * count)
    return [uuid.UUID(bytes=raw[i : i + 16], version=4) for i in range(0, 16 * count, 16)]


def import_seekers(
    session: Session,
    actor: Actor,
    path: Path | str,
    *,
    fair_id: int | None = None,
    dry_run: bool = False,
    sheet: str | None = None,
) -> ImportResult:
    """The command line's ``jobfair import seekers FILE [--fair ID] [--dry-run]``.

    With ``dry_run`` every row is checked and nothing is saved (``imported`` is 0).
    """
    if dry_run:
        preview = preview_import(session, fair_id, path, sheet=sheet, actor=actor)
        return ImportResult(preview.rows, preview.valid, 0, preview.errors)
    return run_import(session, actor, fair_id, path, sheet=sheet)
