"""Where to go next: the booths named to a seeker at check-in, and what came of them.

At the desk (on the slip) and at the kiosk (on the screen) a checked-in seeker is told up to
three booths: those whose openings fit them by the matching rules (``jobfair.domain.matching``),
that still have positions left (the one definition of a hire, ``jobfair.services.reports.counted``),
with the shortest predicted waits (``jobfair.services.hall.board``, the same waits the hall screen
shows). Employers the seeker has already interviewed with today are left out.

Which booths were named is kept (``Referral``), once per seeker and booth, so the dashboard can
show per booth how many were sent there and how many of those then interviewed there.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, distinct, func, select
from sqlalchemy.orm import Session

from jobfair.db.engine import insert_ignoring_conflicts
from jobfair.db.models import Booth, Employer, Interview, Opening, Referral, Seeker
from jobfair.domain.matching import score
from jobfair.services.hall.board import HallBoard, hall_board
from jobfair.services.hall.waits import WaitEstimate
from jobfair.services.reports.counted import counted_interview, day_of, hires_by_opening
from jobfair.services.seekers.matching import opening_facts, seeker_facts
from jobfair.services.setup.fairs import get_fair
from jobfair.services.setup.fields import list_fields

SUGGESTED = 3
SOURCES = ("desk", "kiosk")


@dataclass(frozen=True)
class BoothSuggestion:
    """A booth to go to next.

    Attributes:
        opening_title: the best-fitting opening of the booth's employer with positions left.
        left: positions still open in that opening.
        wait: the booth's predicted wait now.
        points: how well the opening fits (the matching rules' score).
    """

    booth_id: int
    label: str
    employer: str
    opening_title: str
    left: int
    wait: WaitEstimate
    points: int


@dataclass(frozen=True)
class ReferralCounts:
    """Per booth: seekers sent there at check-in, and how many of those interviewed there."""

    sent: int
    interviewed: int


def suggest_booths(
    session: Session, seeker_id: uuid.UUID, now: datetime, *, limit: int = SUGGESTED,
    board: HallBoard | None = None,
) -> tuple[BoothSuggestion, ...]:
    """Up to ``limit`` booths for the seeker, shortest predicted wait first (then best fit).

    ``board``: the fair's hall board read a moment ago, to reuse its waits (the positions left
    are always counted now); read here when not given.

    Empty when no opening with positions left fits (the slip then names none, rather than a
    booth that does not fit or has nothing left).
    """
    seeker = session.get(Seeker, seeker_id)
    if seeker is None or seeker.purged_at is not None:
        return ()
    fair = get_fair(session, seeker.fair_id)
    day = day_of(fair).around(now)
    facts = seeker_facts(seeker, fair.date.year)
    fields = list_fields(session, fair.id)
    hires = hires_by_opening(session, fair.id, day)
    seen = set(session.scalars(
        select(Opening.employer_id).join(Interview, Interview.opening_id == Opening.id)
        .where(Interview.seeker_id == seeker_id, counted_interview(day))
    ))
    best: dict[int, tuple[int, str, int]] = {}  # employer -> (points, title, left)
    # plain columns, not ORM objects: a fair has thousands of openings, and this runs at
    # every check-in
    for opening in session.execute(
        select(Opening.id, Opening.title, Opening.headcount, Opening.keco_code,
               Opening.work_place, Opening.qualifications, Opening.requirements,
               Opening.employer_id, Employer.address)
        .join(Employer, Employer.id == Opening.employer_id)
        .where(Opening.fair_id == fair.id).order_by(Opening.id)
    ):
        left = opening.headcount - hires.get(opening.id, 0)
        employer_id = opening.employer_id
        if left <= 0 or employer_id in seen:
            continue
        fit = score(facts, opening_facts(
            opening.id, keco_code=opening.keco_code, work_place=opening.work_place,
            employer_address=opening.address, qualifications=opening.qualifications,
            requirements=opening.requirements, fields=fields,
        ))
        if fit.points <= 0:
            continue
        if employer_id not in best or fit.points > best[employer_id][0]:
            best[employer_id] = (fit.points, opening.title, left)
    if not best:
        return ()
    employer_of_booth = dict(session.execute(
        select(Booth.id, Booth.employer_id).where(Booth.fair_id == fair.id)
    ).all())
    if board is None or board.fair_id != fair.id or board.group:
        board = hall_board(session, fair.id, "", now)
    candidates: dict[int, BoothSuggestion] = {}
    for row in board.booths:
        owner = employer_of_booth.get(row.booth_id)
        if owner is None or owner not in best:
            continue
        points, title, left = best[owner]
        here = BoothSuggestion(row.booth_id, row.label, row.employer, title, left, row.wait,
                               points)
        # one booth per employer: its shortest wait
        held = candidates.get(owner)
        if held is None or (here.wait.minutes, here.label) < (held.wait.minutes, held.label):
            candidates[owner] = here
    ordered = sorted(candidates.values(), key=lambda s: (s.wait.minutes, -s.points, s.label))
    return tuple(ordered[:limit])


def record_referrals(
    session: Session,
    seeker_id: uuid.UUID,
    suggestions: Sequence[BoothSuggestion],
    now: datetime,
    *,
    source: str = "desk",
) -> int:
    """Keep which booths the seeker was sent to; a booth named before is not counted again.
    Returns how many were new."""
    if source not in SOURCES:
        raise ValueError(f"unknown referral source {source!r}")
    seeker = session.get(Seeker, seeker_id)
    if seeker is None or not suggestions:
        return 0
    new = 0
    for suggestion in suggestions:
        done = session.execute(
            insert_ignoring_conflicts(session, Referral.__table__).values(
                id=uuid.uuid4(), fair_id=seeker.fair_id, seeker_id=seeker_id,
                booth_id=suggestion.booth_id, sent_at=now, source=source,
            ).returning(Referral.__table__.c.id)
        ).first()
        new += done is not None
    return new


def referral_counts(session: Session, fair_id: int) -> dict[int, ReferralCounts]:
    """Per booth of the fair: seekers sent there, and of those, how many had an interview that
    counts at that booth's employer (at any of its booths) on the fair's day."""
    day = day_of(get_fair(session, fair_id))
    sent = dict(session.execute(
        select(Referral.booth_id, func.count()).where(Referral.fair_id == fair_id)
        .group_by(Referral.booth_id)
    ).all())
    interviewed_booth = Booth.__table__.alias("interviewed_booth")
    interviewed = dict(session.execute(
        select(Referral.booth_id, func.count(distinct(Referral.seeker_id)))
        .join(Booth, Booth.id == Referral.booth_id)
        .join(interviewed_booth, interviewed_booth.c.employer_id == Booth.employer_id)
        .join(Interview, and_(
            Interview.booth_id == interviewed_booth.c.id,
            Interview.seeker_id == Referral.seeker_id,
            counted_interview(day),
        ))
        .where(Referral.fair_id == fair_id)
        .group_by(Referral.booth_id)
    ).all())
    return {
        int(booth_id): ReferralCounts(int(n), int(interviewed.get(booth_id, 0)))
        for booth_id, n in sent.items()
    }
