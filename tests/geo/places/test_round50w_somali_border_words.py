"""Round 50w: Somali border words."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place


def test_somali_border_words_name_the_line():
    result = geocode_place("xadka uu Gobolka Gedo la wadaago Itoobiya", country="SO")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "border",
        "SO-GE",
    )
    assert geocode_place("xuduudda Itoobiya", country="SO").name == "Ethiopia–Somalia border"
