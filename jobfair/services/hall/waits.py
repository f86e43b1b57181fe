"""How long a newcomer would wait at a booth, predicted from the booth's own day.

Pure arithmetic, no session: ``jobfair.services.hall.board`` reads the booth's interview lengths
today
(card opened → outcome saved) and the people ahead, and asks ``predict_wait``. Until the booth
has about ten interviews of its own, the fair's typical length stands in (a booth's first two or
three interviews say little: a recruiter warming up, a friend dropping by).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

DEFAULT_TYPICAL_MINUTES = 8.0
MIN_OWN_INTERVIEWS = 10
RECENT_WINDOW = 15  # the booth's pace drifts over the day: its latest interviews say most
LENGTHS_USED = 3 * RECENT_WINDOW  # a booth's latest interviews the prediction looks at
SHORTEST_MINUTES = 1.0
LONGEST_MINUTES = 60.0


@dataclass(frozen=True)
class WaitEstimate:
    """A predicted wait.

    Attributes:
        minutes: whole minutes until a newcomer's interview would start (0: walk right in).
        per_interview: the interview length used, in minutes.
        from_booth: ``True`` when the length came from the booth's own interviews today,
            ``False`` while the fair's typical length stands in.
    """

    minutes: int
    per_interview: float
    from_booth: bool


def interview_length(
    lengths: Sequence[float], typical_minutes: float = DEFAULT_TYPICAL_MINUTES
) -> tuple[float, bool]:
    """The length of the booth's next interview, in minutes, and whether it is the booth's own.

    ``lengths`` are the booth's interview lengths today in minutes, oldest first. With fewer than
    ``MIN_OWN_INTERVIEWS`` the typical length is used; after that the mean of the latest
    ``RECENT_WINDOW``, trimmed of its shortest and longest when there are enough to spare.
    """
    usable = [min(max(x, SHORTEST_MINUTES), LONGEST_MINUTES) for x in lengths if x > 0]
    if len(usable) < MIN_OWN_INTERVIEWS:
        return typical_minutes, False
    recent = sorted(usable[-RECENT_WINDOW:])
    if len(recent) >= 8:
        recent = recent[1:-1]
    return sum(recent) / len(recent), True


def _remaining(lengths: Sequence[float], per: float, elapsed: float) -> float:
    """What is left of an interview ``elapsed`` minutes in: among the booth's own interviews
    that lasted longer, how much longer on average (a booth's long ones run long); without its
    own, the typical length less the time gone, and at least a little (one running long is
    about to end, not over)."""
    longer = [x - elapsed for x in lengths[-LENGTHS_USED:] if x > elapsed]
    if len(longer) >= 3:
        return sum(longer) / len(longer)
    return max(per - elapsed, per * 0.1)


def predict_wait(
    lengths: Sequence[float],
    ahead: int,
    in_progress: Sequence[float] = (),
    typical_minutes: float = DEFAULT_TYPICAL_MINUTES,
) -> WaitEstimate:
    """The wait of one who joins the queue now.

    Args:
        lengths: the booth's interview lengths today, in minutes, oldest first.
        ahead: how many wait before them (not called yet).
        in_progress: minutes elapsed on each interview going on now; the booth interviews as
            many people at once as it has cards open (at least one).
        typical_minutes: the fair's typical interview length, used until the booth has its own.
    """
    per, own = interview_length(lengths, typical_minutes)
    desks = max(1, len(in_progress))
    remaining = sorted(_remaining(lengths if own else (), per, e) for e in in_progress)
    free_at = remaining + [0.0] * (desks - len(remaining))
    # those ahead go to whichever desk frees first; the newcomer follows them
    for _ in range(max(0, ahead)):
        free_at.sort()
        free_at[0] += per
    wait = min(free_at) if ahead or in_progress else 0.0
    return WaitEstimate(minutes=round(wait), per_interview=per, from_booth=own)
