"""A fair's own registration fields: defined by the organizer, answered at registration.

Definitions are read whenever a form or a card opens (never cached by a station), so a new field
shows on every station at its next form or card. Who may see an answer is decided once, here, in
``visible``: the desk and the organizer see every answer kept; a booth only the fields marked
employer-visible, only with the seeker's consent to provision, and a sensitive field only with
the sensitive-information consent as well.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jobfair.db.models import FairField, Seeker
from jobfair.domain.errors import NotFoundError, ValidationError
from jobfair.domain.fair_fields import (
    MAX_FIELDS,
    FieldKind,
    check_choices,
    check_key,
    clean_value,
    is_empty,
    value_text,
)
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.limits import MAX_RETENTION_DAYS
from jobfair.domain.text import NormalizedInput, clean_name
from jobfair.services.accounts.access import Permission, require
from jobfair.services.context import Actor, audit
from jobfair.services.setup.fairs import get_fair


@dataclass(frozen=True)
class FieldInput(NormalizedInput):
    key: str
    kind: str
    label_ko: str
    label_en: str = ""
    required: bool = False
    employer_visible: bool = False
    sensitive: bool = False
    retention_days: int | None = None  # None: kept as long as the seeker record
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class FieldView:
    id: int
    fair_id: int
    key: str
    position: int
    kind: str
    label_ko: str
    label_en: str
    required: bool
    employer_visible: bool
    sensitive: bool
    retention_days: int | None
    choices: tuple[str, ...]

    def label(self, language: str) -> str:
        """The label in ``language`` ("ko" or "en"), the Korean one when there is no other."""
        if language.startswith("en") and self.label_en:
            return self.label_en
        return self.label_ko


@dataclass(frozen=True)
class AnswerView:
    key: str
    label_ko: str
    label_en: str
    kind: str
    value: Any
    text: str

    def label(self, language: str) -> str:
        if language.startswith("en") and self.label_en:
            return self.label_en
        return self.label_ko


def field_view(f: FairField) -> FieldView:
    return FieldView(
        id=f.id, fair_id=f.fair_id, key=f.key, position=f.position, kind=f.kind,
        label_ko=f.label_ko, label_en=f.label_en, required=f.required,
        employer_visible=f.employer_visible, sensitive=f.sensitive,
        retention_days=f.retention_days, choices=tuple(f.choices or ()),
    )


def list_fields(session: Session, fair_id: int) -> tuple[FieldView, ...]:
    """The fair's fields in their order (definitions only: no personal data)."""
    rows = session.scalars(
        select(FairField).where(FairField.fair_id == fair_id)
        .order_by(FairField.position, FairField.id)
    )
    return tuple(field_view(f) for f in rows)


def _state(f: FairField) -> dict[str, Any]:
    return {"key": f.key, "kind": f.kind, "label_ko": f.label_ko, "label_en": f.label_en,
            "required": f.required, "employer_visible": f.employer_visible,
            "sensitive": f.sensitive, "retention_days": f.retention_days,
            "choices": list(f.choices or ())}


def _checked(data: FieldInput) -> dict[str, Any]:
    try:
        kind = FieldKind(data.kind)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "'{value}' is not a kind of field."),
            field="kind", value=data.kind,
        ) from None
    label_ko = clean_name(data.label_ko, "label_ko")
    if not label_ko:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The field needs a Korean label."), field="label_ko"
        )
    label_en = clean_name(data.label_en, "label_en")
    if len(label_ko) > 100 or len(label_en) > 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The label is too long (at most 100 characters)."),
            field="label_ko",
        )
    if data.retention_days is not None and not (1 <= data.retention_days <= MAX_RETENTION_DAYS):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Keep answers between 1 and {most} days, or with the "
                              "seeker record."),
            field="retention_days", most=MAX_RETENTION_DAYS,
        )
    return {"key": check_key(data.key), "kind": str(kind), "label_ko": label_ko,
            "label_en": label_en, "required": data.required,
            "employer_visible": data.employer_visible, "sensitive": data.sensitive,
            "retention_days": data.retention_days,
            "choices": list(check_choices(kind, data.choices))}


def _field(session: Session, field_id: int) -> FairField:
    f = session.get(FairField, field_id)
    if f is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no field with id {field_id}."), field_id=field_id
        )
    return f


def _key_taken(session: Session, fair_id: int, key: str, but: int | None = None) -> None:
    query = select(FairField.id).where(FairField.fair_id == fair_id, FairField.key == key)
    if but is not None:
        query = query.where(FairField.id != but)
    if session.scalar(query) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The fair has a field with the key '{value}' already."),
            field="key", value=key,
        )


def add_field(session: Session, actor: Actor, fair_id: int, data: FieldInput) -> FieldView:
    require(actor, Permission.SETUP)
    get_fair(session, fair_id)
    state = _checked(data)
    _key_taken(session, fair_id, state["key"])
    count, last = session.execute(
        select(func.count(), func.max(FairField.position)).where(FairField.fair_id == fair_id)
    ).one()
    if count >= MAX_FIELDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A fair has at most {most} fields of its own."),
            field="key", most=MAX_FIELDS,
        )
    f = FairField(fair_id=fair_id, position=(last or 0) + 1, **state)
    session.add(f)
    session.flush()
    audit(session, actor, action="create", entity="fair_field", entity_id=f.id, fair_id=fair_id,
          after=state)
    return field_view(f)


def _answered(session: Session, fair_id: int, key: str) -> bool:
    rows: Sequence[dict[str, Any] | None] = session.scalars(
        select(Seeker.answers).where(Seeker.fair_id == fair_id, Seeker.answers.is_not(None))
    ).all()
    return any(answers and not is_empty(answers.get(key)) for answers in rows)


def edit_field(session: Session, actor: Actor, field_id: int, data: FieldInput) -> FieldView:
    """Change a field. Its key, and its kind once someone answered it, stay as they are (the
    answers kept would no longer fit)."""
    require(actor, Permission.SETUP)
    f = _field(session, field_id)
    state = _checked(data)
    if state["key"] != f.key:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A field's key cannot change; add a new field instead."),
            field="key",
        )
    if state["kind"] != f.kind and _answered(session, f.fair_id, f.key):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Seekers have answered this field already: its kind cannot change. Add a new "
                "field instead.",
            ),
            field="kind",
        )
    before = _state(f)
    for name, value in state.items():
        setattr(f, name, value)
    session.flush()
    audit(session, actor, action="update", entity="fair_field", entity_id=f.id,
          fair_id=f.fair_id, before=before, after=state)
    return field_view(f)


def move_field(session: Session, actor: Actor, field_id: int, step: int) -> tuple[FieldView, ...]:
    """Move a field ``step`` places up (negative) or down; the fair's fields in their new order."""
    require(actor, Permission.SETUP)
    f = _field(session, field_id)
    rows = list(session.scalars(
        select(FairField).where(FairField.fair_id == f.fair_id)
        .order_by(FairField.position, FairField.id)
    ))
    index = rows.index(f)
    target = max(0, min(len(rows) - 1, index + step))
    rows.insert(target, rows.pop(index))
    for position, row in enumerate(rows, start=1):
        row.position = position
    session.flush()
    audit(session, actor, action="reorder", entity="fair_field", entity_id=f.id,
          fair_id=f.fair_id, after={"keys": [r.key for r in rows]})
    return tuple(field_view(r) for r in rows)


def delete_field(session: Session, actor: Actor, field_id: int) -> int:
    """Delete a field and erase every answer to it; how many answers were erased."""
    require(actor, Permission.SETUP)
    f = _field(session, field_id)
    fair_id = f.fair_id
    erased = _erase_answers(session, fair_id, {f.key})
    before = _state(f)
    session.delete(f)
    session.flush()
    audit(session, actor, action="delete", entity="fair_field", entity_id=field_id,
          fair_id=fair_id, before=before | {"answers_erased": erased})
    return erased


def _erase_answers(
    session: Session, fair_id: int, keys: set[str], seekers: Sequence[uuid.UUID] | None = None
) -> int:
    erased = 0
    query = select(Seeker).where(Seeker.fair_id == fair_id, Seeker.answers.is_not(None))
    if seekers is not None:
        query = query.where(Seeker.id.in_(seekers))
    for seeker in session.scalars(query):
        answers = dict(seeker.answers or {})
        gone = keys & answers.keys()
        if gone:
            for key in gone:
                del answers[key]
            seeker.answers = answers or None
            erased += 1
    return erased


def copy_fields(session: Session, actor: Actor, source_fair_id: int, target_fair_id: int) -> int:
    """Copy the source fair's fields to the target (a key there already is left alone)."""
    require(actor, Permission.SETUP)
    present = set(session.scalars(
        select(FairField.key).where(FairField.fair_id == target_fair_id)))
    last = session.scalar(
        select(func.max(FairField.position)).where(FairField.fair_id == target_fair_id)) or 0
    copied = 0
    for f in session.scalars(
        select(FairField).where(FairField.fair_id == source_fair_id)
        .order_by(FairField.position, FairField.id)
    ):
        if f.key in present:
            continue
        copied += 1
        session.add(FairField(fair_id=target_fair_id, position=last + copied, **_state(f)))
    session.flush()
    return copied


# --- answers -------------------------------------------------------------------------------------


SENSITIVE_NEEDS_CONSENT = QT_TRANSLATE_NOOP(
    "errors",
    "{label} is sensitive information: it needs the sensitive-information consent, or leave it "
    "out.",
)
REQUIRED = QT_TRANSLATE_NOOP("errors", "{label} is required.")


def answer_problems(
    fields: Sequence[FieldView],
    raw: Mapping[str, Any],
    *,
    sensitive_consent: bool,
    enforce_required: bool = True,
    language: str = "ko",
) -> tuple[dict[str, Any], dict[str, ValidationError]]:
    """The cleaned answers, and the problem of each field at fault (by key).

    A required sensitive field is not required of someone who did not give the sensitive consent.
    """
    known = {f.key for f in fields}
    problems: dict[str, ValidationError] = {}
    for key in raw:
        if key not in known:
            problems[key] = ValidationError(
                QT_TRANSLATE_NOOP("errors", "The fair has no field '{value}'."),
                field=key, value=key,
            )
    cleaned: dict[str, Any] = {}
    for f in fields:
        label = f.label(language)
        try:
            value = clean_value(f.kind, raw.get(f.key), label=label, choices=f.choices)
        except ValidationError as err:
            problems[f.key] = ValidationError(err.template, field=f.key, **err.params)
            continue
        if value is None:
            if f.required and enforce_required and not (f.sensitive and not sensitive_consent):
                problems[f.key] = ValidationError(REQUIRED, field=f.key, label=label)
            continue
        if f.sensitive and not sensitive_consent:
            problems[f.key] = ValidationError(SENSITIVE_NEEDS_CONSENT, field=f.key, label=label)
            continue
        cleaned[f.key] = value
    return cleaned, problems


def clean_answers(
    fields: Sequence[FieldView],
    raw: Mapping[str, Any],
    *,
    sensitive_consent: bool,
    enforce_required: bool = True,
) -> dict[str, Any]:
    """The answers as kept; raises the first problem as a ``ValidationError``."""
    cleaned, problems = answer_problems(
        fields, raw, sensitive_consent=sensitive_consent, enforce_required=enforce_required)
    if problems:
        raise next(iter(problems.values()))
    return cleaned


def save_answers(
    session: Session, actor: Actor, seeker_id: uuid.UUID, raw: Mapping[str, Any]
) -> dict[str, Any]:
    """Replace the seeker's answers with ``raw`` (checked); what is kept."""
    require(actor, Permission.REGISTER)
    seeker = session.get(Seeker, seeker_id)
    if seeker is None or seeker.purged_at is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no seeker with id {seeker_id}."),
            seeker_id=seeker_id,
        )
    cleaned = clean_answers(list_fields(session, seeker.fair_id), raw,
                            sensitive_consent=seeker.consent_sensitive)
    before = sorted((seeker.answers or {}).keys())
    seeker.answers = cleaned or None
    session.flush()
    audit(session, actor, action="update", entity="seeker_answers", entity_id=seeker_id,
          fair_id=seeker.fair_id, before={"keys": before}, after={"keys": sorted(cleaned)})
    return cleaned


def load_answers(session: Session, seeker_id: uuid.UUID, *, actor: Actor) -> dict[str, Any]:
    """Every answer the seeker gave (desk and organizer)."""
    require(actor, Permission.REGISTER)
    return dict(session.scalar(select(Seeker.answers).where(Seeker.id == seeker_id)) or {})


def visible(
    fields: Sequence[FieldView],
    answers: Mapping[str, Any] | None,
    *,
    provision: bool,
    sensitive: bool,
    for_employer: bool,
) -> tuple[AnswerView, ...]:
    """The answers a reader may see, in the fields' order: the consent rules, in one place.

    ``for_employer``: a booth, an employer's result pack. Only employer-visible fields, and only
    when the seeker consented to provision. Anyone: a sensitive field only with the sensitive
    consent.
    """
    if not answers or (for_employer and not provision):
        return ()
    shown: list[AnswerView] = []
    for f in fields:
        value = answers.get(f.key)
        if is_empty(value):
            continue
        if f.sensitive and not sensitive:
            continue
        if for_employer and not f.employer_visible:
            continue
        shown.append(AnswerView(f.key, f.label_ko, f.label_en, f.kind, value,
                                value_text(f.kind, value)))
    return tuple(shown)


def visible_answers(
    session: Session, seeker_id: uuid.UUID, *, for_employer: bool
) -> tuple[AnswerView, ...]:
    """The seeker's answers a desk (``for_employer=False``) or a booth may see."""
    row = session.execute(
        select(Seeker.fair_id, Seeker.answers, Seeker.consent_provision, Seeker.consent_sensitive)
        .where(Seeker.id == seeker_id)
    ).first()
    if row is None or not row.answers:
        return ()
    return visible(list_fields(session, row.fair_id), row.answers, provision=row.consent_provision,
                   sensitive=row.consent_sensitive, for_employer=for_employer)


def expire_answers(session: Session, actor: Actor, fair_id: int, today: date) -> int:
    """Erase the answers to fields whose retention ran out (days after the fair); how many
    seekers lost one."""
    require(actor, Permission.PURGE)
    fair = get_fair(session, fair_id)
    keys = {
        f.key for f in list_fields(session, fair_id)
        if f.retention_days is not None and today > fair.date + timedelta(days=f.retention_days)
    }
    if not keys:
        return 0
    erased = _erase_answers(session, fair_id, keys)
    session.flush()
    audit(session, actor, action="purge", entity="seeker_answers", entity_id=fair_id,
          fair_id=fair_id, after={"keys": sorted(keys), "seekers": erased})
    return erased
