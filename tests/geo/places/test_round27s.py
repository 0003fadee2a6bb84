"""Place classes of round 27s, found on ``blind52`` (Latin and Cyrillic rows)."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Russian, Ukrainian and Belarusian "border point X": the adjective is no town
        # (Russia has a Pogranichnyy in Primorye, far from any of these crossings).
        ("Пограничный пункт Верхний Ларс", "RU", "Upper Lars"),
        ("пограничный пункт Верхний Ларс", "GE", "Upper Lars"),
        ("в пограничном пункте Верхний Ларс", "RU", "Upper Lars"),
        ("прикордонний пункт Ягодин", "UA", "Dorohusk–Yahodyn"),
    ],
)
def test_border_point_before_a_crossing_name_names_the_crossing(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Malay and Indonesian "Pelabuhan X": the port of the town X.
        ("Pelabuhan Tawau", "MY"),
        ("pelabuhan Tawau", None),
        ("di Pelabuhan Tawau", "MY"),
    ],
)
def test_pelabuhan_before_a_town_is_the_town(text, country):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == "Tawau"
    assert result.precision == "settlement"


@pytest.mark.parametrize(
    ("text", "country", "name", "precision"),
    [
        # Azerbaijani "X rayonunun Y kəndi": a village unknown to the gazetteer, in the
        # district X; the district, never the village's namesake elsewhere.
        ("Şəmkir rayonunun Sabirkənd kəndi", "AZ", "Şəmkir", "region"),
        # Turkish "X kentinin Y ilçesinde": the district Y of the city X.
        ("Rakka kentinin Telabyad ilçesinde", "SY", "Tell Abyad District", "district"),
    ],
)
def test_a_unit_in_the_genitive_holds_the_place_after_it(text, country, name, precision):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == precision


@pytest.mark.parametrize("text", ["Tovuz rayonunun Ağdam kəndi", "Tovuz rayonunun Ağdam kəndində"])
def test_a_known_village_in_its_district_is_the_village(text):
    # Ağdam of Tovuz has been a villages.tsv row since session 29 (its ru.wikipedia
    # point; blind52 am-az-bc001 codes that village), and "kəndi"/"kəndində" are
    # village words since session 46: the village itself, never Aghdam in Karabakh.
    result = geocode_place(text, country="AZ")
    assert (result.status, result.name, result.precision) == ("resolved", "Ağdam", "settlement")
    assert abs(result.lat - 40.90528) < 1e-4 and abs(result.lon - 45.55639) < 1e-4


@pytest.mark.parametrize(
    "text",
    ["Elbeyli ilçesinin karşısında", "Tovuz rayonunun yaxınlığında"],
)
def test_opposite_or_near_a_unit_in_the_genitive_is_not_in_it(text):
    result = geocode_place(text, country="TR")
    assert not (result.status == "resolved" and result.precision in ("settlement", "exact"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Russian masculine adjectives of names in the locative, genitive and dative:
        # "Верхний Ларс" read back from "Верхнем", "Верхнего", "Верхнему".
        ("в Верхнем Ларсе", "Upper Lars"),
        ("у Верхнего Ларса", "Upper Lars"),
        ("к Верхнему Ларсу", "Upper Lars"),
        ("Дорога к Верхнему Ларсу", "Upper Lars"),
        ("в Нижнем Новгороде", "Nizhniy Novgorod"),
    ],
)
def test_russian_adjectives_of_names_in_oblique_cases(text, name):
    result = geocode_place(text, country="RU")
    assert result.status == "resolved"
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # A demonstrative before the crossing word, then the two towns it joins.
        (
            "este paso fronterizo que conecta Gualeguaychú con Fray Bentos",
            "AR",
            "Libertador General San Martín Bridge",
        ),
        (
            "ese paso fronterizo entre Gualeguaychú y Fray Bentos",
            "UY",
            "Libertador General San Martín Bridge",
        ),
        ("this bridge between Ruse and Giurgiu", "BG", "Giurgiu–Ruse Friendship Bridge"),
        # Romanian "podul ... dintre X şi Y": the bridge between two towns, the country
        # of the far side after it.
        (
            "la Podul Prieteniei dintre Giurgiu şi Ruse, Bulgaria",
            "RO",
            "Giurgiu–Ruse Friendship Bridge",
        ),
        ("podul dintre Giurgiu și Ruse", "RO", "Giurgiu–Ruse Friendship Bridge"),
    ],
)
def test_a_crossing_named_by_the_towns_it_joins(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # The Danish, Swedish and joint names of the Øresund Bridge (data/crossings).
        ("På Øresundsbroen", "DK"),
        ("ved Øresundsbroen", "SE"),
        ("Öresundsbron", "SE"),
        ("the Øresund Bridge", "DK"),
    ],
)
def test_the_oresund_bridge_by_its_danish_and_swedish_names(text, country):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == "Øresund Bridge"
    assert result.precision == "exact"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # Seven Semenivkas in Ukraine: the distance to the named border says which.
        ("з Семенівки, що за 10 кілометрів від російського кордону", "UA-74"),
        ("Семенівка, за 10 кілометрів від російського кордону", "UA-74"),
        ("Semenivka, which is 10 km from the Russian border", "UA-74"),
        ("Semenivka, 10 km from the Moldovan border", "UA-51"),
    ],
)
def test_a_stated_distance_to_a_named_border_picks_the_namesake(text, region):
    result = geocode_place(text, country="UA")
    assert result.status == "resolved"
    assert result.name == "Semenivka"
    assert result.admin1_code == region


def test_a_distance_no_namesake_fits_leaves_the_name_ambiguous():
    result = geocode_place("Semenivka, 300 km from the Russian border", country="UA")
    assert result.status == "ambiguous"
