"""Session 41, round41f: events of the blind sets events62 and events63.

A border read inside a region keeps the region ("the X checkpoint at the Kazakh-Uzbek
border in Turkestan region"), and a state's waters in French, or after a Romance
article ("les eaux mauritaniennes", "las aguas nicaragüenses"), are its territory.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


def test_a_border_inside_a_region_keeps_the_region() -> None:
    # The village Jıbek joly lies 600 km off in Almaty region, by another border: the
    # region and the border both hold the place, which the tables lack there.
    result = geocode_place(
        "the village of Jibek Joly at the Kazakh-Uzbek border in Turkestan region", country="KZ"
    )
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "border",
        "KZ-61",
    )


def test_a_kazakh_crossing_in_kazakh_latin() -> None:
    # Kazakh Latin writes "j" for Ж; the crossings table has Zhibek Zholy, from Russian.
    result = geocode_place(
        "the Jibek Joly checkpoint at the Kazakh-Uzbek border in Turkestan region", country="KZ"
    )
    assert (result.status, result.name) == ("resolved", "Zhibek Zholy–Gisht Kuprik")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("les eaux mauritaniennes", "MR"),
        ("las aguas nicaragüenses", "NI"),
    ],
)
def test_a_states_waters_with_an_article_and_a_plural_adjective(text, country) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.country) == ("resolved", "country", country)


def test_french_waters_before_more_words_are_read_by_their_border() -> None:
    # A French Guianese event: the Brazilian border the words end with, not France.
    result = geocode_place(
        "dans les eaux territoriales françaises à une dizaine de milles nautiques de la "
        "frontière brésilienne",
        country="GF",
    )
    assert (result.status, result.precision) == ("resolved", "border")


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Em Porto Quijarro", "BO", "Puerto Quijarro"),
        ("Porto Suárez", "BO", "Puerto Suárez"),
        ("Puerto Velho", "BR", "Porto Velho"),
    ],
)
def test_a_port_word_of_the_other_language(text, country, name) -> None:
    # A Brazilian report writes Bolivia's Puerto Quijarro with its own port word.
    result = geocode_place(text, country=country)
    assert (result.status, result.country, result.name) == ("resolved", country, name)


def test_the_area_of_a_place_after_its_turkish_province() -> None:
    # "Hatay Yayladağı bölgesinde" (in the Yayladağı area of Hatay): the province, then
    # the town with the area word after it, near the town.
    result = geocode_place("Hatay Yayladağı bölgesinde", country="TR")
    assert (result.status, result.precision, result.name) == ("resolved", "near", "Yayladağı")


def test_the_rowley_shoals_are_their_circle_not_australias_middle() -> None:
    # The atolls lie 260 km off Broome, outside Australia's outline: the text's
    # "Western Australian" had answered the country's middle, 1,700 km off.
    result = geocode_place(
        "near the Rowley Shoals Marine Park off the northern Western Australian coast",
        country="AU",
    )
    assert (result.status, result.name, result.country) == ("resolved", "Rowley Shoals", "AU")
    assert (result.lat, result.lon, result.uncertainty_km) == (-17.33333, 119.33333, 50.0)


def test_a_border_unit_named_after_its_town_guards_the_district_it_seats() -> None:
    # The sector a border unit based in Panj patrols is the land around the town, not
    # the town: the district Panj seats.
    result = geocode_place("the area patrolled by the Panj border unit", country="TJ")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "district",
        "TJ-KT",
    )
    assert "Panj" in (result.name or "")


def test_the_mountainous_areas_of_a_town_of_a_province() -> None:
    # The kind of land before "areas of" is a descriptor, as "border" and "rural" are:
    # the town, inside its province.
    result = geocode_place(
        "the mountainous areas of Nowsud town of Kermanshah province", country="IR"
    )
    assert (result.status, result.admin1_code) == ("resolved", "IR-05")
    assert result.name == "Nowsūd"


def test_the_unwritten_vowel_before_r_spelt_a_or_e() -> None:
    # GeoNames writes Sunderbani; reports write Sundarbani too.
    result = geocode_place("west of Rajouri in the Sundarbani area", country="IN")
    assert (result.status, result.precision, result.name) == ("resolved", "near", "Sunderbani")


def test_the_coast_of_a_japanese_city_is_no_town_of_tokyo() -> None:
    # "海岸" (coast) after "の" is the town's coast; a town of Tokyo bears it as its name.
    result = geocode_place("由利本荘市の海岸付近", country="JP")
    assert (result.status, result.name, result.admin1_code) == ("resolved", "Yurihonjō", "JP-05")
    result = geocode_place("秋田県由利本荘市の海岸付近", country="JP")
    assert (result.status, result.admin1_code) == ("resolved", "JP-05")
