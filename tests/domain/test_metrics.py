"""Percentages as the centres print them, and the figures' JSON shape."""

from __future__ import annotations

import dataclasses

import pytest

from jobfair.domain.metrics import COUNT_LABELS, Figures, percent


@pytest.mark.parametrize(
    ("num", "den", "expected"),
    [
        (63, 152, 41.4),  # the seed's hire rate (41.447...)
        (63, 405, 15.6),  # the same hires per person interviewed (15.555...)
        (405, 1000, 40.5),
        (0, 7, 0.0),
        (7, 7, 100.0),
        (3, 2, 150.0),
        (1, 3, 33.3),
        (2, 3, 66.7),
        # exact halves round up, not to even: 6.25 -> 6.3, 0.25 -> 0.3, 100.05 -> 100.1
        (1, 16, 6.3),
        (1, 400, 0.3),
        (2001, 2000, 100.1),
        (1, 8, 12.5),
    ],
)
def test_percent(num: int, den: int, expected: float) -> None:
    assert percent(num, den) == expected


def test_percent_of_nothing_is_none() -> None:
    assert percent(0, 0) is None
    assert percent(5, 0) is None


def _seed_figures() -> Figures:
    return Figures(
        fair_id=1, employers=28, positions=152, registered=1100, pre_registered=800,
        walk_ins=300, attendees=1000, interviewees=405, interviews=530, hires=63,
        second_interviews=40, pending=50, rejected=300, undecided=77,
    )


def test_ratios_name_their_divisor() -> None:
    figures = _seed_figures()
    assert figures.hire_rate == 41.4
    assert figures.interview_hire_rate == 15.6
    assert figures.attendee_hire_rate == 6.3
    assert figures.interview_rate == 40.5
    denominators = {r.key: (r.numerator, r.denominator) for r in figures.ratios()}
    assert denominators == {
        "hire_rate": ("hires", "positions"),
        "interview_hire_rate": ("hires", "interviewees"),
        "attendee_hire_rate": ("hires", "attendees"),
        "interview_rate": ("interviewees", "attendees"),
    }


def test_as_dict_keys() -> None:
    data = _seed_figures().as_dict()
    required = {
        "employers", "positions", "registered", "attendees", "interviewees", "interviews",
        "hires", "second_interviews", "pending", "hire_rate", "interview_hire_rate",
    }
    assert required <= data.keys()
    counts = {f.name for f in dataclasses.fields(Figures)}
    ratios = {"hire_rate", "interview_hire_rate", "attendee_hire_rate", "interview_rate"}
    assert data.keys() == counts | ratios | {"ratio_denominators"}
    assert data["hire_rate"] == 41.4
    assert data["interview_hire_rate"] == 15.6
    assert data["ratio_denominators"]["hire_rate"] == "positions"
    assert data["ratio_denominators"]["interview_hire_rate"] == "interviewees"
    # every count has a label for reports
    assert counts - {"fair_id"} <= COUNT_LABELS.keys()


def test_empty_fair_has_no_rates() -> None:
    empty = Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    data = empty.as_dict()
    assert data["hire_rate"] is None
    assert data["interview_hire_rate"] is None
