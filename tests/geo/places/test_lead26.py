"""Place classes of the lead of session 26."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "region"),
    [
        # Two letters that are also a country's code: Canada, Serbia, Montserrat.
        ("Calexico, CA", "US", "US-CA"),
        ("Uruguaiana, RS", "BR", "BR-RS"),
        ("Corumbá, MS", "BR", "BR-MS"),
        ("Windsor, ON", "CA", "CA-ON"),
    ],
)
def test_a_state_code_after_a_town_is_the_state_holding_it(text, country, region):
    result = geocode_place(text)
    assert result.status == "resolved"
    assert result.precision == "settlement"
    assert (result.country, result.admin1_code) == (country, region)


def test_a_country_code_still_holds_its_own_towns():
    result = geocode_place("Belgrade, RS")
    assert result.status == "resolved"
    assert result.country == "RS"


def test_a_state_code_holding_no_known_town_is_not_answered_as_a_country():
    # Azerbaijan or Arizona: the letters do not say, and Lukeville is a town of neither.
    result = geocode_place("Lukeville, AZ")
    assert result.status == "unresolved"
    assert "AZ" in result.note


@pytest.mark.parametrize("text", ["em Porto Mauá, no noroeste do RS", "Porto Mauá, RS"])
def test_a_brazilian_state_code_with_the_event_country(text):
    result = geocode_place(text, country="BR")
    assert result.status == "resolved"
    assert (result.name, result.admin1_code) == ("Porto Mauá", "BR-RS")


@pytest.mark.parametrize(
    "text", ["the country’s side of the Elubo border", "on its side of the Elubo border"]
)
def test_the_countrys_side_is_the_event_countrys_side(text):
    result = geocode_place(text, country="CI")
    assert result.status == "resolved"
    assert result.country == "CI"
    assert result.precision == "border"
    assert "Elubo" in result.name


def test_the_countrys_side_without_the_event_country_is_not_answered():
    result = geocode_place("the country’s side of the Elubo border")
    assert result.status == "unresolved"


@pytest.mark.parametrize(
    ("text", "country", "region"),
    [
        # A country's name that a US state bears too.
        ("Atlanta, Georgia", "US", "US-GA"),
        ("Batumi, Georgia", "GE", "GE-AJ"),
        # Regions two countries name alike.
        ("Maastricht, Limburg", "NL", "NL-LI"),
        ("Hasselt, Limburg", "BE", "BE-VLI"),
    ],
)
def test_a_container_two_areas_bear_is_the_one_holding_the_town(text, country, region):
    result = geocode_place(text)
    assert result.status == "resolved"
    assert (result.country, result.admin1_code) == (country, region)


def test_a_container_two_areas_bear_holding_no_known_town_is_not_answered():
    # Georgia the country was answered for an unknown town of "Georgia".
    result = geocode_place("Fooville, Georgia")
    assert result.status == "unresolved"
