"""Classes of place round 30v, over the unresolved rows left by rounds 30p–30t.

Each test holds one class of wording, on field phrases and our own.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        # blind59: two compass words of the Kingdom's side, then "with Syria".
        ("الحدود الشمالية الشرقية للمملكة مع سوريا", "JO", "Jordan–Syria border"),
        # The Kingdom named with its adjective, behind "the border front".
        ("الواجهة الحدودية الشمالية للمملكة الأردنية مع سوريا", "JO", "Jordan–Syria border"),
        # Our own: one compass word, with and without "the Kingdom".
        ("الحدود الشمالية للمملكة مع سوريا", "JO", "Jordan–Syria border"),
        ("الحدود الشمالية مع سوريا", "JO", "Jordan–Syria border"),
        ("الحدود الشرقية للمملكة مع العراق", "JO", "Iraq–Jordan border"),
        ("الحدود الجنوبية للمملكة مع اليمن", "SA", "Saudi Arabia–Yemen border"),
    ],
)
def test_the_country_after_with_is_the_other_side_of_the_kingdoms_border(text, country, border):
    # The compass word is the owner's ("the Kingdom's northern border"), so it never
    # moves the border onto the far side of the country after "مع" (with).
    found = geocode_place(text, country=country)
    assert found.status == "resolved"
    assert found.name == border


@pytest.mark.parametrize(
    "text",
    # A Syrian event: "the Kingdom" is not Syria, and Syria's own northern border is
    # not the one "with Syria".
    ["الحدود الشمالية للمملكة مع سوريا", "الحدود الشمالية مع سوريا", "الحدود الشمالية للمملكة"],
)
def test_the_kingdom_of_a_republics_event_is_not_its_own_country(text):
    assert geocode_place(text, country="SY").status == "unresolved"


def test_the_border_fence_with_a_country_is_the_events_border_with_it():
    # "السياج" (the fence) is a word of the border, as "الشريط" (the strip) is.
    found = geocode_place("السياج الحدودي مع لبنان", country="IL")
    assert found.status == "resolved"
    assert found.name == "Israel–Lebanon border"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # blind59: an unnamed area in a direction from a port of entry.
        ("an area north of the Santa Teresa Port of Entry", "Santa Teresa"),
        # Our own: other words for the unnamed spot, with and without a distance.
        ("an area north of Santa Teresa", "Santa Teresa"),
        ("the area south of the Lukeville Port of Entry", "Lukeville–Sonoyta"),
        ("a location 5 km south of Nogales", "Nogales"),
        ("a spot west of Calexico", "Calexico"),
    ],
)
def test_an_area_in_a_direction_from_a_place_is_near_it(text, place):
    found = geocode_place(text, country="US")
    assert found.status == "resolved"
    assert found.name == place
    assert found.precision == "near"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # blind59: the border, then the crossing "di" (at) it.
        ("perbatasan Indonesia-Malaysia di PLBN Entikong", "ID"),
        # Our own: the crossing by its town, a province, and Malay "sempadan".
        ("perbatasan Indonesia-Malaysia di Entikong", "ID"),
        ("perbatasan RI-Malaysia di Kalimantan Barat", "ID"),
        ("sempadan Malaysia-Indonesia di Tebedu", "MY"),
    ],
)
def test_an_indonesian_border_at_a_place_is_that_border(text, country):
    # "di" names where on the border; the place after it never becomes a side.
    found = geocode_place(text, country=country)
    assert found.status == "resolved"
    assert found.precision == "border"
    assert found.name.startswith("Indonesia–Malaysia border")
