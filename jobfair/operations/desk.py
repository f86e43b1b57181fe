"""What a volunteer does at the registration desk: scan, search and choose, register a walk-in,
undo a check-in, see the latest arrivals.

``DeskOperations`` returns a result for every call; the screen renders it. A scan checks in
while the server is away too (from this PC's copy, into the outbox); everything else needs the
server and says so. A walk-in who may be registered already is a question, answered "no" by
default.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import Seeker
from jobfair.domain.errors import JobFairError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.operations.results import (
    KeptOffline,
    NeedsConfirmation,
    Question,
    QuestionKind,
    Recorded,
    Refused,
    Result,
    needs_server,
)
from jobfair.operations.routing import Route, ServerNeeded
from jobfair.operations.station import StationOperations
from jobfair.services.checkins import desk as desk_service
from jobfair.services.checkins.desk import RecentCheckIn, SearchPage, SeekerCard, SeekerRow
from jobfair.services.checkins.service import undo_check_in
from jobfair.services.context import Actor
from jobfair.services.hall.board import HallBoard, hall_board
from jobfair.services.hall.next_booths import BoothSuggestion, record_referrals, suggest_booths
from jobfair.services.seekers.service import SeekerInput
from jobfair.services.setup.fields import FieldView, list_fields
from jobfair.services.sync.outbox import Outbox, StationLink
from jobfair.services.sync.snapshot import find_offline, mark_checked_in

T = TypeVar("T")

DUPLICATE_QUESTION = QT_TRANSLATE_NOOP(
    "operations", "This person may already be registered. Register them anyway?"
)
DUPLICATE_YES = QT_TRANSLATE_NOOP("operations", "Register anyway")
UNDO_QUESTION = QT_TRANSLATE_NOOP(
    "operations", "Undo the check-in of {name}? They no longer count as having come."
)
UNDO_YES = QT_TRANSLATE_NOOP("operations", "Undo the check-in")
NO_QUESTION = QT_TRANSLATE_NOOP("errors", "There is no question to answer.")
BOARD_FRESH = timedelta(seconds=10)
"""How long the booths' waits read for the desk are reused when naming booths (the positions
left are counted afresh at every check-in)."""


@dataclass(frozen=True)
class Arrival:
    """A check-in as the desk shows it.

    Attributes:
        card: the seeker's card (from the server); ``None`` when checked in offline.
        name, badge_no: who (offline: from this PC's copy; the name may be unknown there).
        code: the badge code, when the copy knows the person by it only.
        already_at: the earlier check-in, when there was one (nothing new was counted).
        registered: a walk-in registered just now.
    """

    name: str
    badge_no: int | None
    card: SeekerCard | None = None
    code: str | None = None
    already_at: datetime | None = None
    registered: bool = False


@dataclass(frozen=True)
class Undone:
    seeker_id: uuid.UUID
    name: str
    at: datetime


@dataclass(frozen=True)
class Declined:
    """A "no" to the desk's question: nothing was recorded (the walk-in form keeps its text)."""

    kind: QuestionKind


@dataclass(frozen=True)
class Scanned:
    """A scan's check-in, and the question it withdrew (answered "no")."""

    arrival: Arrival
    withdrawn: QuestionKind | None = None


@dataclass(frozen=True)
class WhereNext:
    """The booths a checked-in seeker is sent to next (kept as referrals).

    Attributes:
        name, badge_no: who (for the slip).
        booths: up to three, shortest predicted wait first; each with positions left now.
    """

    seeker_id: uuid.UUID
    name: str
    badge_no: int | None
    booths: tuple[BoothSuggestion, ...]


@dataclass(frozen=True)
class _Pending:
    question: Question
    data: SeekerInput | None = None
    seeker_id: uuid.UUID | None = None


class DeskBackend:
    """The desk's check-in by scan, on the server or into the outbox (one method, two
    implementations)."""

    def check_in(self, text: str) -> Arrival:
        raise NotImplementedError


class ServerDesk(DeskBackend):
    def __init__(self, session_factory: sessionmaker[Session], actor: Actor, fair_id: int) -> None:
        self.session_factory = session_factory
        self.actor = actor
        self.fair_id = fair_id

    def check_in(self, text: str) -> Arrival:
        with self.session_factory.begin() as session:
            card = desk_service.check_in_code(session, self.actor, self.fair_id, text)
        return _arrival(card)


class OutboxDesk(DeskBackend):
    def __init__(self, outbox: Outbox, actor: Actor, fair_id: int) -> None:
        self.outbox = outbox
        self.actor = actor
        self.fair_id = fair_id

    def check_in(self, text: str) -> Arrival:
        found = find_offline(self.outbox, self.fair_id, text)
        arrival = Arrival(found.name, found.badge_no, code=found.code,
                          already_at=found.checked_in_at)
        if found.checked_in_at is not None:
            return arrival
        item = self.outbox.add_check_in(
            self.actor, fair_id=self.fair_id, seeker_id=found.seeker_id, code=found.code,
            via="scan",
        )
        if found.seeker_id is not None:
            mark_checked_in(self.outbox, found.seeker_id, item.recorded_at)
        return arrival


def _arrival(card: SeekerCard, registered: bool = False) -> Arrival:
    return Arrival(card.name, card.badge_no, card=card,
                   already_at=card.checked_in_at if card.already else None,
                   registered=registered)


class DeskOperations(StationOperations[DeskBackend]):
    """The operations of one desk station (call from one thread at a time)."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        actor: Actor,
        fair_id: int,
        *,
        outbox: Outbox | None = None,
        link: StationLink | None = None,
    ) -> None:
        super().__init__(session_factory, actor, fair_id, Route(
            ServerDesk(session_factory, actor, fair_id),
            OutboxDesk(outbox, actor, fair_id) if outbox is not None else None,
            link,
        ))
        self.pending: _Pending | None = None
        self.board: HallBoard | None = None  # the last waits read, reused for BOARD_FRESH

    @property
    def question(self) -> Question | None:
        return self.pending.question if self.pending is not None else None

    def scan(self, text: str) -> Result[Scanned]:
        """A badge scanned or its number typed: check the seeker in. An open question is
        withdrawn with its safe answer first."""
        withdrawn = self.pending.question.kind if self.pending is not None else None
        self.pending = None
        try:
            arrival, kept = self.route.write(lambda b: b.check_in(text))
        except ServerNeeded:
            return needs_server()
        except JobFairError as err:
            return Refused(err)
        scanned = Scanned(arrival, withdrawn)
        return KeptOffline(scanned) if kept else Recorded(scanned)

    def answer(self, yes: bool, reason: str = "") -> Result[object]:
        """The answer to the open question; "no" records nothing."""
        pending, self.pending = self.pending, None
        if pending is None:
            return Refused(JobFairError(NO_QUESTION))
        kind = pending.question.kind
        if not yes:
            return Recorded(Declined(kind))
        if kind is QuestionKind.POSSIBLE_DUPLICATE and pending.data is not None:
            return self.register(pending.data, confirmed=True)
        if kind is QuestionKind.UNDO_CHECK_IN and pending.seeker_id is not None:
            return self._undo_check_in(pending.seeker_id, str(pending.question.params["name"]),
                                       reason)
        return Refused(JobFairError(NO_QUESTION))

    def check_in(self, seeker_id: uuid.UUID) -> Result[Arrival]:
        """Check in the seeker the volunteer chose in the search results."""
        def work(session: Session) -> Arrival:
            return _arrival(desk_service.check_in_seeker(
                session, self.actor, self.fair_id, seeker_id, via="search"))

        return self._write(work)

    def fields(self) -> Result[tuple[FieldView, ...]]:
        """The fair's own registration fields, read afresh each time the form opens."""
        fair_id = self.fair_id
        return self._read(lambda session: list_fields(session, fair_id))

    def search(self, text: str, limit: int = 20) -> Result[SearchPage]:
        def work(session: Session) -> SearchPage:
            return desk_service.search_page(session, self.fair_id, text, limit,
                                            actor=self.actor)

        return self._read(work)

    def register(self, data: SeekerInput, *, confirmed: bool = False) -> Result[Arrival]:
        """Save a walk-in, check them in (their badge code is made): one transaction. A person
        who may be registered already is a question first (``confirmed`` answers it)."""
        if not confirmed:
            def twins_of(session: Session) -> list[SeekerRow]:
                return desk_service.possible_duplicates(
                    session, self.fair_id, data.phone, data.name, data.birth_year,
                    data.birth_date, actor=self.actor)

            twins = self._read(twins_of)
            if isinstance(twins, Refused):
                return twins
            assert isinstance(twins, Recorded)
            if twins.value:
                self.pending = _Pending(
                    Question(QuestionKind.POSSIBLE_DUPLICATE, DUPLICATE_QUESTION,
                             DUPLICATE_YES, {"twins": tuple(twins.value)}),
                    data=data)
                return NeedsConfirmation(self.pending.question)
        data = data if data.id is not None else replace(data, id=uuid.uuid4())

        def work(session: Session) -> Arrival:
            card = desk_service.register_walk_in(session, self.actor, self.fair_id, data)
            return _arrival(card, registered=True)

        return self._write(work)

    def ask_undo_check_in(self, seeker_id: uuid.UUID, name: str) -> Result[Undone]:
        """Undo a check-in made by mistake: a question that needs a reason first."""
        if self.route.link is not None and not self.route.link.online:
            return needs_server()
        self.pending = _Pending(
            Question(QuestionKind.UNDO_CHECK_IN, UNDO_QUESTION, UNDO_YES, {"name": name}),
            seeker_id=seeker_id)
        return NeedsConfirmation(self.pending.question)

    def _undo_check_in(self, seeker_id: uuid.UUID, name: str, reason: str) -> Result[Undone]:
        def work(session: Session) -> Undone:
            undone = undo_check_in(session, self.actor, seeker_id, reason)
            return Undone(seeker_id, name, undone.was_at)

        return self._write(work)

    def recent(self) -> Result[tuple[RecentCheckIn, ...]]:
        def work(session: Session) -> tuple[RecentCheckIn, ...]:
            return tuple(desk_service.recent_check_ins(session, self.fair_id, actor=self.actor))

        return self._read(work)

    def where_next(self, seeker_id: uuid.UUID) -> Result[WhereNext]:
        """The booths to send a checked-in seeker to, worked out now (so each still has
        positions left) and kept as the desk's referrals. Its own transaction, after the
        check-in's: the check-in is never held up or undone by it."""
        def work(session: Session) -> WhereNext:
            now = self.now()
            booths = suggest_booths(session, seeker_id, now, board=self._board(session, now))
            record_referrals(session, seeker_id, booths, now, source="desk")
            seeker = session.get(Seeker, seeker_id)
            name = seeker.name if seeker is not None else ""
            badge_no = seeker.badge_no if seeker is not None else None
            return WhereNext(seeker_id, name, badge_no, booths)

        return self._write(work)

    def waits(self) -> Result[HallBoard]:
        """Every booth's predicted wait: the hall screen's board (one computation)."""
        return self._read(lambda session: self._board(session, self.now()))

    def _board(self, session: Session, now: datetime) -> HallBoard:
        """The hall board read within ``BOARD_FRESH``, else read now."""
        board = self.board
        if board is None or not (now - BOARD_FRESH <= board.read_at <= now):
            board = self.board = hall_board(session, self.fair_id, "", now)
        return board
