"""The lead's place classes of session 21, found on ``blind37`` and ``blind38``."""

from __future__ import annotations

import pytest

from bordermap.geo.places.gazetteer import load_gazetteer
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.names import normalise
from bordermap.geo.places.scope import Scope, crossing_in_region


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # A crossing is filed under no region; named inside a region of one of the two
        # countries it joins, it is that crossing, not the region.
        ("в пункте пропуска «Верхний Ларс» в Северной Осетии", "RU"),
        ("the Koidula crossing in Võru County", "EE"),
    ],
)
def test_a_crossing_named_inside_a_region_of_its_country(text, hint):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.precision == "exact"


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # Without a crossing word the name is the village the crossing is named after.
        ("a field adjacent to village Attari in Amritsar district", "IN"),
        ('"Верхний Ларс" в Северной Осетии', "RU"),
    ],
)
def test_a_name_not_called_a_crossing_is_not_taken_for_one(text, hint):
    result = geocode_place(text, country=hint)
    assert result.precision != "exact"


def _crossing(key: str):
    return next(p for p in load_gazetteer().lookup_key(normalise(key)) if p.kind == "crossing")


def test_a_region_admits_only_crossings_of_its_country_at_its_edge():
    upper_lars = _crossing("Verkhniy Lars")
    assert crossing_in_region(upper_lars, "RU-SE")
    assert Scope(countries=("RU",), admin1="RU-SE", crossings_at_edge=True).admits(upper_lars)
    assert not Scope(countries=("RU",), admin1="RU-SE").admits(upper_lars)
    # Another region of Russia, far from the crossing, does not hold it.
    assert not crossing_in_region(upper_lars, "RU-KDA")
    # Nor a region of a country the crossing does not join.
    assert not crossing_in_region(upper_lars, "AM-SU")
    koidula = _crossing("Koidula")
    assert not Scope(countries=("EE",), admin1="EE-37", crossings_at_edge=True).admits(koidula)


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # "la aduana X": the customs post a Central American crossing is named by.
        ("la aduana Pedro de Alvarado, Jutiapa", "GT", "Pedro de Alvarado–La Hachadura"),
        ("la aduana El Poy", "SV", "El Poy"),
    ],
)
def test_a_customs_post_named_is_its_crossing(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.name == name
    assert result.precision == "exact"


def test_a_customs_house_far_from_every_border_is_no_crossing():
    assert geocode_place("la aduana de Manzanillo", country="MX").status == "unresolved"


@pytest.mark.parametrize(
    "text",
    [
        # A direction from a town without a distance: the unknown place lies somewhere
        # that way (Sasabe is 100 km from Tucson), never "near" the town.
        "el área de Sasabe, al suroeste de Tucson",
        "Foobarville, southwest of Tucson",
    ],
)
def test_an_unknown_place_a_way_from_a_town_is_not_near_it(text):
    result = geocode_place(text, country="US")
    assert result.precision != "near"
    assert result.status == "unresolved" or (result.coarsened and result.admin1_code == "US-AZ")


def test_a_known_place_a_way_from_a_town_is_still_found():
    result = geocode_place("Arivaca, southwest of Tucson", country="US")
    assert result.name == "Arivaca"


@pytest.mark.parametrize(
    ("text", "hint", "unit"),
    [
        # Lithuanian and Latvian name the unit first, in the genitive, then the place in
        # it: an unknown village is answered as its district, flagged.
        ("ties Šalčininkų rajono Kiemeliškių kaimu esančioje autobusų stotelėje", "LT", "LT-VL"),
        ("netoli Ignalinos rajono Čepukų kaimo, ant Apvardų ežero ledo", "LT", "LT-UT"),
        ("Varėnos rajono Musteikos kaime", "LT", "LT-AL"),
    ],
)
def test_a_unit_named_first_in_the_genitive_holds_the_place(text, hint, unit):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.coarsened
    assert result.admin1_code == unit


def test_a_hungarian_border_station_is_a_crossing():
    # "határállomás" (border station) names a crossing as "határátkelő" does.
    result = geocode_place("a záhonyi határállomáson", country="HU")
    assert result.name == "Záhony–Chop"


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # Spanish "población" (town) is a settlement word, with its adjective.
        ("cerca de la población fronteriza de Ajo", "US", "Ajo"),
        # A Turkish town's station, hospital or bus terminal, its case after an apostrophe.
        ("Akçakale Tren İstasyonu'nda", "TR", "Akçakale"),
        ("Kilis Otogarı'nda", "TR", "Kilis"),
    ],
)
def test_a_town_named_by_a_word_or_a_building_of_it(text, hint, name):
    assert geocode_place(text, country=hint).name == name


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # A crossing named by the two countries' words, then the words that tell it
        # from the border's other crossings, as the table names it otherwise.
        ("the Sino-North Korean Friendship Bridge", "CN", "Sino-Korean Friendship Bridge"),
        ("the Afghan-Uzbek Friendship Bridge", "UZ", "Hairatan–Termez"),
    ],
)
def test_a_crossing_named_by_its_countries(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.name == name
    assert result.precision == "exact"


def test_a_border_with_no_crossing_of_those_words_names_none():
    # No crossing of the Belarus-Poland border is a "Friendship" bridge.
    result = geocode_place("the Polish-Belarusian Friendship Bridge", country="PL")
    assert result.precision != "exact"


def test_a_unit_then_a_comma_then_the_unit_holding_it():
    # "la commune de X, wilaya de Y": the commune is looked up inside the wilaya, which
    # answers for an unknown one, flagged; the comma no longer joins both in one name.
    result = geocode_place(
        "poste frontalier de Bouchebka, dans la commune de Houdjebet, wilaya de Tébessa",
        country="DZ",
    )
    assert result.admin1_code == "DZ-12"
    assert result.precision == "region"
    assert result.coarsened


@pytest.mark.parametrize(
    "text",
    # Ukrainian "пункт пропуску" (checkpoint) in its cases, with the crossing's two ends.
    ["пункту пропуску «Порубне-Сірет»", "пункті пропуску «Порубне»"],
)
def test_the_ukrainian_checkpoint_in_its_cases(text):
    assert geocode_place(text, country="UA").name == "Siret–Porubne"
