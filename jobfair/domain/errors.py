"""Errors a user can meet, each with a message a person can act on.

A message is an English template marked for translation (context ``errors``) plus its
parameters, so the GUI and the command line can show it in the user's language.
"""

from __future__ import annotations

from typing import Any

from jobfair.domain.i18n import QT_TRANSLATE_NOOP

ERRORS_CONTEXT = "errors"


class JobFairError(Exception):
    """An expected failure with a message for the user, never a traceback.

    Attributes:
        template: English text marked for translation, with ``{name}`` fields.
        params: the values for the fields.
    """

    template: str = QT_TRANSLATE_NOOP("errors", "Something went wrong.")

    def __init__(self, template: str | None = None, **params: Any) -> None:
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.render(lambda text: text))

    def render(self, translate: Any) -> str:
        """The message with ``translate(text)`` applied to the template before formatting."""
        return str(translate(self.template)).format(**self.params)


class NotFoundError(JobFairError):
    """A fair, seeker, booth or opening that does not exist."""


class ValidationError(JobFairError):
    """Input that breaks a rule, with the field it concerns.

    Attributes:
        field: the name of the field at fault, or ``None``.
    """

    def __init__(self, template: str, *, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


class ConflictError(JobFairError):
    """The action collides with what is already recorded (a double check-in, a full opening)."""


class DatabaseUnavailableError(JobFairError):
    """The database cannot be reached or opened."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "Cannot open the database {where}: {reason}. Check the address with --db or JOBFAIR_DB, "
        "and that the server is running.",
    )


class OutputError(JobFairError):
    """A file could not be written (folder missing, no permission, disk full)."""

    template = QT_TRANSLATE_NOOP("errors", "Could not write {path}: {reason}")


class ProtectedOutputError(OutputError):
    """The file named is the open database, one of its companions, or the station's own file:
    writing there would destroy data."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} is the open database (or one of its files): writing there would destroy it. "
        "Choose another file name.",
    )
    STATION_FILE = QT_TRANSLATE_NOOP(
        "errors",
        "{path} is one of this station's own files (its unsent records or its settings): "
        "writing there would destroy them. Choose another file name.",
    )


class OutputExistsError(OutputError):
    """The file exists and the user did not ask to replace it."""

    template = QT_TRANSLATE_NOOP(
        "errors", "{path} already exists. Choose another name, or add --force to replace it."
    )

class DatabaseFullError(JobFairError):
    """The disk (or the server's) holding the database has no room left."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The disk holding the database {where} is full: nothing more can be saved. Free some "
        "space on it, then try again ({reason}).",
    )


class DatabaseReadOnlyError(JobFairError):
    """The database can be read but not written (a read-only file, folder, disk or server)."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database {where} is read-only: JobFair cannot save to it. Make the file and its "
        "folder writable (or copy it to a writable folder), or ask for a server account that "
        "may write ({reason}).",
    )


class DatabaseLockedError(JobFairError):
    """Another program holds the database locked longer than JobFair waits."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database {where} is locked by another program (another JobFair, a backup or a "
        "database tool) that is still writing to it. Try again in a moment; if it stays "
        "locked, close that program ({reason}).",
    )


class NotAJobFairDatabaseError(JobFairError):
    """The address names a database that is missing, or that belongs to another program."""
