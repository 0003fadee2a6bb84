"""A unit word names the oblast around a city with a region's status, not the city."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        # Kyiv City (UA-30) and Kyiv oblast (UA-32) both bear the name "Kyiv".
        ("Kyiv region", "UA-32"),
        ("Almaty oblast", "KZ-19"),
        ("Tashkent oblast", "UZ-TO"),
        # The name alone finds only the city's unit (RU-MOW); the oblast is "Moscow
        # Oblast", "Московская область".
        ("Moscow region", "RU-MOS"),
        ("в Московской области", "RU-MOS"),
    ],
)
def test_unit_word_names_the_surrounding_oblast(phrase: str, code: str) -> None:
    result = geocode_place(phrase)
    assert (result.status, result.admin1_code, result.precision) == ("resolved", code, "region")


def test_city_word_still_names_the_city() -> None:
    result = geocode_place("Kyiv City")
    assert (result.status, result.admin1_code) == ("resolved", "UA-30")


def test_a_city_region_no_oblast_is_named_after_stays_the_city() -> None:
    # Sevastopol lies in Crimea's hull, but Crimea bears no "Sevastopol oblast" name.
    result = geocode_place("Sevastopol region")
    assert (result.status, result.admin1_code) == ("resolved", "UA-40")
