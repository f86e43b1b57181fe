"""The booth's offline side: cards from this PC's copy of the seekers, records into the outbox.

The booth screen asks ``BoothOffline`` whether to write straight to the server; when not (the
server is away, or earlier records still wait), a scan opens the card from the copy
(``jobfair.services.outbox_snapshot``) and the outcome goes into the station's outbox with the
interview's client UUID. The screen keeps the texts; this keeps the steps.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from jobfair.gui.offline import OfflineController
from jobfair.services.booth import OpeningSummary, SeekerCard
from jobfair.services.context import Actor
from jobfair.services.outbox import Outbox, OutboxItem
from jobfair.services.outbox_snapshot import (
    SnapshotSeeker,
    find_offline,
    mark_checked_in,
    offline_card,
)


class BoothOffline:
    """What a booth does without the server.

    Attributes:
        controller: the station's outbox and delivery.
        seeker: the seeker on the card when it came from the copy (``None`` otherwise).
    """

    def __init__(self, controller: OfflineController, actor: Actor, fair_id: int) -> None:
        self.controller = controller
        self.actor = actor
        self.fair_id = fair_id
        self.seeker: SnapshotSeeker | None = None

    @property
    def outbox(self) -> Outbox:
        return self.controller.outbox

    def active(self) -> bool:
        """Records go into the outbox now (the server is away, or earlier ones wait)."""
        return not self.controller.direct()

    def failed(self, exc: BaseException) -> bool:
        """``True`` when ``exc`` says the server is away (the station is offline from now)."""
        return self.controller.server_failed(exc)

    def open_card(self, booth_id: int, text: str, unknown_name: str) -> SeekerCard:
        """The card of the scanned seeker from the copy; their check-in goes into the outbox.

        Raises ``JobFairError`` for a scan the copy cannot vouch for.
        """
        found = find_offline(self.outbox, self.fair_id, text)
        card = offline_card(self.outbox, booth_id, found, unknown_name)
        if not card.checked_in:
            item = self.outbox.add_check_in(
                self.actor, fair_id=self.fair_id, seeker_id=found.seeker_id, code=found.code,
                via="booth", booth_id=booth_id,
            )
            if found.seeker_id is not None:
                mark_checked_in(self.outbox, found.seeker_id, item.recorded_at)
            card = replace(card, checked_in=True, checked_in_at=item.recorded_at,
                           checked_in_by_scan=True)
            self.controller.kept()
        self.seeker = found
        return card

    def keep_interview(
        self,
        booth_id: int,
        card: SeekerCard,
        *,
        outcome: str | None,
        opening_id: int | None,
        notes: str,
        allow_repeat: bool,
        force: bool,
        interview_id: uuid.UUID,
    ) -> OutboxItem:
        """The interview on ``card`` into the outbox (the seeker by id, or by badge code)."""
        found = self.seeker
        seeker_id = found.seeker_id if found is not None else card.seeker_id
        item = self.outbox.add_interview(
            self.actor, fair_id=self.fair_id, booth_id=booth_id, seeker_id=seeker_id,
            code=found.code if found is not None and seeker_id is None else None,
            outcome=outcome, opening_id=opening_id, notes=notes, allow_repeat=allow_repeat,
            force=force, interview_id=interview_id,
        )
        self.controller.kept()
        return item

    @staticmethod
    def full_opening(
        openings: tuple[OpeningSummary, ...], opening_id: int | None
    ) -> OpeningSummary | None:
        """The opening if its positions were all filled when last seen online."""
        found = next((o for o in openings if o.id == opening_id), None)
        return found if found is not None and found.left == 0 else None
