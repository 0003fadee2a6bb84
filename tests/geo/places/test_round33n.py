"""Place classes of round 33n (issue 11): English rows the earlier rounds left
unresolved, by cause.

- A crossing named with words around it: "Gatuna Border Route" (a route word after the
  crossing's town) and "no man's land at the Jogbani border" (the strip between the
  posts is that crossing's border).
- A border named by its pair in other forms: "the Malawi, Tanzania border" (a comma
  between the two countries), "the region along the X-Y border" (a unit word before
  "along" names no unit), "the Guyana-Venezuela disputed area".
- A near clause across the border: "Myawaddy township, close to Thailand's Mae Sot
  district" holds no part of the township; the place is looked up in the event's
  country alone.
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


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        # blind35 mw-tz-al002.
        ("the Malawi, Tanzania border", "TZ", "Malawi–Tanzania border"),
        ("the Kenya, Somalia border", "KE", "Kenya–Somalia border"),
        ("along the Malawian, Tanzanian border", "MW", "Malawi–Tanzania border"),
        # blind12 lr-sl-m004 (no hint).
        ("the region along the Sierra Leone-Liberian border", None, "Liberia–Sierra Leone border"),
        ("the districts along the Kenya-Somalia border", "KE", "Kenya–Somalia border"),
        # blind25 gy-ve-a005.
        ("into the Guyana-Venezuela disputed area", "GY", "Guyana–Venezuela border"),
        ("the Venezuela-Guyana disputed territory", "VE", "Guyana–Venezuela border"),
    ],
)
def test_a_border_named_by_its_pair_in_other_forms(text, country, border):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name == border


def test_a_town_and_its_country_before_a_border_word_keep_their_comma():
    # "Kasane, Botswana border": a town and its country, no pair of countries.
    result = geocode_place("the Kasane, Botswana border", country="BW")
    assert result.name == "Kasane"
    assert result.precision == "settlement"


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # blind8 mm-th-i002, blind mm-th-b005.
        (
            "in Myawaddy township, close to Thailand’s Mae Sot district in Tak province",
            "MM",
            "Myawaddy District",
        ),
        ("Myawaddy township, close to Thailand’s Mae Sot district", "MM", "Myawaddy District"),
    ],
)
def test_a_near_clause_across_the_border_holds_no_part_of_the_place(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name
    assert result.country == country


def test_a_near_clause_in_the_events_country_still_bounds_the_place():
    # Both in Thailand: the clause is no container across the border.
    result = geocode_place("Mae Sot, close to Myawaddy", country="TH")
    assert result.name == "Mae Sot"
