"""Data rows of session 52's data round data55: the Quneitra Crossing (IL-SY) on the Golan
ceasefire line (``crossings.csv``, en.wikipedia's point), which the field reports name in
Hebrew and the table lacked, and the town and governorate of Quneitra that its forms must
leave alone."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        # blind110 il-sy-dl001 (Megafon News) and il-sy-dl002 (Makor Rishon).
        ("מעבר קוניטרה", "IL"),
        ("במעבר קוניטרה", "IL"),
        # The Arabic and English names of the crossing.
        ("معبر القنيطرة", "SY"),
        ("the Quneitra Crossing", "SY"),
    ],
)
def test_the_quneitra_crossing_is_its_point(phrase, country):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.precision) == ("resolved", "exact")
    assert result.name == "Quneitra Crossing"
    assert (round(result.lat, 3), round(result.lon, 3)) == (33.113, 35.816)


@pytest.mark.parametrize(
    ("phrase", "precision"),
    [
        # blind5 il-sy-f008: the governorate, not the crossing.
        ("the Quneitra Governorate", "region"),
        # The bare Arabic name is the town (GeoNames 173334), not the crossing.
        ("القنيطرة", "settlement"),
    ],
)
def test_the_town_and_governorate_of_quneitra_are_not_the_crossing(phrase, precision):
    result = geocode_place(phrase, country="SY")
    assert (result.status, result.precision) == ("resolved", precision)
    assert result.name != "Quneitra Crossing"
