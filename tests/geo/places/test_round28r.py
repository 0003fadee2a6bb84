"""Place classes of round28r (session 28): the newest events sets' misses."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("U Rožajama", "ME", "ME-17"),
        ("u Pljevljima", "ME", "ME-14"),
        ("u Konavlima", "HR", "HR-19"),
    ],
)
def test_south_slavic_plural_town_names_in_the_locative(text, country, code):
    # Rožaje, Pljevlja and Konavle are plural names: "u Rožajama", "u Konavlima".
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.admin1_code == code
