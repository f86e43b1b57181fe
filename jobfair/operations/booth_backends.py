"""The booth's two backends: the server's database, and the station's outbox.

Both open a seeker's card and record outcomes by the same rules (``jobfair.domain.interviews``);
the server backend in one transaction each through the services, the outbox backend from the
station's copy of the fair's seekers (``outbox_snapshot``), keeping each record with the id and
time it would have had, for delivery later.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker

from jobfair.domain.codes import Outcome
from jobfair.domain.evaluations import check_note, check_rating, check_tags
from jobfair.domain.interviews import (
    CardStep,
    check_headcount,
    decide_card,
    parse_outcome,
    require_opening,
)
from jobfair.services.context import Actor
from jobfair.services.interviews import booth as booth_service
from jobfair.services.interviews.booth import CardOpening, OpeningSummary, SeekerCard
from jobfair.services.interviews.evaluations import Tag, save_evaluation
from jobfair.services.interviews.service import set_outcome
from jobfair.services.sync.outbox import Outbox
from jobfair.services.sync.snapshot import (
    SnapshotSeeker,
    find_offline,
    mark_checked_in,
    offline_card,
    waiting_hires,
)


@dataclass(frozen=True)
class OutcomeSaved:
    """An outcome recorded for the card's interview.

    Attributes:
        over_headcount: the hire went beyond the opening's headcount (confirmed).
    """

    interview_id: uuid.UUID
    outcome: str | None
    opening_id: int | None
    over_headcount: bool


@dataclass(frozen=True)
class Marks:
    """The rating and tags keyed on the card with its outcome (the note is the outcome's
    ``notes``)."""

    rating: int | None = None
    tag_ids: tuple[int, ...] = ()

    @property
    def empty(self) -> bool:
        return self.rating is None and not self.tag_ids


class BoothBackend(Protocol):
    """What the booth's operations need from wherever the records go."""

    def open_card(
        self, text: str, *, interview_id: uuid.UUID, allow_repeat: bool
    ) -> CardOpening: ...

    def add_interview(self, card: SeekerCard, interview_id: uuid.UUID) -> None: ...

    def set_outcome(
        self,
        interview_id: uuid.UUID,
        outcome: str | None,
        *,
        opening_id: int | None,
        notes: str,
        force: bool,
        marks: Marks | None = None,
    ) -> OutcomeSaved: ...


class ServerBooth:
    """The booth on the server: one transaction per call."""

    def __init__(
        self, session_factory: sessionmaker[Session], actor: Actor, booth_id: int
    ) -> None:
        self.session_factory = session_factory
        self.actor = actor
        self.booth_id = booth_id

    def open_card(
        self, text: str, *, interview_id: uuid.UUID, allow_repeat: bool
    ) -> CardOpening:
        with self.session_factory.begin() as session:
            return booth_service.open_card(
                session, self.actor, self.booth_id, text, interview_id=interview_id,
                allow_repeat=allow_repeat,
            )

    def add_interview(self, card: SeekerCard, interview_id: uuid.UUID) -> None:
        with self.session_factory.begin() as session:
            booth_service.record_interview(
                session, self.actor, self.booth_id, card.seeker_id, allow_repeat=True,
                interview_id=interview_id,
            )

    def set_outcome(
        self,
        interview_id: uuid.UUID,
        outcome: str | None,
        *,
        opening_id: int | None,
        notes: str,
        force: bool,
        marks: Marks | None = None,
    ) -> OutcomeSaved:
        with self.session_factory.begin() as session:
            view = set_outcome(session, self.actor, interview_id, outcome,
                               opening_id=opening_id, notes=notes, force=force)
            if marks is not None:
                save_evaluation(session, self.actor, interview_id, rating=marks.rating,
                                tag_ids=marks.tag_ids, note=notes)
        return OutcomeSaved(view.id, view.outcome, view.opening_id, view.over_headcount)


class OutboxBooth:
    """The booth while the server is away: cards from this PC's copy of the seekers, records
    into the outbox.

    Attributes:
        openings: the booth's openings with their hires, as last read from the server (the
            operations keep it fresh); the headcount rule counts the hires waiting here on top.
        seeker: the seeker of the card opened last.
    """

    def __init__(self, outbox: Outbox, actor: Actor, fair_id: int, booth_id: int) -> None:
        self.outbox = outbox
        self.actor = actor
        self.fair_id = fair_id
        self.booth_id = booth_id
        self.openings: tuple[OpeningSummary, ...] = ()
        self.tags: tuple[Tag, ...] = ()  # the employer's tag list, as last read
        self.seeker: SnapshotSeeker | None = None

    def open_card(
        self, text: str, *, interview_id: uuid.UUID, allow_repeat: bool
    ) -> CardOpening:
        found = find_offline(self.outbox, self.fair_id, text)
        card = offline_card(self.outbox, self.booth_id, found, "", self.actor.now())
        if not card.checked_in:
            item = self.outbox.add_check_in(
                self.actor, fair_id=self.fair_id, seeker_id=found.seeker_id, code=found.code,
                via="booth", booth_id=self.booth_id,
            )
            if found.seeker_id is not None:
                mark_checked_in(self.outbox, found.seeker_id, item.recorded_at)
            card = replace(card, checked_in=True, checked_in_at=item.recorded_at,
                           checked_in_by_scan=True)
        self.seeker = found
        decision = decide_card(card.earlier, allow_repeat=allow_repeat)
        chosen: uuid.UUID | None = None
        if decision.step is CardStep.NEW:
            self._keep_interview(found, interview_id, allow_repeat=bool(card.earlier))
            chosen = interview_id
        elif decision.step is CardStep.REOPEN:
            chosen = decision.interview_id
        only = self.openings[0].id if len(self.openings) == 1 else None
        return CardOpening(card, decision.step, chosen, only)

    def add_interview(self, card: SeekerCard, interview_id: uuid.UUID) -> None:
        found = self.seeker
        if found is None or (found.seeker_id is not None and found.seeker_id != card.seeker_id):
            found = SnapshotSeeker(card.seeker_id, self.fair_id, card.badge_no, None, card.name)
        self._keep_interview(found, interview_id, allow_repeat=True)

    def _keep_interview(
        self, found: SnapshotSeeker, interview_id: uuid.UUID, *, allow_repeat: bool
    ) -> None:
        self.outbox.add_interview(
            self.actor, fair_id=self.fair_id, booth_id=self.booth_id,
            seeker_id=found.seeker_id, code=found.code if found.seeker_id is None else None,
            allow_repeat=allow_repeat, interview_id=interview_id,
        )

    def set_outcome(
        self,
        interview_id: uuid.UUID,
        outcome: str | None,
        *,
        opening_id: int | None,
        notes: str,
        force: bool,
        marks: Marks | None = None,
    ) -> OutcomeSaved:
        result = parse_outcome(outcome)
        rating: int | None = None
        tag_ids: tuple[int, ...] = ()
        if marks is not None:  # the same rules as on the server, before keeping anything
            rating = check_rating(marks.rating)
            tag_ids = check_tags(marks.tag_ids, [t.id for t in self.tags])
            check_note(notes)
        if opening_id is None and len(self.openings) == 1:
            opening_id = self.openings[0].id
        require_opening(result, opening_id)
        over = False
        if result is Outcome.HIRED:
            opening = next((o for o in self.openings if o.id == opening_id), None)
            if opening is not None:
                hired = opening.hires + waiting_hires(self.outbox, self.booth_id).get(
                    opening.id, 0)
                over = check_headcount(title=opening.title, headcount=opening.headcount,
                                       hired=hired, force=force)
        self.outbox.add_outcome(
            self.actor, fair_id=self.fair_id, booth_id=self.booth_id,
            interview_id=interview_id, outcome=str(result) if result else None,
            opening_id=opening_id, notes=notes, force=over or force,
            evaluation=None if marks is None else {"rating": rating, "tags": list(tag_ids)},
        )
        return OutcomeSaved(interview_id, str(result) if result else None, opening_id, over)
