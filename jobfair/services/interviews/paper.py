"""Paper fallback: an organizer keys a booth's result sheet, badge number then outcome key.

The whole sheet is checked line by line first, every error reported with its line; only a sheet
without errors is saved, and then all of it or nothing (a savepoint), so a half-keyed sheet never
reaches the figures. A sheet keyed after the fair's day is dated on that day (its closing time):
it records the day's work, which counts.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jobfair.db.models import Booth, Opening, Seeker
from jobfair.domain.codes import Outcome
from jobfair.domain.errors import JobFairError, ValidationError
from jobfair.domain.fair_day import local_instant
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.interviews import (
    HeadcountExceededError,
    check_headcount,
    outcome_for_key,
    require_opening,
)
from jobfair.domain.scan import parse_badge_no
from jobfair.services.accounts.access import Permission, require
from jobfair.services.context import Actor, audit
from jobfair.services.interviews.corrections import (
    RepeatInterviewError,
    earlier_interviews,
    record_interview,
)
from jobfair.services.interviews.service import InterviewView, hires_for_opening, lock_opening
from jobfair.services.reports.counted import day_of
from jobfair.services.setup.fairs import get_fair, load_booth

Cell = str | int | None
PaperLine = tuple[Cell, Cell, Cell] | tuple[Cell, Cell]  # badge number, outcome key, opening id


@dataclass(frozen=True)
class LineError:
    """What is wrong with one line of the sheet (``line`` counts from 1)."""

    line: int
    field: str | None
    error: JobFairError


class PaperSheetError(ValidationError):
    """The sheet has errors; nothing was saved. ``errors`` lists them line by line."""

    def __init__(self, errors: Sequence[LineError]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "{count} line(s) of the sheet have errors; nothing was saved."
            ),
            field="lines",
            count=len(errors),
        )
        self.errors = tuple(errors)


@dataclass(frozen=True)
class PaperSheetResult:
    booth_id: int
    interviews: tuple[InterviewView, ...]
    hires: int


@dataclass(frozen=True)
class _Planned:
    line: int
    seeker_id: uuid.UUID
    outcome: Outcome | None
    opening_id: int | None


@dataclass(frozen=True)
class SheetSeeker:
    """Who a line's badge number names: shown beside the line, to compare with the paper."""

    badge_no: int
    name: str


def _cell(value: Cell) -> str:
    return "" if value is None else str(value).strip()



def sheet_seekers(
    session: Session, actor: Actor, booth_id: int, badges: Sequence[Cell]
) -> list[SheetSeeker | None]:
    """The seeker each typed badge number names at the booth's fair (``None``: not a badge
    number, or nobody has it), in the order given. Read only."""
    require(actor, Permission.INTERVIEW, booth_id=booth_id)
    booth = load_booth(session, booth_id)
    numbers = [parse_badge_no(_cell(b)) for b in badges]
    wanted = {n for n in numbers if n is not None}
    names: dict[int, str] = {}
    if wanted:
        rows = session.execute(
            select(Seeker.badge_no, Seeker.name)
            .where(Seeker.fair_id == booth.fair_id, Seeker.badge_no.in_(wanted))
        )
        names = {int(r.badge_no): r.name for r in rows}
    return [SheetSeeker(n, names[n]) if n is not None and n in names else None
            for n in numbers]


def key_paper_sheet(
    session: Session,
    actor: Actor,
    booth_id: int,
    lines: Sequence[PaperLine],
    *,
    force: bool = False,
    allow_repeat: bool = False,
) -> PaperSheetResult:
    """Save the booth's paper results: each line a badge number, an outcome key (1 hired,
    2 second interview, 3 pending, 4 not hired, empty: undecided) and an optional opening id.

    Raises ``PaperSheetError`` with every faulty line, saving nothing. A seeker already
    interviewed at the booth needs ``allow_repeat``; hires beyond a headcount need ``force``.
    """
    require(actor, Permission.INTERVIEW, booth_id=booth_id)
    booth = load_booth(session, booth_id)
    actor = _dated_on_the_fair_day(session, actor, booth.fair_id)
    openings = {
        o.id: o
        for o in session.scalars(select(Opening).where(Opening.employer_id == booth.employer_id))
    }
    hired_so_far: Counter[int] = Counter()
    errors: list[LineError] = []
    planned: list[_Planned] = []
    seen: dict[uuid.UUID, int] = {}
    for number, raw in enumerate(lines, 1):
        try:
            item = _check_line(session, booth, openings, number, raw, seen, allow_repeat,
                               actor.now())
            if item.outcome is Outcome.HIRED and item.opening_id is not None:
                _check_headcount(session, openings[item.opening_id], hired_so_far, force)
        except HeadcountExceededError as exc:
            errors.append(LineError(number, "outcome", exc))
            continue
        except JobFairError as exc:
            errors.append(LineError(number, getattr(exc, "field", None), exc))
            continue
        seen[item.seeker_id] = number
        planned.append(item)
    if not planned and not errors:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The sheet has no lines."), field="lines"
        )
    if errors:
        raise PaperSheetError(errors)
    saved: list[InterviewView] = []
    current = 0
    try:
        with session.begin_nested():
            for item in planned:
                current = item.line
                saved.append(
                    record_interview(
                        session, actor, booth_id, item.seeker_id,
                        outcome=str(item.outcome) if item.outcome else None,
                        opening_id=item.opening_id, force=force, allow_repeat=True,
                    )
                )
    except JobFairError as exc:  # checked above; a concurrent station may still get in between
        raise PaperSheetError([LineError(current, getattr(exc, "field", None), exc)]) from exc
    audit(session, actor, action="paper_sheet", entity="booth", entity_id=booth_id,
          fair_id=booth.fair_id,
          after={"lines": len(saved), "interviews": [str(v.id) for v in saved]})
    hires = sum(1 for v in saved if v.outcome == Outcome.HIRED)
    return PaperSheetResult(booth_id, tuple(saved), hires)


def _dated_on_the_fair_day(session: Session, actor: Actor, fair_id: int) -> Actor:
    """The sheet holds the booth's work of the fair's day: keyed after that day, its records
    are dated at the fair's closing time, so they count as the day's (not as a rehearsal)."""
    fair = get_fair(session, fair_id)
    if actor.now() < day_of(fair).end:
        return actor
    closing = local_instant(fair.date, fair.closes_at, fair.timezone)
    return replace(actor, clock=lambda: closing)


def _check_line(
    session: Session,
    booth: Booth,
    openings: dict[int, Opening],
    number: int,
    raw: PaperLine,
    seen: dict[uuid.UUID, int],
    allow_repeat: bool,
    now: datetime,
) -> _Planned:
    cells = [*raw, None, None][:3]
    badge_text, key, opening_text = (_cell(c) for c in cells)
    badge_no = parse_badge_no(badge_text)
    if badge_no is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "'{value}' is not a badge number."),
            field="badge", value=badge_text,
        )
    seeker = session.execute(
        select(Seeker.id, Seeker.name)
        .where(Seeker.fair_id == booth.fair_id, Seeker.badge_no == badge_no)
    ).first()
    if seeker is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "No seeker has badge number {number} at this fair."),
            field="badge", number=badge_no,
        )
    if seeker.id in seen:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Badge {number} is on line {line} already."),
            field="badge", number=badge_no, line=seen[seeker.id],
        )
    outcome = outcome_for_key(key)
    opening_id: int | None = None
    if opening_text:
        if not opening_text.isdigit() or int(opening_text) not in openings:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Opening {opening_id} is not one of booth {booth}'s."),
                field="opening", opening_id=opening_text, booth=booth.label,
            )
        opening_id = int(opening_text)
    elif len(openings) == 1:
        opening_id = next(iter(openings))
    require_opening(outcome, opening_id)
    if not allow_repeat:
        earlier = earlier_interviews(session, booth, seeker.id, now)
        if earlier:
            raise RepeatInterviewError(earlier[0], seeker.name, booth.label)
    return _Planned(number, seeker.id, outcome, opening_id)


def _check_headcount(
    session: Session, opening: Opening, hired_so_far: Counter[int], force: bool
) -> None:
    """Count the sheet's hire against the opening, with the hires recorded before the sheet."""
    if opening.id not in hired_so_far:
        lock_opening(session, opening.id)
        hired_so_far[opening.id] = hires_for_opening(session, opening.id)
    check_headcount(title=opening.title, headcount=opening.headcount,
                    hired=hired_so_far[opening.id], force=force)
    hired_so_far[opening.id] += 1
