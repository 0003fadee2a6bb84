"""Round 48e: Arabic "land" after a crossing's name is no name."""

from __future__ import annotations

from bordermap.geo.places.arabic_land_port import without_the_land_adjective
from bordermap.geo.places.geocoder import geocode_place


def test_the_arabic_land_adjective_after_a_crossing_name_is_not_a_name():
    # events73: "منفذ الوديعة البري" (the al-Wadiah land port) of a Yemeni event reads as
    # the same words with the border adjective: Hadramawt, across from the Saudi town.
    result = geocode_place("منفذ الوديعة البري", country="YE")
    assert (result.status, result.admin1_code) == ("resolved", "YE-HD")


def test_the_land_adjective_is_dropped_only_after_a_name():
    assert without_the_land_adjective("معبر رفح البري") == "معبر رفح"
    assert (
        without_the_land_adjective("منفذ الوديعة البرية مع السعودية") == "منفذ الوديعة مع السعودية"
    )
    # "the only land port with Saudi Arabia": no crossing is named.
    assert without_the_land_adjective("المنفذ البري الوحيد مع السعودية") is None
    assert geocode_place("المنفذ البري الوحيد مع السعودية", country="YE").status == "unresolved"
