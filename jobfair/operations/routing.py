"""Where a station's work goes: straight to the server while it answers, into the station's
outbox while it does not.

``Route.write(work)`` hands ``work`` the server backend while the station may write directly
(``StationLink.direct``: online, and nothing waiting in the outbox, so records keep their
order); when the server turns out to be unreachable during the work, the station goes offline and
the same work is done again on the outbox backend. Work that has no offline form
(``Route.server``) is refused with "needs the server" instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from jobfair.services.sync.outbox import StationLink, is_unreachable

B = TypeVar("B")
T = TypeVar("T")


class ServerNeeded(Exception):
    """The work needs the server, which cannot be reached now."""


class Route(Generic[B]):
    """Chooses between a station's two backends.

    Attributes:
        server: the backend that works on the server's database.
        outbox: the backend that keeps records in the station's outbox, or ``None`` where the
            station has none (a SQLite file on this PC: no network to lose).
        link: the station's link (online or not, records waiting), ``None`` without an outbox.
    """

    def __init__(self, server: B, outbox: B | None = None, link: StationLink | None = None) -> None:
        self.server = server
        self.outbox = outbox
        self.link = link

    @property
    def direct(self) -> bool:
        return self.link is None or self.link.direct()

    def write(self, work: Callable[[B], T]) -> tuple[T, bool]:
        """``work`` on the server, or kept offline; ``(result, kept_offline)``."""
        if self.direct:
            try:
                return work(self.server), False
            except Exception as exc:
                if self.link is None or self.outbox is None or not is_unreachable(exc):
                    raise
                self.link.went_offline(exc)
        if self.outbox is None:
            raise ServerNeeded()
        return work(self.outbox), True

    def online(self, work: Callable[[B], T]) -> T:
        """``work`` that needs the server; ``ServerNeeded`` when it cannot be reached."""
        if self.link is not None and not self.link.online:
            raise ServerNeeded()
        try:
            return work(self.server)
        except Exception as exc:
            if self.link is None or not is_unreachable(exc):
                raise
            self.link.went_offline(exc)
            raise ServerNeeded() from exc
