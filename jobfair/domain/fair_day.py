"""The fair's day: what counts and what is a rehearsal.

Centres test their scanners the day before with the real fair. Whether a record counts is
decided when it is read, from its own time: a check-in or an interview counts only when its local
date in the fair's time zone is the fair's date. Anything recorded on another day is a rehearsal
record: kept, listed for the organizer, left out of every figure.

The day is a half-open range of UTC instants ``[start, end)``, so the figures can ask the
database for it as a range on an indexed timestamp. A day with a daylight-saving change is 23 or
25 hours long; the range follows the zone's own midnights.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from jobfair.domain.errors import ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP

LOCAL_TIME_FORMAT = "%Y-%m-%d %H:%M"


def fair_day_bounds(fair_date: date, tz: str) -> tuple[datetime, datetime]:
    """The fair's day as aware UTC instants ``(start, end)``: local midnight to midnight."""
    zone = ZoneInfo(tz)
    start = datetime.combine(fair_date, time(0), zone)
    end = datetime.combine(fair_date + timedelta(days=1), time(0), zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def is_fair_day(moment: datetime, fair_date: date, tz: str) -> bool:
    """Whether ``moment`` (aware) falls on the fair's date in the fair's time zone."""
    return moment.astimezone(ZoneInfo(tz)).date() == fair_date


@dataclass(frozen=True)
class FairDay:
    """One fair's date and zone, with its UTC bounds worked out once.

    Attributes:
        date: the fair's date.
        timezone: the fair's IANA zone, e.g. ``"Asia/Seoul"``.
        start: the first instant of the day (aware UTC).
        end: the first instant after the day (aware UTC).
    """

    date: dt.date
    timezone: str
    start: datetime
    end: datetime

    @classmethod
    def of(cls, fair_date: dt.date, tz: str) -> FairDay:
        start, end = fair_day_bounds(fair_date, tz)
        return cls(fair_date, tz, start, end)

    def contains(self, moment: datetime) -> bool:
        """Whether ``moment`` counts: recorded on the fair's day."""
        return self.start <= moment < self.end

    def local_date(self, moment: datetime) -> dt.date:
        """The date of ``moment`` in the fair's zone (a rehearsal record's own day)."""
        return moment.astimezone(ZoneInfo(self.timezone)).date()

    def around(self, moment: datetime) -> FairDay:
        """The day in the fair's zone that holds ``moment``: the fair's day itself on the day,
        a rehearsal day otherwise. A station works within it: its queue, and the interviews a
        scan finds at its booth, are those of its own day, so a rehearsal's never meet the
        fair's."""
        local = self.local_date(moment)
        return self if local == self.date else FairDay.of(local, self.timezone)


def local_instant(day: dt.date, clock: time, tz: str) -> datetime:
    """The wall-clock time ``clock`` of ``day`` in the zone ``tz``, as an aware UTC instant."""
    return datetime.combine(day, clock, ZoneInfo(tz)).astimezone(UTC)


def parse_local_time(text: str, tz: str) -> datetime:
    """``"YYYY-MM-DD HH:MM"`` in the fair's zone as an aware UTC instant (``--at``)."""
    try:
        local = datetime.strptime(text.strip(), LOCAL_TIME_FORMAT)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "'{value}' is not a time: write it as YYYY-MM-DD HH:MM in the fair's local time, "
                "e.g. 2015-03-25 10:30.",
            ),
            field="at",
            value=text,
        ) from None
    return local.replace(tzinfo=ZoneInfo(tz)).astimezone(UTC)
