"""Round 48e: a far town named as a crossing is the one crossing spelled like it."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.scope import km_between


@pytest.mark.parametrize(
    "phrase",
    [
        "not far from the official border checkpoint and the village of Borisoglebsk",
        "the border checkpoint of Borisoglebsk",
    ],
)
def test_a_far_town_named_as_a_crossing_is_the_crossing_spelled_alike(phrase):
    # events12: the only Borisoglebsk of the gazetteer lies in Voronezh oblast, 295 km
    # from a land border; Storskog's Russian post is filed as "Borisoglebsky".
    result = geocode_place(phrase, country="RU")
    assert result.status == "resolved"
    assert result.name == "Storskog"
    assert km_between(result.lat, result.lon, 69.65778, 30.20583) < 1.0


def test_a_far_town_named_as_a_crossing_with_no_crossing_alike_stays_unresolved():
    result = geocode_place("the border crossing of Voronezh", country="RU")
    assert result.status == "unresolved"
