"""The hall screen's board: per booth, the numbers called and next, the wait, the openings left.

Numbers only, never names: the board is shown on a TV in the hall. Openings left use the one
definition of a hire (``jobfair.services.reports.counted``: not undone, on the fair's day), so the
hall
never promises a position the dashboard counts as filled.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jobfair.db.models import Booth, Employer, Interview, Opening, QueueEntry
from jobfair.services.hall.waits import LENGTHS_USED, WaitEstimate, predict_wait
from jobfair.services.reports.counted import (
    counted_interview,
    day_of,
    hires_by_opening,
    waiting_in_queue,
)
from jobfair.services.setup.fairs import get_fair

NEXT_SHOWN = 3
FORGOTTEN_MINUTES = 90  # a card open longer was forgotten, not an interview going on
CALLED_SHOWN = 2


@dataclass(frozen=True)
class OpeningLeft:
    """An opening with positions still unfilled today."""

    title: str
    left: int


@dataclass(frozen=True)
class BoothBoard:
    """One booth's row on the hall screen.

    Attributes:
        called: the numbers called last today (at most ``CALLED_SHOWN``), the latest first:
            a called seeker's card opens at once, so "now calling" is the latest calls, not
            the entries still open.
        next_up: the next numbers in line (at most ``NEXT_SHOWN``), first in line first.
        waiting: how many wait (not called yet).
        wait: the predicted wait of one who joins now.
        openings: the openings with positions left, in the order they were set up.
    """

    booth_id: int
    label: str
    employer: str
    called: tuple[int, ...]
    next_up: tuple[int, ...]
    waiting: int
    wait: WaitEstimate
    openings: tuple[OpeningLeft, ...]


@dataclass(frozen=True)
class HallBoard:
    """The whole board: the booths of the group (label prefix; "" for the whole hall)."""

    fair_id: int
    group: str
    booths: tuple[BoothBoard, ...]
    read_at: datetime


def _minutes(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / 60


def hall_board(
    session: Session,
    fair_id: int,
    group: str,
    now: datetime,
    *,
    typical_minutes: float | None = None,
) -> HallBoard:
    """The board of the fair's booths whose label starts with ``group`` (any case), by label.

    ``typical_minutes``: the interview length until a booth has its own; by default the
    fair's (set up with the fair, 8 minutes unless changed).
    """
    fair = get_fair(session, fair_id)
    day = day_of(fair).around(now)
    typical = fair.typical_interview_minutes if typical_minutes is None else typical_minutes
    prefix = group.strip().upper()
    # plain columns, not ORM objects: read at every check-in for where to go next
    booths = [
        row for row in session.execute(
            select(Booth.id, Booth.label, Booth.employer_id, Employer.name)
            .join(Employer, Employer.id == Booth.employer_id)
            .where(Booth.fair_id == fair_id).order_by(Booth.label)
        ).all()
        if row.label.upper().startswith(prefix)
    ]
    ids = [row.id for row in booths]
    called: dict[int, list[int]] = defaultdict(list)
    waiting: dict[int, list[int | None]] = defaultdict(list)
    if ids:
        for booth_id, number in session.execute(
            select(QueueEntry.booth_id, QueueEntry.queue_no).where(
                QueueEntry.booth_id.in_(ids),
                QueueEntry.called_at.is_not(None),
                QueueEntry.queued_at >= day.start,
                QueueEntry.queued_at < day.end,
            ).order_by(QueueEntry.called_at.desc(), QueueEntry.queued_at.desc(), QueueEntry.id)
        ).all():
            if number is not None:
                called[booth_id].append(number)
        for booth_id, number in session.execute(
            select(QueueEntry.booth_id, QueueEntry.queue_no)
            .where(QueueEntry.booth_id.in_(ids), waiting_in_queue(day))
            .order_by(QueueEntry.queued_at, QueueEntry.queue_no, QueueEntry.id)
        ).all():
            waiting[booth_id].append(number)
    lengths: dict[int, list[float]] = defaultdict(list)
    going_on: dict[int, list[float]] = defaultdict(list)
    if ids:
        # The wait needs each booth's latest interviews only (``waits.LENGTHS_USED``): a window
        # per booth in SQL instead of the whole day's interviews in Python (100,000 at a large
        # fair, read at every check-in for where to go next).
        latest = (
            select(
                Interview.booth_id, Interview.started_at, Interview.outcome_at,
                func.row_number().over(
                    partition_by=Interview.booth_id, order_by=Interview.started_at.desc()
                ).label("latest"),
            )
            .where(Interview.booth_id.in_(ids), counted_interview(day),
                   Interview.outcome_at.is_not(None))
            .subquery()
        )
        for booth, opened, decided in session.execute(
            select(latest.c.booth_id, latest.c.started_at, latest.c.outcome_at)
            .where(latest.c.latest <= LENGTHS_USED)
            .order_by(latest.c.booth_id, latest.c.started_at)
        ).all():
            lengths[cast(int, booth)].append(
                _minutes(cast(datetime, opened), cast(datetime, decided)))
        for booth_id, started in session.execute(
            select(Interview.booth_id, Interview.started_at)
            .where(Interview.booth_id.in_(ids), counted_interview(day),
                   Interview.outcome_at.is_(None),
                   Interview.started_at > now - timedelta(minutes=FORGOTTEN_MINUTES))
        ).all():
            going_on[booth_id].append(max(_minutes(started, now), 0.0))
    hires = hires_by_opening(session, fair_id, day)
    openings: dict[int, list[OpeningLeft]] = defaultdict(list)
    for opening_id, employer_id, title, headcount in session.execute(
        select(Opening.id, Opening.employer_id, Opening.title, Opening.headcount)
        .where(Opening.fair_id == fair_id).order_by(Opening.id)
    ).all():
        left = headcount - hires.get(opening_id, 0)
        if left > 0:
            openings[employer_id].append(OpeningLeft(title, left))
    rows = []
    for booth in booths:
        numbers = waiting[booth.id]
        rows.append(BoothBoard(
            booth_id=booth.id,
            label=booth.label,
            employer=booth.name,
            called=tuple(called[booth.id][:CALLED_SHOWN]),
            next_up=tuple(n for n in numbers[:NEXT_SHOWN] if n is not None),
            waiting=len(numbers),
            wait=predict_wait(lengths[booth.id], len(numbers), _recent(going_on[booth.id]),
                              typical),
            openings=tuple(openings[booth.employer_id]),
        ))
    return HallBoard(fair_id, prefix, tuple(rows), now)


def _recent(elapsed: Sequence[float]) -> list[float]:
    """Interviews going on now: a card left open for hours was forgotten, not going on."""
    return [e for e in elapsed if e < FORGOTTEN_MINUTES]


def booth_wait(
    session: Session, booth_id: int, now: datetime,
    *, typical_minutes: float | None = None,
) -> WaitEstimate | None:
    """The predicted wait at one booth (for the booth's own screen)."""
    booth = session.get(Booth, booth_id)
    if booth is None:
        return None
    board = hall_board(session, booth.fair_id, booth.label, now, typical_minutes=typical_minutes)
    return next((b.wait for b in board.booths if b.booth_id == booth_id), None)
