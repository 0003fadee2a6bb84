"""Place classes of round 29p: how reporters of languages other than English and
Spanish write places, found on the seen place sets."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # An Arabic unit word ("مدينة" city, "بلدة" town, "قرية" village) before a name
        # of two words: the whole name is the one the word introduces.
        ("مدينة بن قردان الحدودية مع ليبيا", "TN", "Ben Gardane"),
        ("مدينة بن قردان", "TN", "Ben Gardane"),
        ("بلدة جيلان بينار التابعة لإقليم شانلي أورفا", "TR", "Ceylanpınar"),
        ("قرية كفر جيلادي التعاونية القريبة من مدينة كريات شمونة", "IL", "Qiryat Shmona"),
        ("بلدة بيت هلل الإسرائيلية", "IL", "Bet Hillel"),
    ],
)
def test_an_arabic_unit_word_introduces_a_name_of_several_words(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == "settlement"


def test_a_name_of_several_words_is_still_read_only_after_its_unit_word():
    # Without a unit word before them, words inside a longer text are not sounded out.
    result = geocode_place("تجمعا بن قردان للجنود", country="TN")
    assert result.status != "resolved" or result.name != "Ben Gardane"


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Quotation marks around an Arabic name, or glued to the unit word before it,
        # are typography: the unit word still introduces the name.
        ("بلدة “بيت هلل” الإسرائيلية", "IL", "Bet Hillel"),
        ('مدينة "بن قردان"', "TN", "Ben Gardane"),
        ("معبر”دوغارون” الحدودي مع أفغانستان", "IR", "Islam Qala–Dogharoun"),
        ("مدينة«بن قردان»", "TN", "Ben Gardane"),
    ],
)
def test_quotation_marks_around_an_arabic_name_are_typography(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name
