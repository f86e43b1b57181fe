"""Which booth this station serves at a fair, and binding it to another.

A booth account works at its own booth only. Otherwise the PC serves the booth it chose last
(kept in its settings, else in its station row on the server), or none yet: the screen then
shows the chooser. Binding records the booth on the station row (so its records say where they
were made) and in the settings, so a restart in the middle of the day comes back to it.
"""

from __future__ import annotations

from jobfair.gui.common.settings import booth_setting_key, read_int
from jobfair.gui.common.stations import StationContext
from jobfair.services.interviews.booth import (
    BoothSummary,
    bind_station,
    booth_overview,
    get_station,
)


class BoothBinding:
    """The booth of one station at one fair.

    Attributes:
        fixed: the signed-in booth account's booth (no other may be chosen), or ``None``.
    """

    def __init__(self, context: StationContext, fair_id: int) -> None:
        self.context = context
        self.fair_id = fair_id

    @property
    def fixed(self) -> int | None:
        return self.context.actor.booth_id

    def booths(self) -> list[BoothSummary]:
        """The fair's booths, as the chooser lists them."""
        with self.context.session_factory() as session:
            return booth_overview(session, self.fair_id)

    def remembered(self) -> tuple[BoothSummary | None, list[BoothSummary]]:
        """The booth to serve now (``None``: ask), and the fair's booths."""
        with self.context.session_factory() as session:
            booths = booth_overview(session, self.fair_id)
            station_id = self.context.actor.station_id
            station = get_station(session, station_id) if station_id else None
        wanted = read_int(self.context.settings, booth_setting_key(self.fair_id))
        if wanted is None and station is not None and station.fair_id == self.fair_id:
            wanted = station.booth_id
        if self.fixed is not None:
            wanted = self.fixed
        return next((b for b in booths if b.id == wanted), None), booths

    def bind(self, booth_id: int) -> BoothSummary | None:
        """Serve ``booth_id`` from now on; raises ``JobFairError`` when the server refuses."""
        with self.context.session_factory.begin() as session:
            station_id = self.context.actor.station_id
            if station_id is not None:  # the station's records then say which booth
                bind_station(session, self.context.actor, station_id,
                             self.context.actor.name or "booth", booth_id)
            booths = booth_overview(session, self.fair_id)
        self.context.settings.setValue(booth_setting_key(self.fair_id), booth_id)
        self.context.settings.sync()
        return next((b for b in booths if b.id == booth_id), None)
