"""The booth station: bound to a booth, scan to the seeker's card, the booth's openings and day.

Recording, correcting and undoing interviews live in ``booth_interviews``, the queue in
``booth_queue``, the paper result sheet in ``booth_paper``; the names a screen needs are
re-exported here so it imports one module.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jobfair.db.models import Booth, Employer, Fair, Interview, Opening, Station
from jobfair.domain.codes import Outcome, StationKind
from jobfair.domain.errors import NotFoundError, ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.interviews import OUTCOME_KEYS, CardStep, decide_card, outcome_for_key
from jobfair.domain.target_groups import SENSITIVE_GROUPS, age_band, age_groups_for
from jobfair.services.accounts.access import Permission, require
from jobfair.services.checkins.service import counts_as_checked_in, record_check_in
from jobfair.services.context import Actor, audit
from jobfair.services.interviews.corrections import (
    EarlierInterview,
    RecentInterview,
    RepeatInterviewError,
    correct_interview,
    earlier_interviews,
    recent_interviews,
    record_interview,
    undecided_interviews,
    undo_interview,
)
from jobfair.services.interviews.queue import (
    QueueEntryView,
    WaitingSeeker,
    call_next,
    called_list,
    enqueue,
    leave_queue,
    mark_done,
    queue_length,
    waiting_list,
)
from jobfair.services.interviews.service import insert_interview
from jobfair.services.reports.counted import (
    counted_interview,
    fair_day,
    hires_by_opening,
    interviewee_count,
    outcome_count,
)
from jobfair.services.seekers.badges import resolve_seeker
from jobfair.services.seekers.service import SeekerView, load_seeker
from jobfair.services.setup.fairs import get_fair, load_booth
from jobfair.services.setup.fields import AnswerView, list_fields, visible

__all__ = [
    "OUTCOME_KEYS",
    "BoothDay",
    "BoothSummary",
    "CardDetails",
    "CardOpening",
    "EarlierInterview",
    "OpeningSummary",
    "QueueEntryView",
    "RecentInterview",
    "RepeatInterviewError",
    "SeekerCard",
    "StationView",
    "WaitingSeeker",
    "bind_station",
    "booth_by_label",
    "booth_day",
    "booth_overview",
    "call_next",
    "called_list",
    "card_details",
    "correct_interview",
    "enqueue",
    "get_station",
    "leave_queue",
    "mark_done",
    "open_card",
    "outcome_for_key",
    "queue_length",
    "recent_interviews",
    "record_interview",
    "remembered_opening",
    "resolve_seeker",
    "scan_at_booth",
    "seeker_card",
    "undecided_interviews",
    "undo_interview",
    "waiting_list",
]


@dataclass(frozen=True)
class StationView:
    id: uuid.UUID
    name: str
    kind: str
    booth_id: int | None
    booth_label: str | None
    fair_id: int | None
    employer: str | None


@dataclass(frozen=True)
class OpeningSummary:
    id: int
    title: str
    headcount: int
    hires: int

    @property
    def left(self) -> int:
        """Positions still open (never below zero, even after confirmed extra hires)."""
        return max(self.headcount - self.hires, 0)


@dataclass(frozen=True)
class BoothSummary:
    id: int
    label: str
    employer: str
    employer_id: int
    openings: tuple[OpeningSummary, ...]


@dataclass(frozen=True)
class SeekerCard:
    """What the booth sees of a scanned seeker.

    Attributes:
        age_band: the reporting band ("10-30s", "40-50s", "60+") at the fair's year.
        target_groups: age-based group codes, then declared ones (sensitive ones only when the
            details are shown).
        details_shared: the seeker consented to provision to participating employers.
        phone, residence: ``None`` unless shared and the station may see details.
        earlier: interviews at this booth before (latest first), for the double-scan rule.
        checked_in_by_scan: this scan checked the seeker in (they had not been to the desk).
        answers: the answers to the fair's own fields an employer may see (``visible``).
    """

    seeker_id: uuid.UUID
    fair_id: int
    badge_no: int | None
    name: str
    age_band: str
    desired_keco: str
    desired_job: str
    target_groups: tuple[str, ...]
    details_shared: bool
    phone: str | None
    residence: str | None
    checked_in: bool
    checked_in_at: datetime | None
    earlier: tuple[EarlierInterview, ...]
    checked_in_by_scan: bool = False
    answers: tuple[AnswerView, ...] = ()


@dataclass(frozen=True)
class BoothDay:
    """The booth's day at a glance. ``outcomes`` counts each outcome and ``"undecided"``."""

    booth_id: int
    label: str
    employer: str
    interviews: int
    seekers: int
    hires: int
    outcomes: dict[str, int]
    openings: tuple[OpeningSummary, ...]
    waiting: int


# --- stations -------------------------------------------------------------------------------


def _station_view(session: Session, station: Station) -> StationView:
    booth = session.get(Booth, station.booth_id) if station.booth_id is not None else None
    employer = session.get(Employer, booth.employer_id) if booth is not None else None
    return StationView(
        id=station.id,
        name=station.name,
        kind=station.kind,
        booth_id=station.booth_id,
        booth_label=booth.label if booth else None,
        fair_id=booth.fair_id if booth else None,
        employer=employer.name if employer else None,
    )


def bind_station(
    session: Session, actor: Actor, station_id: uuid.UUID, name: str, booth_id: int
) -> StationView:
    """Register the PC ``station_id`` as a booth station serving ``booth_id`` (or switch it)."""
    require(actor, Permission.INTERVIEW, booth_id=booth_id)
    name = " ".join(name.split())
    if not name or len(name) > 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The station needs a name of at most 100 characters."),
            field="name",
        )
    booth = load_booth(session, booth_id)
    now = actor.now()
    station = session.get(Station, station_id)
    after = {"name": name, "kind": str(StationKind.BOOTH), "booth_id": booth_id}
    if station is None:
        station = Station(id=station_id, name=name, kind=StationKind.BOOTH, booth_id=booth_id,
                          created_at=now, last_seen_at=now)
        session.add(station)
        session.flush()
        audit(session, actor, action="create", entity="station", entity_id=station_id,
              fair_id=booth.fair_id, after=after)
    else:  # the PC keeps its name and kind: the audit records the role of each write
        before = {"name": station.name, "kind": station.kind, "booth_id": station.booth_id}
        after = {**before, "booth_id": booth_id}
        station.booth_id = booth_id
        station.last_seen_at = now
        session.flush()
        if before != after:
            audit(session, actor, action="bind", entity="station", entity_id=station_id,
                  fair_id=booth.fair_id, before=before, after=after)
    return _station_view(session, station)


def get_station(session: Session, station_id: uuid.UUID) -> StationView | None:
    """The station as registered (its booth, to resume at start), or ``None`` if unknown."""
    station = session.get(Station, station_id)
    return _station_view(session, station) if station is not None else None


# --- booths and openings ----------------------------------------------------------------------


def _hires_by_opening(session: Session, fair_id: int) -> dict[int, int]:
    return hires_by_opening(session, fair_id, fair_day(session, fair_id))


def _openings_of(
    session: Session, fair_id: int, employer_ids: list[int], hires: dict[int, int]
) -> dict[int, list[OpeningSummary]]:
    result: dict[int, list[OpeningSummary]] = {e: [] for e in employer_ids}
    rows = session.execute(
        select(Opening.id, Opening.employer_id, Opening.title, Opening.headcount)
        .where(Opening.fair_id == fair_id, Opening.employer_id.in_(employer_ids))
        .order_by(Opening.id)
    ).all()
    for r in rows:
        result[r.employer_id].append(OpeningSummary(r.id, r.title, r.headcount, hires.get(r.id, 0)))
    return result


def booth_overview(session: Session, fair_id: int | None = None) -> list[BoothSummary]:
    """Every booth of the fair (latest fair by default) with its employer and openings."""
    fid = get_fair(session, fair_id).id
    booths = session.execute(
        select(Booth.id, Booth.label, Booth.employer_id, Employer.name)
        .join(Employer, Employer.id == Booth.employer_id)
        .where(Booth.fair_id == fid)
        .order_by(Booth.label)
    ).all()
    openings = _openings_of(
        session, fid, sorted({b.employer_id for b in booths}), _hires_by_opening(session, fid)
    )
    return [
        BoothSummary(b.id, b.label, b.name, b.employer_id, tuple(openings[b.employer_id]))
        for b in booths
    ]


def booth_by_label(session: Session, label: str, fair_id: int | None = None) -> Booth:
    """The booth labelled ``label`` at the fair (latest fair by default)."""
    fid = get_fair(session, fair_id).id
    booth = session.scalar(select(Booth).where(Booth.fair_id == fid, Booth.label == label.strip()))
    if booth is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "errors", "There is no booth {label} at this fair. 'jobfair booths' lists them."
            ),
            label=label,
        )
    return booth


def _booth_openings(session: Session, booth: Booth) -> tuple[OpeningSummary, ...]:
    hires = hires_by_opening(session, booth.fair_id, fair_day(session, booth.fair_id),
                             employer_id=booth.employer_id)
    mine = _openings_of(session, booth.fair_id, [booth.employer_id], hires)
    return tuple(mine[booth.employer_id])


def remembered_opening(session: Session, booth_id: int) -> int | None:
    """The opening to preselect: the booth's only one, else the one its last interview used."""
    booth = session.get(Booth, booth_id)
    if booth is None:
        return None
    ids = session.scalars(
        select(Opening.id).where(Opening.employer_id == booth.employer_id).limit(2)
    ).all()
    if len(ids) == 1:
        return ids[0]
    return session.scalar(
        select(Interview.opening_id)
        .where(Interview.booth_id == booth_id, Interview.voided_at.is_(None),
               Interview.opening_id.is_not(None))
        .order_by(Interview.started_at.desc())
        .limit(1)
    )


# --- scan to card -----------------------------------------------------------------------------

def seeker_card(
    session: Session, booth_id: int, seeker_id: uuid.UUID, *, can_see_details: bool, actor: Actor
) -> SeekerCard:
    """The seeker's card at the booth. Phone and residence only with the seeker's consent to
    provision to employers (and ``can_see_details``); a disability only then too.
    """
    require(actor, Permission.INTERVIEW, booth_id=booth_id)
    booth = load_booth(session, booth_id)
    return _card(session, booth, load_seeker(session, seeker_id), can_see_details, actor.now())


def _card(
    session: Session, booth: Booth, seeker: SeekerView, can_see_details: bool, now: datetime
) -> SeekerCard:
    if seeker.fair_id != booth.fair_id:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "errors", "This seeker is registered for another fair than booth {booth}."
            ),
            booth=booth.label,
        )
    fair = session.get(Fair, booth.fair_id)
    assert fair is not None
    shown = card_details(
        fair_year=fair.date.year, birth_year=seeker.birth_year, groups=seeker.groups,
        desired_keco=seeker.desired_keco, desired_job=seeker.desired_job,
        consent_provision=seeker.consent_provision, phone=seeker.phone,
        residence=seeker.residence, can_see_details=can_see_details,
    )
    return SeekerCard(
        seeker_id=seeker.id,
        fair_id=seeker.fair_id,
        badge_no=seeker.badge_no,
        name=seeker.name,
        age_band=shown.age_band,
        desired_keco=shown.desired_keco,
        desired_job=shown.desired_job,
        target_groups=shown.target_groups,
        details_shared=shown.details_shared,
        phone=shown.phone,
        residence=shown.residence,
        checked_in=seeker.checked_in_at is not None,
        checked_in_at=seeker.checked_in_at,
        earlier=earlier_interviews(session, booth, seeker.id, now),
        answers=visible(
            list_fields(session, seeker.fair_id), seeker.answers,
            provision=seeker.consent_provision and can_see_details,
            sensitive=seeker.consent_sensitive, for_employer=True,
        ) if seeker.answers else (),
    )


@dataclass(frozen=True)
class CardDetails:
    """What a booth's card shows of a seeker besides the name and badge number."""

    age_band: str
    desired_keco: str
    desired_job: str
    target_groups: tuple[str, ...]
    details_shared: bool
    phone: str | None
    residence: str | None


def card_details(
    *,
    fair_year: int,
    birth_year: int,
    groups: Sequence[str] | None,
    desired_keco: str,
    desired_job: str,
    consent_provision: bool,
    phone: str | None,
    residence: str | None,
    can_see_details: bool,
) -> CardDetails:
    """The consent rule of the booth card, in one place for the server's card and the
    station's offline copy (``outbox_snapshot``): phone, residence and sensitive groups
    (a disability) only with the seeker's consent to provision to employers (and
    ``can_see_details``); the age band, the desired job and the other groups always.
    """
    show = can_see_details and bool(consent_provision)
    declared = [g for g in (groups or ()) if show or g not in SENSITIVE_GROUPS]
    return CardDetails(
        age_band=age_band(birth_year, fair_year),
        desired_keco=desired_keco,
        desired_job=desired_job,
        target_groups=tuple(age_groups_for(birth_year, fair_year)) + tuple(declared),
        details_shared=bool(consent_provision),
        phone=phone if show else None,
        residence=residence if show else None,
    )


def scan_at_booth(
    session: Session, actor: Actor, booth_id: int, seeker_id: uuid.UUID, *, can_see_details: bool
) -> SeekerCard:
    """A scan at the booth: checks in a seeker who never was (the desk counts them); the card."""
    require(actor, Permission.INTERVIEW, booth_id=booth_id)
    return _scanned(session, actor, load_booth(session, booth_id), load_seeker(session, seeker_id),
                    can_see_details)


def _scanned(
    session: Session, actor: Actor, booth: Booth, seeker: SeekerView, can_see_details: bool
) -> SeekerCard:
    card = _card(session, booth, seeker, can_see_details, actor.now())
    if counts_as_checked_in(session, seeker):
        return card  # a rehearsal check-in is replaced by today's (see record_check_in)
    result = record_check_in(session, actor, seeker.id, via="booth", seeker=seeker)
    return replace(
        card, checked_in=True, checked_in_at=result.at, checked_in_by_scan=not result.already
    )


@dataclass(frozen=True)
class CardOpening:
    """What a scan at the booth opened.

    Attributes:
        card: the seeker's card.
        step: a new interview, the booth's undecided one reopened, or the repeat question.
        interview_id: the interview the card's outcome goes to (``None`` while the repeat
            question waits).
        opening_id: the opening to preselect.
    """

    card: SeekerCard
    step: CardStep
    interview_id: uuid.UUID | None
    opening_id: int | None


def open_card(
    session: Session,
    actor: Actor,
    booth_id: int,
    text: str,
    *,
    interview_id: uuid.UUID,
    allow_repeat: bool = False,
) -> CardOpening:
    """A scan (or a typed badge number, or a seeker id) at the booth, in one transaction.

    The seeker is checked in if they never were, and the card is an interview from the moment
    it opens (``interview_id``, undecided until a key is pressed), so a card is never lost to
    the next scan. A seeker whose interview here is undecided gets that one back; a seeker
    interviewed here already gets the repeat question first (nothing is added until
    ``allow_repeat``). See ``jobfair.domain.interviews.decide_card``. The hottest path of a
    booth: every rule is checked once, with one read of each thing it needs.
    """
    require(actor, Permission.INTERVIEW, booth_id=booth_id)
    booth = load_booth(session, booth_id)
    seeker = load_seeker(session, resolve_seeker(session, booth.fair_id, text))
    card = _scanned(session, actor, booth, seeker, can_see_details=True)
    decision = decide_card(card.earlier, allow_repeat=allow_repeat)
    openings = session.scalars(
        select(Opening.id).where(Opening.employer_id == booth.employer_id).limit(2)
    ).all()
    only = openings[0] if len(openings) == 1 else None
    chosen: uuid.UUID | None = None
    if decision.step is CardStep.NEW:
        chosen = insert_interview(session, actor, booth=booth, seeker_id=seeker.id,
                                  opening_id=only, interview_id=interview_id).id
    elif decision.step is CardStep.REOPEN:
        chosen = decision.interview_id
    if chosen is not None:
        mark_done(session, actor, booth_id, seeker.id)
    preselect = only if only is not None or not openings else remembered_opening(session, booth_id)
    return CardOpening(card, decision.step, chosen, preselect)


# --- the booth's day --------------------------------------------------------------------------



def booth_day(session: Session, booth_id: int, *, actor: Actor) -> BoothDay:
    """Interviews, distinct seekers, outcomes, hires against positions per opening, queue length.

    A booth account sees its own booth's day only.
    """
    require(actor, Permission.INTERVIEW, booth_id=booth_id)
    booth = load_booth(session, booth_id)
    employer = session.get(Employer, booth.employer_id)
    day = fair_day(session, booth.fair_id)
    row = session.execute(
        select(
            func.count(), interviewee_count(), *(outcome_count(o) for o in Outcome)
        ).where(Interview.booth_id == booth_id, counted_interview(day))
    ).one()
    interviews, seekers, *by_outcome = (int(v) for v in row)
    outcomes = {str(o): n for o, n in zip(Outcome, by_outcome, strict=True)}
    outcomes["undecided"] = interviews - sum(by_outcome)
    return BoothDay(
        booth_id=booth_id,
        label=booth.label,
        employer=employer.name if employer else "",
        interviews=interviews,
        seekers=seekers,
        hires=outcomes[Outcome.HIRED],
        outcomes=outcomes,
        openings=_booth_openings(session, booth),
        waiting=queue_length(session, booth_id, actor.now()),
    )
