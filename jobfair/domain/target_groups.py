"""Target groups (취업지원 대상): some derive from age, the others the seeker declares.

The laws disagree on the age bounds, so the age-based groups are data: a fair may replace
``DEFAULT_AGE_GROUPS``. Age is counted as the fair's year minus the birth year (만 나이 would need
the birth date, which many seekers do not give).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from jobfair.domain.i18n import QT_TRANSLATE_NOOP


class DeclaredGroup(StrEnum):
    """Groups a seeker declares; disability is sensitive and needs its own consent."""

    CAREER_BREAK = "career_break"  # 경력단절여성
    DISABILITY = "disability"  # 장애인 (sensitive)
    VULNERABLE = "vulnerable"  # 취약계층
    VETERAN = "veteran"  # 전역(예정)군인


SENSITIVE_GROUPS = frozenset({DeclaredGroup.DISABILITY})

DECLARED_LABELS: dict[str, str] = {
    DeclaredGroup.CAREER_BREAK: QT_TRANSLATE_NOOP("codes", "Career-interrupted woman"),
    DeclaredGroup.DISABILITY: QT_TRANSLATE_NOOP("codes", "Person with a disability"),
    DeclaredGroup.VULNERABLE: QT_TRANSLATE_NOOP("codes", "Employment-vulnerable"),
    DeclaredGroup.VETERAN: QT_TRANSLATE_NOOP("codes", "Discharged soldier"),
}


@dataclass(frozen=True)
class AgeGroup:
    """A group defined by age (``min_age``..``max_age`` inclusive) or by birth years."""

    code: str
    label: str
    min_age: int | None = None
    max_age: int | None = None
    born_from: int | None = None
    born_to: int | None = None

    def contains(self, birth_year: int, fair_year: int) -> bool:
        if self.born_from is not None or self.born_to is not None:
            lo = self.born_from if self.born_from is not None else -10_000
            hi = self.born_to if self.born_to is not None else 10_000
            return lo <= birth_year <= hi
        age = fair_year - birth_year
        lo = self.min_age if self.min_age is not None else 0
        hi = self.max_age if self.max_age is not None else 200
        return lo <= age <= hi


DEFAULT_AGE_GROUPS: tuple[AgeGroup, ...] = (
    AgeGroup("youth", QT_TRANSLATE_NOOP("codes", "Youth (19–34)"), min_age=19, max_age=34),
    AgeGroup("middle_aged", QT_TRANSLATE_NOOP("codes", "Middle-aged (40–64)"), 40, 64),
    AgeGroup("new_middle_aged", QT_TRANSLATE_NOOP("codes", "New middle-aged (50–69)"), 50, 69),
    AgeGroup(
        "baby_boomer",
        QT_TRANSLATE_NOOP("codes", "Baby boomer (born 1955–1963)"),
        born_from=1955,
        born_to=1963,
    ),
    AgeGroup("senior", QT_TRANSLATE_NOOP("codes", "Senior (60+)"), min_age=60),
)


def group_labels(age_groups: Sequence[AgeGroup] = DEFAULT_AGE_GROUPS) -> dict[str, str]:
    """Target group code -> English label (context ``codes``), declared and age-based."""
    labels = {str(code): text for code, text in DECLARED_LABELS.items()}
    labels.update({g.code: g.label for g in age_groups})
    return labels


GROUP_LABELS: dict[str, str] = group_labels()


def group_label(code: str) -> str:
    """The English label (context ``codes``) of a target group; an unknown code as it is."""
    return GROUP_LABELS.get(code, code)


def age_groups_for(
    birth_year: int, fair_year: int, groups: tuple[AgeGroup, ...] = DEFAULT_AGE_GROUPS
) -> list[str]:
    """Codes of the age-based groups a seeker born in ``birth_year`` belongs to at the fair."""
    return [g.code for g in groups if g.contains(birth_year, fair_year)]


AGE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("10-30s", 0, 39),
    ("40-50s", 40, 59),
    ("60+", 60, 200),
)
AGE_BAND_LABELS: dict[str, str] = {
    "10-30s": QT_TRANSLATE_NOOP("codes", "10s–30s"),
    "40-50s": QT_TRANSLATE_NOOP("codes", "40s–50s"),
    "60+": QT_TRANSLATE_NOOP("codes", "60 and over"),
}


def age_band(birth_year: int, fair_year: int) -> str:
    """The reporting age band (10–30s, 40–50s, 60+) as published by the centres."""
    age = fair_year - birth_year
    for code, lo, hi in AGE_BANDS:
        if lo <= age <= hi:
            return code
    return AGE_BANDS[-1][0]
