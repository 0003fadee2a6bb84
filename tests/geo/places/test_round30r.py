"""Classes of place round 30r, over the blind events sets events32 and events33.

Each test holds one class of wording, on field phrases and our own.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


def _point(result) -> tuple[float, float]:
    return (round(result.lat, 1), round(result.lon, 1))


@pytest.mark.parametrize(
    ("text", "country", "point"),
    [
        # Written with the city word, held without it (and found as its crossing's town).
        ("瑞丽市", "CN", (24.0, 97.9)),
        # Held with the city word, written without it.
        ("丹东", "CN", (40.1, 124.4)),
        ("延吉", "CN", (42.9, 129.5)),
        ("珲春", "CN", (42.9, 130.4)),
        ("対馬", "JP", (34.2, 129.3)),
    ],
)
def test_a_han_city_is_found_with_or_without_its_city_word(text, country, point):
    # Before, each was unresolved: the gazetteer holds one of the two spellings.
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "settlement"
    assert _point(result) == point


def test_a_han_county_is_never_made_a_town():
    # "县" names a county: no town is taken for it by dropping the word.
    assert geocode_place("瑞丽县", country="CN").precision != "settlement"


@pytest.mark.parametrize(
    "text",
    [
        "bandari ndogo ya Kibirizi mjini kigoma",
        "bandari ya Kibirizi mjini Kigoma",
    ],
)
def test_a_place_in_a_swahili_town_is_that_town(text):
    # "mjini" is "in the town": the unknown port is coarsened to its town, not read as
    # one unknown name (before: unresolved).
    result = geocode_place(text, country="TZ")
    assert (result.status, result.precision) == ("resolved", "settlement")
    assert _point(result) == (-4.9, 29.6)


@pytest.mark.parametrize(
    ("text", "country", "point"),
    [
        # A pass written with Spanish crossing words, and the pass alone.
        ("el paso fronterizo de Pino Hachado", "CL", (-38.6, -70.9)),
        ("Paso Pino Hachado", "AR", (-38.6, -70.9)),
        # A bridge by its own name in Portuguese, with or without "Internacional".
        ("A Ponte Internacional da Concórdia", "BR", (-30.4, -56.5)),
        ("a Ponte da Concórdia", "UY", (-30.4, -56.5)),
    ],
)
def test_a_crossing_is_found_by_its_pass_or_bridge_name(text, country, point):
    # Before, the pass and the bridge's name were missing from the crossings: unresolved.
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert _point(result) == point
