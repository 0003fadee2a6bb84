"""Regions named as reporters name them: declined adjectives, "-щина" names, foreign words.

Each case failed before the word tables learnt the form (issue 11, class 5).
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        # Ukrainian adjectives in "-зьк-" / "-цьк-", genitive and locative.
        ("жителя Запорізької області", None, "UA-23"),
        ("у Донецькій області", "UA", "UA-14"),
        # "-щина" of a region whose name ends in "-sk".
        ("з Дніпропетровщини", None, "UA-12"),
        # Lithuanian "sritis" for a foreign oblast, in the accusative.
        ("Karaliaučiaus sritį", "RU", "RU-KGD"),
        # Italian "la regione di X".
        ("la regione di Kherson", "UA", "UA-65"),
    ],
)
def test_region_forms(text: str, country: str | None, code: str) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", code)


def test_swahili_county_is_never_its_town() -> None:
    # "kaunti ya Mandera" is the county, never the town Mandera (a finer place than the
    # text names); the outlines lack Kenya's counties, so it is drawn as a circle.
    result = geocode_place("kaunti ya Mandera", country="KE")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "KE-24")
    assert "kaunti" in result.note


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        # A district, then the region holding it in the genitive, without "in".
        ("в Успенском районе Павлодарской области", "KZ", "KZ-55"),
        ("в Свислочском районе Гродненской области", "BY", "BY-HR"),
        # A Turkish district in the ablative.
        ("Silopi ilçesinden", "TR", "TR-73"),
    ],
)
def test_district_read_in_its_case_and_answered_in_its_region(
    text: str, country: str, code: str
) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.admin1_code, result.precision) == ("resolved", code, "district")


@pytest.mark.parametrize("text", ["На Волині", "на півночі Волинської області"])
def test_ukrainian_letters_and_the_north_of_a_region(text: str) -> None:
    # "и" in a Ukrainian text is "y" in Ukrainian Latin (Volyn), not "i".
    result = geocode_place(text, country="UA")
    assert (result.status, result.admin1_code) == ("resolved", "UA-07")
