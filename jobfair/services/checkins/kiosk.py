"""The self-service kiosk: a seeker finds themself by badge or by three facts, and checks in.

Without a badge, a seeker types their name, the last four digits of their phone and their birth
year. Exactly one seeker of this fair with all three is a match; none (or a typo) is "not found",
and several are "go to the desk": the kiosk never shows whom else it found. A badge scanned at
the kiosk must be a badge code: a typed badge number or seeker id is refused, so nobody checks
in somebody else by guessing a number.

The check-in is the desk's (``desk.check_in_seeker``) with ``via="kiosk"``, so the desk's recent
list, the figures and the audit log count it like any other, marked as self-service; the booths
named to go to next are ``next_booths``'s, kept as referrals from the kiosk.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jobfair.db.models import Badge, Seeker
from jobfair.domain.errors import ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.scan import read_scan
from jobfair.domain.text import nfc
from jobfair.services.accounts.access import Permission, require
from jobfair.services.checkins.desk import check_in_seeker, phone_tail
from jobfair.services.context import Actor
from jobfair.services.hall.next_booths import BoothSuggestion, record_referrals, suggest_booths
from jobfair.services.seekers.badges import ensure_badges, resolve_seeker

VIA_KIOSK = "kiosk"


class Lookup(enum.Enum):
    FOUND = "found"
    NOT_FOUND = "not_found"
    SEVERAL = "several"


@dataclass(frozen=True)
class KioskLookup:
    """What the three facts found: the seeker only when exactly one matched."""

    outcome: Lookup
    seeker_id: uuid.UUID | None = None


@dataclass(frozen=True)
class KioskWelcome:
    """What the kiosk shows and does after a check-in: the name only, where to go next, and
    whether the badge still has to be printed.

    Attributes:
        already: the seeker had been checked in before (nothing new was counted).
        needs_badge: the seeker's badge was never printed.
    """

    seeker_id: uuid.UUID
    name: str
    already: bool
    booths: tuple[BoothSuggestion, ...]
    needs_badge: bool


def _squeezed(text: str) -> str:
    return "".join(nfc(text).split())


def find_by_details(
    session: Session, fair_id: int, name: str, phone4: str, birth_year: int | str, *,
    actor: Actor,
) -> KioskLookup:
    """The seeker of ``fair_id`` with this name (blanks ignored), phone ending and birth year."""
    require(actor, Permission.REGISTER)
    wanted = _squeezed(name)
    digits = "".join(ch for ch in str(phone4) if ch.isdigit())
    try:
        year = int(str(birth_year).strip())
    except ValueError:
        return KioskLookup(Lookup.NOT_FOUND)
    if not wanted or len(digits) != 4:
        return KioskLookup(Lookup.NOT_FOUND)
    ids = session.scalars(
        select(Seeker.id).where(
            Seeker.fair_id == fair_id,
            Seeker.purged_at.is_(None),
            phone_tail() == digits,
            Seeker.birth_year == year,
            func.replace(Seeker.name, " ", "") == wanted,
        ).limit(2)
    ).all()
    if len(ids) == 1:
        return KioskLookup(Lookup.FOUND, ids[0])
    return KioskLookup(Lookup.SEVERAL if ids else Lookup.NOT_FOUND)


def seeker_of_badge(session: Session, fair_id: int, text: str) -> uuid.UUID:
    """The seeker whose badge code was scanned; a number or id typed is not a badge here."""
    if not read_scan(text).is_code:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Only a badge's code is accepted at the kiosk."),
            field="code",
        )
    return resolve_seeker(session, fair_id, text)


def welcome(
    session: Session, actor: Actor, fair_id: int, seeker_id: uuid.UUID, now: datetime
) -> KioskWelcome:
    """Check the seeker in from the kiosk, name the booths to go to next and keep them."""
    card = check_in_seeker(session, actor, fair_id, seeker_id, via=VIA_KIOSK)
    ensure_badges(session, [seeker_id])
    printed = session.scalar(select(Badge.printed_at).where(Badge.seeker_id == seeker_id))
    booths = suggest_booths(session, seeker_id, now)
    record_referrals(session, seeker_id, booths, now, source="kiosk")
    return KioskWelcome(card.seeker_id, card.name, card.already, booths, printed is None)

