"""The fair's figures as the centres report them: raw counts, and ratios that name their divisor.

Definitions (see shared/domain.md):
- employers (참여기업): employers with a booth at the fair;
- positions (구인인원): the sum of the headcounts of the fair's openings;
- registered: seekers on the fair's list, pre-registered or walk-in;
- attendees (참여 구직자): seekers checked in; registered but absent do not count;
- interviewees (면접 인원): distinct seekers interviewed; interviews (면접 건수): interviews held;
- hires (현장채용): interviews whose outcome is hired on the spot;
- hire_rate (채용률) = hires / positions; interview_hire_rate = hires / interviewees;
  attendee_hire_rate = hires / attendees; interview_rate = interviewees / attendees.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from jobfair.domain.i18n import QT_TRANSLATE_NOOP


def percent(numerator: int, denominator: int) -> float | None:
    """``numerator / denominator`` in percent, rounded half up to one decimal (63/152 -> 41.4,
    1/16 -> 6.3): the one rate function every figure, screen and document uses.

    Worked in exact integers (tenths of a percent), never with a float ``round()``, which rounds
    6.25 to 6.2. ``None`` when the denominator is zero: a rate of nothing is not zero.
    """
    if denominator == 0:
        return None
    sign = -1 if (numerator < 0) != (denominator < 0) else 1
    num, den = abs(int(numerator)), abs(int(denominator))
    tenths = (2000 * num + den) // (2 * den)  # floor(1000 n / d + 1/2)
    return sign * tenths / 10


@dataclass(frozen=True)
class Ratio:
    """A rate with what it divides by, so no report can confuse 41.4 % with 15.6 %."""

    key: str
    label: str
    numerator: str
    denominator: str
    value: float | None


@dataclass(frozen=True)
class Figures:
    """The fair-day counts of one fair."""

    fair_id: int
    employers: int
    positions: int
    registered: int
    pre_registered: int
    walk_ins: int
    attendees: int
    interviewees: int
    interviews: int
    hires: int
    second_interviews: int
    pending: int
    rejected: int
    undecided: int

    @property
    def hire_rate(self) -> float | None:
        return percent(self.hires, self.positions)

    @property
    def interview_hire_rate(self) -> float | None:
        return percent(self.hires, self.interviewees)

    @property
    def attendee_hire_rate(self) -> float | None:
        return percent(self.hires, self.attendees)

    @property
    def interview_rate(self) -> float | None:
        return percent(self.interviewees, self.attendees)

    def ratios(self) -> list[Ratio]:
        """Every ratio with the names of the counts it divides."""
        return [
            Ratio(
                "hire_rate",
                QT_TRANSLATE_NOOP("figures", "Hire rate (of positions sought)"),
                "hires",
                "positions",
                self.hire_rate,
            ),
            Ratio(
                "interview_hire_rate",
                QT_TRANSLATE_NOOP("figures", "Hires per person interviewed"),
                "hires",
                "interviewees",
                self.interview_hire_rate,
            ),
            Ratio(
                "attendee_hire_rate",
                QT_TRANSLATE_NOOP("figures", "Hires per attendee"),
                "hires",
                "attendees",
                self.attendee_hire_rate,
            ),
            Ratio(
                "interview_rate",
                QT_TRANSLATE_NOOP("figures", "Share of attendees interviewed"),
                "interviewees",
                "attendees",
                self.interview_rate,
            ),
        ]

    def as_dict(self) -> dict[str, Any]:
        """Counts and ratios as a flat JSON-ready mapping."""
        data: dict[str, Any] = asdict(self)
        for ratio in self.ratios():
            data[ratio.key] = ratio.value
        data["ratio_denominators"] = {r.key: r.denominator for r in self.ratios()}
        return data


COUNT_LABELS: dict[str, str] = {
    "employers": QT_TRANSLATE_NOOP("figures", "Participating employers"),
    "positions": QT_TRANSLATE_NOOP("figures", "Positions sought"),
    "registered": QT_TRANSLATE_NOOP("figures", "Registered seekers"),
    "pre_registered": QT_TRANSLATE_NOOP("figures", "Pre-registered"),
    "walk_ins": QT_TRANSLATE_NOOP("figures", "Walk-ins"),
    "attendees": QT_TRANSLATE_NOOP("figures", "Seekers attending (checked in)"),
    "interviewees": QT_TRANSLATE_NOOP("figures", "People interviewed"),
    "interviews": QT_TRANSLATE_NOOP("figures", "Interviews held"),
    "hires": QT_TRANSLATE_NOOP("figures", "Hired on the spot"),
    "second_interviews": QT_TRANSLATE_NOOP("figures", "Second interviews"),
    "pending": QT_TRANSLATE_NOOP("figures", "Pending"),
    "rejected": QT_TRANSLATE_NOOP("figures", "Not hired"),
    "undecided": QT_TRANSLATE_NOOP("figures", "Outcome not yet recorded"),
}


@dataclass(frozen=True)
class FinalFigures:
    """The follow-up figures (사후관리), kept apart from the fair-day :class:`Figures`.

    Rule: an interview is a final hire when its final outcome is "hired", or when it was hired on
    the spot and no final outcome has been recorded; an on-site hire marked "withdrawn" or
    "not_hired" afterwards is not a final hire. Undone interviews count nowhere.
    ``final_hire_rate`` = final_hires / positions; ``final_interview_hire_rate`` = final_hires /
    interviewees (the same denominators as the fair-day rates).
    """

    fair_id: int
    positions: int
    interviewees: int
    onsite_hires: int
    final_hires: int
    follow_up_cases: int
    decided: int
    last_final_outcome_on: date | None

    @property
    def final_hire_rate(self) -> float | None:
        return percent(self.final_hires, self.positions)

    @property
    def onsite_hire_rate(self) -> float | None:
        return percent(self.onsite_hires, self.positions)

    @property
    def final_interview_hire_rate(self) -> float | None:
        return percent(self.final_hires, self.interviewees)


FINAL_LABELS: dict[str, str] = {
    "final_hires": QT_TRANSLATE_NOOP("figures", "Final hires (after follow-up)"),
    "final_hire_rate": QT_TRANSLATE_NOOP("figures", "Final hire rate (of positions sought)"),
    "final_interview_hire_rate": QT_TRANSLATE_NOOP(
        "figures", "Final hires per person interviewed"
    ),
}
