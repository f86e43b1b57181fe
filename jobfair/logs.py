"""One log for every part of JobFair: the standard ``logging``, into a rotating file.

The file is ``<data folder>/logs/jobfair.log`` (1 MB, five old files kept), for the window and
the command line alike; every module logs to ``logging.getLogger(__name__)`` under ``jobfair``.
A traceback a person should not see goes here, and the message they see names this file.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

LOG_FOLDER = "logs"
LOG_FILENAME = "jobfair.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s [pid %(process)d]: %(message)s"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class _Handler(RotatingFileHandler):
    """The rotating file, made with its folder at the first line written: a command that logs
    nothing leaves nothing behind."""

    jobfair_log = True

    def _open(self):  # type: ignore[no-untyped-def]  # logging's own override point
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()


def _can_make(folder: Path) -> bool:
    """Whether ``folder`` exists or could be made: its nearest existing ancestor is a folder."""
    for place in (folder, *folder.parents):
        if place.exists():
            return place.is_dir() and os.access(place, os.W_OK)
    return False


def log_folder(data_dir: Path) -> Path:
    """Where the log files of the data folder ``data_dir`` live."""
    return data_dir / LOG_FOLDER


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Send the ``jobfair`` loggers to ``log_dir/jobfair.log`` (made, with its folder, when first
    written); returns the file, or ``None`` when the folder cannot be made (a read-only drive:
    the log then goes to the standard error only). Calling it again with another folder moves
    the log there; with the same folder it does nothing."""
    logger = logging.getLogger("jobfair")
    path = (log_dir / LOG_FILENAME).absolute()
    for handler in list(logger.handlers):
        if getattr(handler, "jobfair_log", False):
            if Path(getattr(handler, "baseFilename", "")) == path:
                return path
            logger.removeHandler(handler)
            handler.close()
    if not _can_make(log_dir):
        return None
    handler = _Handler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8",
                       delay=True)
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > level:
        logger.setLevel(level)
    return path


def current_log() -> Path | None:
    """The file the ``jobfair`` loggers write to now, if any."""
    for handler in logging.getLogger("jobfair").handlers:
        if getattr(handler, "jobfair_log", False):
            return Path(getattr(handler, "baseFilename", ""))
    return None


def log_failure(log_dir: Path | None, what: str, exc_info: ExcInfo) -> Path | None:
    """Log an unexpected failure with its traceback; returns the file it went to (``None``:
    only the standard error had it). Without ``log_dir``, the log set up at start."""
    path = setup_logging(log_dir) if log_dir is not None else current_log()
    logging.getLogger("jobfair.errors").error(what, exc_info=exc_info)
    for handler in logging.getLogger("jobfair").handlers:
        handler.flush()
    return path if path is not None and path.exists() else None
