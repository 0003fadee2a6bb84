"""Place classes of round 24p, found on ``blind44`` and ``events18``."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        # Dari writes "ولایت" (province) with the Persian yeh: the province named after
        # it is a unit, found by its consonants as after Arabic "ولاية".
        "در ولایت ننگرهار",
        "ولسوالی نازیان ولایت ننگرهار",
        "در ولسوالی دربابای ولایت ننگرهار",
    ],
)
def test_a_dari_province_word_names_the_province(text):
    result = geocode_place(text, country="AF")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "AF-NAN"


def test_a_border_post_in_an_unknown_village_of_a_district_is_the_district():
    # The village is unknown: the town only stands for a place somewhere in its
    # district, so the border's stretch near the town is no answer; the district is.
    result = geocode_place("the Border Outpost (BOP) in Kaalian in Tarn Taran", country="IN")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == "Tarn Taran"
    assert result.coarsened


def test_a_border_post_in_a_known_district_town_keeps_its_stretch():
    # The town itself named (no unknown place inside it): its stretch of the line.
    result = geocode_place("the Border Outpost in Tarn Taran", country="IN")
    assert result.status == "resolved"
    assert result.precision == "border"


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # South Slavic neuter towns in "-e": locative "-u", genitive "-a".
        ("u Prijepolju", "RS", "Prijepolje"),
        ("kod Prijepolja", "RS", "Prijepolje"),
        ("u Užicu", "RS", "Užice"),
        # Slovak neuter towns in "-o": locative "-e" ("v Brezne").
        ("v Brezne", "SK", "Brezno"),
    ],
)
def test_neuter_towns_are_found_in_their_cases(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "hint", "crossing"),
    [
        # Slovak "hraničný priechod v X" (the border crossing in X), with the two
        # countries' adjective before it and the town in the locative.
        ("Slovensko-maďarský hraničný priechod v Komárne", "SK", "Komárom–Komárno"),
        ("na hraničnom priechode v Komárne", "SK", "Komárom–Komárno"),
        # Spanish "puente binacional" (the two nations' bridge).
        ("el puente binacional Simón Bolívar", "CO", "Simón Bolívar Bridge"),
    ],
)
def test_crossing_words_of_more_languages(text, hint, crossing):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == crossing


def test_a_dutch_crossing_named_by_its_town_and_motorway():
    # "grensovergang Venlo Autoweg": the road crossing named after the town Venlo.
    result = geocode_place("bij grensovergang Venlo Autoweg (A67)", country="NL")
    assert result.status == "resolved"
    assert result.name == "Venlo"


def test_a_crossing_at_a_town_of_several_namesakes_is_at_the_one_the_tables_list():
    # Two Gantas in Nimba: the tables' Diéké–Ganta crossing lies at one of them.
    result = geocode_place("The main border crossing at Ganta", country="LR")
    assert result.status == "resolved"
    assert result.lon == pytest.approx(-8.98444, abs=0.01)
    # Alone, the name is still ambiguous.
    assert geocode_place("Ganta", country="LR").status == "ambiguous"


@pytest.mark.parametrize(
    ("text", "hint", "region"),
    [
        # Russian "провинции" (of the province) and "штата" (of the state) before a
        # foreign unit's undeclined name, alone or after a place it holds.
        ("в провинции Так", "TH", "TH-63"),
        ("в районе Мэсот провинции Так", "TH", "TH-63"),
        ("Мьявади штата Карен", "MM", "MM-13"),
        ("в штате Техас", "US", "US-TX"),
    ],
)
def test_russian_words_for_a_foreign_province_or_state(text, hint, region):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == region


def test_a_checkpoint_named_after_an_inland_town_is_near_it():
    # Road checkpoints stand inland, named after the town whose roads they watch; a
    # border crossing named after a town far from every border is still no answer.
    result = geocode_place("a Las Cruces checkpoint", country="US")
    assert result.status == "resolved"
    assert result.precision == "near"
    assert result.name == "Las Cruces"
    assert geocode_place("the Las Cruces border checkpoint", country="US").status != "resolved"
