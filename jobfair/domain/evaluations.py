"""A recruiter's evaluation of an interview: a 1-5 rating, tags from the employer's own list and
a private note (the interview's ``notes``). The rules are checked here, once, for every way in
(the booth's card, the outbox's replay, the organizer's setup).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from jobfair.domain.errors import ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP

RATING_MIN = 1
RATING_MAX = 5
NOTE_MAX = 1000
TAG_LABEL_MAX = 40
TAGS_MAX = 20  # tags in one employer's list


def check_rating(rating: int | None) -> int | None:
    """The rating, or ``None`` (not rated); anything outside 1-5 is refused."""
    if rating is None:
        return None
    if isinstance(rating, bool) or not isinstance(rating, int) or not (
        RATING_MIN <= rating <= RATING_MAX
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A rating is a whole number from {low} to {high}."),
            field="rating", low=RATING_MIN, high=RATING_MAX,
        )
    return rating


def check_note(note: str) -> str:
    """The note, trimmed; refused beyond ``NOTE_MAX`` characters."""
    note = note.strip()
    if len(note) > NOTE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A note holds at most {limit} characters ({length} "
                              "given)."),
            field="note", limit=NOTE_MAX, length=len(note),
        )
    return note


def check_tags(chosen: Iterable[int], allowed: Iterable[int]) -> tuple[int, ...]:
    """The chosen tag ids, each once, in the order chosen; each must be in the employer's list."""
    known = set(allowed)
    result: list[int] = []
    for tag in chosen:
        if tag not in known:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Tag {tag} is not in this employer's tag list."),
                field="tags", tag=tag,
            )
        if tag not in result:
            result.append(tag)
    return tuple(result)


@dataclass(frozen=True)
class RatingSummary:
    """How a set of interviews was rated: ``counts[n - 1]`` interviews rated ``n``."""

    rated: int
    average: float | None
    counts: tuple[int, ...]


def rating_summary(ratings: Iterable[int | None]) -> RatingSummary:
    """The ratings given (``None``: not rated, left out of the average)."""
    counts = [0] * (RATING_MAX - RATING_MIN + 1)
    for r in ratings:
        if r is not None:
            counts[r - RATING_MIN] += 1
    rated = sum(counts)
    total = sum(n * c for n, c in zip(range(RATING_MIN, RATING_MAX + 1), counts, strict=True))
    return RatingSummary(rated, total / rated if rated else None, tuple(counts))


def check_tag_labels(labels: Sequence[str]) -> tuple[str, ...]:
    """An employer's tag list: trimmed, blanks dropped, each once, at most ``TAGS_MAX``."""
    result: list[str] = []
    for raw in labels:
        label = " ".join(raw.split())
        if not label or label in result:
            continue
        if len(label) > TAG_LABEL_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The tag '{tag}' is longer than {limit} "
                                  "characters."),
                field="tags", tag=label, limit=TAG_LABEL_MAX,
            )
        result.append(label)
    if len(result) > TAGS_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An employer has at most {limit} tags ({count} given)."),
            field="tags", limit=TAGS_MAX, count=len(result),
        )
    return tuple(result)
