"""Place classes of round 35a: phrases of the blind and events sets of session 35 that
failed for a general reason in how reporters write them."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.han_address import han_chain_readings, simplified

# --- Chinese: traditional characters and chains of unit words -------------------------
# Reports from Taiwan, Hong Kong and overseas write traditional characters, the
# gazetteer keeps GeoNames' simplified ones; a place is a chain of units, each name
# joined to its unit word ("鎮康縣南傘鎮": Zhenkang county, Nansan town).


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Field phrases (blind71).
        ("鎮康縣南傘鎮", "CN", "Nansan"),
        ("別爾哥羅德市中心", "RU", "Belgorod"),
        # Own examples: traditional names of border towns, alone and after a province.
        ("琿春市", "CN", "Hunchun"),
        ("吉林省琿春市", "CN", "Hunchun"),
        ("黑龍江省綏芬河市", "CN", "Suifenhe"),
        ("庫爾斯克市", "RU", "Kursk"),
    ],
)
def test_a_chinese_town_in_traditional_characters_or_a_chain(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "settlement"
    assert result.name == name


def test_a_county_of_the_chain_is_the_region_holding_it_never_its_town():
    # Field phrase (blind71): Nabang is no place the data knows; Yingjiang county is
    # answered by the region holding its namesake town, not by the town.
    result = geocode_place("中國境內盈江縣的那邦小鎮", country="CN")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "CN-YN"


def test_a_city_under_a_prefecture_is_a_unit_never_a_point():
    # Field phrase (blind71): Ruili is a county-level city of Dehong prefecture.
    result = geocode_place("與之相鄰的雲南德宏州瑞麗市", country="CN")
    assert result.status == "resolved"
    assert result.precision in ("region", "country")


def test_the_chain_readings():
    assert simplified("鎮康縣南傘鎮") == "镇康县南伞镇"
    assert han_chain_readings("镇康县南伞镇") == ["南伞", "镇康 County"]
    # The province, its "省" left out before the first unit, is read last (round39e).
    assert han_chain_readings("云南德宏州瑞丽市") == ["瑞丽 County", "云南省"]
    assert han_chain_readings("Ruili 市") == []


# --- a state's waters in Arabic and Urdu -------------------------------------------------
# "the territorial (economic) waters" of a state before its adjective or "of the State
# of X" (Arabic), the adjective before "sea areas" (Urdu): the state, as "Qatari
# territorial waters" is; the events sets code the sea border, which holds it.


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Field phrases (events48, events49).
        ("المياه الإقليمية القطرية", "QA"),
        ("المياه الاقتصادية لدولة قطر", "QA"),
        ("پاکستانی سمندری علاقوں", "PK"),
        # Own examples.
        ("في المياه الإقليمية الإيرانية", "IR"),
        ("بالمياه الإقليمية الكويتية", "KW"),
        ("ایرانی سمندری حدود", "IR"),
    ],
)
def test_a_states_waters_are_the_state(text, country):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "country"
    assert result.country == country


# --- Kazakh: "X мен Y шекарасында" (on the border of X and Y) --------------------------


@pytest.mark.parametrize(
    ("text", "hint", "pair"),
    [
        # Field phrase (blind71).
        ("Қазақстан мен Қырғызстан шекарасында", "KG", ("Kazakhstan", "Kyrgyzstan")),
        # Own examples.
        ("Қазақстан-Қырғызстан шекарасында", "KZ", ("Kazakhstan", "Kyrgyzstan")),
        ("Қырғызстан мен Қазақстан шекарасынан", "KZ", ("Kazakhstan", "Kyrgyzstan")),
        ("Қазақстан мен Өзбекстан шекарасында", "KZ", ("Kazakhstan", "Uzbekistan")),
    ],
)
def test_the_kazakh_border_of_two_countries(text, hint, pair):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert all(country in result.name for country in pair)


# --- a pair of gates, each with its province and country in parentheses ----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Field phrase (blind71): "the pair of international gates", each gate followed
        # by its province and country; the Vietnamese pair name of the crossing.
        (
            "cặp cửa khẩu quốc tế Tà Lùng (Cao Bằng, Việt Nam) - "
            "Thủy Khẩu (Quảng Tây, Trung Quốc)",
            "Ta Lung–Shuikou",
        ),
        # Own examples: without the gate words, and another pair.
        ("Tà Lùng (Cao Bằng, Việt Nam) - Thủy Khẩu (Quảng Tây, Trung Quốc)", "Ta Lung–Shuikou"),
        (
            "Móng Cái (Quảng Ninh, Việt Nam) - Đông Hưng (Quảng Tây, Trung Quốc)",
            "Mong Cai–Dongxing",
        ),
        ("cặp cửa khẩu Móng Cái - Đông Hưng", "Mong Cai–Dongxing"),
        ("cặp cửa khẩu Tà Lùng - Thủy Khẩu", "Ta Lung–Shuikou"),
    ],
)
def test_a_gate_pair_with_province_and_country_asides(text, name):
    result = geocode_place(text, country="VN")
    assert result.status == "resolved"
    assert result.name == name


# --- Amharic "the area called X" and the town's full name -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "መተማ-ዮሐንስ በተባለዉ አካባቢ",  # field phrase (blind71)
        "መተማ ዮሐንስ",
        "Metema Yohannes",
    ],
)
def test_metemma_by_its_full_name(text):
    result = geocode_place(text, country="ET")
    assert result.status == "resolved"
    assert result.country == "ET"
    assert abs(result.lat - 12.95) < 0.1
    assert abs(result.lon - 36.16) < 0.1


# --- Guerguerat: the village of the Moroccan post before Mauritania -------------------


@pytest.mark.parametrize("text", ["Guerguerat", "الكركرات", "Guergarat"])
def test_guerguerat_is_the_village_of_the_post(text):
    # Field phrase (events48, hint MA): Western Sahara under Moroccan administration,
    # filed under MA as GeoNames files its towns.
    result = geocode_place(text, country="MA")
    assert result.status == "resolved"
    assert result.country == "MA"
    assert abs(result.lat - 21.426) < 0.01
    assert abs(result.lon + 16.959) < 0.01
