"""Guyana's regions by their numbers, at their own outlines."""

from __future__ import annotations

import pytest
import shapely

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("in Region Seven", "GY-CU"),
        ("Region One", "GY-BA"),
        ("in Region Nine", "GY-UT"),
        ("Region Ten", "GY-UD"),
    ],
)
def test_a_numbered_region_of_guyana_is_its_region(text, code):
    answer = geocode_place(text, country="GY")
    assert (answer.status, answer.precision, answer.admin1_code) == ("resolved", "region", code)


def test_region_seven_holds_bartica_its_seat():
    # Natural Earth named Pomeroon-Supenaam's outline "Cuyuni-Mazaruni" until the build
    # took each region's code from the settlements inside it.
    answer = geocode_place("Region Seven", country="GY")
    assert answer.geometry.contains(shapely.Point(-58.62, 6.41))


def test_a_numbered_region_in_digits_is_not_guyana_s():
    # "Region 7" is also a Philippine region: only the spelled-out names are Guyana's.
    assert geocode_place("in Region 7").status != "resolved"
