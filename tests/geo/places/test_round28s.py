"""Place classes of round 28s, found on ``blind53``."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # Several crossings share "the Thai–Myanmar Friendship Bridge" (Mae Sot's and
        # Mae Sai's); the towns of the relative clause say which.
        (
            "near the Thai-Myanmar Friendship Bridge, which links Mae Sai with Tachilek",
            "TH",
            "Mae Sai–Tachileik",
        ),
        (
            "the Thai-Myanmar Friendship Bridge, which links Mae Sot with Myawaddy",
            "TH",
            "Mae Sot–Myawaddy",
        ),
        (
            "the Friendship Bridge that links Nong Khai with Vientiane",
            "TH",
            "Thai–Lao Friendship Bridge",
        ),
        ("the bridge, which connects Irún and Hendaye", "ES", "Irun–Hendaye"),
    ],
)
def test_a_clause_naming_the_towns_picks_the_crossing(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name


def test_a_crossing_far_from_the_towns_it_is_said_to_link_is_not_answered():
    # Chiang Mai and Taunggyi are known towns, but no crossing of theirs is: the
    # bridge's name alone would pick Mae Sot's, 250 km away.
    result = geocode_place(
        "the Thai-Myanmar Friendship Bridge, which links Chiang Mai with Taunggyi", country="TH"
    )
    assert result.status == "unresolved"
    assert "not near the towns" in result.note


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # "Between" towns a crossing lies on the way between, and a country on one side,
        # do not move it.
        ("at the Svinesund crossing between Gothenburg and Oslo", "NO", "Svinesund"),
        ("el paso Cristo Redentor, que une Mendoza con Chile", "AR", "Los Libertadores"),
    ],
)
def test_towns_a_crossing_lies_between_or_a_country_keep_it(text, hint, name):
    result = geocode_place(text, country=hint)
    assert (result.status, result.name) == ("resolved", name)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # A crossing the data lacks, named with the crossing word: An Nashābīyah, near
        # Damascus, only has the consonants n-s-b of the name.
        ("معبر نصيبة الحدودي", "SY"),
        ("معبر نصيبة", "SY"),
    ],
)
def test_a_town_that_only_sounds_like_a_crossing_name_is_not_answered(text, hint):
    result = geocode_place(text, country=hint)
    assert result.status == "unresolved"
    assert "only sounds like" in result.note


def test_a_town_spelled_as_the_gazetteer_has_it_still_stands_for_its_crossing():
    # "كسوة" is a form of Al Kiswah itself, not a guess by its consonants.
    # Session 38: Al Kiswah lies 30-50 km from Syria's land borders, so a post named
    # after it is not near it: the region holding the town found.
    result = geocode_place("معبر كسوة", country="SY")
    assert (result.status, result.name, result.precision) == ("resolved", "Rif Dimashq", "region")
    assert "from Al Kiswah" in result.note


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("معبر نصيب- جابر الحدودي بين البلدين", "SY"),
        ("معبر جابر الحدودي", "JO"),
        ("the Jaber border crossing", "JO"),
        ("the Nassib crossing", "SY"),
        ("the Naseeb-Jaber border crossing", "JO"),
        ("Nasib/Jaber", "SY"),
    ],
)
def test_the_nasib_jaber_crossing(text, hint):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == "Nasib–Jaber"
    assert result.country is None  # the crossing, filed under no country


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # Kyrgyz names the country first, in the genitive: "Tajikistan's town of Buston",
        # "Kyrgyzstan's village of Ak-Say".
        ("Кыргызстандын Ак-Сай айылынын", "KG", "Ak-Say"),
        ("Тажикстандын Ворух айылында", "TJ", "Vorukh"),
    ],
)
def test_a_kyrgyz_country_in_the_genitive_holds_the_place_after_it(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name


def test_a_kyrgyz_genitive_of_another_country_does_not_hold_the_place():
    # Vorukh is Tajik: "Kyrgyzstan's Vorukh" names no place of the data.
    result = geocode_place("Кыргызстандын Ворух айылында", country="KG")
    assert result.status != "resolved" or result.name != "Vorukh"


def test_two_namesakes_in_the_country_stay_ambiguous_after_its_genitive():
    # GeoNames has two towns of the name in Sughd (Buston and Bŭston).
    result = geocode_place("Тажикстандын Бустон шаарында", country="TJ")
    assert result.status == "ambiguous"
    assert {c.name for c in result.candidates} == {"Buston", "Bŭston"}


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # Czechia has three villages named Mikulovice; one lies on the Polish border,
        # one by the Austrian border near Znojmo.
        ("dem Dorf Mikulovice nahe der Grenze zu Polen", "CZ-71"),
        ("Mikulovice near the border with Poland", "CZ-71"),
        ("Mikulovice near the Austrian border", "CZ-64"),
    ],
)
def test_the_namesake_by_the_border_named(text, region):
    result = geocode_place(text, country="CZ")
    assert result.status == "resolved"
    assert (result.name, result.admin1_code) == ("Mikulovice", region)


@pytest.mark.parametrize(
    "text",
    [
        "Mikulovice near the border with Slovakia",
        # A stated distance is weighed on its own (round 27s): 300 km fits none.
        "Mikulovice, 300 km from the Polish border",
        "Semenivka, 300 km from the Russian border",
    ],
)
def test_namesakes_none_of_which_lies_by_the_border_stay_ambiguous(text):
    hint = "UA" if text.startswith("Semenivka") else "CZ"
    result = geocode_place(text, country=hint)
    assert result.status == "ambiguous"


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # Italian "the border of X with Y": "di", "della", "dell'" before the owner, as
        # Spanish "de" and English "of" are read.
        ("il confine di Chiasso con l’Italia", "IT", "Switzerland–Italy border"),
        ("il confine di Ventimiglia con la Francia", "IT", "France–Italy border"),
        ("il confine dell’Italia con la Svizzera", "IT", "Switzerland–Italy border"),
    ],
)
def test_an_italian_border_of_a_place_with_a_country(text, hint, name):
    result = geocode_place(text, country=hint)
    assert (result.status, result.precision, result.name) == ("resolved", "border", name)
