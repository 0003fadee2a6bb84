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


def test_the_border_of_a_crossing_town_then_its_district_is_the_border_there():
    # Since round54b "mpaka wa X" is "the border of X": the border at the Namanga
    # crossing, in the district the address names (it was the district alone).
    result = geocode_place("mpaka wa Namanga,wilayani Longido mkoani Arusha", country="TZ")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "border", "TZ-01")
    assert "Namanga" in result.name


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


# --- A Finnish address: municipality and region, each in its case ---------------------
# "Parikkalassa Etelä-Karjalassa" (in Parikkala, in South Karelia) names the
# municipality: its unit when the data has one seated at the town, else the region
# holding it; a point at the town would be finer than the report.


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Field phrases (blind61, blind63): the data has no unit seated at these towns.
        ("Parikkalassa Etelä-Karjalassa", "FI-02"),
        ("Tohmajärven Värtsilässä Pohjois-Karjalassa", "FI-13"),
        # Own examples: the region first, in the genitive; other municipalities.
        ("Etelä-Karjalan Parikkalassa", "FI-02"),
        ("Ilomantsissa Pohjois-Karjalassa", "FI-13"),
        ("Virolahdella Kymenlaaksossa", "FI-09"),
    ],
)
def test_a_finnish_municipality_with_its_region_is_the_region(text, code):
    result = geocode_place(text, country="FI")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == code
    assert result.coarsened


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Imatralla Etelä-Karjalassa", "Imatra"),
        ("Lappeenrannassa Etelä-Karjalassa", "Lappeenranta"),
    ],
)
def test_a_finnish_municipality_with_a_seated_unit_is_that_unit(text, name):
    result = geocode_place(text, country="FI")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == name


def test_a_town_of_another_region_is_not_answered():
    # Parikkala lies in South Karelia, not North Karelia: neither is taken.
    result = geocode_place("Parikkalassa Pohjois-Karjalassa", country="FI")
    assert result.status != "resolved"


def test_a_village_of_a_town_keeps_its_own_reading():
    # Two words with no region: the town's village, as before.
    result = geocode_place("Lappeenrannan Nuijamaalla", country="FI")
    assert result.name == "Nuijamaa"
