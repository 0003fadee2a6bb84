"""Round 32c (issue 11): crossing names that must not be taken for another crossing,
and crossing forms the field sets' reports write."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.hyphenated_crossing import unhyphenated_crossing_word
from bordermap.geo.places.spelling import closest_spelling


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # The Choam pass (Anlong Veng; Chong Sa-ngam on the Thai side) is not the Chong
        # Chom pass at O'Smach, 45 km west, though its consonants are the same and its
        # name one letter longer.
        ("the Chong Choam crossing", "KH"),
        ("the Chong Choam crossing", "TH"),
        ("Chong Choam checkpoint", "KH"),
        ("Chong Choam", "KH"),
    ],
)
def test_choam_is_not_chong_chom(text, hint):
    result = geocode_place(text, country=hint)
    assert result.name != "O'Smach–Chong Chom"


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("the Chong Chom crossing", "KH"),
        ("Chong Chom", "TH"),
        ("the Chong Jom crossing", "TH"),
    ],
)
def test_chong_chom_itself_is_still_found(text, hint):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == "O'Smach–Chong Chom"


def test_romanised_pass_names_apart_by_a_vowel_are_two_passes():
    assert closest_spelling("chong choam", [("chong chom", 1)]) is None
    # A consonant spelled otherwise after the pass word still takes one edit.
    assert closest_spelling("chong sangamm", [("chong sangam", 1)]) == (1, "chong sangam", 1)


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # Consonant matches in Latin letters keep taking transliterations whose vowels
        # are as many (Vyšné Nemecké written from Russian).
        ("Grenzübergang Vishne Nemetske", "SK", "Vyšné Nemecké–Uzhhorod"),
        ("пункт пропуска Вышне Немецке", "SK", "Vyšné Nemecké–Uzhhorod"),
    ],
)
def test_transliterated_crossings_are_still_found_by_their_consonants(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # blind26 fi-ru-ab002: the crossing's name and the crossing word as one compound.
        ("Vaalimaan-rajanylityspaikan läheisyydessä", "FI", "Vaalimaa"),
        # Our own: other cases and another crossing.
        ("Vaalimaan-rajanylityspaikalla", "FI", "Vaalimaa"),
        ("Vaalimaan-rajanylityspaikka", "FI", "Vaalimaa"),
    ],
)
def test_a_crossing_joined_to_its_crossing_word_is_read(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name
    assert result.query == text


def test_the_hyphen_is_taken_apart_only_before_a_crossing_word():
    assert unhyphenated_crossing_word("Vaalimaan-rajanylityspaikan") == (
        "Vaalimaan rajanylityspaikan"
    )
    # A crossing word with its own hyphen ("raja-asema") and names with hyphens stay.
    assert unhyphenated_crossing_word("Vaalimaan raja-asemalla") is None
    assert unhyphenated_crossing_word("Kuhmo-Vartius") is None


@pytest.mark.parametrize(
    ("text", "hint", "precision"),
    [
        # blind29 bg-gr-ae003 and ae002: the Greek names of Kulata–Promachonas.
        ("στην είσοδο από τον Προμαχώνα", "GR", "exact"),
        ("στον μεθοριακό σταθμό «Κούλατα» στα σύνορα με την Ελλάδα", "BG", "exact"),
        # blind29 bg-gr-ae001: "Μ.Σ." (border station) is read since round 32g, so the
        # crossing itself (it was near it).
        ("στον Μ.Σ. Κούλατα - Προμαχώνα", "GR", "exact"),
        # Our own.
        ("Κούλατα-Προμαχώνα", "GR", "exact"),
        ("Κούλατα", "BG", "exact"),
    ],
)
def test_kulata_promachonas_in_greek(text, hint, precision):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == "Kulata–Promachonas"
    assert result.precision == precision
