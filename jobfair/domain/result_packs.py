"""What an employer's result pack holds: plain data the services build and the documents render.

A pack is what the centre sends each participating employer after the fair: its interviewees
(their phone and residence only when the seeker consented to provision to employers, by the
booth card's rule ``jobfair.services.interviews.booth.card_details``), each interview's outcome, the
recruiter's evaluation (rating, tags, note) and the final outcome of the follow-up, the
employer's counted figures and the centre's covering letter.

Labels are kept untranslated (the source texts of context ``codes``): the document translates
them into the language of the pack.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from jobfair.domain.i18n import QT_TRANSLATE_NOOP

DEFAULT_LETTER = QT_TRANSLATE_NOOP(
    "result_pack",
    "Thank you for taking part in {fair}. Enclosed are the results of the interviews held at "
    "your booth: the job seekers you met, the outcomes and the follow-up results known so far. "
    "Contact details appear only for job seekers who consented to their provision to "
    "participating employers; please use them only for this recruitment and destroy them "
    "once it is over. For any question, please contact the employment centre.",
)


@dataclass(frozen=True)
class PackInterview:
    """One interview at the employer's booths, as the employer may see it.

    Attributes:
        phone, residence: ``None`` unless the seeker consented to provision to employers.
        target_groups: the labels (context ``codes``) the booth card shows.
        outcome, final_outcome: labels (context ``codes``), empty when not decided / not known.
        started_at: the fair's local wall-clock time.
    """

    seeker_name: str
    badge_no: int | None
    age_band: str
    target_groups: tuple[str, ...]
    desired_job: str
    details_shared: bool
    phone: str | None
    residence: str | None
    booth: str
    opening: str
    started_at: datetime
    outcome: str
    notes: str
    final_outcome: str
    final_outcome_on: date | None
    rating: int | None = None  # the booth's evaluation: 1-5, and its tags' labels
    tags: tuple[str, ...] = ()
    # The fair's own fields this employer may see, as (key, text): only those the seeker's
    # consent lets an employer see (``jobfair.services.setup.fields.visible``).
    answers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class PackField:
    """A fair's own field employers may see: one column of the interviewees' sheet."""

    key: str
    label_ko: str
    label_en: str


@dataclass(frozen=True)
class PackFigures:
    """The employer's counted figures (``jobfair.services.reports.counted``), never worked out
    again."""

    openings: int
    positions: int
    interviews: int
    interviewees: int
    hires: int
    second_interviews: int
    pending: int
    fill_rate: float | None  # hires / positions, in percent
    final_hires: int


@dataclass(frozen=True)
class PackData:
    """One employer's result pack.

    Attributes:
        letter: the centre's covering letter; ``None`` for the default (``DEFAULT_LETTER``).
        generated_at: when the pack was made, the fair's local wall-clock time.
    """

    fair_id: int
    fair_name: str
    fair_date: date
    venue: str
    organizer: str
    employer_id: int
    employer: str
    business_no: str
    booths: tuple[str, ...]
    letter: str | None
    figures: PackFigures
    interviews: tuple[PackInterview, ...]
    generated_at: datetime
    fields: tuple[PackField, ...] = ()  # the fair's employer-visible fields, in their order
