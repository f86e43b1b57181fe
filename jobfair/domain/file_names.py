"""Readable file names for the documents JobFair writes (a badge PDF, an employer's pack)."""

from __future__ import annotations

import re

_NOT_IN_FILE_NAMES = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')
MAX_STEM = 120


def readable_file_name(*parts: str, suffix: str = ".pdf") -> str:
    """A readable file name from ``parts`` joined by ``_``: characters no file system takes
    (``/ \\ : * ? " < > |``) become ``-``, spaces are kept, and the name stays short."""
    cleaned = []
    for part in parts:
        text = _NOT_IN_FILE_NAMES.sub("-", " ".join(part.split())).strip(" .-")
        if text:
            cleaned.append(text)
    stem = "_".join(cleaned)[:MAX_STEM].rstrip(" .") or "document"
    return stem + suffix
