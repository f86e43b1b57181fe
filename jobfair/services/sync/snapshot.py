"""The station's local copy of the fair's seekers, so a scan resolves while the server is away.

Refreshed while online (when a booth or desk opens and every few minutes): one query of the
fair's seekers with their badge codes and check-ins, replaced in the outbox file in one
transaction (about a second for 30,000 seekers, on a worker thread).

A station PC can be carried off, so the copy holds as little as a station needs:

- No badge secret and no badge codes. The copy recognises the fair's issued codes by a keyed
  hash of each (HMAC-SHA256 under a random key made afresh with each copy, ``code_digest``),
  and a scan is looked up by the hash of what was scanned. The key is not the signing secret:
  with the whole file, nobody can make a badge. A per-copy key rather than a plain SHA-256
  of the code: the hashes of one copy say nothing about another station's or the next
  refresh's, and no table computed in advance fits any copy. Guessing codes against a stolen
  copy means trying the 68 unguessable bits a code carries (token id and signature): about
  2**68 / N hashes for one hit among N seekers (2**53 for 30,000), and the prize is one
  existing seeker's badge, not the power to mint them.
- A booth copy keeps what the server's booth card shows (``booth.card_details``, the same
  rule): name, badge number, age band, desired job and target groups, the disability only with
  the seeker's consent to provision to employers; never phone numbers or addresses, which the
  card shows again once online. A desk copy keeps only names, badge numbers and check-ins.

A badge issued after the last refresh is not in the copy, and is refused offline as "not on this
PC's list" (the station cannot tell it from a forgery without the secret, so the message says
both and points to the paper sheet); nothing is kept for it, and the person is served once the
server is back. A copy holds
one fair, and is deleted with its key once it has not been refreshed for a day
(``forget_stale``, run whenever the station starts). A file from before (holding the secret
and plain codes) is scrubbed when it is opened (``outbox._scrub_old_snapshot``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from jobfair.db.models import Badge, CheckIn, Fair, Interview, Opening, Seeker
from jobfair.domain import badge_code
from jobfair.domain.codes import Outcome
from jobfair.domain.errors import JobFairError, NotFoundError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.scan import read_scan
from jobfair.services.accounts.access import Permission, require
from jobfair.services.context import Actor
from jobfair.services.interviews.booth import SeekerCard, card_details
from jobfair.services.interviews.corrections import EarlierInterview
from jobfair.services.sync.outbox import (
    KIND_INTERVIEW,
    KIND_OUTCOME,
    WAITING,
    Outbox,
    OutboxItem,
    snap_interview,
    snap_meta,
    snap_seeker,
)

NO_SNAPSHOT = QT_TRANSLATE_NOOP(
    "errors",
    "The server cannot be reached and this PC has no list of the fair's seekers yet: the scan "
    "cannot be checked. Write the badge number down and enter it when the server is back.",
)
NOT_ON_LIST_OFFLINE = QT_TRANSLATE_NOOP(
    "errors",
    "Badge {code} is not on this PC's list, and the server cannot be reached to check it: it "
    "may have been printed after the list was copied, or not be this fair's. Note the person "
    "on the paper result sheet, or scan again once the server is back.",
)
UNKNOWN_OFFLINE = QT_TRANSLATE_NOOP(
    "errors",
    "No seeker has badge number {number} on this PC's list (the server cannot be reached).",
)


@dataclass(frozen=True)
class SnapshotSeeker:
    """A seeker as the station keeps them.

    Attributes:
        seeker_id: ``None`` only for a record made by an older station, known by ``code``.
        code: the badge code (plain 15 characters) as read from the server, on its way into
            the copy (which keeps only its hash); ``None`` as read back from the copy.
    """

    seeker_id: uuid.UUID | None
    fair_id: int
    badge_no: int | None
    code: str | None
    name: str
    age_band: str = ""
    desired_keco: str = ""
    desired_job: str = ""
    target_groups: tuple[str, ...] = ()
    details_shared: bool = False
    phone: str | None = None
    residence: str | None = None
    checked_in_at: datetime | None = None


@dataclass(frozen=True)
class BoothInterview:
    id: uuid.UUID
    seeker_id: uuid.UUID
    started_at: datetime
    opening_id: int | None
    opening_title: str | None
    outcome: str | None


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment is not None else None


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).astimezone(UTC) if text else None


STALE_AFTER = timedelta(hours=24)

# --- reading the server ----------------------------------------------------------------------


def fair_seekers(session: Session, fair_id: int) -> list[SnapshotSeeker]:
    """The fair's seekers as a booth may see them, in one query."""
    year = session.scalar(select(Fair.date).where(Fair.id == fair_id))
    if year is None:
        return []
    rows = session.execute(
        select(Seeker.id, Seeker.badge_no, Seeker.name, Seeker.birth_year, Seeker.desired_keco,
               Seeker.desired_job, Seeker.groups, Seeker.consent_provision, Badge.code,
               CheckIn.at)
        .outerjoin(Badge, Badge.seeker_id == Seeker.id)
        .outerjoin(CheckIn, CheckIn.seeker_id == Seeker.id)
        .where(Seeker.fair_id == fair_id, Seeker.purged_at.is_(None))
    ).all()
    out = []
    for r in rows:
        # The booth card's own rule, as ``booth.open_card`` applies it; phone and residence are
        # never read for the copy.
        shown = card_details(
            fair_year=year.year, birth_year=r.birth_year, groups=r.groups,
            desired_keco=r.desired_keco, desired_job=r.desired_job,
            consent_provision=r.consent_provision, phone=None, residence=None,
            can_see_details=True,
        )
        out.append(SnapshotSeeker(
            seeker_id=r.id, fair_id=fair_id, badge_no=r.badge_no, code=r.code, name=r.name,
            age_band=shown.age_band, desired_keco=shown.desired_keco,
            desired_job=shown.desired_job, target_groups=shown.target_groups,
            details_shared=shown.details_shared, checked_in_at=r.at,
        ))
    return out


def booth_interviews(session: Session, booth_id: int) -> list[BoothInterview]:
    """The booth's interviews not undone, for the double-scan warning while offline."""
    rows = session.execute(
        select(Interview.id, Interview.seeker_id, Interview.started_at, Interview.opening_id,
               Opening.title, Interview.outcome)
        .outerjoin(Opening, Opening.id == Interview.opening_id)
        .where(Interview.booth_id == booth_id, Interview.voided_at.is_(None))
    ).all()
    return [BoothInterview(*r) for r in rows]


def refresh_snapshot(
    outbox: Outbox, session: Session, actor: Actor, fair_id: int, booth_id: int | None = None
) -> int:
    """Copy the fair's seekers (and the booth's interviews) to the outbox file; the count.

    A booth station needs the right to interview at its booth, a desk the right to register.
    """
    if booth_id is not None:
        require(actor, Permission.INTERVIEW, booth_id=booth_id)
    else:
        require(actor, Permission.REGISTER)
    seekers = fair_seekers(session, fair_id)
    tz = session.scalar(select(Fair.timezone).where(Fair.id == fair_id)) or "Asia/Seoul"
    interviews = booth_interviews(session, booth_id) if booth_id is not None else []
    store_snapshot(outbox, fair_id, seekers, timezone=tz, booth_id=booth_id,
                   interviews=interviews)
    return len(seekers)


# --- the local copy --------------------------------------------------------------------------

_CODE_KEY = "code_key"
_DIGEST_DOMAIN = b"jobfair/snapshot/code/v1:"


def code_digest(key: bytes, code: str) -> str:
    """The copy's keyed hash of a plain badge code (``badge_code.read_code``'s form)."""
    return hmac.new(key, _DIGEST_DOMAIN + code.encode("ascii"), hashlib.sha256).hexdigest()


def _card_json(s: SnapshotSeeker, booth: bool) -> str:
    if not booth:
        return "{}"  # a desk shows the name and badge number only
    return json.dumps({
        "age_band": s.age_band, "desired_keco": s.desired_keco, "desired_job": s.desired_job,
        "target_groups": list(s.target_groups), "details_shared": s.details_shared,
    }, ensure_ascii=False)



def store_snapshot(
    outbox: Outbox,
    fair_id: int,
    seekers: list[SnapshotSeeker],
    *,
    timezone: str,
    booth_id: int | None = None,
    interviews: list[BoothInterview] | None = None,
) -> None:
    """Replace the fair's copy (and the booth's interviews) in one local transaction; copies of
    other fairs go (a station serves one fair at a time). A booth's copy (``booth_id``) keeps
    the card, a desk's only names and badge numbers; codes only as hashes under a new key."""
    key = secrets.token_bytes(32)
    with outbox.connection() as conn:
        conn.execute(delete(snap_seeker))
        conn.execute(delete(snap_meta).where(
            snap_meta.c.key.like("refreshed/%"), snap_meta.c.key != f"refreshed/{fair_id}"))
        if seekers:
            conn.execute(insert(snap_seeker), [
                {
                    "fair_id": fair_id,
                    "seeker_id": str(s.seeker_id),
                    "badge_no": s.badge_no,
                    "code_digest": code_digest(key, s.code) if s.code else None,
                    "name": s.name,
                    "card": _card_json(s, booth_id is not None),
                    "checked_in_at": _iso(s.checked_in_at),
                }
                for s in seekers
            ])
        if booth_id is not None:
            conn.execute(delete(snap_interview).where(snap_interview.c.booth_id == booth_id))
            if interviews:
                conn.execute(insert(snap_interview), [
                    {"id": str(i.id), "booth_id": booth_id, "seeker_id": str(i.seeker_id),
                     "started_at": _iso(i.started_at), "opening_id": i.opening_id,
                     "opening_title": i.opening_title, "outcome": i.outcome}
                    for i in interviews
                ])
        for name, value in ((_CODE_KEY, key.hex()), (f"timezone/{fair_id}", timezone),
                            (f"refreshed/{fair_id}", _iso(datetime.now(UTC)) or "")):
            conn.execute(delete(snap_meta).where(snap_meta.c.key == name))
            conn.execute(insert(snap_meta).values(key=name, value=value))


def forget_stale(outbox: Outbox, now: datetime, max_age: timedelta = STALE_AFTER) -> int:
    """Delete a copy not refreshed for ``max_age`` (a fair lasts a day), and its key with it:
    names must not linger on a station PC after the fair. The count of seekers removed.
    """
    with outbox.connection() as conn:
        stamps = conn.execute(
            select(snap_meta.c.key, snap_meta.c.value).where(snap_meta.c.key.like("refreshed/%"))
        ).all()
        removed = 0
        for key, value in stamps:
            refreshed = _time(value)
            if refreshed is not None and now - refreshed < max_age:
                continue
            fair_id = int(key.split("/", 1)[1])
            removed += conn.execute(
                delete(snap_seeker).where(snap_seeker.c.fair_id == fair_id)
            ).rowcount
            conn.execute(delete(snap_interview))
            conn.execute(delete(snap_meta).where(snap_meta.c.key.in_(
                [key, f"timezone/{fair_id}"])))
        if conn.scalar(select(snap_meta.c.key).where(snap_meta.c.key.like("refreshed/%"))) is None:
            conn.execute(delete(snap_meta).where(snap_meta.c.key == _CODE_KEY))
        return removed


def _meta(outbox: Outbox, key: str) -> str | None:
    with outbox.connection() as conn:
        return conn.scalar(select(snap_meta.c.value).where(snap_meta.c.key == key))


def has_snapshot(outbox: Outbox, fair_id: int) -> bool:
    return _meta(outbox, f"refreshed/{fair_id}") is not None


def _seeker(row: object) -> SnapshotSeeker:
    m = row._mapping  # type: ignore[attr-defined]
    card = json.loads(m["card"])
    return SnapshotSeeker(
        seeker_id=uuid.UUID(m["seeker_id"]), fair_id=m["fair_id"], badge_no=m["badge_no"],
        code=None, name=m["name"], age_band=card.get("age_band", ""),
        desired_keco=card.get("desired_keco", ""), desired_job=card.get("desired_job", ""),
        target_groups=tuple(card.get("target_groups", ())),
        details_shared=bool(card.get("details_shared", False)),
        checked_in_at=_time(m["checked_in_at"]),
    )


def find_offline(outbox: Outbox, fair_id: int, text: str) -> SnapshotSeeker:
    """The seeker a scan or typed badge number means, from the local copy.

    The entry is read as on the server (``read_scan``, then ``badge_code.read_code`` for its
    shape and check character, with the same errors); where the server checks a code's
    signature, the copy looks its hash up. A code it does not hold is refused without being
    kept: without the secret the copy cannot tell a badge printed after its last refresh from a
    forgery, so the message says both and points to the paper sheet (``NOT_ON_LIST_OFFLINE``),
    rather than calling a real late badge forged.
    """
    if not has_snapshot(outbox, fair_id):
        raise JobFairError(NO_SNAPSHOT)
    entry = read_scan(text)
    query = select(snap_seeker).where(snap_seeker.c.fair_id == fair_id)
    with outbox.connection() as conn:
        if entry.badge_no is not None:
            row = conn.execute(query.where(snap_seeker.c.badge_no == entry.badge_no)).first()
            if row is None:
                raise NotFoundError(UNKNOWN_OFFLINE, number=entry.badge_no)
            return _seeker(row)
        if entry.seeker_id is not None:
            row = conn.execute(
                query.where(snap_seeker.c.seeker_id == str(entry.seeker_id))
            ).first()
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors", "There is no seeker with id {seeker_id}."),
                    seeker_id=entry.seeker_id,
                )
            return _seeker(row)
        code = badge_code.read_code(entry.text)
        key = conn.scalar(select(snap_meta.c.value).where(snap_meta.c.key == _CODE_KEY))
        if key is None:
            raise JobFairError(NO_SNAPSHOT)
        row = conn.execute(
            query.where(snap_seeker.c.code_digest == code_digest(bytes.fromhex(key), code))
        ).first()
    if row is None:
        raise NotFoundError(NOT_ON_LIST_OFFLINE, code=badge_code.format_code(code))
    return _seeker(row)


def mark_checked_in(outbox: Outbox, seeker_id: uuid.UUID, at: datetime) -> None:
    """Note in the copy that the station checked the seeker in (a second scan says so)."""
    with outbox.connection() as conn:
        conn.execute(
            update(snap_seeker)
            .where(snap_seeker.c.seeker_id == str(seeker_id),
                   snap_seeker.c.checked_in_at.is_(None))
            .values(checked_in_at=_iso(at))
        )


def earlier_offline(
    outbox: Outbox, fair_id: int, booth_id: int, seeker: SnapshotSeeker,
    now: datetime | None = None,
) -> tuple[EarlierInterview, ...]:
    """The seeker's interviews at the booth: from the copy, and those waiting in the outbox;
    with ``now``, only those of the day it falls on (as the server's ``earlier_interviews``)."""
    tz = ZoneInfo(_meta(outbox, f"timezone/{fair_id}") or "Asia/Seoul")
    found: list[tuple[uuid.UUID, datetime, int | None, str | None, str | None]] = []
    with outbox.connection() as conn:
        if seeker.seeker_id is not None:
            for r in conn.execute(select(snap_interview).where(
                snap_interview.c.booth_id == booth_id,
                snap_interview.c.seeker_id == str(seeker.seeker_id),
            )):
                started = _time(r.started_at)
                assert started is not None
                found.append((uuid.UUID(r.id), started, r.opening_id, r.opening_title,
                              r.outcome))
    waiting = outbox.items(WAITING)
    for item in waiting:
        p = item.payload
        same = (p.get("seeker_id") == (str(seeker.seeker_id) if seeker.seeker_id else None)
                and (seeker.seeker_id is not None or p.get("code") == seeker.code))
        if item.kind == KIND_INTERVIEW and p.get("booth_id") == booth_id and same:
            found.append((item.record_id, item.recorded_at, p.get("opening_id"), None,
                          p.get("outcome")))
    keyed = _outcomes_keyed(waiting)
    found = [
        (i, at, *keyed[i]) if i in keyed else (i, at, opening, title, outcome)
        for i, at, opening, title, outcome in found
    ]
    if now is not None:
        today = now.astimezone(tz).date()
        found = [f for f in found if f[1].astimezone(tz).date() == today]
    found.sort(key=lambda f: f[1], reverse=True)
    return tuple(
        EarlierInterview(i, at, at.astimezone(tz).strftime("%H:%M"), opening, title, outcome)
        for i, at, opening, title, outcome in found
    )


def _outcomes_keyed(
    waiting: list[OutboxItem],
) -> dict[uuid.UUID, tuple[int | None, str | None, str | None]]:
    """The latest outcome keyed offline per interview: (opening id, its title, outcome)."""
    keyed: dict[uuid.UUID, tuple[int | None, str | None, str | None]] = {}
    for item in waiting:
        if item.kind == KIND_OUTCOME:
            p = item.payload
            keyed[uuid.UUID(p["interview_id"])] = (p.get("opening_id"), None, p.get("outcome"))
    return keyed


def waiting_hires(outbox: Outbox, booth_id: int) -> dict[int, int]:
    """Hires per opening recorded at the booth on this PC and not yet delivered: interviews
    made here with their latest outcome, and outcomes keyed here for the server's interviews."""
    latest: dict[uuid.UUID, tuple[int | None, str | None]] = {}
    for item in outbox.items(WAITING):
        p = item.payload
        if p.get("booth_id") != booth_id:
            continue
        if item.kind == KIND_INTERVIEW:
            latest[item.record_id] = (p.get("opening_id"), p.get("outcome"))
        elif item.kind == KIND_OUTCOME:
            latest[uuid.UUID(p["interview_id"])] = (p.get("opening_id"), p.get("outcome"))
    hires: dict[int, int] = {}
    for opening_id, outcome in latest.values():
        if outcome == Outcome.HIRED and opening_id is not None:
            hires[opening_id] = hires.get(opening_id, 0) + 1
    return hires


def offline_card(
    outbox: Outbox, booth_id: int, seeker: SnapshotSeeker, display_name: str,
    now: datetime | None = None,
) -> SeekerCard:
    """The booth card of a seeker from the local copy (``display_name`` when only the code is
    known)."""
    return SeekerCard(
        seeker_id=seeker.seeker_id or uuid.UUID(int=0),
        fair_id=seeker.fair_id,
        badge_no=seeker.badge_no,
        name=seeker.name or display_name,
        age_band=seeker.age_band,
        desired_keco=seeker.desired_keco,
        desired_job=seeker.desired_job,
        target_groups=seeker.target_groups,
        details_shared=seeker.details_shared,
        phone=seeker.phone,
        residence=seeker.residence,
        checked_in=seeker.checked_in_at is not None,
        checked_in_at=seeker.checked_in_at,
        earlier=earlier_offline(outbox, seeker.fair_id, booth_id, seeker, now),
    )
