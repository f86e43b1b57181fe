"""What an opening asks of the fair's own fields (운전 가능 = 예, 희망 근무지 = 양주), for matching.

An opening may require an answer of a "one choice", "several choices" or "yes / no" field; the
requirements are kept on the opening (``Opening.requirements``, JSON) and read by the matching
(``jobfair.services.seekers.matching``), which gives points when a seeker's answer meets one. A
requirement whose field was deleted, or whose answer is no longer among the field's choices, is
left out of the matching.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from jobfair.db.models import Opening
from jobfair.domain.errors import NotFoundError, ValidationError
from jobfair.domain.fair_fields import REQUIREMENT_KINDS, FieldKind, requirement_answers, value_text
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.matching import FieldRequirement
from jobfair.services.accounts.access import Permission, require
from jobfair.services.context import Actor, audit
from jobfair.services.setup.fields import FieldView, list_fields

YES, NO = "예", "아니오"  # a yes / no answer in a reason, beside the field's Korean label


@dataclass(frozen=True)
class Requirement:
    key: str
    answer: Any  # one of the field's choices, or true / false


@dataclass(frozen=True)
class RequirableField:
    """A field an opening may require an answer of, and the answers it may require."""

    key: str
    label_ko: str
    label_en: str
    kind: str
    answers: tuple[Any, ...]

    def label(self, language: str) -> str:
        if language.startswith("en") and self.label_en:
            return self.label_en
        return self.label_ko


def _requirable(fields: Sequence[FieldView]) -> dict[str, FieldView]:
    return {f.key: f for f in fields if FieldKind(f.kind) in REQUIREMENT_KINDS}


def requirable_fields(session: Session, fair_id: int) -> tuple[RequirableField, ...]:
    """The fair's fields an opening may require an answer of, in their order."""
    return tuple(
        RequirableField(f.key, f.label_ko, f.label_en, f.kind,
                        requirement_answers(f.kind, f.choices))
        for f in _requirable(list_fields(session, fair_id)).values()
    )


def _opening(session: Session, opening_id: int) -> Opening:
    opening = session.get(Opening, opening_id)
    if opening is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no opening with id {opening_id}."),
            opening_id=opening_id,
        )
    return opening


def opening_requirements(session: Session, opening_id: int) -> tuple[Requirement, ...]:
    """The answers the opening asks, as stored."""
    stored = _opening(session, opening_id).requirements or []
    return tuple(Requirement(str(r["key"]), r.get("answer")) for r in stored if "key" in r)


def set_opening_requirements(
    session: Session, actor: Actor, opening_id: int, requirements: Sequence[Requirement]
) -> tuple[Requirement, ...]:
    """Replace what the opening asks of the fair's fields (one answer per field); audited."""
    require(actor, Permission.SETUP)
    opening = _opening(session, opening_id)
    fields = _requirable(list_fields(session, opening.fair_id))
    kept: dict[str, Any] = {}
    for r in requirements:
        field = fields.get(r.key)
        if field is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The fair has no choice or yes / no field '{value}'."),
                field="requirement", value=r.key,
            )
        if r.answer not in requirement_answers(field.kind, field.choices):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "'{value}' is not an answer of {label}."),
                field="requirement", value=r.answer, label=field.label_ko,
            )
        kept[r.key] = r.answer
    state = [{"key": k, "answer": v} for k, v in kept.items()] or None
    if state == opening.requirements:
        return opening_requirements(session, opening_id)
    before = opening.requirements
    opening.requirements = state
    session.flush()
    audit(session, actor, action="update", entity="opening_requirements", entity_id=opening_id,
          fair_id=opening.fair_id, before={"requirements": before},
          after={"requirements": state})
    return tuple(Requirement(k, v) for k, v in kept.items())


def matching_requirements(
    fields: Sequence[FieldView], stored: Sequence[dict[str, Any]] | None
) -> tuple[FieldRequirement, ...]:
    """The opening's requirements as the matching reads them; those no longer fitting the
    fair's fields left out."""
    if not stored:
        return ()
    requirable = _requirable(fields)
    out = []
    for r in stored:
        field = requirable.get(str(r.get("key")))
        answer = r.get("answer")
        if field is None or answer not in requirement_answers(field.kind, field.choices):
            continue
        out.append(FieldRequirement(
            field.key, field.kind, field.label_ko, answer,
            value_text(field.kind, answer, yes=YES, no=NO), field.sensitive))
    return tuple(out)
