"""Registering seekers, with the itemised consent PIPA asks for."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jobfair.db.models import CheckIn, Seeker
from jobfair.domain.codes import Channel
from jobfair.domain.errors import NotFoundError, ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.phone import normalize_phone
from jobfair.domain.target_groups import SENSITIVE_GROUPS, DeclaredGroup
from jobfair.domain.text import NormalizedInput, clean_name, require_storable
from jobfair.services.accounts.access import Permission, require
from jobfair.services.context import Actor, audit
from jobfair.services.setup.fairs import get_fair
from jobfair.services.setup.fields import clean_answers, list_fields


@dataclass(frozen=True)
class Consent:
    """The seeker's answers to the consent notice of version ``notice_version``."""

    collection: bool
    provision: bool = False
    sensitive: bool = False
    notice_version: str = "2015-1"
    given_at: datetime | None = None


@dataclass(frozen=True)
class SeekerInput(NormalizedInput):
    name: str
    birth_year: int
    phone: str
    consent: Consent
    birth_date: date | None = None
    residence: str = ""
    sex: str | None = None
    desired_keco: str = ""
    desired_job: str = ""
    groups: tuple[str, ...] = ()
    channel: str = Channel.WALK_IN
    id: uuid.UUID | None = None  # made by the station, so a replay does not double
    # answers to the fair's own fields, (key, value) pairs (``jobfair.services.setup.fields``)
    answers: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class SeekerView:
    id: uuid.UUID
    fair_id: int
    badge_no: int | None
    name: str
    birth_year: int
    phone: str
    residence: str
    sex: str | None
    desired_keco: str
    desired_job: str
    groups: tuple[str, ...]
    channel: str
    consent_provision: bool
    checked_in_at: datetime | None = None
    extra: dict[str, str] = field(default_factory=dict)
    consent_sensitive: bool = False
    answers: dict[str, Any] = field(default_factory=dict)


def seeker_view(s: Seeker, checked_in_at: datetime | None = None) -> SeekerView:
    return SeekerView(
        id=s.id,
        fair_id=s.fair_id,
        badge_no=s.badge_no,
        name=s.name,
        birth_year=s.birth_year,
        phone=s.phone,
        residence=s.residence,
        sex=s.sex,
        desired_keco=s.desired_keco,
        desired_job=s.desired_job,
        groups=tuple(s.groups or ()),
        channel=s.channel,
        consent_provision=s.consent_provision,
        checked_in_at=checked_in_at,
        consent_sensitive=s.consent_sensitive,
        answers=dict(s.answers or {}),
    )


def validate_seeker(data: SeekerInput, fair_year: int) -> tuple[str, str]:
    """Check the fields; return the cleaned name and phone. Raises ``ValidationError``."""
    require_storable(data)
    name = clean_name(data.name, "name")
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The name is required."), field="name")
    if len(name) > 100:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The name is too long."), field="name")
    if not (fair_year - 100 <= data.birth_year <= fair_year - 14):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The birth year {value} is not plausible for a job seeker."
            ),
            field="birth_year",
            value=data.birth_year,
        )
    if data.birth_date is not None and data.birth_date.year != data.birth_year:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The birth date and the birth year disagree."),
            field="birth_date",
        )
    phone = normalize_phone(data.phone)
    if data.sex not in (None, "M", "F"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Sex is M, F or not given."), field="sex"
        )
    if not data.consent.collection:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Consent to the collection and use of personal information is required to "
                "register.",
            ),
            field="consent_collection",
        )
    known = {str(g) for g in DeclaredGroup}
    for group in data.groups:
        if group not in known:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "'{value}' is not a target group."),
                field="groups",
                value=group,
            )
        if group in SENSITIVE_GROUPS and not data.consent.sensitive:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Disability is sensitive information: it needs its own consent, or leave it "
                    "out.",
                ),
                field="groups",
            )
    return name, phone


def register_seeker(
    session: Session, actor: Actor, fair_id: int, data: SeekerInput
) -> SeekerView:
    """Add a seeker to the fair's list (not checked in). A replay of the same id is a no-op.

    Badge numbers are the fair's highest plus one. Two stations registering at the same moment
    on PostgreSQL can pick the same number: the second then waits for the first, gets a
    uniqueness error in its savepoint, and takes the next number.
    """
    require(actor, Permission.REGISTER)
    fair = get_fair(session, fair_id)
    if data.id is not None and session.get(Seeker, data.id) is not None:
        return load_seeker(session, data.id)
    name, phone = validate_seeker(data, fair.date.year)
    answers = _answers(session, fair_id, data)
    now = actor.now()
    seeker_id = data.id or uuid.uuid4()
    for attempt in range(_BADGE_ATTEMPTS):
        seeker = Seeker(
            id=seeker_id,
            fair_id=fair_id,
            badge_no=next_badge_no(session, fair_id),
            name=name,
            birth_year=data.birth_year,
            birth_date=data.birth_date,
            phone=phone,
            residence=data.residence.strip(),
            sex=data.sex,
            desired_keco=data.desired_keco,
            desired_job=data.desired_job.strip(),
            groups=sorted(set(data.groups)),
            channel=str(data.channel),
            answers=answers,
            consent_collection=True,
            consent_provision=data.consent.provision,
            consent_sensitive=data.consent.sensitive,
            consent_notice_version=data.consent.notice_version,
            consent_at=data.consent.given_at or now,
            created_at=now,
            station_id=actor.station_id,
        )
        try:
            with session.begin_nested():
                session.add(seeker)
        except IntegrityError:
            # another station took this badge number, or replayed this very seeker, meanwhile
            if data.id is not None and session.get(Seeker, data.id) is not None:
                return load_seeker(session, data.id)
            if attempt == _BADGE_ATTEMPTS - 1:
                raise
            continue
        break
    audit(session, actor, action="create", entity="seeker", entity_id=seeker.id, fair_id=fair_id,
          after={"name": name, "phone": phone, "channel": seeker.channel})
    return seeker_view(seeker)


_BADGE_ATTEMPTS = 5


def _answers(session: Session, fair_id: int, data: SeekerInput) -> dict[str, Any] | None:
    """The checked answers to the fair's fields. A walk-in's form asks every field, so its
    required ones are enforced; a pre-registered list may lack some (the desk asks later)."""
    fields = list_fields(session, fair_id)
    if not fields and not data.answers:
        return None
    cleaned = clean_answers(
        fields, dict(data.answers), sensitive_consent=data.consent.sensitive,
        enforce_required=data.channel == Channel.WALK_IN,
    )
    return cleaned or None


def next_badge_no(session: Session, fair_id: int) -> int:
    current = session.scalar(select(func.max(Seeker.badge_no)).where(Seeker.fair_id == fair_id))
    return (current or 0) + 1


def get_seeker(session: Session, seeker_id: uuid.UUID, *, actor: Actor) -> SeekerView:
    """The seeker with every detail, for the desk and the organizer (not for a booth account)."""
    require(actor, Permission.REGISTER)
    return load_seeker(session, seeker_id)


def load_seeker(session: Session, seeker_id: uuid.UUID) -> SeekerView:
    """The seeker, unchecked: for services that guard their own call."""
    # One round trip for the seeker and the check-in: this runs on every scan.
    row = session.execute(
        select(Seeker, CheckIn.at)
        .outerjoin(CheckIn, CheckIn.seeker_id == Seeker.id)
        .where(Seeker.id == seeker_id)
    ).first()
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no seeker with id {seeker_id}."),
            seeker_id=seeker_id,
        )
    return seeker_view(row[0], row[1])
