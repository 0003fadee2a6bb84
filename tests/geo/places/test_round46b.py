"""Place classes of round 46b: a leading Arabic article in Latin letters within the
event's Arab country, China's neighbours named before a port, a Chinese distance from a
port, Romance "in"/"of the" between a place and the unit holding it, and the valley an
Urdu text names."""

from __future__ import annotations

import pytest

from bordermap.geo.places.cjk_words import cjk_words_apart, han_number
from bordermap.geo.places.geocoder import geocode_place


def test_a_leading_arabic_article_is_left_out_in_the_events_arab_country():
    # GeoNames writes the town "En Nâqoûra"; a report writes "al-Naqoura".
    result = geocode_place("al-Naqoura", country="LB")
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "En Nâqoûra",
        "settlement",
    )


def test_a_leading_arabic_article_is_kept_without_an_arab_country():
    # Without the article "Al-Karameh" would be Kherameh in Iran.
    assert geocode_place("Al-Karameh").country != "IR"
    assert geocode_place("Al-Karameh", country="IR").status != "resolved"


@pytest.mark.parametrize(
    ("written", "value"),
    [("二十", 20), ("十五", 15), ("三百五十", 350), ("两千", 2000), ("20", 20), ("公里", None)],
)
def test_han_numbers(written, value):
    assert han_number(written) == value


def test_a_neighbour_of_china_is_parted_off_the_place_after_it():
    assert cjk_words_apart("巴基斯坦红其拉甫") == "巴基斯坦 红其拉甫"
    assert cjk_words_apart("柬埔寨马德望省") == "柬埔寨 马德望 省"


@pytest.mark.parametrize("text", ["巴基斯坦紅其拉甫口岸", "巴基斯坦红其拉甫口岸"])
def test_a_port_after_its_country_is_the_crossing(text):
    result = geocode_place(text, country="PK")
    assert (result.status, result.name) == ("resolved", "Khunjerab Pass")


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("距巴基斯坦紅其拉甫口岸二十公里處的中巴友誼公路", 20.0),
        ("距紅其拉甫口岸二十公里", 20.0),
        ("距离红其拉甫口岸约500米处", 0.5),
    ],
)
def test_a_chinese_distance_from_a_port_is_near_it(text, km):
    result = geocode_place(text, country="PK")
    assert (result.status, result.name, result.precision) == ("resolved", "Khunjerab Pass", "near")
    # The drawn radius reaches at least as far as the distance the text gives.
    assert result.uncertainty_km is not None
    assert result.uncertainty_km >= km


def test_a_district_in_a_portuguese_province_is_looked_up_in_it():
    result = geocode_place("o distrito de Namaacha na província de Maputo", country="MZ")
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Namaacha District",
        "district",
    )


def test_a_district_in_a_province_that_does_not_hold_it_is_only_the_province():
    result = geocode_place("o distrito de Namaacha na província de Niassa", country="MZ")
    assert result.precision == "region"
    assert result.name == "Niassa"


@pytest.mark.parametrize(
    "text",
    [
        "villaggio di Chinari della regione di Tavush",
        "Chinari della regione di Tavush",
    ],
)
def test_an_italian_village_of_the_region_is_the_village(text):
    result = geocode_place(text, country="AM")
    assert (result.status, result.name, result.precision) == ("resolved", "Chinari", "settlement")


def test_a_portuguese_town_of_the_province_is_the_town():
    result = geocode_place("Namaacha da província de Maputo", country="MZ")
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Namaacha",
        "settlement",
    )


def test_an_italian_village_of_another_region_is_only_the_region():
    result = geocode_place("villaggio di Chinari della regione di Syunik", country="AM")
    assert (result.name, result.precision) == ("Syunik", "region")


def test_an_italian_surroundings_of_a_town_is_near_it():
    result = geocode_place("nei dintorni di Noyemberyan nella provincia di Tavush", country="AM")
    assert (result.status, result.name, result.precision) == ("resolved", "Noyemberyan", "near")


@pytest.mark.parametrize(
    "text",
    [
        "پاکستانی زیر انتظام کشمیر کے وادی نیلم میں",
        "بھارتی فوج کی ایل او سی پر وادی نیلم کے مقام پر",
    ],
)
def test_the_valley_an_urdu_text_names_is_its_district(text):
    result = geocode_place(text, country="PK")
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Neelum District",
        "district",
    )
