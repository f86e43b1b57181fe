"""Badges: the installation's signing secret, a code per seeker, resolving a scan, printing.

The code itself (its alphabet, check and signature) is owned by ``jobfair.domain.badge_code``;
this module keeps the secret in the database, so every station on that database accepts the
codes and another installation's are refused.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jobfair.db.models import Badge, CheckIn, Fair, Seeker, Setting
from jobfair.domain import badge_code
from jobfair.domain.errors import NotFoundError, ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.scan import read_scan
from jobfair.services.accounts.access import Permission, require
from jobfair.services.context import Actor, audit
from jobfair.services.setup.fairs import get_fair
from jobfair.services.setup.fields import FieldView, list_fields, visible


@dataclass(frozen=True)
class LookupResult:
    """What a scanned code resolves to."""

    seeker_id: uuid.UUID
    fair_id: int
    badge_no: int | None
    name: str
    code: str
    checked_in_at: datetime | None


@dataclass(frozen=True)
class BadgePrintRow:
    """One badge to print: plain values, ready for ``jobfair.documents.badges.BadgeData``."""

    seeker_id: uuid.UUID
    code: str
    badge_no: int | None
    name: str
    fair_name: str
    fair_date: date
    desired_keco: str
    desired_job: str
    groups: tuple[str, ...]
    birth_year: int
    printed_before: bool
    # (key, text) of the fair's own fields a badge layout may print: never a sensitive one
    answers: tuple[tuple[str, str], ...] = ()


def badge_secret(session: Session) -> str:
    """The installation's secret, made the first time it is needed and kept in the database."""
    key = badge_code.SECRET_SETTING_KEY
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    if value is not None:
        return value
    fresh = badge_code.new_secret()
    try:
        with session.begin_nested():
            session.add(Setting(key=key, value=fresh))
    except IntegrityError:
        pass  # another station made it first: use theirs
    stored = session.scalar(select(Setting.value).where(Setting.key == key))
    assert stored is not None
    return stored


def ensure_badges(session: Session, seeker_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The code of each seeker, giving a new one to those who have none yet."""
    if not seeker_ids:
        return {}
    codes: dict[uuid.UUID, str] = {}
    for chunk in _chunks(list(seeker_ids), 500):
        rows = session.execute(
            select(Badge.seeker_id, Badge.code).where(Badge.seeker_id.in_(chunk))
        )
        codes.update({r.seeker_id: r.code for r in rows})
    missing = [sid for sid in seeker_ids if sid not in codes]
    if missing:
        secret = badge_secret(session)
        new_rows = []
        for sid in missing:
            code = badge_code.make_code(secret, badge_code.random_token_id())
            codes[sid] = code
            new_rows.append({"id": uuid.uuid4(), "seeker_id": sid, "code": code, "reprints": 0})
        session.execute(insert(Badge), new_rows)
    return codes


def badge_for(session: Session, seeker_id: uuid.UUID) -> str:
    """The code of one seeker (made now if needed)."""
    return ensure_badges(session, [seeker_id])[seeker_id]


def resolve_code(session: Session, text: str) -> uuid.UUID:
    """The seeker a scanned or typed code belongs to.

    Raises the badge code's own errors for text that is not a code, is mistyped or comes from
    another installation, and ``NotFoundError`` for a genuine code no seeker holds any more.
    """
    secret = badge_secret(session)
    token = badge_code.parse_code(secret, text)
    code = badge_code.make_code(secret, token)
    seeker_id = session.scalar(select(Badge.seeker_id).where(Badge.code == code))
    if seeker_id is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The badge {code} is genuine but belongs to no seeker on this database "
                "(deleted, or from a fair since removed).",
            ),
            code=badge_code.format_code(code),
        )
    return seeker_id


def resolve_seeker(session: Session, fair_id: int, text: str) -> uuid.UUID:
    """The seeker of this fair a scan or a typed entry means: a badge number (``#123`` or
    ``123``), a seeker id, or a badge code (``jobfair.domain.scan.read_scan``). The one place
    that turns a station's input into a seeker on the server; the offline copy reads the same
    entries the same way (``outbox_snapshot.find_offline``).
    """
    entry = read_scan(text)
    if entry.badge_no is not None:
        found = session.scalar(
            select(Seeker.id).where(Seeker.fair_id == fair_id, Seeker.badge_no == entry.badge_no)
        )
        if found is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "No seeker has badge number {number} at this fair."),
                number=entry.badge_no,
            )
        return found
    seeker_id = entry.seeker_id or resolve_code(session, entry.text)
    require_seeker_of_fair(session, fair_id, seeker_id)
    return seeker_id


def require_seeker_of_fair(session: Session, fair_id: int, seeker_id: uuid.UUID) -> None:
    """Raise unless ``seeker_id`` is a seeker of the fair ``fair_id``: a badge of another fair on
    the same database is named as such, so the person at the desk knows what to do."""
    seeker_fair = session.scalar(select(Seeker.fair_id).where(Seeker.id == seeker_id))
    if seeker_fair is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no seeker with id {seeker_id}."),
            seeker_id=seeker_id,
        )
    if seeker_fair != fair_id:
        other = session.scalar(select(Fair.name).where(Fair.id == seeker_fair))
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This badge belongs to another fair on this database ({fair}). Choose that fair, "
                "or register the person for this one.",
            ),
            field="code",
            fair=other or seeker_fair,
        )


def lookup(session: Session, text: str, *, actor: Actor) -> LookupResult:
    """What a scan of ``text`` shows at the desk: the seeker, the badge, the check-in."""
    require(actor, Permission.REGISTER)
    seeker_id = resolve_code(session, text)
    row = session.execute(
        select(Seeker.id, Seeker.fair_id, Seeker.badge_no, Seeker.name, Badge.code, CheckIn.at)
        .join(Badge, Badge.seeker_id == Seeker.id)
        .outerjoin(CheckIn, CheckIn.seeker_id == Seeker.id)
        .where(Seeker.id == seeker_id)
    ).one()
    return LookupResult(row[0], row[1], row[2], row[3], row[4], row[5])


def badge_rows(
    session: Session,
    fair_id: int,
    seeker_ids: Sequence[uuid.UUID] | None = None,
    *,
    pre_registered_only: bool = False,
    actor: Actor,
) -> list[BadgePrintRow]:
    """The badges to print for a fair (all its seekers, or those named), in badge-number order."""
    require(actor, Permission.REGISTER)
    fair = get_fair(session, fair_id)
    # The columns a badge shows, not Seeker objects: 30,000 of those held by the session cost
    # about 90 MiB more at the peak of printing the whole fair.
    query = select(
        Seeker.id, Seeker.badge_no, Seeker.name, Seeker.desired_keco, Seeker.desired_job,
        Seeker.groups, Seeker.birth_year, Seeker.answers,
    ).where(Seeker.fair_id == fair_id, Seeker.purged_at.is_(None))
    if pre_registered_only:
        query = query.where(Seeker.channel == "pre_registered")
    seekers: list[Any] = []
    if seeker_ids is not None:
        for chunk in _chunks(list(seeker_ids), 500):
            seekers.extend(session.execute(query.where(Seeker.id.in_(chunk))))
        unknown = set(seeker_ids) - {s.id for s in seekers}
        if unknown:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "There is no seeker with id {seeker_id} at this fair."),
                seeker_id=sorted(str(u) for u in unknown)[0],
            )
    else:
        seekers = list(session.execute(query))
    seekers.sort(key=lambda s: (s.badge_no is None, s.badge_no or 0, s.name))
    fields = list_fields(session, fair_id)
    codes = ensure_badges(session, [s.id for s in seekers])
    printed: set[uuid.UUID] = set()
    for chunk in _chunks([s.id for s in seekers], 500):
        printed.update(
            session.scalars(
                select(Badge.seeker_id).where(
                    Badge.seeker_id.in_(chunk), Badge.printed_at.is_not(None)
                )
            )
        )
    return [
        BadgePrintRow(
            seeker_id=s.id,
            code=codes[s.id],
            badge_no=s.badge_no,
            name=s.name,
            fair_name=fair.name,
            fair_date=fair.date,
            desired_keco=s.desired_keco,
            desired_job=s.desired_job,
            groups=tuple(s.groups or ()),
            birth_year=s.birth_year,
            printed_before=s.id in printed,
            answers=_printable(fields, s.answers),
        )
        for s in seekers
    ]


def _printable(
    fields: Sequence[FieldView], answers: dict[str, Any] | None
) -> tuple[tuple[str, str], ...]:
    """The answers a badge may print: worn in public, so never a sensitive field's, whatever
    the consent (``fields.visible`` as for a reader without the sensitive consent)."""
    if not fields or not answers:
        return ()
    return tuple((a.key, a.text) for a in visible(
        fields, answers, provision=False, sensitive=False, for_employer=False))


def mark_printed(session: Session, actor: Actor, seeker_ids: Iterable[uuid.UUID]) -> int:
    """Record that these badges were printed; a badge printed before counts a reprint.

    Printing is its own fact, apart from checking in. Returns how many were reprints.
    """
    require(actor, Permission.REGISTER)
    ids = list(seeker_ids)
    now = actor.now()
    reprints = 0
    fair_id: int | None = None
    for chunk in _chunks(ids, 500):
        for badge in session.scalars(select(Badge).where(Badge.seeker_id.in_(chunk))):
            if badge.printed_at is None:
                badge.printed_at = now
            else:
                badge.reprints += 1
                reprints += 1
        if fair_id is None and chunk:
            fair_id = session.scalar(select(Seeker.fair_id).where(Seeker.id == chunk[0]))
    session.flush()
    audit(session, actor, action="print", entity="badge", entity_id=len(ids), fair_id=fair_id,
          after={"badges": len(ids), "reprints": reprints})
    return reprints


def _chunks(items: list[uuid.UUID], size: int) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
