"""Foreign towns written as they sound in Arabic letters (session 15).

Our own phrases: towns other than the field sets'.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.arabic_consonants import (
    after_a_settlement_word,
    arabic_skeleton,
    latin_skeleton,
)
from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("سيلوبي", "Silopi"),
        ("ريحانلي", "Reyhanlı"),
        ("تشامان", "Chaman"),
        ("سروج", "Suruç"),
        ("الرمثا", "Ar Ramtha"),
    ],
)
def test_an_arabic_spelling_and_the_latin_name_share_their_consonants(arabic, latin):
    assert arabic_skeleton(arabic) == latin_skeleton(latin)


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("مدينة سيلوبي", "TR", "Silopi"),
        ("في مدينة ريحانلي التركية", "TR", "Reyhanlı"),
        ("تشامان", "PK", "Chaman"),
    ],
)
def test_a_foreign_town_in_arabic_letters_is_found_by_its_consonants(text, country, name):
    result = geocode_place(text, country=country)
    assert (result.status, result.name, result.country) == ("resolved", name, country)


def test_only_in_the_events_country():
    # Without a country the consonants say too little: nothing is guessed.
    assert geocode_place("سيلوبي").status == "unresolved"


@pytest.mark.parametrize(
    "text",
    [
        "الجزء الشرقي من الحدود التركية",  # the eastern part of the Turkish border
        "في المنطقة العسكرية قرب الحدود",  # in the military zone near the border
    ],
)
def test_ordinary_words_inside_a_text_are_no_names_by_their_sound(text):
    result = geocode_place(text, country="TR")
    assert result.precision != "settlement"


def test_a_settlement_word_introduces_a_name():
    assert after_a_settlement_word("سيلوبي", "في مدينة سيلوبي التركية")
    assert not after_a_settlement_word("التركية", "في مدينة سيلوبي التركية")
