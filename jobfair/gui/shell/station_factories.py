"""Which screen each station opens: plain imports, made the first time a station is opened.

The window shows its frame before any station's module is loaded (a start that feels instant);
the import happens here, in the open, so import-linter and mypy see every edge.
"""

from __future__ import annotations

from jobfair.domain.codes import StationKind
from jobfair.gui.common.stations import StationContext, StationFactory, StationScreen


def _desk(context: StationContext) -> StationScreen:
    from jobfair.gui.desk.screen import create_station

    return create_station(context)


def _booth(context: StationContext) -> StationScreen:
    from jobfair.gui.booth.screen import create_station

    return create_station(context)


def _organizer(context: StationContext) -> StationScreen:
    from jobfair.gui.organizer.screen import create_station

    return create_station(context)


FACTORIES: dict[StationKind, StationFactory] = {
    StationKind.DESK: _desk,
    StationKind.BOOTH: _booth,
    StationKind.ORGANIZER: _organizer,
}


def station_factory(kind: StationKind) -> StationFactory:
    """The factory of the station ``kind``'s screen."""
    return FACTORIES[kind]
