"""Place classes of round 27p, found on ``blind49`` and ``blind50``."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Spanish and Portuguese "por" (through), "hasta"/"até" (up to) before a town,
        # capitalised where the phrase opens a headline.
        ("Por Chuy", "UY", "Chui"),
        ("POR CHUY", "UY", "Chui"),
        ("Hasta Chuy", "UY", "Chui"),
        ("Por Tijuana", "MX", "Tijuana"),
        ("Por Chuí", "BR", "Chuí"),
        ("Até Chuí", "BR", "Chuí"),
    ],
)
def test_through_and_up_to_before_a_town_are_prepositions(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == "settlement"
