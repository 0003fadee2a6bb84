"""Round 47a, on blind99's misses.

Finnic water head words in a case ("Soome lahes": in the Gulf of Finland).
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.water_head_words import water_head_nominatives


@pytest.mark.parametrize(
    ("key", "nominatives"),
    [
        ("soome lahes", ["soome laht"]),
        ("soome lahel", ["soome laht"]),
        ("läänemerel", ["läänemeri"]),
        ("suomenlahdella", ["suomenlahti"]),
        ("peipsi järvel", ["peipsi järv"]),
        # No declined head word: nothing to read back.
        ("soome laht", []),
        ("narva", []),
    ],
)
def test_declined_water_head_words_are_read_back(key, nominatives):
    assert water_head_nominatives(key) == nominatives


@pytest.mark.parametrize(
    ("phrase", "country", "water"),
    [
        ("Soome lahes", "FI", "Gulf of Finland"),
        ("Soome lahel", None, "Gulf of Finland"),
        ("Suomenlahdella", None, "Gulf of Finland"),
        ("Läänemerel", None, "Baltic Sea"),
        ("Narva lahel", None, "Narva Bay"),
    ],
)
def test_a_gulf_in_a_case_is_the_gulf_not_the_country_it_is_named_after(phrase, country, water):
    # "Soome lahes" (in the Gulf of Finland) once answered the country Finland.
    result = geocode_place(phrase, country=country)
    assert (result.status, result.name, result.precision) == ("resolved", water, "region")
