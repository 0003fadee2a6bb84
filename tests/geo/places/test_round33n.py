"""Place classes of round 33n (issue 11): English rows the earlier rounds left
unresolved, by cause.

- A crossing named with words around it: "Gatuna Border Route" (a route word after the
  crossing's town) and "no man's land at the Jogbani border" (the strip between the
  posts is that crossing's border).
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # blind5 rw-ug-f001.
        ("Gatuna Border Route", "RW", "Gatuna–Katuna"),
        ("the Katuna border route", "UG", "Gatuna–Katuna"),
    ],
)
def test_a_border_route_named_after_a_crossing_town_is_that_crossing(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name


def test_a_border_route_without_a_name_is_no_crossing():
    assert geocode_place("the border route", country="RW").status != "resolved"


@pytest.mark.parametrize(
    "text",
    [
        # blind24 in-np-z003.
        "At no man's land at the Jogbani border in Bihar",
        "in no-man's land at the Jogbani border",
        "no man’s land of the Jogbani border",
    ],
)
def test_no_mans_land_at_a_crossing_is_that_crossings_border(text):
    result = geocode_place(text, country="IN")
    assert result.status == "resolved"
    assert result.name.startswith("India–Nepal border at Jogbani")


def test_no_mans_land_alone_names_no_place():
    assert geocode_place("in no man's land", country="IN").status != "resolved"
