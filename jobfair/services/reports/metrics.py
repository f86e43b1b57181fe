"""The fair's figures, computed by the database in a handful of grouped queries.

What counts is defined once, in ``jobfair.services.reports.counted``: check-ins and interviews of
the
fair's day, interviews not undone; rehearsal records (other days) are left out.
"""

from __future__ import annotations

from sqlalchemy import and_, case, distinct, func, select
from sqlalchemy.orm import Session

from jobfair.db.models import Booth, CheckIn, Interview, Opening, Seeker
from jobfair.domain.codes import Channel, Outcome
from jobfair.domain.metrics import Figures, FinalFigures
from jobfair.services.reports.counted import (
    counted_check_in,
    counted_interview,
    day_of,
    final_hire,
    hire_count,
    interviewee_count,
    outcome_count,
)
from jobfair.services.setup.fairs import get_fair


def compute_figures(session: Session, fair_id: int | None = None) -> Figures:
    """The fair-day figures of the fair (the latest fair when ``fair_id`` is ``None``)."""
    fair = get_fair(session, fair_id)
    fid = fair.id
    day = day_of(fair)
    employers = session.scalar(
        select(func.count(distinct(Booth.employer_id))).where(Booth.fair_id == fid)
    ) or 0
    positions = session.scalar(
        select(func.coalesce(func.sum(Opening.headcount), 0)).where(Opening.fair_id == fid)
    ) or 0
    reg = session.execute(
        select(
            func.count(),
            func.coalesce(
                func.sum(case((Seeker.channel == Channel.PRE_REGISTERED, 1), else_=0)), 0
            ),
        ).where(Seeker.fair_id == fid)
    ).one()
    attendees = session.scalar(
        select(func.count()).select_from(CheckIn)
        .where(CheckIn.fair_id == fid, counted_check_in(day))
    ) or 0
    iv = session.execute(
        select(
            func.count(),
            interviewee_count(),
            *(outcome_count(o) for o in Outcome),
        ).where(Interview.fair_id == fid, counted_interview(day))
    ).one()
    interviews, interviewees, hired, second, pending, rejected = (int(v) for v in iv)
    return Figures(
        fair_id=fid,
        employers=int(employers),
        positions=int(positions),
        registered=int(reg[0]),
        pre_registered=int(reg[1]),
        walk_ins=int(reg[0]) - int(reg[1]),
        attendees=int(attendees),
        interviewees=interviewees,
        interviews=interviews,
        hires=hired,
        second_interviews=second,
        pending=pending,
        rejected=rejected,
        undecided=interviews - hired - second - pending - rejected,
    )


def compute_final_figures(session: Session, fair_id: int | None = None) -> FinalFigures:
    """The follow-up figures of the fair; the fair-day figures are left as they were."""
    fair = get_fair(session, fair_id)
    fid = fair.id
    positions = session.scalar(
        select(func.coalesce(func.sum(Opening.headcount), 0)).where(Opening.fair_id == fid)
    ) or 0
    cases = Interview.outcome.in_((Outcome.SECOND, Outcome.PENDING))
    row = session.execute(
        select(
            interviewee_count(),
            hire_count(),
            func.coalesce(func.sum(case((final_hire(), 1), else_=0)), 0),
            func.coalesce(func.sum(case((cases, 1), else_=0)), 0),
            func.coalesce(
                func.sum(case((and_(cases, Interview.final_outcome.is_not(None)), 1), else_=0)),
                0,
            ),
            func.max(Interview.final_outcome_on),
        ).where(Interview.fair_id == fid, counted_interview(day_of(fair)))
    ).one()
    return FinalFigures(
        fair_id=fid,
        positions=int(positions),
        interviewees=int(row[0]),
        onsite_hires=int(row[1]),
        final_hires=int(row[2]),
        follow_up_cases=int(row[3]),
        decided=int(row[4]),
        last_final_outcome_on=row[5],
    )
