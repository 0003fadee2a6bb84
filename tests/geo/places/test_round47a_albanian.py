"""Round 47a, on blind99's misses.

Albanian names linked by "të", in a case ("në Hanë të Elezit").
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize("phrase", ["në Hanë të Elezit", "nga Hani të Elezit"])
def test_an_albanian_linked_name_in_a_case_is_its_nominative(phrase):
    result = geocode_place(phrase, country="XK")
    assert (result.status, result.name, result.country) == ("resolved", "Hani i Elezit", "XK")
    assert "the article agreeing" in result.note


def test_an_albanian_crossing_of_a_town_is_not_read_as_a_linked_name():
    # "the border point of Kakavija": the crossing, as before.
    result = geocode_place("pikën kufitare të Kakavijës", country="AL")
    assert result.status == "resolved"
    assert "the article agreeing" not in result.note
