"""Place classes of round 25q (blind47, seen)."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "hint", "district"),
    [
        ("Panchagarh's Atwary upazila", "BD", "Panchagarh"),
        ("the Balia border in Panchagarh's Atwary upazila", "BD", "Panchagarh"),
        ("Gurdaspur's Dorangla block", "IN", "Gurdaspur"),
    ],
)
def test_a_unit_below_a_district_owned_by_its_seat_is_the_district(text, hint, district):
    # "Y's X upazila": the upazila, unknown, lies in the district seated at the town Y.
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == district
    assert result.precision == "district"
    assert result.coarsened


def test_a_place_of_a_town_is_still_the_region_holding_the_town():
    # No unit word below a district: the town's region, as before.  (Ghumdhum, the
    # village of the field phrase, has a point since session 28: villages.tsv.)
    result = geocode_place("Bandarban's Tumbru", country="BD")
    assert result.precision == "region"


@pytest.mark.parametrize(
    ("text", "hint", "name", "precision"),
    [
        # A town written as it sounds in Arabic, the spelling the gazetteer lacks, after
        # "في" (in) at the text's end: found by its consonants as "بلدة X" is.
        ("في كفركلا", "LB", "Kfar Kila", "settlement"),
        # Words not understood before it: the region holding the town, coarsened.
        ("نقطة الحدود في كفركلا", "LB", "An Nabatiyah", "region"),
    ],
)
def test_an_arabic_name_the_text_ends_with_after_in_is_the_place(text, hint, name, precision):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == precision


@pytest.mark.parametrize("text", ["في المنطقة", "في الجنوب"])
def test_a_common_arabic_word_after_in_is_no_town(text):
    # "in the area", "in the south": no town of Lebanon has their consonants.
    assert geocode_place(text, country="LB").status == "unresolved"


@pytest.mark.parametrize(
    "text",
    [
        "near Mastgarh village falling under the Bhikhiwind sub-division of the border "
        "district of Tarn Taran",
        "Mastgarh village falling under Tarn Taran district",
        "Mastgarh village that falls under the jurisdiction of Tarn Taran district",
    ],
)
def test_a_village_falling_under_a_unit_is_in_it(text):
    # Indian English "falling under" (and "under the jurisdiction of") is "in": the
    # unknown village lies in the district, answered coarsened.  (Khalra, the village
    # of the field phrase, has a point since session 28: data/gazetteer/villages.tsv.)
    result = geocode_place(text, country="IN")
    assert result.status == "resolved"
    assert result.name == "Tarn Taran"
    assert result.precision == "district"
    assert result.coarsened
