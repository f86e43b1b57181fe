"""The last line of defence: an unexpected exception is logged to a file, and the user sees a
short message in their language instead of a traceback.

An expected failure (``JobFairError``) shows its own message and is not logged as a crash.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from jobfair.domain.errors import JobFairError
from jobfair.gui.common.dialogs import Dialogs
from jobfair.i18n import error_message
from jobfair.logs import LOG_FILENAME, log_failure


class ErrorReporter:
    """Turns uncaught exceptions into a log entry and a message box.

    Attributes:
        log_path: the file tracebacks are appended to.
    """

    def __init__(self, dialogs: Dialogs, log_dir: Path) -> None:
        self.dialogs = dialogs
        self.log_path = log_dir / LOG_FILENAME
        self._reporting = False

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, JobFairError):
            title = QCoreApplication.translate("ErrorReporter", "JobFair")
            self._show(title, error_message(exc), None)
            return
        where = self.log(exc_type, exc, tb)
        message = QCoreApplication.translate(
            "ErrorReporter",
            "Something unexpected went wrong. What you saved before is safe. If it happens again, "
            "please send the file {path} to the person who looks after JobFair.",
        ).format(path=where)
        self._show(QCoreApplication.translate("ErrorReporter", "Unexpected error"), message,
                   f"{exc_type.__name__}: {exc}")

    def log(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> Path:
        """Log the traceback (``jobfair.logs``); returns the file it went to."""
        where = log_failure(self.log_path.parent, "uncaught error", (exc_type, exc, tb))
        if where is None:
            sys.stderr.write("".join(traceback.format_exception(exc_type, exc, tb)))
        return self.log_path

    def _show(self, title: str, text: str, details: str | None) -> None:
        if self._reporting:  # an error inside the message box itself: do not loop
            return
        self._reporting = True
        try:
            self.dialogs.error(title, text, details)
        finally:
            self._reporting = False


def install_excepthook(reporter: ErrorReporter) -> None:
    sys.excepthook = reporter
