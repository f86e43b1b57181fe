"""The results of station operations, and the questions an operation may ask."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

from jobfair.domain.errors import JobFairError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP

T = TypeVar("T", covariant=True)

OPERATIONS_CONTEXT = "operations"


class QuestionKind(StrEnum):
    """The questions stations ask. The safe answer is always "no"."""

    REPEAT_INTERVIEW = "repeat_interview"  # yes: add another interview of the same seeker
    OVER_HEADCOUNT = "over_headcount"  # yes: hire beyond the opening's headcount
    UNDO_INTERVIEW = "undo_interview"  # yes: undo the entry
    POSSIBLE_DUPLICATE = "possible_duplicate"  # yes: register the walk-in anyway
    UNDO_CHECK_IN = "undo_check_in"  # yes (with a reason): take the check-in back


@dataclass(frozen=True)
class Question:
    """A question an operation needs answered before it records anything risky.

    Attributes:
        kind: which question.
        template, params: the question (English, marked for translation in the
            ``operations`` context).
        yes_template: the label of the risky answer (the safe one is "No" / Escape).
    """

    kind: QuestionKind
    template: str
    yes_template: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Recorded(Generic[T]):
    """Done on the server (or, for reads, read from it)."""

    value: T


@dataclass(frozen=True)
class KeptOffline(Generic[T]):
    """The server cannot be reached: the record waits in this station's outbox."""

    value: T


@dataclass(frozen=True)
class NeedsConfirmation(Generic[T]):
    """Nothing risky was done; ``question`` waits for an answer (``value``: what to show)."""

    question: Question
    value: T | None = None


@dataclass(frozen=True)
class Refused:
    """Not done, with the reason.

    Attributes:
        error: the reason, with its translatable template.
        needs_server: the operation needs the server, which cannot be reached now.
    """

    error: JobFairError
    needs_server: bool = False


Result = Recorded[T] | KeptOffline[T] | NeedsConfirmation[T] | Refused


NEEDS_SERVER = QT_TRANSLATE_NOOP(
    "errors",
    "This needs the server, which cannot be reached now. Scanning badges goes on: what is "
    "recorded is saved on this PC and sent when the server is back.",
)


def needs_server() -> Refused:
    return Refused(JobFairError(NEEDS_SERVER), needs_server=True)
