"""Round 47a, on blind99's misses.

More Somali unit words: a town, an area, a regional state.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.somali_units import somali_units_in_english


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("gudaha Magaalada Beledweyne", "Beledweyne town"),
        ("deegaanka Kala-beyr ee Goballka Hiiraan", "Kala-beyr area, Hiiraan region"),
        (
            "Degmada Feer-feer ee dhulka Ismaamulka Soomaalida Itoobiya",
            "Feer-feer district, Soomaalida Itoobiya region",
        ),
        ("garoonka diyaaradaha ee magaalada Dooloow", None),
    ],
)
def test_more_somali_unit_words_are_written_after_the_names(text, english):
    assert somali_units_in_english(text) == english


@pytest.mark.parametrize(
    ("text", "country", "name", "precision"),
    [
        ("gudaha Magaalada Beledweyne", "SO", "Beledweyne", "settlement"),
        # An area the data lacks: the region named after it holds it.
        ("deegaanka Kala-beyr ee Goballka Hiiraan", "SO", "Hiiraan", "region"),
        # No outline of the district: the region holding its namesake town.
        ("Degmada Feer-feer ee dhulka Ismaamulka Soomaalida Itoobiya", "ET", "Somali", "region"),
    ],
)
def test_somali_towns_areas_and_districts_resolve(text, country, name, precision):
    result = geocode_place(text, country=country)
    assert (result.status, result.name, result.precision) == ("resolved", name, precision)
