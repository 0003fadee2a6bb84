"""Borders in Tajik and Hebrew word order, an Uzbek "located in", a Russian "in the sea",
and a crossing the data lacks "between" two countries (session 46, round 46c, classes
of blind98's misses), on phrases of our own.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "hint", "border"),
    [
        ("сарҳади Тоҷикистону Афғонистон", None, "Afghanistan–Tajikistan border"),
        ("כ-500 מטרים מהגבול עם ירדן", "IL", "Israel–Jordan border"),
        ("לגבול עם לבנון", "IL", "Israel–Lebanon border"),
    ],
)
def test_a_border_in_tajik_or_hebrew_word_order(phrase, hint, border):
    result = geocode_place(phrase, country=hint)
    assert (result.status, result.precision, result.name) == ("resolved", "border", border)


def test_an_unknown_uzbek_post_is_answered_by_the_unit_it_is_located_in():
    result = geocode_place(
        "Qoraqalpog`iston Respublikasida joylashgan «Oqsoy» chegara posti", country="UZ"
    )
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "region",
        "UZ-QR",
    )
    assert result.coarsened


def test_an_unknown_crossing_between_two_countries_is_its_side_not_the_line():
    # The Wadiah crossing (not in the data) between Yemen and Saudi Arabia, of a Yemeni
    # event: the town beside it says which Yemeni region; the whole line says less.
    result = geocode_place("معبر الوديعة الحدودي بين اليمن والسعودية", country="YE")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "region",
        "YE-HD",
    )
    # Of a Saudi event the town itself is no region of Saudi Arabia: the line stays.
    result = geocode_place("معبر الوديعة الحدودي بين اليمن والسعودية", country="SA")
    assert result.precision == "border"


def test_an_unknown_russian_place_in_a_sea_is_answered_by_the_sea():
    # An islet the data lacks "in the Sea of Japan" (declined after "в").
    result = geocode_place("в районе острова Кито в Японском море", country="RU")
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Sea of Japan",
        "region",
    )
    assert result.coarsened


def test_a_countrys_waters_placed_from_its_neighbour_are_that_countrys():
    # Qatari territorial waters north of Saudi Arabia, of a Qatari event: Saudi Arabia,
    # named after the compass word, does not hold them.
    result = geocode_place("في المياه الإقليمية القطرية شرق السعودية", country="QA")
    assert (result.status, result.precision, result.country) == ("resolved", "country", "QA")
    assert "does not hold" in result.note


def test_the_waters_of_a_county_named_without_its_unit_word():
    # "金門" for Kinmen County, then a bearing and the restricted waters: the county.
    # An island the data draws as a circle is no county: the waters off Kunashiri are
    # left to other readings (they may be a border's).
    result = geocode_place("金門北方限制水域", country="TW")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "region",
        "TW-KIN",
    )
    assert "waters of" in result.note
    assert geocode_place("国後島北方水域", country="JP").precision != "region"
