"""What the registration desk asks of the database: find a seeker, spot a duplicate, check in.

Every function takes the caller's session and returns plain frozen rows; the desk opens one
transaction per scan, search or save.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, and_, func, literal_column, or_, select
from sqlalchemy.orm import Session

from jobfair.db.models import CheckIn, Fair, Seeker
from jobfair.domain.errors import NotFoundError, ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.phone import format_phone, normalize_phone
from jobfair.domain.target_groups import age_band
from jobfair.domain.text import nfc
from jobfair.services.accounts.access import Permission, require
from jobfair.services.checkins.service import check_in
from jobfair.services.context import Actor
from jobfair.services.seekers.badges import (
    ensure_badges,
    require_seeker_of_fair,
    resolve_seeker,
)
from jobfair.services.seekers.service import SeekerInput, register_seeker
from jobfair.services.setup.fields import AnswerView, list_fields, visible


@dataclass(frozen=True)
class DeskFair:
    """The fair as the desk needs it: its day and clock, its region, how long data is kept."""

    id: int
    name: str
    date: date
    timezone: str
    hosts: str
    retention_days: int


@dataclass(frozen=True)
class SeekerRow:
    """One line of a search result or of a duplicate warning. The phone is masked."""

    seeker_id: uuid.UUID
    name: str
    birth_year: int
    phone_masked: str
    badge_no: int | None
    checked_in_at: datetime | None
    same_phone: bool = False
    same_name_birth: bool = False


@dataclass(frozen=True)
class SeekerCard:
    """What the desk shows after a check-in.

    Attributes:
        already: the seeker had been checked in before; ``checked_in_at`` is that first time.
    """

    seeker_id: uuid.UUID
    name: str
    badge_no: int | None
    birth_year: int
    age_band: str
    desired_keco: str
    desired_job: str
    groups: tuple[str, ...]
    checked_in_at: datetime
    already: bool
    answers: tuple[AnswerView, ...] = ()  # to the fair's own fields, every one kept


@dataclass(frozen=True)
class RecentCheckIn:
    seeker_id: uuid.UUID
    name: str
    badge_no: int | None
    at: datetime
    via: str


def desk_fair(session: Session, fair_id: int) -> DeskFair:
    fair = session.get(Fair, fair_id)
    if fair is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no fair with id {fair_id}."), fair_id=fair_id
        )
    return DeskFair(fair.id, fair.name, fair.date, fair.timezone, fair.hosts, fair.retention_days)


def mask_phone(digits: str) -> str:
    """``01012345678`` -> ``010-****-5678``: enough to tell two people apart at the desk."""
    if not digits:
        return ""
    try:
        head, middle, tail = format_phone(digits).split("-")
    except ValueError:
        return "*" * max(len(digits) - 4, 0) + digits[-4:]
    return f"{head}-{'*' * len(middle)}-{tail}"


_BADGE_QUERY = re.compile(r"^#\s*(\d{1,9})$")
_DIGITS = re.compile(r"^[\d\s\-]+$")


def phone_tail() -> ColumnElement[str]:
    """The last four digits of the phone, written exactly as the index on them is
    (``ix_seeker_fair_phone_tail``), so that the database can use it."""
    return func.substr(Seeker.phone, func.length(Seeker.phone) - literal_column("3"))


@dataclass(frozen=True)
class SearchPage:
    """A search's rows and how many seekers match in all (``total`` > ``len(rows)``: capped)."""

    rows: tuple[SeekerRow, ...]
    total: int

    @property
    def capped(self) -> bool:
        return self.total > len(self.rows)


def _search_condition(fair_id: int, text: str) -> ColumnElement[bool] | None:
    """Which seekers of the fair ``text`` finds (``None``: too little to search for).

    ``#123`` is a badge number; four digits are the end of a phone number and a longer digit
    string is any part of it; anything else is part of a name (Latin letters in any case).
    Fewer than two letters of a name find nothing, so a first keystroke does not list everyone.
    """
    query = nfc(text).strip()
    if not query:
        return None
    badge = _BADGE_QUERY.match(query)
    if badge:
        return and_(Seeker.fair_id == fair_id, Seeker.badge_no == int(badge.group(1)))
    if _DIGITS.match(query):
        digits = re.sub(r"\D", "", query)
        if len(digits) < 4:
            return None
        phone = phone_tail() == digits if len(digits) == 4 else Seeker.phone.contains(digits)
        # Match on the (fair_id, phone) index alone, then fetch the few rows: ordered by name,
        # the planner would walk the name index and read every row (0.3 s at 100,000 seekers).
        found = select(Seeker.id).where(Seeker.fair_id == fair_id, phone).scalar_subquery()
        # The outer query then goes by primary key: with the fair's condition repeated there,
        # SQLite walked the whole fair by name and tested each row against the list.
        return Seeker.id.in_(found)
    name = " ".join(query.split())
    if len(name) < 2 and not _is_hangul(name):
        return None
    return and_(
        Seeker.fair_id == fair_id,
        func.lower(Seeker.name).contains(name.lower(), autoescape=True),
    )


def search_seekers(
    session: Session, fair_id: int, text: str, limit: int = 20, *, actor: Actor
) -> list[SeekerRow]:
    """Seekers of the fair matching ``text`` (the desk's and the organizer's search): see
    ``_search_condition`` for what finds whom."""
    require(actor, Permission.REGISTER)
    condition = _search_condition(fair_id, text)
    return [] if condition is None else _rows(session, condition, limit)


def search_page(
    session: Session, fair_id: int, text: str, limit: int = 20, *, actor: Actor
) -> SearchPage:
    """The desk's search: the first ``limit`` rows and how many match in all."""
    require(actor, Permission.REGISTER)
    condition = _search_condition(fair_id, text)
    if condition is None:
        return SearchPage((), 0)
    rows = _rows(session, condition, limit)
    total = len(rows)
    if total >= limit:
        total = session.scalar(
            select(func.count()).select_from(Seeker)
            .where(Seeker.purged_at.is_(None), condition)
        ) or total
    return SearchPage(tuple(rows), total)


def _rows(session: Session, condition: ColumnElement[bool], limit: int) -> list[SeekerRow]:
    rows = session.execute(
        select(Seeker.id, Seeker.name, Seeker.birth_year, Seeker.phone, Seeker.badge_no,
               CheckIn.at)
        .outerjoin(CheckIn, CheckIn.seeker_id == Seeker.id)
        .where(Seeker.purged_at.is_(None), condition)
        .order_by(Seeker.name, Seeker.badge_no)
        .limit(limit)
    )
    return [SeekerRow(r[0], r[1], r[2], mask_phone(r[3]), r[4], r[5]) for r in rows]


def _is_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def possible_duplicates(
    session: Session,
    fair_id: int,
    phone: str,
    name: str,
    birth_year: int | None,
    birth_date: date | None = None,
    limit: int = 10,
    *,
    actor: Actor,
) -> list[SeekerRow]:
    """Seekers of the fair who may be the person about to be registered.

    The same phone number, or the same name and birth date; when either side gave only a
    birth year, the same name and birth year.
    """
    require(actor, Permission.REGISTER)
    conditions: list[ColumnElement[bool]] = []
    digits: str | None
    try:
        digits = normalize_phone(phone) if phone.strip() else None
    except ValidationError:
        digits = None
    if digits:
        conditions.append(Seeker.phone == digits)
    clean_name = " ".join(nfc(name).split())
    if clean_name and birth_year is not None:
        if birth_date is not None:
            birth = or_(
                Seeker.birth_date == birth_date,
                and_(Seeker.birth_date.is_(None), Seeker.birth_year == birth_year),
            )
        else:
            birth = Seeker.birth_year == birth_year
        conditions.append(and_(Seeker.name == clean_name, birth))
    if not conditions:
        return []
    rows = session.execute(
        select(Seeker.id, Seeker.name, Seeker.birth_year, Seeker.birth_date, Seeker.phone,
               Seeker.badge_no, CheckIn.at)
        .outerjoin(CheckIn, CheckIn.seeker_id == Seeker.id)
        .where(Seeker.fair_id == fair_id, Seeker.purged_at.is_(None), or_(*conditions))
        .order_by(Seeker.badge_no)
        .limit(limit)
    )
    found = []
    for r in rows:
        same_phone = digits is not None and r[4] == digits
        same_birth = r[2] == birth_year and (
            birth_date is None or r[3] is None or r[3] == birth_date
        )
        found.append(
            SeekerRow(r[0], r[1], r[2], mask_phone(r[4]), r[5], r[6], same_phone=same_phone,
                      same_name_birth=r[1] == clean_name and same_birth)
        )
    return found


def check_in_code(session: Session, actor: Actor, fair_id: int, text: str) -> SeekerCard:
    """Resolve a scanned or typed code and check its seeker in at this fair.

    Raises the badge code's errors (not a code, mistyped, another installation), ``NotFoundError``
    for a code nobody holds, and ``ValidationError`` for a badge of another fair.
    """
    require(actor, Permission.REGISTER)
    seeker_id = resolve_seeker(session, fair_id, text)
    return check_in_seeker(session, actor, fair_id, seeker_id, via="scan")


def check_in_seeker(
    session: Session, actor: Actor, fair_id: int, seeker_id: uuid.UUID, *, via: str = "search"
) -> SeekerCard:
    """Check a seeker of this fair in (or report the earlier check-in) and return the card."""
    require(actor, Permission.REGISTER)
    require_seeker_of_fair(session, fair_id, seeker_id)
    result = check_in(session, actor, seeker_id, via=via)
    fair_date = session.scalar(select(Fair.date).where(Fair.id == fair_id))
    assert fair_date is not None
    s = result.seeker
    return SeekerCard(
        seeker_id=s.id,
        name=s.name,
        badge_no=s.badge_no,
        birth_year=s.birth_year,
        age_band=age_band(s.birth_year, fair_date.year),
        desired_keco=s.desired_keco,
        desired_job=s.desired_job,
        groups=s.groups,
        checked_in_at=result.at,
        already=result.already,
        answers=visible(
            list_fields(session, fair_id), s.answers, provision=s.consent_provision,
            sensitive=s.consent_sensitive, for_employer=False,
        ) if s.answers else (),
    )


def register_walk_in(
    session: Session, actor: Actor, fair_id: int, data: SeekerInput
) -> SeekerCard:
    """Register a walk-in, check them in and give them a badge code, in the caller's transaction."""
    require(actor, Permission.REGISTER)
    seeker = register_seeker(session, actor, fair_id, data)
    ensure_badges(session, [seeker.id])
    return check_in_seeker(session, actor, fair_id, seeker.id, via="walk_in")


def recent_check_ins(
    session: Session, fair_id: int, limit: int = 12, *, actor: Actor
) -> list[RecentCheckIn]:
    """The fair's latest check-ins, newest first, from every desk."""
    require(actor, Permission.REGISTER)
    rows = session.execute(
        select(Seeker.id, Seeker.name, Seeker.badge_no, CheckIn.at, CheckIn.via)
        .join(Seeker, Seeker.id == CheckIn.seeker_id)
        .where(CheckIn.fair_id == fair_id)
        .order_by(CheckIn.at.desc())
        .limit(limit)
    )
    return [RecentCheckIn(r[0], r[1], r[2], r[3], r[4]) for r in rows]
