"""From a seeker's printable facts to what a badge shows: one place for the command line and GUI.

Takes any object with the attributes of ``jobfair.services.seekers.badges.BadgePrintRow`` (a
Protocol,
so documents need not import services). The desired job is the seeker's own words when given,
else the KECO major group's name; the colour band names the first target group of the colour
mapping the seeker is in, age-based groups derived from the birth year and the fair's year.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Protocol

from jobfair.documents.badges import DEFAULT_GROUP_COLORS, BadgeData, pick_band
from jobfair.domain.codes import occupation_label
from jobfair.domain.target_groups import (
    DEFAULT_AGE_GROUPS,
    AgeGroup,
    age_groups_for,
    group_labels,
)

__all__ = ["badge_data", "badges_from_rows", "desired_job_label", "group_labels", "untranslated"]

Translate = Callable[[str, str], str]
"""``translate(context, text)``: ``QCoreApplication.translate`` or ``jobfair.i18n.tr``."""

LABEL_CONTEXT = "codes"


def untranslated(context: str, text: str) -> str:
    return text


class BadgeSource(Protocol):
    """The facts of one badge to print (``BadgePrintRow`` has them)."""

    @property
    def code(self) -> str: ...
    @property
    def badge_no(self) -> int | None: ...
    @property
    def name(self) -> str: ...
    @property
    def fair_name(self) -> str: ...
    @property
    def fair_date(self) -> date: ...
    @property
    def desired_keco(self) -> str: ...
    @property
    def desired_job(self) -> str: ...
    @property
    def groups(self) -> Sequence[str]: ...
    @property
    def birth_year(self) -> int: ...
    @property
    def answers(self) -> Sequence[tuple[str, str]]: ...


def desired_job_label(
    desired_keco: str, desired_job: str, translate: Translate = untranslated
) -> str:
    """The seeker's words if any, else the KECO major group's name, else empty."""
    if desired_job.strip():
        return desired_job.strip()
    label = occupation_label(desired_keco)
    return translate(LABEL_CONTEXT, label) if label else ""


def badge_data(
    row: BadgeSource,
    translate: Translate = untranslated,
    colors: Mapping[str, str] = DEFAULT_GROUP_COLORS,
    age_groups: Sequence[AgeGroup] = DEFAULT_AGE_GROUPS,
) -> BadgeData:
    """What ``row``'s badge shows."""
    held = [*row.groups, *age_groups_for(row.birth_year, row.fair_date.year, tuple(age_groups))]
    band = pick_band(held, colors)
    label = ""
    color: str | None = None
    if band is not None:
        code, color = band
        english = group_labels(age_groups).get(code, code)
        label = translate(LABEL_CONTEXT, english)
    return BadgeData(
        code=row.code,
        badge_no=row.badge_no if row.badge_no is not None else "",
        name=row.name,
        fair_name=row.fair_name,
        fair_date=row.fair_date,
        desired_job=desired_job_label(row.desired_keco, row.desired_job, translate),
        group_label=label,
        band_color=color,
        answers=tuple(row.answers),
    )


def badges_from_rows(
    rows: Iterable[BadgeSource],
    translate: Translate = untranslated,
    colors: Mapping[str, str] = DEFAULT_GROUP_COLORS,
    age_groups: Sequence[AgeGroup] = DEFAULT_AGE_GROUPS,
) -> Iterator[BadgeData]:
    """``badge_data`` of each row, lazily (render_badges takes a page at a time)."""
    for row in rows:
        yield badge_data(row, translate, colors, age_groups)
