"""Matching seekers to openings before the fair (사전 맞춤 알선), and the recommendations made.

The scoring rules are in ``jobfair.domain.matching``; this module reads the fair's seekers and
openings, ranks them, records a counsellor's recommendations (audited) and counts how many
recommended pairs led to interviews and hires.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, or_, select
from sqlalchemy.orm import Session

from jobfair.db.models import Booth, Employer, Fair, Interview, Opening, Recommendation, Seeker
from jobfair.domain.errors import NotFoundError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.matching import OpeningFacts, Reason, SeekerFacts, city_of, rank, score
from jobfair.domain.metrics import percent
from jobfair.domain.target_groups import age_band
from jobfair.domain.text import nfc
from jobfair.services.accounts.access import Permission, require
from jobfair.services.context import Actor, audit
from jobfair.services.reports.counted import FINAL_HIRED, counted_interview, fair_day, is_hire
from jobfair.services.setup.fields import FieldView, list_fields
from jobfair.services.setup.requirements import matching_requirements


@dataclass(frozen=True)
class OpeningMatch:
    """An opening ranked for a seeker, with the reasons it fits."""

    opening_id: int
    title: str
    employer_id: int
    employer_name: str
    booth_label: str  # "" when the employer has no booth
    score: int
    reasons: tuple[Reason, ...]
    recommended: bool = False


@dataclass(frozen=True)
class SeekerMatch:
    """A consenting seeker ranked for an employer: the best of the employer's openings."""

    seeker_id: uuid.UUID
    name: str
    badge_no: int | None
    age_band: str
    desired_job: str
    residence_city: str
    opening_id: int
    opening_title: str
    score: int
    reasons: tuple[Reason, ...]
    recommended: bool = False


@dataclass(frozen=True)
class SeekerHeader:
    """Who a slip is for."""

    seeker_id: uuid.UUID
    fair_id: int
    name: str
    badge_no: int | None


@dataclass(frozen=True)
class RecommendationOutcomes:
    """How many recommended pairs led to an interview at the employer, and to a hire."""

    recommended: int
    interviewed: int
    hired: int

    @property
    def interview_rate(self) -> float | None:
        """Pairs that led to an interview, in percent of the pairs recommended."""
        return percent(self.interviewed, self.recommended)

    @property
    def hire_rate(self) -> float | None:
        """Pairs that led to a hire, in percent of the pairs recommended."""
        return percent(self.hired, self.recommended)


def _seeker(session: Session, seeker_id: uuid.UUID) -> Seeker:
    seeker = session.get(Seeker, seeker_id)
    if seeker is None or seeker.purged_at is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no seeker with id {seeker_id}."),
            seeker_id=seeker_id,
        )
    return seeker


def _fair_year(session: Session, fair_id: int) -> int:
    fair = session.get(Fair, fair_id)
    assert fair is not None
    return fair.date.year


def seeker_facts(seeker: Seeker, fair_year: int) -> SeekerFacts:
    """What the matching rules know of a seeker (for the counsellor's ranking and for where to
    go next at check-in alike)."""
    return SeekerFacts(
        desired_keco=seeker.desired_keco,
        residence=seeker.residence,
        birth_year=seeker.birth_year,
        groups=tuple(seeker.groups or ()),
        fair_year=fair_year,
        answers=tuple((seeker.answers or {}).items()),
    )


def opening_facts(
    opening_id: int, *, keco_code: str, work_place: str, employer_address: str,
    qualifications: str, requirements: Sequence[dict[str, Any]] | None,
    fields: Sequence[FieldView],
) -> OpeningFacts:
    """What the matching rules know of an opening; ``requirements`` as stored on the opening,
    read against the fair's ``fields``."""
    return OpeningFacts(
        opening_id=opening_id,
        keco_code=keco_code,
        work_place=work_place,
        employer_address=employer_address,
        qualifications=qualifications,
        requirements=matching_requirements(fields, requirements),
    )


def _opening_facts(
    opening: Opening, employer: Employer, fields: Sequence[FieldView] = ()
) -> OpeningFacts:
    return opening_facts(
        opening.id, keco_code=opening.keco_code, work_place=opening.work_place,
        employer_address=employer.address, qualifications=opening.qualifications,
        requirements=opening.requirements, fields=fields,
    )


def _booth_labels(session: Session, fair_id: int) -> dict[int, str]:
    labels: dict[int, str] = {}
    rows = session.execute(
        select(Booth.employer_id, Booth.label).where(Booth.fair_id == fair_id).order_by(Booth.label)
    )
    for employer_id, label in rows:
        labels.setdefault(employer_id, label)
    return labels


def seeker_header(session: Session, seeker_id: uuid.UUID, *, actor: Actor) -> SeekerHeader:
    require(actor, Permission.MATCHING)
    seeker = _seeker(session, seeker_id)
    return SeekerHeader(seeker.id, seeker.fair_id, seeker.name, seeker.badge_no)


def openings_for_seeker(
    session: Session, seeker_id: uuid.UUID, limit: int = 10, *, actor: Actor
) -> list[OpeningMatch]:
    """The fair's openings that suit the seeker, best first (only openings with some fit)."""
    require(actor, Permission.MATCHING)
    seeker = _seeker(session, seeker_id)
    facts = seeker_facts(seeker, _fair_year(session, seeker.fair_id))
    rows = session.execute(
        select(Opening, Employer)
        .join(Employer, Employer.id == Opening.employer_id)
        .where(Opening.fair_id == seeker.fair_id)
    ).all()
    by_id = {opening.id: (opening, employer) for opening, employer in rows}
    fields = list_fields(session, seeker.fair_id)
    ranked = rank((score(facts, _opening_facts(o, e, fields)) for o, e in by_id.values()), limit)
    labels = _booth_labels(session, seeker.fair_id)
    recommended = set(
        session.scalars(
            select(Recommendation.opening_id).where(Recommendation.seeker_id == seeker_id)
        )
    )
    out = []
    for s in ranked:
        opening, employer = by_id[s.opening_id]
        out.append(OpeningMatch(
            opening.id, opening.title, employer.id, employer.name, labels.get(employer.id, ""),
            s.points, s.reasons, opening.id in recommended,
        ))
    return out


def seekers_for_employer(
    session: Session, employer_id: int, limit: int = 50, *, actor: Actor
) -> list[SeekerMatch]:
    """Seekers who consented to be shared with employers, ranked by their best opening here."""
    require(actor, Permission.MATCHING)
    employer = session.get(Employer, employer_id)
    if employer is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no employer with id {employer_id}."),
            employer_id=employer_id,
        )
    openings = list(
        session.scalars(
            select(Opening).where(Opening.employer_id == employer_id).order_by(Opening.id)
        )
    )
    if not openings:
        return []
    fields = list_fields(session, employer.fair_id)
    opening_facts = [_opening_facts(o, employer, fields) for o in openings]
    titles = {o.id: o.title for o in openings}
    fair_year = _fair_year(session, employer.fair_id)
    seekers = session.scalars(
        select(Seeker).where(
            Seeker.fair_id == employer.fair_id,
            Seeker.consent_provision.is_(True),
            Seeker.purged_at.is_(None),
        )
    )
    recommended: set[tuple[uuid.UUID, int]] = {
        (row[0], row[1])
        for row in session.execute(
            select(Recommendation.seeker_id, Recommendation.opening_id).where(
                Recommendation.opening_id.in_(list(titles))
            )
        )
    }
    found: list[tuple[int, str, SeekerMatch]] = []
    for seeker in seekers:
        facts = seeker_facts(seeker, fair_year)
        best = rank((score(facts, of) for of in opening_facts), 1)
        if not best:
            continue
        top = best[0]
        found.append((-top.points, str(seeker.id), SeekerMatch(
            seeker.id, seeker.name, seeker.badge_no, age_band(seeker.birth_year, fair_year),
            seeker.desired_job, city_of(seeker.residence), top.opening_id,
            titles[top.opening_id], top.points, top.reasons,
            any((seeker.id, oid) in recommended for oid in titles),
        )))
    found.sort(key=lambda t: (t[0], t[2].badge_no or 0, t[1]))
    return [m for _, _, m in found[:limit]]


def _opening_in_seekers_fair(session: Session, seeker: Seeker, opening_id: int) -> Opening:
    opening = session.get(Opening, opening_id)
    if opening is None or opening.fair_id != seeker.fair_id:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no opening with id {opening_id} at this fair."),
            opening_id=opening_id,
        )
    return opening


def mark_recommended(
    session: Session, actor: Actor, seeker_id: uuid.UUID, opening_id: int, note: str = ""
) -> uuid.UUID:
    """Record that the opening was recommended to the seeker; again does nothing. Audited."""
    require(actor, Permission.MATCHING)
    seeker = _seeker(session, seeker_id)
    _opening_in_seekers_fair(session, seeker, opening_id)
    existing = session.scalar(
        select(Recommendation).where(
            Recommendation.seeker_id == seeker_id, Recommendation.opening_id == opening_id
        )
    )
    if existing is not None:
        return existing.id
    rec = Recommendation(
        id=uuid.uuid4(), fair_id=seeker.fair_id, seeker_id=seeker_id, opening_id=opening_id,
        made_at=actor.now(), station_id=actor.station_id, actor=actor.name, note=nfc(note).strip(),
    )
    session.add(rec)
    session.flush()
    audit(
        session, actor, action="recommend", entity="recommendation", entity_id=rec.id,
        fair_id=seeker.fair_id, at=rec.made_at,
        after={"seeker_id": str(seeker_id), "opening_id": opening_id, "note": rec.note},
    )
    return rec.id


def unmark_recommended(
    session: Session, actor: Actor, seeker_id: uuid.UUID, opening_id: int
) -> bool:
    """Withdraw a recommendation; ``False`` when there was none. Audited."""
    require(actor, Permission.MATCHING)
    rec = session.scalar(
        select(Recommendation).where(
            Recommendation.seeker_id == seeker_id, Recommendation.opening_id == opening_id
        )
    )
    if rec is None:
        return False
    audit(
        session, actor, action="unrecommend", entity="recommendation", entity_id=rec.id,
        fair_id=rec.fair_id,
        before={"seeker_id": str(seeker_id), "opening_id": opening_id, "note": rec.note},
    )
    session.delete(rec)
    session.flush()
    return True


def recommendation_outcomes(session: Session, fair_id: int) -> RecommendationOutcomes:
    """Recommended pairs of the fair; those whose seeker was interviewed at a booth of the
    opening's employer; those hired for that opening or by that employer (on the spot, or
    confirmed after the fair). Undone interviews count nowhere."""
    pairs = session.execute(
        select(Recommendation.seeker_id, Recommendation.opening_id, Opening.employer_id)
        .join(Opening, Opening.id == Recommendation.opening_id)
        .where(Recommendation.fair_id == fair_id)
    ).all()
    if not pairs:
        return RecommendationOutcomes(0, 0, 0)
    seekers = {p[0] for p in pairs}
    hire = or_(is_hire(), Interview.final_outcome == FINAL_HIRED)  # on the spot or confirmed
    interviews: Sequence[Any] = session.execute(
        select(Interview.seeker_id, Booth.employer_id, case((hire, True), else_=False))
        .join(Booth, Booth.id == Interview.booth_id)
        .where(
            Interview.fair_id == fair_id,
            counted_interview(fair_day(session, fair_id)),
            Interview.seeker_id.in_(seekers),
        )
    ).all()
    met: set[tuple[uuid.UUID, int]] = set()
    hired: set[tuple[uuid.UUID, int]] = set()  # (seeker, employer) hired there
    for seeker_id, employer_id, was_hired in interviews:
        met.add((seeker_id, employer_id))
        if was_hired:
            hired.add((seeker_id, employer_id))
    interviewed = sum(1 for s, _o, e in pairs if (s, e) in met)
    hires = sum(1 for s, _o, e in pairs if (s, e) in hired)
    return RecommendationOutcomes(len(pairs), interviewed, hires)
