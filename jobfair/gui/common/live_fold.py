"""Folding a stream of change news into few screen refreshes (Qt-free; ``LiveUpdates`` drives it).

Each fair is folded on its own. News of a fair is passed on ``fold_s`` after it first arrives
(the rows of one transaction, a burst of scans, ride along), but never sooner than ``min_gap_s``
after that fair's news was last passed on. A quiet hall thus hears a change after about
``fold_s``; a hall writing hundreds of times a second makes a screen refresh at most once every
``min_gap_s``, and any change waits at most about ``min_gap_s`` for its refresh. News of one fair
never waits for another fair's gap.

``ANY_FAIR`` (0, "refresh whatever is shown") covers every fair: when it is due, it alone is
passed on and everything pending goes with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ANY = 0  # the same value as jobfair.db.notify.ANY_FAIR (kept free of the db layer here)


@dataclass
class NewsFold:
    """What is waiting to be passed on, and when (times are seconds of one monotonic clock).

    Attributes:
        fold_s: how long the first news of a quiet fair waits for more to come with it.
        min_gap_s: the least time between two pieces of news of one fair.
    """

    fold_s: float
    min_gap_s: float
    _first_heard: dict[int, float] = field(default_factory=dict)
    _last_passed: dict[int, float] = field(default_factory=dict)

    def add(self, fair_id: int, now: float) -> None:
        """News of ``fair_id`` heard at ``now``."""
        self._first_heard.setdefault(fair_id, now)

    @property
    def pending(self) -> bool:
        return bool(self._first_heard)

    def due_at(self, fair_id: int) -> float:
        first = self._first_heard[fair_id]
        last = self._last_passed.get(fair_id)
        due = first + self.fold_s
        return due if last is None else max(due, last + self.min_gap_s)

    def next_due(self) -> float | None:
        """When the earliest pending news is due; ``None`` when nothing waits."""
        if not self._first_heard:
            return None
        return min(self.due_at(fair) for fair in self._first_heard)

    def take(self, now: float) -> list[int]:
        """The fairs whose news is due at ``now`` (in order), marked as passed on."""
        due = sorted(fair for fair in self._first_heard if self.due_at(fair) <= now)
        if ANY in due:
            due = [ANY]
            passed = list(self._first_heard)
        else:
            passed = due
        for fair in passed:
            del self._first_heard[fair]
            self._last_passed[fair] = now
        return due

    def clear(self) -> None:
        self._first_heard.clear()
