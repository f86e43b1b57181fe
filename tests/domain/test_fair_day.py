"""The fair's day as a range of UTC instants, and a keyed-in local time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from jobfair.domain.errors import ValidationError
from jobfair.domain.fair_day import FairDay, fair_day_bounds, is_fair_day, parse_local_time


def test_a_day_in_seoul_is_the_utc_range_from_its_midnight() -> None:
    start, end = fair_day_bounds(date(2015, 3, 25), "Asia/Seoul")
    assert start == datetime(2015, 3, 24, 15, 0, tzinfo=UTC)
    assert end == datetime(2015, 3, 25, 15, 0, tzinfo=UTC)
    day = FairDay.of(date(2015, 3, 25), "Asia/Seoul")
    assert day.contains(start) and not day.contains(end)
    assert day.contains(end - timedelta(microseconds=1))
    assert is_fair_day(end - timedelta(seconds=1), date(2015, 3, 25), "Asia/Seoul")
    assert not is_fair_day(end, date(2015, 3, 25), "Asia/Seoul")
    assert day.local_date(end) == date(2015, 3, 26)


def test_a_day_with_a_clock_change_follows_the_zones_midnights() -> None:
    start, end = fair_day_bounds(date(2015, 3, 29), "Europe/Berlin")  # clocks go forward
    assert end - start == timedelta(hours=23)
    start, end = fair_day_bounds(date(2015, 10, 25), "Europe/Berlin")  # and back
    assert end - start == timedelta(hours=25)


def test_a_keyed_in_time_is_read_in_the_fairs_zone() -> None:
    assert parse_local_time(" 2015-03-25 10:30 ", "Asia/Seoul") == datetime(
        2015, 3, 25, 1, 30, tzinfo=UTC
    )
    for bad in ("2015-03-25", "10:30", "2015-3-25 25:00", "yesterday"):
        with pytest.raises(ValidationError) as caught:
            parse_local_time(bad, "Asia/Seoul")
        assert caught.value.field == "at" and bad in str(caught.value)
