"""Names that end with the word that otherwise makes "X coast" the land near X."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize("text", ["Ivory Coast", "the Ivory Coast"])
def test_ivory_coast_is_the_country(text):
    answer = geocode_place(text)
    assert (answer.status, answer.precision, answer.country) == ("resolved", "country", "CI")


def test_a_town_named_with_its_coast_is_the_town_not_near_it():
    answer = geocode_place("Gold Coast", country="AU")
    assert (answer.status, answer.precision) == ("resolved", "settlement")


def test_the_beach_of_a_town_is_still_near_it():
    answer = geocode_place("Teknaf beach", country="BD")
    assert (answer.status, answer.precision, answer.country) == ("resolved", "near", "BD")
