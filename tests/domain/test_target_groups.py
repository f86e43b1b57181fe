"""Age-based target groups and reporting age bands, from birth year and the fair's year."""

from __future__ import annotations

import pytest

from jobfair.domain.target_groups import AgeGroup, age_band, age_groups_for


@pytest.mark.parametrize(
    ("birth_year", "fair_year", "groups"),
    [
        (1997, 2015, []),  # 18: below youth
        (1996, 2015, ["youth"]),  # 19
        (1981, 2015, ["youth"]),  # 34
        (1980, 2015, []),  # 35: between youth and middle-aged
        (1975, 2015, ["middle_aged"]),  # 40
        (1966, 2015, ["middle_aged"]),  # 49
        (1965, 2015, ["middle_aged", "new_middle_aged"]),  # 50
        (1964, 2015, ["middle_aged", "new_middle_aged"]),  # 51, born after the boom
        (1963, 2015, ["middle_aged", "new_middle_aged", "baby_boomer"]),  # 52
        (1956, 2015, ["middle_aged", "new_middle_aged", "baby_boomer"]),  # 59
        (1955, 2015, ["middle_aged", "new_middle_aged", "baby_boomer", "senior"]),  # 60
        (1951, 2015, ["middle_aged", "new_middle_aged", "senior"]),  # 64
        (1950, 2015, ["new_middle_aged", "senior"]),  # 65
        (1946, 2015, ["new_middle_aged", "senior"]),  # 69
        (1945, 2015, ["senior"]),  # 70
    ],
)
def test_default_groups(birth_year: int, fair_year: int, groups: list[str]) -> None:
    assert age_groups_for(birth_year, fair_year) == groups


def test_age_depends_on_the_fair_year() -> None:
    assert "youth" in age_groups_for(1990, 2015)  # 25
    assert "youth" not in age_groups_for(1990, 2025)  # 35


def test_baby_boomers_by_birth_year_whatever_the_fair() -> None:
    assert "baby_boomer" in age_groups_for(1955, 2030)
    assert "baby_boomer" in age_groups_for(1963, 2015)
    assert "baby_boomer" not in age_groups_for(1964, 2015)
    assert "baby_boomer" not in age_groups_for(1954, 2015)


def test_groups_are_configurable() -> None:
    decree_youth = (AgeGroup("youth", "Youth (15-29)", min_age=15, max_age=29),)
    assert age_groups_for(1986, 2015, decree_youth) == ["youth"]  # 29
    assert age_groups_for(1985, 2015, decree_youth) == []  # 30


@pytest.mark.parametrize(
    ("birth_year", "band"),
    [
        (1996, "10-30s"),  # 19
        (1976, "10-30s"),  # 39
        (1975, "40-50s"),  # 40
        (1956, "40-50s"),  # 59
        (1955, "60+"),  # 60
        (1925, "60+"),  # 90
    ],
)
def test_age_bands(birth_year: int, band: str) -> None:
    assert age_band(birth_year, 2015) == band
