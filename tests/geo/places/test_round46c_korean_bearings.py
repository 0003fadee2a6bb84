"""Korean bearings and distances at sea (session 46, round 46c, a class of blind98's
misses), on phrases of our own: "X 북서방 14km 해상" is near X, the finest place of
the address written before it.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.korean_bearings import (
    english_order_of_a_bearing,
    measured_from_a_korean_place,
)


@pytest.mark.parametrize(
    ("bearing", "english"),
    [("북", "north"), ("서북", "northwest"), ("북서", "northwest"), ("남동", "southeast")],
)
def test_a_korean_bearing_in_english_order(bearing, english):
    assert english_order_of_a_bearing(bearing) == english


def test_a_korean_spot_at_sea_is_near_the_island_it_is_measured_from():
    # Ongjin County's Baengnyeong Island, then 10 km north-west of it at sea: the
    # county (written first) is not the answer, the island widened by 10 km is.
    result = geocode_place("옹진군 백령도 서북방 10km 해상", country="KR")
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Baengnyeong Island",
        "near",
    )
    assert result.uncertainty_km >= 10
    # The bearing joined to the name, the distance in miles.
    result = geocode_place("독도남동방 2마일 해상에서", country="KR")
    assert (result.name, result.precision) == ("Liancourt Rocks", "near")


def test_a_far_korean_distance_is_not_read_as_near_the_place():
    calls: list[str] = []

    def geocode(text, hint):
        calls.append(text)
        return geocode_place(text, country=hint)

    assert measured_from_a_korean_place("백령도 북서방 120km 해상", ("KR",), geocode) is None
    assert calls == []  # nothing looked up: 120 km from an island says nothing of it
