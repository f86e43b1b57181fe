"""The tables a fair exports (a workbook's sheets, or one CSV file each), by key and title.

Here rather than in ``jobfair.services.reports.export`` so that the command line can offer the keys
(``jobfair export --table NAME``) without loading the database layer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from jobfair.domain.i18n import QT_TRANSLATE_NOOP

TABLE_TITLES: dict[str, str] = {
    "summary": QT_TRANSLATE_NOOP("export", "Summary"),
    "employers": QT_TRANSLATE_NOOP("export", "Employers"),
    "openings": QT_TRANSLATE_NOOP("export", "Openings"),
    "seekers": QT_TRANSLATE_NOOP("export", "Job seekers"),
    "checkins": QT_TRANSLATE_NOOP("export", "Check-ins"),
    "interviews": QT_TRANSLATE_NOOP("export", "Interviews"),
}
TABLE_KEYS: tuple[str, ...] = tuple(TABLE_TITLES)


@dataclass(frozen=True)
class ExportTable:
    """One sheet or CSV file: ``key`` names it on the command line, ``title`` in the workbook.
    The fair's export and an employer's result pack are both written as these."""

    key: str
    title: str
    headers: tuple[str, ...]
    rows: Sequence[tuple[Any, ...]]
    widths: tuple[int, ...] = ()  # column widths in characters, for the workbook
