"""What every station's operations share: the fair, who acts, the way to the server, the day.

``StationOperations`` holds the session factory, the actor, the fair and the ``Route``; its
``_read`` and ``_write`` run work that needs the server (one session or one transaction), turning
"the server cannot be reached" and the rules' refusals into results. ``day`` says whether today
is the fair's day or a rehearsal day, for the station's banner.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Generic, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from jobfair.domain.errors import JobFairError
from jobfair.operations.results import Recorded, Refused, Result, needs_server
from jobfair.operations.routing import Route, ServerNeeded
from jobfair.services.context import Actor
from jobfair.services.records.rehearsal import RehearsalDay, rehearsal_day

B = TypeVar("B")
T = TypeVar("T")


class StationOperations(Generic[B]):
    """The base of a station's operations (call from one thread at a time).

    Attributes:
        route: the server backend, and the outbox backend where the station has one.
        passthrough: rule errors the subclass turns into questions itself (not refusals).
    """

    passthrough: tuple[type[JobFairError], ...] = ()

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        actor: Actor,
        fair_id: int,
        route: Route[B],
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.session_factory = session_factory
        self.actor = actor
        self.fair_id = fair_id
        self.route = route
        self.now = clock or actor.now

    def day(self) -> Result[RehearsalDay]:
        """Today as the station sees it: the fair's day, or a rehearsal day (a banner then
        says that what is recorded will not count)."""
        return self._read(lambda session: rehearsal_day(session, self.fair_id, self.now()))

    def _write(self, work: Callable[[Session], T]) -> Result[T]:
        """``work`` in one transaction on the server."""
        def run(_backend: B) -> T:
            with self.session_factory.begin() as session:
                return work(session)

        return self._online(run)

    def _read(self, work: Callable[[Session], T]) -> Result[T]:
        """``work`` in one session on the server (nothing written)."""
        def run(_backend: B) -> T:
            with self.session_factory() as session:
                return work(session)

        return self._online(run)

    def _online(self, run: Callable[[B], T]) -> Result[T]:
        try:
            return Recorded(self.route.online(run))
        except ServerNeeded:
            return needs_server()
        except self.passthrough:
            raise
        except JobFairError as err:
            return Refused(err)
