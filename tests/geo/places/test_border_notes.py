"""What an unresolved border says: a fact about the data, never about the countries."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Neighbours the border lines hold no land line between (the Golan).
        ("the Israel–Syria border", "IL"),
        # Countries that are no neighbours at all.
        ("the Finland–Spain border", None),
    ],
)
def test_a_pair_without_a_line_is_said_to_lack_one_in_the_data(text, country):
    result = geocode_place(text, country=country)
    assert result.status == "unresolved"
    assert result.note == "no land border between the two sides in the border data"
