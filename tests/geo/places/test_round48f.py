"""Place classes of session 48's round f, found on the events events74 left unplaced."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.phrases import parse_place

# A word saying whether a crossing is in use describes it; the town after "at" names it.


@pytest.mark.parametrize(
    "text",
    [
        "the active border crossing at Šalčininkai",
        "the closed border crossing at Šalčininkai",
        "the reopened border crossing at Šalčininkai",
    ],
)
def test_a_crossing_in_use_is_named_by_its_town(text):
    assert parse_place(text).name == "Šalčininkai"
    result = geocode_place(text, country="LT")
    assert (result.status, result.name) == ("resolved", "Šalčininkai")


# A possessive after "at" owns only the name after it.


@pytest.mark.parametrize(
    "text",
    [
        "The border crossing at Quebec's Roxham Road",
        "The unofficial border crossing at Quebec's Roxham Road",
        "The closed border crossing at Quebec's Roxham Road",
    ],
)
def test_a_possessive_after_at_owns_the_name_after_it(text):
    result = geocode_place(text, country="CA")
    assert (result.status, result.name) == ("resolved", "Roxham Road")
