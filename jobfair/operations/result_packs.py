"""Writing the employers' result packs into a folder: one XLSX and one PDF per employer.

Shared by the window (*Organizer › Employer result packs…*) and ``jobfair employer-packs``.
Every file goes through the one writer (``jobfair.services.files.write_file``) with the
station's output guard; nothing is replaced unless ``overwrite``. All names are checked before
the first file is written, so a refusal leaves the folder as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from jobfair.documents.result_pack import FILE_WORD, pack_tables, render_pack_pdf
from jobfair.documents.workbook import write_workbook
from jobfair.domain.errors import OutputError, OutputExistsError
from jobfair.domain.file_names import readable_file_name
from jobfair.domain.i18n import untranslated
from jobfair.domain.result_packs import PackData
from jobfair.services.files import OutputGuard, write_file

Translate = Callable[[str, str], str]
Progress = Callable[[int, int], None]




@dataclass(frozen=True)
class PackFiles:
    """The files of one employer's pack."""

    employer: str
    workbook: Path
    summary: Path


def pack_paths(
    packs: Sequence[PackData], folder: Path, translate: Translate = untranslated
) -> list[PackFiles]:
    """``<employer>_결과.xlsx`` and ``.pdf`` per pack; employers of one name told apart by
    their booth (or business number)."""
    word = translate("result_pack", FILE_WORD)
    names = [readable_file_name(p.employer, word, suffix="") for p in packs]
    taken: set[str] = set()
    out = []
    for pack, name in zip(packs, names, strict=True):
        stem = name
        if names.count(name) > 1 or stem.casefold() in taken:
            tag = pack.booths[0] if pack.booths else pack.business_no
            stem = readable_file_name(pack.employer, tag, word, suffix="")
        n = 2
        base = stem
        while stem.casefold() in taken:
            stem, n = f"{base} ({n})", n + 1
        taken.add(stem.casefold())
        out.append(PackFiles(pack.employer, folder / f"{stem}.xlsx", folder / f"{stem}.pdf"))
    return out


def write_packs(
    packs: Sequence[PackData],
    folder: Path,
    *,
    translate: Translate = untranslated,
    guard: OutputGuard | None = None,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> list[PackFiles]:
    """Write every pack into ``folder`` (made if missing); the files written.

    Raises ``OutputExistsError`` before writing anything when a file is there and not
    ``overwrite``; ``OutputError`` when the folder cannot be made.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(path=str(folder), reason=exc.strerror or str(exc)) from exc
    files = pack_paths(packs, folder, translate)
    for f in files:
        for path in (f.workbook, f.summary):
            if guard is not None:
                guard.check(path)
            if not overwrite and (path.exists() or path.is_symlink()):
                raise OutputExistsError(path=str(path))
    total = len(packs)
    for done, (pack, f) in enumerate(zip(packs, files, strict=True), 1):
        _write_pack(pack, f, translate, guard, overwrite)
        if progress is not None:
            progress(done, total)
    return files


def _write_pack(
    pack: PackData, files: PackFiles, translate: Translate, guard: OutputGuard | None,
    overwrite: bool,
) -> None:
    tables = pack_tables(pack, translate)

    def workbook(out: BinaryIO) -> None:
        write_workbook(tables, out)

    def summary(out: BinaryIO) -> None:
        render_pack_pdf(pack, out, translate)

    write_file(files.workbook, workbook, guard=guard, overwrite=overwrite)
    write_file(files.summary, summary, guard=guard, overwrite=overwrite)
