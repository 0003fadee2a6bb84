"""Round 47a, on blind99's misses.

A crossing named by two towns facing each other across a border.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "phrase", ["المعبر الحدودي غدامس-الدبداب", "the Ghadames-Debdeb border crossing"]
)
def test_a_crossing_named_by_two_facing_towns_is_the_border_between_them(phrase):
    # Ghadames (Libya) and Debdeb (Algeria), about 20 km apart; no row of the
    # crossings table: the border, not near Ghadames alone.
    result = geocode_place(phrase)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name == "Algeria–Libya border (between Ghadames and Debdeb)"


def test_a_crossing_named_by_one_town_stays_near_it():
    result = geocode_place("the Ghadames crossing")
    assert (result.status, result.name, result.precision) == ("resolved", "Ghadames", "near")
