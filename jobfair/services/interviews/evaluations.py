"""Evaluations at the booth: a rating, the employer's tags and a private note per interview.

Only the booth accounts of the interview's employer (any of its booths) and the organizer may
read or write an evaluation; the employer's tag list is the organizer's to set. The rules of the
values are ``jobfair.domain.evaluations``.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from jobfair.db.models import Booth, Employer, EmployerTag, Interview, InterviewTag
from jobfair.domain.errors import ConflictError, NotFoundError
from jobfair.domain.evaluations import check_note, check_rating, check_tag_labels, check_tags
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.services.accounts.access import AccessDeniedError, Permission, Role, require
from jobfair.services.context import Actor, audit

OTHER_EMPLOYER = QT_TRANSLATE_NOOP(
    "errors", "This evaluation belongs to another employer: only its own booths may see it."
)


@dataclass(frozen=True)
class Tag:
    id: int
    label: str


@dataclass(frozen=True)
class Evaluation:
    """An interview's evaluation (``rating`` ``None``: not rated; ``tags`` in list order)."""

    interview_id: uuid.UUID
    rating: int | None
    tags: tuple[Tag, ...]
    note: str

    @property
    def empty(self) -> bool:
        return self.rating is None and not self.tags and not self.note


# -- the employer's tag list ---------------------------------------------------------------------
def employer_tags(session: Session, employer_id: int) -> tuple[Tag, ...]:
    """The employer's tags, in their order (not personal: any station may list them)."""
    rows = session.execute(
        select(EmployerTag.id, EmployerTag.label)
        .where(EmployerTag.employer_id == employer_id)
        .order_by(EmployerTag.position, EmployerTag.id)
    )
    return tuple(Tag(r.id, r.label) for r in rows)


def booth_tags(session: Session, booth_id: int) -> tuple[Tag, ...]:
    employer_id = session.scalar(select(Booth.employer_id).where(Booth.id == booth_id))
    return employer_tags(session, employer_id) if employer_id is not None else ()


def set_employer_tags(
    session: Session, actor: Actor, employer_id: int, labels: Sequence[str]
) -> tuple[Tag, ...]:
    """Replace the employer's tag list by ``labels`` in that order; a tag kept keeps its id
    (and the interviews that carry it), a tag left out is removed from them."""
    require(actor, Permission.SETUP)
    employer = session.get(Employer, employer_id)
    if employer is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no employer with id {employer_id}."),
            employer_id=employer_id,
        )
    wanted = check_tag_labels(labels)
    existing = {t.label: t for t in session.scalars(
        select(EmployerTag).where(EmployerTag.employer_id == employer_id))}
    before = [t.label for t in sorted(existing.values(), key=lambda t: t.position)]
    for label, tag in existing.items():
        if label not in wanted:
            session.delete(tag)
    session.flush()
    for position, label in enumerate(wanted):
        kept = existing.get(label)
        if kept is None:
            session.add(EmployerTag(employer_id=employer_id, position=position, label=label))
        else:
            kept.position = position
    session.flush()
    audit(session, actor, action="update", entity="employer", entity_id=employer_id,
          fair_id=employer.fair_id, before={"tags": before}, after={"tags": list(wanted)})
    return employer_tags(session, employer_id)


# -- access ----------------------------------------------------------------------------------------
def _interview_and_employer(session: Session, interview_id: uuid.UUID) -> tuple[Interview, int]:
    interview = session.get(Interview, interview_id)
    if interview is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no interview with id {interview_id}."),
            interview_id=interview_id,
        )
    employer_id = session.scalar(select(Booth.employer_id).where(Booth.id == interview.booth_id))
    assert employer_id is not None
    return interview, employer_id


def require_evaluation_access(session: Session, actor: Actor, employer_id: int) -> None:
    """The organizer, or a booth account of one of ``employer_id``'s booths; no one else."""
    if actor.role is Role.ORGANIZER:
        return
    require(actor, Permission.INTERVIEW)  # a desk account is refused here
    own = session.scalar(select(Booth.employer_id).where(Booth.id == actor.booth_id))
    if own != employer_id:
        raise AccessDeniedError(OTHER_EMPLOYER, Permission.INTERVIEW)


def may_see_evaluations(actor: Actor) -> bool:
    """Whether ``actor``'s role may see any evaluation at all (lists leave them out otherwise)."""
    return actor.role in (Role.ORGANIZER, Role.BOOTH)


# -- reading and writing -------------------------------------------------------------------------
def read_evaluation(session: Session, actor: Actor, interview_id: uuid.UUID) -> Evaluation:
    interview, employer_id = _interview_and_employer(session, interview_id)
    require_evaluation_access(session, actor, employer_id)
    return evaluations_of(session, [interview_id]).get(
        interview_id, Evaluation(interview_id, interview.rating, (), interview.notes or ""))


def save_evaluation(
    session: Session,
    actor: Actor,
    interview_id: uuid.UUID,
    *,
    rating: int | None,
    tag_ids: Iterable[int] = (),
    note: str | None = None,
) -> Evaluation:
    """Set the interview's rating and tags (and its note unless ``None``), audited."""
    interview, employer_id = _interview_and_employer(session, interview_id)
    require_evaluation_access(session, actor, employer_id)
    if interview.voided_at is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "This interview was undone; it cannot be changed."),
        )
    rating = check_rating(rating)
    allowed = employer_tags(session, employer_id)
    tags = check_tags(tag_ids, [t.id for t in allowed])
    text = check_note(note) if note is not None else None
    before = evaluations_of(session, [interview_id]).get(interview_id)
    if before is not None and (before.rating, tuple(t.id for t in before.tags)) == (
        rating, tuple(sorted(tags, key=[t.id for t in allowed].index))
    ) and (text is None or text == before.note):
        return before  # nothing changed: nothing written, nothing audited
    interview.rating = rating
    if text is not None:
        interview.notes = text
    interview.updated_at = actor.now()
    session.execute(delete(InterviewTag).where(InterviewTag.interview_id == interview_id))
    if tags:
        session.execute(insert(InterviewTag), [
            {"interview_id": interview_id, "tag_id": t} for t in tags])
    session.flush()
    after = evaluations_of(session, [interview_id])[interview_id]
    audit(session, actor, action="update", entity="interview", entity_id=interview_id,
          fair_id=interview.fair_id,
          before=_audited(before) if before else None, after=_audited(after))
    return after


def _audited(e: Evaluation) -> dict[str, object]:
    return {"rating": e.rating, "tags": [t.label for t in e.tags], "notes": e.note}


def fair_tag_labels(session: Session, fair_id: int) -> dict[uuid.UUID, list[str]]:
    """The tags of every tagged interview of the fair, in list order (no access check)."""
    result: dict[uuid.UUID, list[str]] = defaultdict(list)
    for iid, label in session.execute(
        select(InterviewTag.interview_id, EmployerTag.label)
        .join(EmployerTag, EmployerTag.id == InterviewTag.tag_id)
        .join(Interview, Interview.id == InterviewTag.interview_id)
        .where(Interview.fair_id == fair_id)
        .order_by(EmployerTag.position, EmployerTag.id)
    ):
        result[iid].append(label)
    return result


def evaluations_of(
    session: Session, interview_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, Evaluation]:
    """The evaluations of the interviews (no access check: for callers that made theirs)."""
    ids = list(interview_ids)
    if not ids:
        return {}
    tags: dict[uuid.UUID, list[Tag]] = defaultdict(list)
    result: dict[uuid.UUID, Evaluation] = {}
    for chunk in (ids[i:i + 5000] for i in range(0, len(ids), 5000)):
        for r in session.execute(
            select(InterviewTag.interview_id, EmployerTag.id, EmployerTag.label)
            .join(EmployerTag, EmployerTag.id == InterviewTag.tag_id)
            .where(InterviewTag.interview_id.in_(chunk))
            .order_by(EmployerTag.position, EmployerTag.id)
        ):
            tags[r.interview_id].append(Tag(r.id, r.label))
        for iid, rating, notes in session.execute(
            select(Interview.id, Interview.rating, Interview.notes)
            .where(Interview.id.in_(chunk))
        ):
            result[iid] = Evaluation(iid, rating, tuple(tags.get(iid, ())), notes or "")
    return result


__all__ = [
    "OTHER_EMPLOYER",
    "Evaluation",
    "Tag",
    "booth_tags",
    "employer_tags",
    "evaluations_of",
    "fair_tag_labels",
    "may_see_evaluations",
    "read_evaluation",
    "require_evaluation_access",
    "save_evaluation",
    "set_employer_tags",
]
