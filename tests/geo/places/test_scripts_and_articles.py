"""Greek and Serbian Cyrillic names, Albanian and Greek words, the Arabic article."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.names import normalise


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Καστανιές", "kastanies"),
        ("Έβρου", "evrou"),
        ("Αλεξανδρούπολη", "alexandroupoli"),
        ("Брњак", "brnjak"),
        ("Јариње", "jarinje"),
        ("Витебск", "vitebsk"),
    ],
)
def test_greek_and_serbian_letters_are_written_as_their_latin_alphabets(written, key):
    assert normalise(written) == key


@pytest.mark.parametrize(
    ("text", "country", "name", "precision"),
    [
        # The genitive container (Evros) is not known by that form: with the event's
        # country the place is looked up there alone.
        ("στις Καστανιές του Έβρου", "GR", "Kastaniés", "settlement"),
        ("απέναντι από το Κίλις", None, "Kilis", "near"),
        ("në pikëkalimin Jarinë", None, "Jarinje", "exact"),
        ("pranë pikëkalimit kufitar Merdare", None, "Merdare", "near"),
    ],
)
def test_greek_and_albanian_words_around_a_name(text, country, name, precision):
    result = geocode_place(text, country=country)
    assert (result.status, result.name, result.precision) == ("resolved", name, precision)


def test_an_arabic_article_inside_a_name_may_be_left_out():
    result = geocode_place("the Syrian border town of Tall al-Abyad")
    assert (result.country, result.admin1_code, result.precision) == ("SY", "SY-RA", "settlement")


def test_an_arabic_article_at_the_start_is_part_of_the_name():
    # Without it, "Al-Karameh" (Jordan) would be Kherameh in Iran.
    result = geocode_place("Al-Karameh")
    assert result.country != "IR"
