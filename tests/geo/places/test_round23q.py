"""Place classes of round 23q, found on ``blind43``."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "hint", "region"),
    [
        # A municipality is a unit below admin-1: the country's municipios of the name
        # lie in other departments or states than the admin-1 namesake.
        ("en el municipio Bolívar", "CO", "CO-BOL"),
        ("el municipio Bolívar", "VE", "VE-F"),
    ],
)
def test_a_municipality_is_not_the_admin1_unit_of_its_name(text, hint, region):
    result = geocode_place(text, country=hint)
    assert result.status != "resolved" or result.admin1_code != region
    assert result.precision != "region"


def test_the_town_of_a_municipality_is_found_without_it():
    # The municipality cannot be drawn, so the town before it is looked up alone.
    result = geocode_place("San Antonio del Táchira, municipio Bolívar", country="VE")
    assert result.status == "resolved"
    assert result.name == "San Antonio del Táchira"
    assert result.admin1_code == "VE-S"


@pytest.mark.parametrize(
    "text",
    [
        # A front's direction (axis) named by a town, or by several joined ones, runs
        # through the country around the town: its region, never the town.
        "на Вовчанському та Липецькому напрямках",
        "the Vovchansk direction",
        "на Куп’янському напрямку",
    ],
)
def test_a_military_direction_is_the_region_around_its_town(text):
    result = geocode_place(text, country="UA")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "UA-63"


@pytest.mark.parametrize(
    "text",
    ["the Bilopillia territorial community", "the Bilopillia territorial hromada"],
)
def test_a_territorial_community_is_the_hromada(text):
    # "Territorial community" is the English of "територіальна громада": the
    # municipality seated at the town, at district precision, not near the town.
    result = geocode_place(text, country="UA")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == "Bilopillia"


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # The number tells bridges of one name apart; the table's unnumbered name
        # may be another of them.
        ("the Thai-Myanmar Friendship Bridge 2", "TH"),
        ("the Thai-Lao Friendship Bridge II", "TH"),
    ],
)
def test_a_numbered_bridge_is_not_the_unnumbered_one(text, hint):
    result = geocode_place(text, country=hint)
    assert result.status != "resolved"


def test_an_unnumbered_bridge_is_still_found():
    # Both bridges of the name are found (session 54: Mae Sai's bears it too); the
    # town in the text chooses.
    bare = geocode_place("the Thai-Myanmar Friendship Bridge", country="TH")
    assert bare.status == "ambiguous"
    assert {c.name for c in bare.candidates} == {"Mae Sai–Tachileik", "Mae Sot–Myawaddy"}
    result = geocode_place("the Thai-Myanmar Friendship Bridge in Mae Sot", country="TH")
    assert (result.status, result.name) == ("resolved", "Mae Sot–Myawaddy")


def test_a_numbered_first_bridge_of_a_series_is_the_unnumbered_one():
    # The table names the Thai–Lao bridges "Second ...", "Third ...": the first is the
    # one of the bare name.
    result = geocode_place("the Thai-Lao Friendship Bridge 1", country="TH")
    assert result.status == "resolved"
    assert result.name == "Thai–Lao Friendship Bridge"


def test_a_town_named_without_its_honorific_title():
    # "Matamoros" in the press is Heroica Matamoros, the border city, not the smaller
    # Matamoros of Coahuila.
    result = geocode_place("desde Matamoros", country="MX")
    assert result.status == "resolved"
    assert result.admin1_code == "MX-TAM"


def test_a_sentence_initial_settlement_word_is_the_word():
    # "Село X <district adjective> района": the village in the district, read as when
    # "село" is written in lower case.
    result = geocode_place("Село Старый Хутор Валуйского района", country="RU")
    assert result.status == "resolved"
    assert result.admin1_code == "RU-BEL"


def test_an_arabic_joined_in_before_a_name_without_article():
    # "بصيدا" is "in Sidon": the preposition joined to a name the data holds.
    result = geocode_place("بلدة كفرحتى بصيدا", country="LB")
    assert result.status == "resolved"
    assert result.admin1_code == "LB-JA"


def test_a_name_beginning_with_the_letter_is_not_cut_to_a_guess():
    # The rest of the word is taken only as a name the data holds as written.
    result = geocode_place("بنصيب", country="SY")
    assert result.status != "resolved" or result.name != "An Nashābīyah"


def test_a_persian_word_beginning_with_the_letter_is_not_cut():
    # "در برابر" (in front of) is Persian: "برابر" is no "in" + "رابر" (Rabor).
    result = geocode_place("در برابر فرمانداری بانه", country="IR")
    assert result.name != "Kerman"
