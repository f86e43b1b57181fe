"""The fair's figures, computed by the database in a handful of grouped queries."""

from __future__ import annotations

from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import Session

from jobfair.db.models import Booth, CheckIn, Interview, Opening, Seeker
from jobfair.domain.codes import Channel, Outcome
from jobfair.domain.metrics import Figures
from jobfair.services.fairs import get_fair


def compute_figures(session: Session, fair_id: int | None = None) -> Figures:
    """The fair-day figures of the fair (the latest fair when ``fair_id`` is ``None``)."""
    fair = get_fair(session, fair_id)
    fid = fair.id
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
        select(func.count()).select_from(CheckIn).where(CheckIn.fair_id == fid)
    ) or 0
    iv = session.execute(
        select(
            func.count(),
            func.count(distinct(Interview.seeker_id)),
            *(
                func.coalesce(func.sum(case((Interview.outcome == o, 1), else_=0)), 0)
                for o in Outcome
            ),
        ).where(Interview.fair_id == fid, Interview.voided_at.is_(None))  # undone: not held
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
