"""What the organizer watches and reports: per booth, per employer, breakdowns and arrivals.

Every figure comes from a handful of grouped queries (never one query per booth), so the dashboard
of a fair of 30,000 seekers and 100,000 interviews refreshes in a few tens of milliseconds.
What counts is defined once in ``jobfair.services.reports.counted``: voided interviews (undone at
the
booth) and rehearsal records (check-ins and interviews of another day) never count.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Integer, String, and_, case, cast, func, or_, select
from sqlalchemy.orm import Session

from jobfair.db.models import Booth, CheckIn, Employer, Interview, Opening, Seeker
from jobfair.domain.codes import KECO_MAJOR, KECO_MAJOR_LABELS, Channel, Outcome
from jobfair.domain.fair_day import FairDay
from jobfair.domain.fair_fields import CHOICE_KINDS, FieldKind, is_empty
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.metrics import Figures, FinalFigures, percent
from jobfair.domain.target_groups import (
    AGE_BAND_LABELS,
    AGE_BANDS,
    DECLARED_LABELS,
    DEFAULT_AGE_GROUPS,
    SENSITIVE_GROUPS,
    DeclaredGroup,
    age_band,
)
from jobfair.services.hall.next_booths import ReferralCounts, referral_counts
from jobfair.services.reports.counted import (
    counted_check_in,
    counted_interview,
    day_of,
    fair_day,
    hire_count,
    interviewee_count,
    is_hire,
    outcome_count,
    waiting_by_booth,
)
from jobfair.services.reports.metrics import compute_final_figures
from jobfair.services.seekers.matching import RecommendationOutcomes, recommendation_outcomes
from jobfair.services.setup.fairs import FairView, get_fair
from jobfair.services.setup.fields import FieldView, list_fields


@dataclass(frozen=True)
class EmployerRow:
    employer_id: int
    name: str
    business_no: str
    ksic_section: str
    booth_labels: tuple[str, ...]
    openings: int
    positions: int
    interviewees: int
    interviews: int
    hires: int
    second_interviews: int
    pending: int
    fill_rate: float | None  # hires / positions, in percent


@dataclass(frozen=True)
class EmployerTotal:
    """The total row of the per-employer table, worked out here so a document only prints it.

    Positions and hires add up to the fair's figures, so ``fill_rate`` is the headline's hire
    rate; interviewees are the rows added up (a person interviewed by two employers counts twice).
    """

    positions: int
    interviewees: int
    hires: int
    second_interviews: int
    pending: int
    fill_rate: float | None  # hires / positions, in percent


def employer_total(rows: Sequence[EmployerRow]) -> EmployerTotal:
    positions = sum(r.positions for r in rows)
    hires = sum(r.hires for r in rows)
    return EmployerTotal(
        positions=positions,
        interviewees=sum(r.interviewees for r in rows),
        hires=hires,
        second_interviews=sum(r.second_interviews for r in rows),
        pending=sum(r.pending for r in rows),
        fill_rate=percent(hires, positions),
    )


@dataclass(frozen=True)
class BoothRow:
    booth_id: int
    label: str
    employer_id: int
    employer_name: str
    grid_row: int | None
    grid_col: int | None
    positions: int  # of the booth's employer
    interviews: int
    interviewees: int
    hires: int
    second_interviews: int
    pending: int
    fill_rate: float | None  # hires / positions, in percent
    queue: int  # seekers waiting (open queue entries)
    sent: int = 0  # seekers sent here at check-in (where to go next)
    sent_interviewed: int = 0  # of those, how many interviewed at this booth's employer


@dataclass(frozen=True)
class BreakdownRow:
    code: str
    label: str
    attendees: int
    interviewees: int
    hires: int


@dataclass(frozen=True)
class Breakdown:
    key: str  # target_group | age_band | sex | occupation
    title: str
    rows: tuple[BreakdownRow, ...]


@dataclass(frozen=True)
class FieldBreakdown:
    """Attendees, interviewees and hires by the answers to one of the fair's choice fields.

    Rows: each choice in the field's order, an answer no longer among the choices after them,
    then those who gave no answer (code ""). Under "several choices" a seeker counts under each
    of the answers given.
    """

    key: str
    label_ko: str
    label_en: str
    rows: tuple[BreakdownRow, ...]

    def label(self, language: str) -> str:
        if language.startswith("en") and self.label_en:
            return self.label_en
        return self.label_ko


@dataclass(frozen=True)
class ArrivalBin:
    start: datetime  # aware, in the fair's timezone
    count: int


@dataclass(frozen=True)
class DashboardData:
    fair: FairView
    figures: Figures
    booths: tuple[BoothRow, ...]
    employers: tuple[EmployerRow, ...]
    breakdowns: tuple[Breakdown, ...]
    arrivals: tuple[ArrivalBin, ...]
    generated_at: datetime  # aware UTC
    employer_total: EmployerTotal  # the per-employer table's total row
    final: FinalFigures | None = None  # follow-up figures (사후관리), apart from the day's
    recommendations: RecommendationOutcomes | None = None  # 사전 맞춤 알선 and what came of it
    fields: tuple[FieldBreakdown, ...] = ()  # by each of the fair's choice fields


BREAKDOWN_TITLES: dict[str, str] = {
    "target_group": QT_TRANSLATE_NOOP("codes", "Target group"),
    "age_band": QT_TRANSLATE_NOOP("codes", "Age band"),
    "sex": QT_TRANSLATE_NOOP("codes", "Sex"),
    "occupation": QT_TRANSLATE_NOOP("codes", "Desired occupation (KECO)"),
}
SEX_LABELS: dict[str, str] = {
    "M": QT_TRANSLATE_NOOP("codes", "Male"),
    "F": QT_TRANSLATE_NOOP("codes", "Female"),
    "unknown": QT_TRANSLATE_NOOP("codes", "Not given"),
}
UNKNOWN_OCCUPATION = QT_TRANSLATE_NOOP("codes", "Not given")
NO_ANSWER = QT_TRANSLATE_NOOP("codes", "Not answered")


# --- per booth and per employer -------------------------------------------------------------


@dataclass(frozen=True)
class _Counts:
    interviews: int = 0
    interviewees: int = 0
    hires: int = 0
    second: int = 0
    pending: int = 0
    rejected: int = 0

    FIELDS = ("interviews", "interviewees", "hires", "second", "pending", "rejected")


def _interview_counts(session: Session, fair_id: int, by: Any, day: FairDay) -> dict[int, _Counts]:
    stmt = select(
        by,
        func.count(),
        interviewee_count(),
        hire_count(),
        outcome_count(Outcome.SECOND),
        outcome_count(Outcome.PENDING),
        outcome_count(Outcome.REJECTED),
    ).where(counted_interview(day))
    if by is Interview.booth_id:
        # The fair's booths, so the covering index on (booth_id, ...) serves the whole query.
        booths = select(Booth.id).where(Booth.fair_id == fair_id).scalar_subquery()
        stmt = stmt.where(Interview.booth_id.in_(booths))
    else:
        stmt = stmt.join(Booth, Booth.id == Interview.booth_id).where(
            Interview.fair_id == fair_id
        )
    rows = session.execute(stmt.group_by(by)).all()
    return {int(r[0]): _Counts(*(int(v) for v in r[1:])) for r in rows}


def _positions(session: Session, fair_id: int) -> dict[int, tuple[int, int]]:
    """Employer id -> (openings, positions)."""
    rows = session.execute(
        select(Opening.employer_id, func.count(), func.coalesce(func.sum(Opening.headcount), 0))
        .where(Opening.fair_id == fair_id)
        .group_by(Opening.employer_id)
    ).all()
    return {int(r[0]): (int(r[1]), int(r[2])) for r in rows}


_BoothInfo = tuple[int, str, int, str, int | None, int | None]


def _booths(session: Session, fair_id: int) -> list[_BoothInfo]:
    rows = session.execute(
        select(Booth.id, Booth.label, Booth.employer_id, Employer.name, Booth.grid_row,
               Booth.grid_col)
        .join(Employer, Employer.id == Booth.employer_id)
        .where(Booth.fair_id == fair_id)
    ).all()
    return sorted(
        ((int(r[0]), r[1], int(r[2]), r[3], r[4], r[5]) for r in rows),
        key=lambda r: _label_key(r[1]),
    )


def _label_key(label: str) -> tuple[tuple[int, int | str], ...]:
    """Natural order of booth labels: A-2 before A-10."""
    parts: list[tuple[int, int | str]] = []
    token = ""
    for ch in label + "\0":
        if token and (ch.isdigit() != token[-1].isdigit() or ch == "\0"):
            parts.append((0, int(token)) if token.isdigit() else (1, token))
            token = ""
        if ch != "\0":
            token += ch
    return tuple(parts)


def _booth_rows(
    session: Session, fair_id: int, positions: dict[int, tuple[int, int]],
    booths: list[_BoothInfo], counts: dict[int, _Counts] | None = None,
) -> list[BoothRow]:
    day = fair_day(session, fair_id)
    if counts is None:
        counts = _interview_counts(session, fair_id, Interview.booth_id, day)
    queue = waiting_by_booth(session, fair_id, day)
    result = []
    referred = referral_counts(session, fair_id)
    for booth_id, label, employer_id, employer_name, grid_row, grid_col in booths:
        c = counts.get(booth_id, _Counts())
        r = referred.get(booth_id, ReferralCounts(0, 0))
        pos = positions.get(employer_id, (0, 0))[1]
        result.append(BoothRow(
            booth_id=booth_id, label=label, employer_id=employer_id,
            employer_name=employer_name, grid_row=grid_row, grid_col=grid_col, positions=pos,
            interviews=c.interviews, interviewees=c.interviewees, hires=c.hires,
            second_interviews=c.second, pending=c.pending, fill_rate=percent(c.hires, pos),
            queue=int(queue.get(booth_id, 0)), sent=r.sent, sent_interviewed=r.interviewed,
        ))
    return result


def booth_rows(session: Session, fair_id: int) -> list[BoothRow]:
    """Every booth of the fair with its interviews, hires and queue, in booth-label order."""
    return _booth_rows(session, fair_id, _positions(session, fair_id), _booths(session, fair_id))


def _employer_rows(
    session: Session, fair_id: int, positions: dict[int, tuple[int, int]],
    booths: list[_BoothInfo], counts: dict[int, _Counts],
) -> list[EmployerRow]:
    employers = session.execute(
        select(Employer.id, Employer.name, Employer.business_no, Employer.ksic_section)
        .where(Employer.fair_id == fair_id)
    ).all()
    per_employer: dict[int, list[int]] = defaultdict(list)
    labels: dict[int, list[str]] = defaultdict(list)
    for booth_id, label, employer_id, *_ in booths:
        per_employer[employer_id].append(booth_id)
        labels[employer_id].append(label)
    # Distinct interviewees cannot be added across booths: ask the database when it matters.
    several = any(len(ids) > 1 for ids in per_employer.values())
    by_employer = (
        _interview_counts(session, fair_id, Booth.employer_id, fair_day(session, fair_id))
        if several else {}
    )
    result = []
    for emp_id, name, business_no, ksic in employers:
        ids = per_employer.get(emp_id, [])
        if len(ids) > 1:
            c = by_employer.get(emp_id, _Counts())
        else:
            c = counts.get(ids[0], _Counts()) if ids else _Counts()
        openings, pos = positions.get(emp_id, (0, 0))
        result.append(EmployerRow(
            employer_id=emp_id, name=name, business_no=business_no, ksic_section=ksic,
            booth_labels=tuple(labels.get(emp_id, ())), openings=openings, positions=pos,
            interviewees=c.interviewees, interviews=c.interviews, hires=c.hires,
            second_interviews=c.second, pending=c.pending, fill_rate=percent(c.hires, pos),
        ))
    result.sort(key=lambda r: (not r.booth_labels,
                               _label_key(r.booth_labels[0]) if r.booth_labels else (),
                               r.name))
    return result


def employer_rows(session: Session, fair_id: int) -> list[EmployerRow]:
    """Every employer of the fair (those with a booth first, in booth-label order)."""
    counts = _interview_counts(session, fair_id, Interview.booth_id, fair_day(session, fair_id))
    return _employer_rows(
        session, fair_id, _positions(session, fair_id), _booths(session, fair_id), counts
    )


# --- breakdowns -------------------------------------------------------------------------------


class _Tally:
    def __init__(self) -> None:
        self.attendees: dict[str, int] = defaultdict(int)
        self.interviewees: dict[str, int] = defaultdict(int)
        self.hires: dict[str, int] = defaultdict(int)

    def add(self, code: str, attended: int, interviewed: int, hires: int) -> None:
        self.attendees[code] += attended
        self.interviewees[code] += interviewed
        self.hires[code] += hires

    def rows(self, codes: Iterable[tuple[str, str]], keep_empty: bool = True) -> tuple[
        BreakdownRow, ...
    ]:
        out = []
        for code, label in codes:
            row = BreakdownRow(code, label, self.attendees.get(code, 0),
                               self.interviewees.get(code, 0), self.hires.get(code, 0))
            if keep_empty or row.attendees or row.interviewees or row.hires:
                out.append(row)
        return tuple(out)


@dataclass(frozen=True)
class _SeekerTotals:
    registered: int
    pre_registered: int
    attendees: int
    interviewees: int


def breakdowns(session: Session, fair_id: int) -> list[Breakdown]:
    """Attendees, interviewees and hires by target group, age band, sex and occupation.

    A seeker counts when checked in or interviewed; hires count hire outcomes (so they add up
    to the fair's on-site hires). A seeker may belong to several target groups.
    """
    return _breakdowns(session, get_fair(session, fair_id))[0]


def _per_seeker(fair_id: int, day: FairDay) -> Any:
    """Each interviewed seeker of the fair and their hires (interviews that count)."""
    return (
        select(
            Interview.seeker_id.label("seeker_id"),
            func.sum(case((is_hire(), 1), else_=0)).label("hires"),
        )
        .where(Interview.fair_id == fair_id, counted_interview(day))
        .group_by(Interview.seeker_id)
        .subquery()
    )


def _breakdowns(session: Session, fair: FairView) -> tuple[list[Breakdown], _SeekerTotals]:
    """The breakdowns, and the seeker totals of the fair's figures from the same single query."""
    day = day_of(fair)
    per_seeker = _per_seeker(fair.id, day)
    attended = case((CheckIn.seeker_id.is_not(None), 1), else_=0)
    interviewed = case((per_seeker.c.seeker_id.is_not(None), 1), else_=0)
    pre = case((Seeker.channel == Channel.PRE_REGISTERED, 1), else_=0)
    keco = func.substr(Seeker.desired_keco, 1, 1)
    groups_text = cast(Seeker.groups, String)
    keys = (Seeker.birth_year, Seeker.sex, keco, groups_text, Seeker.consent_sensitive, pre,
            attended, interviewed)
    rows: Sequence[Any] = session.execute(
        select(*keys, func.count(), func.coalesce(func.sum(per_seeker.c.hires), 0))
        .select_from(Seeker)
        .outerjoin(CheckIn, and_(CheckIn.seeker_id == Seeker.id, counted_check_in(day)))
        .outerjoin(per_seeker, per_seeker.c.seeker_id == Seeker.id)
        .where(Seeker.fair_id == fair.id)
        .group_by(*keys)
    ).all()
    year = fair.date.year
    target, band, sex, occupation = _Tally(), _Tally(), _Tally(), _Tally()
    # Rows repeat birth years and group lists: work each out once.
    by_year: dict[int, tuple[str, tuple[str, ...]]] = {}
    by_groups: dict[tuple[str | None, bool], tuple[str, ...]] = {}
    registered = pre_registered = 0
    for birth_year, sx, keco_major, groups_json, sensitive, is_pre, att, itv, n, hires in rows:
        registered += int(n)
        pre_registered += int(is_pre) * int(n)
        if not (att or itv):
            continue  # registered but neither came nor was interviewed
        a, i, h = int(att) * int(n), int(itv) * int(n), int(hires)
        born = int(birth_year)
        year_codes = by_year.get(born)
        if year_codes is None:
            ages = tuple(g.code for g in DEFAULT_AGE_GROUPS if g.contains(born, year))
            year_codes = by_year[born] = (age_band(born, year), ages)
        declared = by_groups.get((groups_json, bool(sensitive)))
        if declared is None:
            declared = by_groups[(groups_json, bool(sensitive))] = tuple(
                g for g in _parse_groups(groups_json) if sensitive or g not in SENSITIVE_GROUPS
            )
        band.add(year_codes[0], a, i, h)
        sex.add(sx if sx in ("M", "F") else "unknown", a, i, h)
        occupation.add(keco_major if keco_major in KECO_MAJOR else "unknown", a, i, h)
        for code in dict.fromkeys((*year_codes[1], *declared)):
            target.add(code, a, i, h)
    target_codes = [(g.code, g.label) for g in DEFAULT_AGE_GROUPS]
    target_codes += [(str(g), DECLARED_LABELS[g]) for g in DeclaredGroup]
    result = [
        Breakdown("target_group", BREAKDOWN_TITLES["target_group"], target.rows(target_codes)),
        Breakdown("age_band", BREAKDOWN_TITLES["age_band"],
                  band.rows((code, AGE_BAND_LABELS[code]) for code, _, _ in AGE_BANDS)),
        Breakdown("sex", BREAKDOWN_TITLES["sex"], sex.rows(SEX_LABELS.items())),
        Breakdown("occupation", BREAKDOWN_TITLES["occupation"], occupation.rows(
            [*KECO_MAJOR_LABELS.items(), ("unknown", UNKNOWN_OCCUPATION)]
        )),
    ]
    totals = _SeekerTotals(
        registered=registered,
        pre_registered=pre_registered,
        attendees=sum(band.attendees.values()),
        interviewees=sum(band.interviewees.values()),
    )
    return result, totals


def field_breakdowns(session: Session, fair_id: int) -> list[FieldBreakdown]:
    """Attendees, interviewees and hires by the answers to each of the fair's choice fields
    ("one choice", "several choices"); counted as the other breakdowns are."""
    return _field_breakdowns(session, get_fair(session, fair_id))


def _field_breakdowns(session: Session, fair: FairView) -> list[FieldBreakdown]:
    fields = [f for f in list_fields(session, fair.id) if FieldKind(f.kind) in CHOICE_KINDS]
    if not fields:
        return []
    day = day_of(fair)
    per_seeker = _per_seeker(fair.id, day)
    attended = case((CheckIn.seeker_id.is_not(None), 1), else_=0)
    interviewed = case((per_seeker.c.seeker_id.is_not(None), 1), else_=0)
    rows: Sequence[Any] = session.execute(
        select(Seeker.answers, attended, interviewed,
               func.coalesce(per_seeker.c.hires, 0))
        .select_from(Seeker)
        .outerjoin(CheckIn, and_(CheckIn.seeker_id == Seeker.id, counted_check_in(day)))
        .outerjoin(per_seeker, per_seeker.c.seeker_id == Seeker.id)
        .where(Seeker.fair_id == fair.id,
               or_(CheckIn.seeker_id.is_not(None), per_seeker.c.seeker_id.is_not(None)))
    ).all()
    tallies = {f.key: _Tally() for f in fields}
    for answers, att, itv, hires in rows:
        a, i, h = int(att), int(itv), int(hires)
        for f in fields:
            for code in _answer_codes(f, (answers or {}).get(f.key)):
                tallies[f.key].add(code, a, i, h)
    result = []
    for f in fields:
        tally = tallies[f.key]
        others = sorted(c for c in tally.attendees if c and c not in f.choices)
        codes = [*((c, c) for c in f.choices), *((c, c) for c in others), ("", NO_ANSWER)]
        result.append(FieldBreakdown(f.key, f.label_ko, f.label_en, tally.rows(codes)))
    return result


def _answer_codes(f: FieldView, value: Any) -> tuple[str, ...]:
    """The answers a seeker counts under ("" for none)."""
    if is_empty(value):
        return ("",)
    if isinstance(value, list | tuple):
        return tuple(dict.fromkeys(str(v) for v in value if not is_empty(v))) or ("",)
    return (str(value),)


def _parse_groups(value: str | None) -> list[str]:
    if not value:
        return []
    try:
        data = json.loads(value)
    except ValueError:
        return []
    return [str(g) for g in data] if isinstance(data, list) else []


# --- arrivals ---------------------------------------------------------------------------------


def arrivals(session: Session, fair_id: int, minutes: int = 30) -> list[ArrivalBin]:
    """Check-ins per ``minutes`` over the fair's opening hours, in the fair's local time.

    Bins before opening or after closing appear only when someone checked in then.
    """
    return _arrivals(session, get_fair(session, fair_id), minutes)


def _arrivals(session: Session, fair: FairView, minutes: int) -> list[ArrivalBin]:
    if minutes <= 0:
        raise ValueError("minutes must be positive")
    zone = ZoneInfo(fair.timezone)
    width = minutes * 60
    # Bins count from the local midnight before the fair day, so every index is positive.
    origin = datetime.combine(fair.date - timedelta(days=1), datetime.min.time(), zone)
    origin_epoch = int(origin.timestamp())
    if session.get_bind().dialect.name == "sqlite":
        epoch: ColumnElement[Any] = cast(func.strftime("%s", CheckIn.at), Integer)
    else:
        epoch = cast(func.floor(func.extract("epoch", CheckIn.at)), Integer)
    index = (epoch - origin_epoch) // width
    rows: Sequence[Any] = session.execute(
        select(index, func.count())
        .where(CheckIn.fair_id == fair.id, counted_check_in(day_of(fair)))
        .group_by(index)
    ).all()
    counts = {int(i): int(n) for i, n in rows if i is not None}
    opens = datetime.combine(fair.date, fair.opens_at, zone)
    closes = datetime.combine(fair.date, fair.closes_at, zone)
    first = int((opens.timestamp() - origin_epoch) // width)
    last = int((closes.timestamp() - origin_epoch - 1) // width)  # the bin holding closing time
    indexes = set(range(first, last + 1)) | set(counts)
    return [
        ArrivalBin(
            datetime.fromtimestamp(origin_epoch + i * width, UTC).astimezone(zone),
            counts.get(i, 0),
        )
        for i in sorted(indexes)
    ]


# --- everything the dashboard shows -----------------------------------------------------------


def dashboard_data(
    session: Session, fair_id: int | None = None, now: datetime | None = None
) -> DashboardData:
    """All the organizer's figures of one fair (the latest when ``fair_id`` is ``None``).

    The fair's ``Figures`` are added up from the same grouped queries rather than asked again;
    they equal ``jobfair.services.reports.metrics.compute_figures`` (the tests hold them to it).
    """
    fair = get_fair(session, fair_id)
    positions = _positions(session, fair.id)
    booth_info = _booths(session, fair.id)
    counts = _interview_counts(session, fair.id, Interview.booth_id, day_of(fair))
    booths = _booth_rows(session, fair.id, positions, booth_info, counts)
    employers = _employer_rows(session, fair.id, positions, booth_info, counts)
    groups, seekers = _breakdowns(session, fair)
    total = _Counts(*(sum(getattr(c, f) for c in counts.values()) for f in _Counts.FIELDS))
    figures = Figures(
        fair_id=fair.id,
        employers=len({b[2] for b in booth_info}),
        positions=sum(p for _, p in positions.values()),
        registered=seekers.registered,
        pre_registered=seekers.pre_registered,
        walk_ins=seekers.registered - seekers.pre_registered,
        attendees=seekers.attendees,
        interviewees=seekers.interviewees,
        interviews=total.interviews,
        hires=total.hires,
        second_interviews=total.second,
        pending=total.pending,
        rejected=total.rejected,
        undecided=total.interviews - total.hires - total.second - total.pending - total.rejected,
    )
    return DashboardData(
        fair=fair,
        figures=figures,
        booths=tuple(booths),
        employers=tuple(employers),
        breakdowns=tuple(groups),
        arrivals=tuple(_arrivals(session, fair, 30)),
        generated_at=now or datetime.now(UTC),
        employer_total=employer_total(employers),
        final=compute_final_figures(session, fair.id),
        recommendations=recommendation_outcomes(session, fair.id),
        fields=tuple(_field_breakdowns(session, fair)),
    )
