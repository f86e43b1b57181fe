"""What a recruiter does at a booth: scan, key the outcome, answer a question, undo, the queue.

``BoothOperations`` keeps the booth's state (the card on screen, the question open on it) and
returns a result for every call; the screen only renders results. The rules it follows:

- A card is an interview from the moment it opens (undecided until a key is pressed), so the
  next scan never drops it: the card left open is listed as undecided, to complete later (scan
  the seeker again, or key it in the recent entries).
- A scan that arrives while a question is open withdraws the question with its safe answer (no
  hire beyond the headcount, no extra interview) and opens the new card. No question's default
  is the risky answer.
- While the server is away, cards and outcomes go on from this PC's copy and outbox
  (``routing``); what needs the server is refused with that reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TypeVar

from sqlalchemy.orm import Session, sessionmaker

from jobfair.domain.errors import JobFairError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.interviews import CardStep, HeadcountExceededError
from jobfair.operations.booth_backends import (
    BoothBackend,
    Marks,
    OutboxBooth,
    OutcomeSaved,
    ServerBooth,
)
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
from jobfair.services.context import Actor
from jobfair.services.hall.board import booth_wait
from jobfair.services.hall.waits import WaitEstimate
from jobfair.services.interviews import booth as booth_service
from jobfair.services.interviews.booth import (
    BoothDay,
    OpeningSummary,
    RecentInterview,
    SeekerCard,
    WaitingSeeker,
)
from jobfair.services.interviews.evaluations import (
    Evaluation,
    Tag,
    booth_tags,
    read_evaluation,
    save_evaluation,
)
from jobfair.services.sync.outbox import Outbox, StationLink

T = TypeVar("T")

RECENT_LIMIT = 10

REPEAT_QUESTION = QT_TRANSLATE_NOOP(
    "operations",
    "{name} was interviewed at this booth at {time} ({outcome}). Add another interview?",
)
REPEAT_YES = QT_TRANSLATE_NOOP("operations", "Add another interview")
HEADCOUNT_QUESTION = QT_TRANSLATE_NOOP(
    "operations",
    "All {headcount} positions of '{title}' are filled ({hired} hired). Hire {name} beyond "
    "the headcount?",
)
HEADCOUNT_YES = QT_TRANSLATE_NOOP("operations", "Hire beyond the headcount")
UNDO_QUESTION = QT_TRANSLATE_NOOP("operations", "Undo the interview of {name} at {time}?")
UNDO_YES = QT_TRANSLATE_NOOP("operations", "Undo it")
NO_CARD = QT_TRANSLATE_NOOP("errors", "There is no card open: scan a badge first.")
NO_QUESTION = QT_TRANSLATE_NOOP("errors", "There is no question to answer.")


@dataclass(frozen=True)
class OpenCard:
    """The card on the booth's screen.

    Attributes:
        interview_id: the interview its outcome goes to; ``None`` while the repeat question
            waits (nothing was added yet).
        opening_id: the opening to preselect.
        reopened: the booth's undecided interview of this seeker, reopened.
        offline: the card comes from this PC's copy (the server cannot be reached).
    """

    card: SeekerCard
    interview_id: uuid.UUID | None
    opening_id: int | None
    reopened: bool = False
    offline: bool = False


@dataclass(frozen=True)
class Withdrawn:
    """A question withdrawn by a scan, with its safe answer; the card it was on."""

    question: Question
    name: str


@dataclass(frozen=True)
class CardShown:
    """A card opened by a scan or by calling the next seeker.

    Attributes:
        left_undecided: the name of the previous card's seeker, whose interview was left
            undecided because this card came first.
        withdrawn: the question this scan withdrew.
        queue_no: the queue number called (F3), to say aloud; ``None`` for a scan.
    """

    card: OpenCard
    left_undecided: str | None = None
    withdrawn: Withdrawn | None = None
    queue_no: int | None = None


@dataclass(frozen=True)
class OutcomeDone:
    """An outcome keyed (``saved``), or a card closed undecided (``saved`` is ``None``)."""

    name: str
    saved: OutcomeSaved | None


@dataclass(frozen=True)
class Queued:
    name: str
    badge_no: int | None
    position: int
    already: bool
    queue_no: int | None = None
    wait: WaitEstimate | None = None  # predicted when they joined: the people ahead of them


@dataclass(frozen=True)
class Undone:
    interview_id: uuid.UUID
    name: str


@dataclass(frozen=True)
class Declined:
    """A "no" to a question: nothing risky was recorded.

    Attributes:
        name: whose card the question was on ("" for an entry's correction or undo).
        card_kept: the card stays open for another outcome (a hire beyond the headcount
            declined); otherwise it was closed (another interview declined) or none was open.
    """

    kind: QuestionKind
    name: str
    card_kept: bool


@dataclass(frozen=True)
class BoothView:
    """Everything the booth's screen shows besides the card, read in one go."""

    day: BoothDay
    waiting: tuple[WaitingSeeker, ...]
    recent: tuple[RecentInterview, ...]
    undecided: tuple[RecentInterview, ...]
    wait: WaitEstimate | None = None  # of one who joins the queue now (the hall shows it too)
    tags: tuple[Tag, ...] = ()  # the employer's evaluation tags, in their order


@dataclass(frozen=True)
class Typed:
    """What was keyed on the open card but not saved yet (the note, rating and tags), kept on
    its interview, undecided, when a scan opens the next card: nothing typed is lost."""

    notes: str = ""
    rating: int | None = None
    tags: tuple[int, ...] = ()
    opening_id: int | None = None

    @property
    def empty(self) -> bool:
        return not self.notes and self.rating is None and not self.tags


@dataclass(frozen=True)
class _Pending:
    """The question open on the card, and what a "yes" then records."""

    question: Question
    outcome: str | None = None
    opening_id: int | None = None
    notes: str = ""
    interview_id: uuid.UUID | None = None  # the entry an undo or correction is about
    marks: Marks | None = None


class BoothOperations(StationOperations[BoothBackend]):
    """The operations of one booth station. Not thread-safe: call from one thread at a time
    (the screen's worker)."""

    passthrough = (HeadcountExceededError,)  # a correction asks, as the card does

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        actor: Actor,
        fair_id: int,
        booth_id: int,
        *,
        outbox: Outbox | None = None,
        link: StationLink | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.booth_id = booth_id
        self.server = ServerBooth(session_factory, actor, booth_id)
        self.offline = (
            OutboxBooth(outbox, actor, fair_id, booth_id) if outbox is not None else None
        )
        super().__init__(session_factory, actor, fair_id, Route(self.server, self.offline, link),
                         clock)
        self.card: OpenCard | None = None
        self.pending: _Pending | None = None

    # -- state ---------------------------------------------------------------------------------
    @property
    def question(self) -> Question | None:
        return self.pending.question if self.pending is not None else None

    def _settle(self) -> tuple[str | None, Withdrawn | None]:
        """Before another card: withdraw the open question with its safe answer; the card on
        screen, if any, stays recorded as it is (undecided when no key was pressed)."""
        withdrawn = None
        left = None
        if self.pending is not None and self.card is not None:
            withdrawn = Withdrawn(self.pending.question, self.card.card.name)
        self.pending = None
        if self.card is not None and self.card.interview_id is not None:
            left = self.card.card.name
        self.card = None
        return left, withdrawn

    # -- scanning ------------------------------------------------------------------------------
    def scan(self, text: str, *, typed: Typed | None = None) -> Result[CardShown]:
        """A badge scanned (or a number typed): the seeker's card, as an interview. ``typed``:
        what was keyed on the card on screen, kept on its interview first."""
        self._keep_typed(typed)
        left, withdrawn = self._settle()
        return self._open(lambda b, iid: b.open_card(text, interview_id=iid, allow_repeat=False),
                          left, withdrawn)

    def call_next(self, *, typed: Typed | None = None) -> Result[CardShown | None]:
        """Call the seeker who has waited longest and open their card (``None``: nobody)."""
        self._keep_typed(typed)
        called = self._write(lambda session: booth_service.call_next(
            session, self.actor, self.booth_id))
        if not isinstance(called, Recorded):
            return called  # type: ignore[return-value]
        entry = called.value
        if entry is None:
            return Recorded(None)
        left, withdrawn = self._settle()
        seeker = str(entry.seeker_id)
        return self._open(
            lambda b, iid: b.open_card(seeker, interview_id=iid, allow_repeat=False),
            left, withdrawn, queue_no=entry.queue_no,
        )

    def _keep_typed(self, typed: Typed | None) -> None:
        """Keep what was typed on the open card on its interview, which stays undecided (the
        next card opens whatever comes of it: a scan is never held up)."""
        card = self.card
        if typed is None or typed.empty or card is None or card.interview_id is None or (
            self.pending is not None
        ):
            return
        interview_id = card.interview_id
        marks = Marks(typed.rating, typed.tags)
        try:
            self.route.write(lambda b: b.set_outcome(
                interview_id, None, opening_id=typed.opening_id, notes=typed.notes,
                force=False, marks=marks))
        except (ServerNeeded, JobFairError):
            return

    def _open(
        self,
        work: Callable[[BoothBackend, uuid.UUID], booth_service.CardOpening],
        left: str | None,
        withdrawn: Withdrawn | None,
        *,
        queue_no: int | None = None,
    ) -> Result[CardShown]:
        interview_id = uuid.uuid4()
        try:
            opening, kept = self.route.write(lambda b: work(b, interview_id))
        except ServerNeeded:
            return needs_server()
        except JobFairError as err:
            return Refused(err)
        card = OpenCard(opening.card, opening.interview_id, opening.opening_id,
                        reopened=opening.step is CardStep.REOPEN, offline=kept)
        self.card = card
        shown = CardShown(card, left, withdrawn, queue_no)
        if opening.step is CardStep.ASK_REPEAT:
            earlier = opening.card.earlier[0]
            self.pending = _Pending(Question(
                QuestionKind.REPEAT_INTERVIEW, REPEAT_QUESTION, REPEAT_YES,
                {"name": opening.card.name, "time": earlier.local_time,
                 "outcome": earlier.outcome},
            ))
            return NeedsConfirmation(self.pending.question, shown)
        return KeptOffline(shown) if kept else Recorded(shown)

    # -- the outcome ---------------------------------------------------------------------------
    def choose(
        self, outcome: str | None, *, opening_id: int | None = None, notes: str = "",
        rating: int | None = None, tags: tuple[int, ...] = (),
    ) -> Result[OutcomeDone]:
        """A key on the card: the outcome (``None``: leave it undecided and close the card),
        with the card's evaluation (``rating``, ``tags``; ``notes`` is its note)."""
        card = self.card
        if card is None:
            return Refused(JobFairError(NO_CARD))
        if self.pending is not None:
            # A key on the card does not answer a question; the question stays.
            return NeedsConfirmation(self.pending.question)
        if card.interview_id is None:
            return Refused(JobFairError(NO_CARD))
        marks = Marks(rating, tuple(tags))
        if outcome is None and not notes and marks.empty:
            self.card = None
            return Recorded(OutcomeDone(card.card.name, None))
        # nothing rated or tagged on a new card: the outcome alone (the booth's hottest write);
        # a reopened card may have had them, and clearing them is a change to save
        keep = None if marks.empty and not card.reopened else marks
        return self._save(card, outcome, opening_id, notes, force=False, marks=keep)

    def _save(
        self, card: OpenCard, outcome: str | None, opening_id: int | None, notes: str,
        *, force: bool, marks: Marks | None = None,
    ) -> Result[OutcomeDone]:
        interview_id = card.interview_id
        assert interview_id is not None
        try:
            saved, kept = self.route.write(lambda b: b.set_outcome(
                interview_id, outcome, opening_id=opening_id, notes=notes, force=force,
                marks=marks))
        except ServerNeeded:
            return needs_server()
        except HeadcountExceededError as err:
            self.pending = _Pending(
                Question(QuestionKind.OVER_HEADCOUNT, HEADCOUNT_QUESTION, HEADCOUNT_YES,
                         {**err.params, "name": card.card.name}),
                outcome=outcome, opening_id=opening_id, notes=notes, marks=marks,
            )
            return NeedsConfirmation(self.pending.question)
        except JobFairError as err:
            return Refused(err)
        self.card = None
        done = OutcomeDone(card.card.name, saved)
        return KeptOffline(done) if kept else Recorded(done)

    # -- questions -----------------------------------------------------------------------------
    def answer(self, yes: bool) -> Result[object]:
        """The answer to the open question. "No" is always safe: nothing risky is recorded
        (the result is then ``Recorded(Declined)``)."""
        pending, card = self.pending, self.card
        if pending is None:
            return Refused(JobFairError(NO_QUESTION))
        self.pending = None
        kind = pending.question.kind
        name = card.card.name if card is not None else ""
        if kind is QuestionKind.UNDO_INTERVIEW:
            if not yes or pending.interview_id is None:
                return Recorded(Declined(kind, "", card is not None))
            return self._undo(pending.interview_id)
        if kind is QuestionKind.OVER_HEADCOUNT and pending.interview_id is not None:
            if not yes:  # a correction of an earlier entry: it stays as it was
                return Recorded(Declined(kind, "", card is not None))
            return self._correct(pending.interview_id, pending.outcome, force=True)
        if card is None:
            return Recorded(Declined(kind, "", False))
        if kind is QuestionKind.REPEAT_INTERVIEW:
            if not yes:
                self.card = None
                return Recorded(Declined(kind, name, False))
            return self._add_repeat(card)
        if kind is QuestionKind.OVER_HEADCOUNT:
            if not yes:  # the card stays, undecided: choose another outcome or opening
                return Recorded(Declined(kind, name, True))
            return self._save(card, pending.outcome, pending.opening_id, pending.notes,
                              force=True, marks=pending.marks)
        return Refused(JobFairError(NO_QUESTION))

    def _add_repeat(self, card: OpenCard) -> Result[object]:
        interview_id = uuid.uuid4()
        try:
            _, kept = self.route.write(lambda b: b.add_interview(card.card, interview_id))
        except ServerNeeded:
            return needs_server()
        except JobFairError as err:
            self.card = None
            return Refused(err)
        self.card = replace(card, interview_id=interview_id)
        shown = CardShown(self.card)
        return KeptOffline(shown) if kept else Recorded(shown)

    # -- corrections ---------------------------------------------------------------------------
    def ask_undo(self, interview_id: uuid.UUID, name: str, time: str) -> Result[object]:
        """Ctrl+Z: ask before undoing the entry (undo needs the server)."""
        if self.route.link is not None and not self.route.link.online:
            return needs_server()
        self.pending = _Pending(
            Question(QuestionKind.UNDO_INTERVIEW, UNDO_QUESTION, UNDO_YES,
                     {"name": name, "time": time}),
            interview_id=interview_id,
        )
        return NeedsConfirmation(self.pending.question)

    def _undo(self, interview_id: uuid.UUID) -> Result[object]:
        def work(session: Session) -> Undone:
            view = booth_service.undo_interview(session, self.actor, interview_id)
            return Undone(view.id, "")

        result = self._write(work)
        if isinstance(result, Recorded) and self.card is not None and (
            self.card.interview_id == interview_id
        ):
            self.card = None
        return result

    def correct(
        self, interview_id: uuid.UUID, outcome: str | None, *, name: str = ""
    ) -> Result[OutcomeSaved]:
        """Change the outcome of one of the recent or undecided entries (needs the server); a
        hire beyond the headcount asks first, as on the card (``name``: whose entry it is)."""
        return self._correct(interview_id, outcome, force=False, name=name)

    def _correct(
        self, interview_id: uuid.UUID, outcome: str | None, *, force: bool, name: str = ""
    ) -> Result[OutcomeSaved]:
        def work(session: Session) -> OutcomeSaved:
            v = booth_service.correct_interview(session, self.actor, interview_id, outcome,
                                                force=force)
            return OutcomeSaved(v.id, v.outcome, v.opening_id, v.over_headcount)

        try:
            return self._write(work)
        except HeadcountExceededError as err:
            self.pending = _Pending(
                Question(QuestionKind.OVER_HEADCOUNT, HEADCOUNT_QUESTION, HEADCOUNT_YES,
                         {**err.params, "name": name}),
                outcome=outcome, interview_id=interview_id,
            )
            return NeedsConfirmation(self.pending.question)

    # -- evaluations ---------------------------------------------------------------------------
    def evaluation(self, interview_id: uuid.UUID) -> Result[Evaluation]:
        """An entry's evaluation (this employer's booths and the organizer only)."""
        return self._read(lambda session: read_evaluation(session, self.actor, interview_id))

    def evaluate(
        self, interview_id: uuid.UUID, *, rating: int | None, tags: tuple[int, ...] = (),
        note: str | None = None,
    ) -> Result[Evaluation]:
        """Change an entry's rating, tags and note after its card closed (needs the server)."""
        return self._write(lambda session: save_evaluation(
            session, self.actor, interview_id, rating=rating, tag_ids=tags, note=note))

    # -- the queue -----------------------------------------------------------------------------
    def enqueue(self, text: str) -> Result[Queued]:
        """Scan in as waiting (needs the server)."""
        def work(session: Session) -> Queued:
            seeker_id = booth_service.resolve_seeker(session, self.fair_id, text)
            wait = booth_wait(session, self.booth_id, self.now())
            entry = booth_service.enqueue(session, self.actor, self.booth_id, seeker_id)
            position = len(booth_service.waiting_list(
                session, self.booth_id, self.now(), actor=self.actor))
            return Queued(entry.name, entry.badge_no, position, entry.already, entry.queue_no,
                          None if entry.already else wait)

        return self._write(work)

    def leave_queue(self, entry_id: uuid.UUID) -> Result[None]:
        def work(session: Session) -> None:
            booth_service.leave_queue(session, self.actor, entry_id)

        return self._write(work)

    # -- reading -------------------------------------------------------------------------------
    def view(self) -> Result[BoothView]:
        """The booth's day, queue, recent and undecided entries (while the server answers)."""
        def work(session: Session) -> BoothView:
            day = booth_service.booth_day(session, self.booth_id, actor=self.actor)
            waiting = booth_service.waiting_list(session, self.booth_id, self.now(),
                                                 actor=self.actor)
            recent = booth_service.recent_interviews(session, self.booth_id, RECENT_LIMIT,
                                                     actor=self.actor)
            undecided = booth_service.undecided_interviews(session, self.booth_id,
                                                           actor=self.actor)
            wait = booth_wait(session, self.booth_id, self.now())
            tags = booth_tags(session, self.booth_id)
            return BoothView(day, tuple(waiting), tuple(recent), tuple(undecided), wait, tags)

        result = self._read(work)
        if isinstance(result, Recorded) and self.offline is not None:
            self.offline.openings = result.value.day.openings
            self.offline.tags = result.value.tags
        return result

    @property
    def openings(self) -> tuple[OpeningSummary, ...]:
        return self.offline.openings if self.offline is not None else ()

    @property
    def tags(self) -> tuple[Tag, ...]:
        return self.offline.tags if self.offline is not None else ()
