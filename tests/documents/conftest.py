"""Badge documents are read back with poppler's tools: fail in CI when they are missing."""

from __future__ import annotations

import os
import shutil

import pytest

POPPLER = ("pdftoppm", "pdftotext", "pdffonts", "pdfinfo")


@pytest.fixture(scope="session")
def poppler() -> None:
    missing = [tool for tool in POPPLER if shutil.which(tool) is None]
    if missing:
        message = f"poppler-utils missing ({', '.join(missing)}): apt-get install poppler-utils"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
