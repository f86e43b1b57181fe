"""What a scan or a typed entry at a station means, before any database is asked.

One reader for every station, online and offline: ``#123`` or ``123`` is a badge number, a UUID
is a seeker id (the screens use it to reopen a known seeker), anything else is a badge code,
whose checking (alphabet, check character, signature) is ``jobfair.domain.badge_code``'s.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

_BADGE_NO = re.compile(r"#?\s*(\d{1,9})")


@dataclass(frozen=True)
class ScanEntry:
    """A scan or typed entry, read.

    Attributes:
        text: what was scanned or typed, without surrounding blanks.
        badge_no: the badge number, when the entry is one.
        seeker_id: the seeker id, when the entry is one.
    """

    text: str
    badge_no: int | None = None
    seeker_id: uuid.UUID | None = None

    @property
    def is_code(self) -> bool:
        """Neither a number nor an id: a badge code (valid or not)."""
        return self.badge_no is None and self.seeker_id is None


def parse_badge_no(text: str) -> int | None:
    """The badge number in ``#123`` or ``123``, or ``None`` when the text is not one."""
    match = _BADGE_NO.fullmatch(text.strip())
    return int(match[1]) if match else None


def read_scan(text: str) -> ScanEntry:
    """What ``text`` names: a badge number, a seeker id, or a badge code."""
    entry = text.strip()
    number = parse_badge_no(entry)
    if number is not None:
        return ScanEntry(entry, badge_no=number)
    try:
        return ScanEntry(entry, seeker_id=uuid.UUID(entry))
    except ValueError:
        return ScanEntry(entry)
