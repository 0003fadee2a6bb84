"""The lead's place classes of session 19, found on ``blind36`` and ``blind37`` after
their first scores."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        # "Fort" (Persian قلعه, Arabic قلعة) is part of names such as Islam Qala and, alone,
        # a village's variant name in Semnan: an unknown name ending in it is not that
        # village, nor its province.
        "از مرز دوغارون به سمت گمرک اسلام قلعه افغانستان",
        "گمرک اسلام قلعه",
    ],
)
def test_fort_inside_an_unknown_name_is_not_a_village(text):
    result = geocode_place(text, country="IR")
    assert result.status != "resolved" or result.admin1_code != "IR-20"


def test_fort_alone_is_still_a_name():
    # The whole text being the name, it is looked up as written.
    assert geocode_place("قلعه", country="IR").status == "resolved"


def test_a_sector_is_not_a_district_spelled_otherwise():
    # A sector is a stretch of the border named after a town; "अरनिया" (Arnia, Jammu) is a
    # consonant away from "अररिया" (Araria, a district of Bihar), which is another place.
    result = geocode_place("अरनिया सेक्टर के एक गांव", country="IN")
    assert result.status != "resolved" or result.admin1_code != "IN-BR"
    # A district the text calls a district is still read through a spelling variant.
    assert geocode_place("अरनिया जिले में", country="IN").admin1_code == "IN-BR"
