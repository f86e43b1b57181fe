"""A station's outbox: what it recorded while the server could not be reached, sent later.

Each station keeps a small SQLite file of its own in the data folder
(``outbox-<station_id>.sqlite``, WAL and ``synchronous=FULL`` like the app's database, so a
record the screen reported as saved survives a crash). An item is one record the station made:
its client UUID (the id the service would have used), its kind, the values as JSON, who made it
and when. ``deliver`` replays waiting items in order through the same service functions with the
same ids, one transaction each, and stops at the first sign that the server is unreachable.
Replaying a known id is a no-op in the services, so an item delivered twice (a crash between the
server's commit and marking it here) still arrives once. A record the server refuses or that
collides with what others recorded meanwhile is kept on the server as a ``SyncConflict`` for the
organizer, never dropped (how each kind of item is replayed: ``outbox_replay``).

The file also holds the station's snapshot of the fair's seekers (``outbox_snapshot``), so a
scan can be resolved while offline.
"""

from __future__ import annotations

import hashlib
import json
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from jobfair.domain.codes import StationKind
from jobfair.domain.errors import DatabaseUnavailableError
from jobfair.domain.roles import Role
from jobfair.services.context import Actor, utc_now
from jobfair.services.sync.replay import (
    FAILED,
    FAILED_MESSAGE,
    KIND_CHECKIN,
    KIND_INTERVIEW,
    KIND_OUTCOME,
    OVER_HEADCOUNT,
    REFUSED,
    REPEAT_INTERVIEW,
    UNKNOWN_SEEKER,
    OutboxItem,
    add_conflict,
    deliver_item,
)

__all__ = [
    "CONFLICT", "DELIVERED", "FAILED", "KIND_CHECKIN", "KIND_INTERVIEW", "KIND_OUTCOME",
    "OVER_HEADCOUNT",
    "REFUSED", "REPEAT_INTERVIEW", "UNKNOWN_SEEKER", "WAITING", "DeliveryReport", "Outbox",
    "OutboxItem", "StationLink", "is_unreachable", "outbox_path",
]

WAITING = "waiting"
DELIVERED = "delivered"
CONFLICT = "conflict"

metadata = MetaData()

outbox_item = Table(
    "outbox_item",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("record_id", String(36), nullable=False, unique=True),
    Column("kind", String(20), nullable=False),
    Column("payload", Text, nullable=False),
    Column("station_id", String(36)),
    Column("actor_name", String(100), nullable=False, default=""),
    Column("role", String(20), nullable=False),
    Column("booth_id", Integer),
    Column("account_id", String(36)),
    Column("recorded_at", String(40), nullable=False),
    Column("state", String(12), nullable=False, default=WAITING),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text, nullable=False, default=""),
    Column("delivered_at", String(40)),
)


# The seeker snapshot (``outbox_snapshot``) lives in the same file.
snap_seeker = Table(
    "snap_seeker",
    metadata,
    Column("fair_id", Integer, nullable=False, index=True),
    Column("seeker_id", String(36), primary_key=True),
    Column("badge_no", Integer),
    # A keyed hash of the badge code (``outbox_snapshot.code_digest``), never the code itself.
    Column("code_digest", String(64), index=True),
    Column("name", String(100), nullable=False),
    Column("card", Text, nullable=False),  # JSON: what the booth card shows (a desk: nothing)
    Column("checked_in_at", String(40)),
)

snap_interview = Table(
    "snap_interview",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("booth_id", Integer, nullable=False, index=True),
    Column("seeker_id", String(36), nullable=False),
    Column("started_at", String(40), nullable=False),
    Column("opening_id", Integer),
    Column("opening_title", String(200)),
    Column("outcome", String(20)),
)

snap_meta = Table(
    "snap_meta",
    metadata,
    Column("key", String(60), primary_key=True),
    Column("value", Text, nullable=False),
)


def outbox_path(data_dir: Path, station_id: uuid.UUID, database: str = "") -> Path:
    """Where the station's outbox file for ``database`` (its address without the password)
    lives: one file per database, so records kept for one server never go to another."""
    if not database:
        return data_dir / f"outbox-{station_id}.sqlite"
    tag = hashlib.sha256(database.encode("utf-8")).hexdigest()[:10]
    return data_dir / f"outbox-{station_id}-{tag}.sqlite"


def is_unreachable(exc: BaseException) -> bool:
    """Whether ``exc`` says the server cannot be reached (as opposed to refusing a record)."""
    if isinstance(exc, DatabaseUnavailableError):
        return True
    if isinstance(exc, DBAPIError):
        return bool(exc.connection_invalidated) or isinstance(
            exc, OperationalError | InterfaceError
        )
    return isinstance(exc, ConnectionError | TimeoutError)


def _pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=10000")
    # What is deleted (a day-old copy of the seekers, delivered records) is overwritten, not
    # left in free pages of the file.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _scrub_old_snapshot(engine: Engine) -> None:
    """A file written before the copy kept hashes of the badge codes holds the badge-signing
    secret and the plain codes: that copy goes (the next refresh rebuilds it), and the file is
    rebuilt and its log emptied, so neither stays anywhere in its bytes."""
    with engine.begin() as conn:
        tables = {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        columns = ({r[1] for r in conn.exec_driver_sql("PRAGMA table_info(snap_seeker)")}
                   if snap_seeker.name in tables else set())
        old_copy = "code" in columns
        if old_copy:
            conn.exec_driver_sql("DROP TABLE snap_seeker")
        if snap_meta.name in tables:
            old_copy |= conn.exec_driver_sql(
                "DELETE FROM snap_meta WHERE key = 'secret'").rowcount > 0
            if old_copy:
                conn.exec_driver_sql("DELETE FROM snap_meta WHERE key LIKE 'refreshed/%'")
    if old_copy:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _from_iso(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


@dataclass
class DeliveryReport:
    """What one ``deliver`` run did.

    Attributes:
        delivered: items the server took as they were.
        conflicts: items the server took with a conflict for the organizer.
        unreachable: delivery stopped because the server could not be reached.
        error: the reason it stopped, in words (empty when it did not).
    """

    delivered: list[uuid.UUID] = field(default_factory=list)
    conflicts: list[uuid.UUID] = field(default_factory=list)
    unreachable: bool = False
    error: str = ""


class Outbox:
    """The station's local outbox file. Thread-safe: the screen adds while a worker delivers.

    Attributes:
        path: the SQLite file.
        engine: its engine (the seeker snapshot shares it).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(f"sqlite:///{path}")
        event.listen(self.engine, "connect", _pragmas)
        _scrub_old_snapshot(self.engine)
        metadata.create_all(self.engine)
        self._deliver_lock = threading.Lock()

    @classmethod
    def for_station(cls, data_dir: Path, station_id: uuid.UUID, database: str = "") -> Outbox:
        return cls(outbox_path(data_dir, station_id, database))

    def close(self) -> None:
        self.engine.dispose()

    # -- adding ----------------------------------------------------------------------------
    def add(
        self, actor: Actor, kind: str, record_id: uuid.UUID, payload: dict[str, Any]
    ) -> OutboxItem:
        """Keep a record for delivery; adding the same ``record_id`` again changes nothing."""
        with self.engine.begin() as conn:
            known = conn.execute(
                select(outbox_item).where(outbox_item.c.record_id == str(record_id))
            ).first()
            if known is None:
                conn.execute(
                    insert(outbox_item).values(
                        record_id=str(record_id),
                        kind=kind,
                        payload=json.dumps(_with_role(payload, actor), ensure_ascii=False,
                                           sort_keys=True),
                        station_id=str(actor.station_id) if actor.station_id else None,
                        actor_name=actor.name,
                        role=str(actor.role),
                        booth_id=actor.booth_id,
                        account_id=str(actor.account_id) if actor.account_id else None,
                        recorded_at=_iso(actor.now()),
                    )
                )
            row = conn.execute(
                select(outbox_item).where(outbox_item.c.record_id == str(record_id))
            ).one()
        return _item(row._mapping)

    def add_interview(
        self,
        actor: Actor,
        *,
        fair_id: int,
        booth_id: int,
        seeker_id: uuid.UUID | None,
        code: str | None = None,
        outcome: str | None = None,
        opening_id: int | None = None,
        notes: str = "",
        allow_repeat: bool = False,
        force: bool = False,
        interview_id: uuid.UUID | None = None,
    ) -> OutboxItem:
        """An interview at the booth, for ``record_interview`` later (seeker by id or code)."""
        return self.add(actor, KIND_INTERVIEW, interview_id or uuid.uuid4(), {
            "fair_id": fair_id,
            "booth_id": booth_id,
            "seeker_id": str(seeker_id) if seeker_id else None,
            "code": code,
            "outcome": outcome,
            "opening_id": opening_id,
            "notes": notes,
            "allow_repeat": allow_repeat,
            "force": force,
        })

    def add_outcome(
        self,
        actor: Actor,
        *,
        fair_id: int,
        booth_id: int,
        interview_id: uuid.UUID,
        outcome: str | None,
        opening_id: int | None = None,
        notes: str | None = None,
        force: bool = False,
        record_id: uuid.UUID | None = None,
        evaluation: dict[str, object] | None = None,
    ) -> OutboxItem:
        """The outcome keyed for an interview (made on the server or waiting here), for
        ``set_outcome`` later; delivered after the interview, in the order kept.
        ``evaluation``: the rating and tag ids keyed with it, ``{"rating": …, "tags": […]}``."""
        return self.add(actor, KIND_OUTCOME, record_id or uuid.uuid4(), {
            "fair_id": fair_id,
            "booth_id": booth_id,
            "interview_id": str(interview_id),
            "outcome": outcome,
            "opening_id": opening_id,
            "notes": notes,
            "force": force,
            "evaluation": evaluation,
        })

    def add_check_in(
        self,
        actor: Actor,
        *,
        fair_id: int,
        seeker_id: uuid.UUID | None,
        code: str | None = None,
        via: str = "scan",
        booth_id: int | None = None,
        checkin_id: uuid.UUID | None = None,
    ) -> OutboxItem:
        """A check-in by scan at the desk, or by a booth's scan (``booth_id``), for later."""
        return self.add(actor, KIND_CHECKIN, checkin_id or uuid.uuid4(), {
            "fair_id": fair_id,
            "seeker_id": str(seeker_id) if seeker_id else None,
            "code": code,
            "via": via,
            "booth_id": booth_id,
        })

    # -- reading ---------------------------------------------------------------------------
    def waiting_count(self) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(
                select(func.count()).select_from(outbox_item)
                .where(outbox_item.c.state == WAITING)
            ) or 0

    def items(self, state: str | None = None) -> list[OutboxItem]:
        """The items in the order they were made (only those in ``state`` if given)."""
        query = select(outbox_item).order_by(outbox_item.c.seq)
        if state is not None:
            query = query.where(outbox_item.c.state == state)
        with self.engine.connect() as conn:
            return [_item(r._mapping) for r in conn.execute(query)]

    # -- delivering ------------------------------------------------------------------------
    def deliver(self, session_factory: sessionmaker[Session]) -> DeliveryReport:
        """Send the waiting items in order, one transaction each; stop when the server is gone.

        Only one delivery runs at a time; a second caller waits for the first.
        """
        report = DeliveryReport()
        with self._deliver_lock:
            for item in self.items(WAITING):
                try:
                    conflict = deliver_item(session_factory, item)
                except Exception as exc:
                    if is_unreachable(exc):
                        self._note_attempt(item, _reason(exc))
                        report.unreachable = True
                        report.error = _reason(exc)
                        break
                    # A bug or a refusal outside the domain rules: keep it for the organizer
                    # rather than block every later item behind it.
                    try:
                        with session_factory.begin() as session:
                            add_conflict(session, item, FAILED, FAILED_MESSAGE,
                                          {"error": _reason(exc)})
                    except Exception as again:
                        self._note_attempt(item, _reason(again))
                        report.unreachable = is_unreachable(again)
                        report.error = _reason(again)
                        break
                    conflict = True
                self._mark(item, CONFLICT if conflict else DELIVERED)
                (report.conflicts if conflict else report.delivered).append(item.record_id)
        return report

    def _mark(self, item: OutboxItem, state: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(outbox_item)
                .where(outbox_item.c.seq == item.seq)
                .values(state=state, attempts=outbox_item.c.attempts + 1,
                        delivered_at=_iso(utc_now()))
            )

    def _note_attempt(self, item: OutboxItem, error: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(outbox_item)
                .where(outbox_item.c.seq == item.seq)
                .values(attempts=outbox_item.c.attempts + 1, last_error=error[:2000])
            )

    @contextmanager
    def connection(self) -> Iterator[Any]:
        """A transaction on the outbox file (for the snapshot)."""
        with self.engine.begin() as conn:
            yield conn


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# The role the station served when it kept the record (desk, booth, organizer) travels inside the
# payload, so that outbox files written before roles were recorded still open (no column to add).
_ROLE_KEY = "_station_kind"


def _with_role(payload: dict[str, Any], actor: Actor) -> dict[str, Any]:
    if actor.station_kind is None:
        return payload
    return {**payload, _ROLE_KEY: str(actor.station_kind)}


def _item(row: Any) -> OutboxItem:
    recorded_at = _from_iso(row["recorded_at"])
    payload = json.loads(row["payload"])
    kind = payload.pop(_ROLE_KEY, None)
    actor = Actor(
        station_id=uuid.UUID(row["station_id"]) if row["station_id"] else None,
        name=row["actor_name"],
        clock=lambda: recorded_at,
        role=Role(row["role"]),
        booth_id=row["booth_id"],
        account_id=uuid.UUID(row["account_id"]) if row["account_id"] else None,
        station_kind=StationKind(kind) if kind else None,
    )
    return OutboxItem(
        seq=row["seq"],
        record_id=uuid.UUID(row["record_id"]),
        kind=row["kind"],
        payload=payload,
        actor=actor,
        recorded_at=recorded_at,
        state=row["state"],
        attempts=row["attempts"],
        last_error=row["last_error"],
    )


# --- a station's way to the server ------------------------------------------------------------

T = TypeVar("T")


class StationLink:
    """Writes straight to the server while it answers, into the outbox while it does not.

    Once a record waits in the outbox, later ones wait behind it (delivery keeps their order),
    until ``sync`` has delivered them all. Thread-safe enough for one screen and one worker.

    Attributes:
        outbox: the station's outbox.
        session_factory: the server.
        online: the last thing known about the server.
    """

    def __init__(self, outbox: Outbox, session_factory: sessionmaker[Session]) -> None:
        self.outbox = outbox
        self.session_factory = session_factory
        self.online = True
        self.last_error = ""

    def direct(self) -> bool:
        """Whether a write may go straight to the server now."""
        return self.online and self.outbox.waiting_count() == 0

    def write(self, work: Callable[[Session], T], keep: Callable[[], OutboxItem]) -> T | OutboxItem:
        """``work`` in one transaction on the server; ``keep()`` (into the outbox) when the
        server cannot be reached, or when earlier records wait. Domain errors propagate."""
        if self.direct():
            try:
                with self.session_factory.begin() as session:
                    return work(session)
            except Exception as exc:
                if not is_unreachable(exc):
                    raise
                self.went_offline(exc)
        return keep()

    def went_offline(self, exc: BaseException) -> None:
        self.online = False
        self.last_error = _reason(exc)

    def probe(self) -> bool:
        """Ask the server something trivial; ``online`` follows the answer."""
        try:
            with self.session_factory() as session:
                session.execute(select(1))
        except Exception as exc:
            if not is_unreachable(exc):
                raise
            self.went_offline(exc)
            return False
        self.online = True
        return True

    def sync(self) -> DeliveryReport:
        """Probe the server and deliver what waits (a worker thread calls this)."""
        if not self.probe():
            return DeliveryReport(unreachable=True, error=self.last_error)
        report = self.outbox.deliver(self.session_factory)
        if report.unreachable:
            self.online = False
            self.last_error = report.error
        return report
