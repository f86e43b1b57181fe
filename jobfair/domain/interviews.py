"""The rules of an interview at a booth, written once for every station, online and offline.

- A hire names the opening it fills.
- A hire beyond the opening's headcount needs a confirmation, and is then marked as such.
- A seeker's card at a booth is a new interview, unless the booth has an undecided interview of
  theirs (then that one is completed) or has interviewed them already (then the recruiter is
  asked before another is added).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from jobfair.domain.codes import Outcome
from jobfair.domain.errors import ConflictError, ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP

# The one-key outcomes of the booth screen and of paper result sheets.
OUTCOME_KEYS: dict[str, Outcome] = {
    "1": Outcome.HIRED,
    "2": Outcome.SECOND,
    "3": Outcome.PENDING,
    "4": Outcome.REJECTED,
}


class HeadcountExceededError(ConflictError):
    """A hire beyond the opening's headcount, not confirmed."""


def parse_outcome(value: str | None) -> Outcome | None:
    """The outcome named ``value`` (``None`` or empty: not decided yet)."""
    if value is None or value == "":
        return None
    try:
        return Outcome(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "'{value}' is not an outcome: use hired, second, pending or rejected."
            ),
            field="outcome",
            value=value,
        ) from None


def outcome_for_key(key: str | int | None) -> Outcome | None:
    """The outcome of key 1-4 (or of its name); ``None`` for an empty key (decide later)."""
    text = "" if key is None else str(key).strip().lower()
    if not text:
        return None
    if text in OUTCOME_KEYS:
        return OUTCOME_KEYS[text]
    try:
        return Outcome(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "'{value}' is not an outcome key: 1 hired, 2 second interview, 3 pending, "
                "4 not hired, or empty to decide later.",
            ),
            field="outcome",
            value=str(key),
        ) from None


def require_opening(outcome: Outcome | None, opening_id: int | None) -> None:
    """A hire names the opening it fills."""
    if outcome is Outcome.HIRED and opening_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the opening the seeker is hired for."),
            field="opening",
        )


def check_headcount(*, title: str, headcount: int, hired: int, force: bool) -> bool:
    """Whether one more hire goes beyond the headcount, given ``hired`` so far.

    Raises ``HeadcountExceededError`` when it does and ``force`` (the confirmation) is not given.
    """
    if hired < headcount:
        return False
    if not force:
        raise HeadcountExceededError(
            QT_TRANSLATE_NOOP(
                "errors", "All {headcount} positions of '{title}' are filled ({hired} hired)."
            ),
            headcount=headcount,
            title=title,
            hired=hired,
        )
    return True


class EarlierLike(Protocol):
    """An earlier interview of the seeker at the same booth (latest first)."""

    @property
    def id(self) -> uuid.UUID: ...

    @property
    def outcome(self) -> str | None: ...


class CardStep(Enum):
    """What opening a seeker's card at a booth does."""

    NEW = "new"  # a new interview, undecided until a key is pressed
    REOPEN = "reopen"  # the booth's undecided interview of theirs, to be completed now
    ASK_REPEAT = "ask_repeat"  # interviewed here already: ask before adding another


@dataclass(frozen=True)
class CardDecision:
    step: CardStep
    interview_id: uuid.UUID | None = None  # the interview reopened


def decide_card(earlier: Sequence[EarlierLike], *, allow_repeat: bool = False) -> CardDecision:
    """What a scan at a booth does with the seeker's earlier interviews there (latest first)."""
    undecided = next((e for e in earlier if e.outcome is None), None)
    if undecided is not None:
        return CardDecision(CardStep.REOPEN, undecided.id)
    if earlier and not allow_repeat:
        return CardDecision(CardStep.ASK_REPEAT)
    return CardDecision(CardStep.NEW)
