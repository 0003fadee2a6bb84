"""Round 48e: one half of a two-part country name stands for that country."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "country", "name"),
    [
        ("the south coast of Trinidad in the vicinity of Erin Point", "TT", "Trinidad and Tobago"),
        ("Nevis", "KN", "Saint Kitts and Nevis"),
    ],
)
def test_one_half_of_a_two_part_country_name_is_that_country(phrase, country, name):
    # The gazetteer's Trinidads lie in Cuba, Bolivia, Uruguay: refused for a Trinidadian
    # event (events52); the country's own name says Trinidad is one of its parts.
    result = geocode_place(phrase, country=country)
    assert (result.status, result.precision, result.country) == ("resolved", "country", country)
    assert result.name == name and result.coarsened


def test_a_half_of_a_country_name_does_not_replace_a_place_found():
    # Tobago is a region of the tables, and Trinidad of a Cuban event is the Cuban town.
    assert geocode_place("Tobago", country="TT").precision == "region"
    cuban = geocode_place("Trinidad", country="CU")
    assert (cuban.status, cuban.country, cuban.precision) == ("resolved", "CU", "settlement")
