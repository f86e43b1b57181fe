"""The window's way to every file it writes: ``jobfair.services.files.write_file`` with this
station's guard (never over the open database or the station's own files).

``overwrite``: True only for a path the user chose in a save dialog, which has already asked
whether to replace an existing file; the window's own temporary files never replace anything.
"""

from __future__ import annotations

import os
from pathlib import Path

from jobfair.config import output_guard
from jobfair.gui.common.stations import StationContext
from jobfair.services.files import Writer, write_file


def save_file(
    context: StationContext, path: str | os.PathLike[str], write: Writer | bytes, *,
    overwrite: bool, private: bool = True,
) -> Path:
    return write_file(path, write, guard=output_guard(context.config), overwrite=overwrite,
                      private=private)
