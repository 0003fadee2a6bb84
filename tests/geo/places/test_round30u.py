"""Classes of place round 30u: wordings left measured but not done by rounds 30p-r.

Each test holds one class of wording, on field phrases and our own.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "crossing"),
    [
        # Field phrases (blind49, blind31): before, unresolved as a district of that name.
        ("في منطقة رأس جدير", "TN", "Ras Ajdir"),
        ("بمنطقة دوغارون", "IR", "Islam Qala–Dogharoun"),
        # Our own: the Persian spelling of the word, and Libya's side of Ras Ajdir.
        ("در منطقه دوغارون", "IR", "Islam Qala–Dogharoun"),
        ("منطقة رأس جدير", "LY", "Ras Ajdir"),
    ],
)
def test_the_area_of_a_crossing_is_near_that_crossing(text, country, crossing):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "near"
    assert result.name == crossing


def test_the_area_of_a_town_with_its_own_district_keeps_the_district():
    # Zabol is a town and the seat of its own district: the area is that district.
    result = geocode_place("في منطقة زابل", country="IR")
    assert result.precision == "district"
    assert "Zābol" in (result.name or "")
