"""Place classes of session 27's round r, found on the rows blind51 got wrong or left open."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place

# A crossing's own name before its noun, then the towns it joins: the towns decide.


@pytest.mark.parametrize(
    ("text", "country", "crossing"),
    [
        # "Danube Bridge" alone is spelled one letter from Vidin's "Danube Bridge 2".
        (
            "the Danube Bridge border checkpoint between Ruse in Bulgaria and Giurgiu in Romania",
            "BG",
            "Giurgiu–Ruse Friendship Bridge",
        ),
        (
            "the Danube Bridge crossing between Ruse and Giurgiu",
            "RO",
            "Giurgiu–Ruse Friendship Bridge",
        ),
        ("the Danube Bridge checkpoint between Vidin and Calafat", "BG", "Vidin–Calafat"),
    ],
)
def test_the_towns_after_a_crossings_own_name_decide_which_crossing(text, country, crossing):
    result = geocode_place(text, country=country)
    assert (result.status, result.name) == ("resolved", crossing)
