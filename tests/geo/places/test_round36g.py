"""Session 36, round36g: the WRONG and unresolved answers of blind75."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("at Wutung in Vanimo, Sandaun province", "PG", "PG-SAN"),
        ("at Qwertyville in Narva, Ida-Viru county", "EE", "EE-45"),
    ],
)
def test_an_unknown_place_in_a_town_filed_in_its_region_is_the_region(text, country, code):
    # "place in town, province" is an address: the town's name stands for the land it
    # heads, and its point was answered for a village 30 km out of it.
    found = geocode_place(text, country=country)
    assert found.status == "resolved"
    assert found.precision == "region"
    assert found.admin1_code == code
    assert found.coarsened


def test_an_unknown_place_in_a_town_without_its_region_keeps_the_town():
    found = geocode_place("at Qwertyville in Vanimo", country="PG")
    assert found.status == "resolved"
    assert found.precision == "settlement"
    assert found.name == "Vanimo"
