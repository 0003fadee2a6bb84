"""Place classes of round 34a: phrases of the seen field sets that failed for a general
reason in how reporters write them."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.phrases import parse_place

# --- Swahili unit words in an address ------------------------------------------------
# Swahili writes "mkoa" (region) and the locatives "mkoani" (in the region) and
# "wilayani" (in the district) before a name, and strings the units of an address
# together without a comma: "wilayani Kyela mkoani Mbeya".


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # Field phrases (blind35, blind36).
        ("Wilayani Kyela Mkoani Mbeya", "Kyela", "TZ-14"),
        ("mpaka wa Namanga,wilayani Longido mkoani Arusha", "Longido District", "TZ-01"),
        # Own examples: other districts and regions of Tanzania's borders.
        ("wilayani Ngara mkoani Kagera", "Ngara", "TZ-05"),
        ("wilayani Tarime mkoa wa Mara", "Tarime", "TZ-13"),
        ("wilayani Rombo mkoani Kilimanjaro", "Rombo District", None),
    ],
)
def test_a_district_then_its_region_is_the_district(text, name, code):
    result = geocode_place(text, country="TZ")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == name
    if code is not None:
        assert result.admin1_code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("mkoani Mbeya", "TZ-14"),  # in Mbeya region: the region, never the city
        ("Mkoa wa Arusha", "TZ-01"),
        # Field phrase (blind35): the Ileje district of the region since split off
        # (Songwe) lies in the Mbeya outline; the region holding it is the honest answer.
        ("katika Wilaya ya Ileje, Mkoa wa Songwe", "TZ-14"),
    ],
)
def test_the_swahili_region_word_names_a_region(text, code):
    result = geocode_place(text, country="TZ")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == code


def test_a_preposition_before_the_unit_word_is_no_name():
    # "katika" (in) is no name the unit could be the container of.
    assert "katika," not in parse_place("katika Wilaya ya Ileje").text
    result = geocode_place("katika Wilaya ya Ileje", country="TZ")
    assert result.status == "resolved"
    assert result.admin1_code == "TZ-14"
