"""Classes of place round 34f: unresolved phrases of the blind68 set, sorted by cause.

A Lebanese border village that GeoNames ``cities500`` lacks (Odaisseh, العديسة) gets
its public point in ``villages.tsv``; the spelling عيثا (with ث) of Aita al-Shaab, which
its people use, joins the village's forms.  The Vietnamese name of the Chinese side of
a crossing (Đông Hưng for Dongxing), written with the gate word "cửa khẩu" only, since
a district of Thái Bình bears the bare name.  Grammar: "downtown X" is the centre of
town X, which holds what the text names in it; a Ukrainian unit followed by "на" and
its "-щина" region in the locative ("громаді на Сумщині"); the Thai border word joined
to the two towns of one crossing ("ชายแดนแม่สาย-ท่าขี้เหล็ก").
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "precisions"),
    [
        # Field phrases (blind68): before, unresolved.
        ("في بلدة العديسة الحدودية", {"settlement"}),
        ("إلى أطراف بلدة العديسة", {"settlement", "near"}),
        # Our own: the Latin forms reports write.
        ("Odaisseh", {"settlement"}),
        ("the border village of Adaisseh", {"settlement", "near"}),
        ("قرية العديسة", {"settlement"}),
    ],
)
def test_odaisseh_is_the_border_village(text: str, precisions: set[str]) -> None:
    result = geocode_place(text, country="LB")
    assert result.status == "resolved", result
    assert result.name == "Odaisseh"
    assert result.precision in precisions


@pytest.mark.parametrize(
    "text",
    [
        # Field phrase (blind68): before, unresolved.
        "في منطقة عيثا الشعب الحدودية",
        # Our own.
        "بلدة عيثا الشعب",
        "عيثا الشعب",
    ],
)
def test_aita_al_shaab_spelt_with_tha(text: str) -> None:
    result = geocode_place(text, country="LB")
    assert result.status == "resolved", result
    # The village itself, or the region holding it where "منطقة" is read as a unit.
    assert result.name in {"Aita al-Shaab", "An Nabatiyah"}
    assert result.country == "LB"


@pytest.mark.parametrize(
    "text",
    [
        # Field phrase (blind68): before, unresolved.
        "tại cửa khẩu Đông Hưng",
        # Our own.
        "Cửa khẩu Đông Hưng",
        "qua cửa khẩu Móng Cái–Đông Hưng",
    ],
)
def test_dong_hung_gate_is_the_dongxing_crossing(text: str) -> None:
    result = geocode_place(text, country="VN")
    assert result.status == "resolved", result
    assert result.name == "Mong Cai–Dongxing"


def test_bare_dong_hung_stays_the_thai_binh_district() -> None:
    # Without the gate word the Vietnamese town of that name is meant.
    result = geocode_place("Đông Hưng", country="VN")
    assert result.name == "Đông Hưng"
    assert result.country == "VN"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Field phrase (blind68): before, unresolved ("downtown Nogales" was no place).
        ("the main port of entry in downtown Nogales", "Nogales–Morley Gate"),
        # Our own: the centre of a town holds what the text names in it.
        ("the port of entry in downtown Nogales", "Nogales–Morley Gate"),
        ("a warehouse in downtown El Paso", "El Paso"),
    ],
)
def test_downtown_is_the_centre_of_its_town(text: str, name: str) -> None:
    result = geocode_place(text, country="US")
    assert result.status == "resolved", result
    assert result.name == name


def test_downtown_before_no_name_is_no_town_centre() -> None:
    # "port of entry" is also an alternate name of Onancock (Virginia): "downtown" before
    # words in lower case names no town.
    result = geocode_place("Nogales’ downtown port of entry", country="US")
    assert result.name != "Onancock"


def test_a_compass_word_before_a_town_is_still_not_a_part_of_it() -> None:
    # "West Virginia" stays the state, not the west of some town.
    result = geocode_place("West Virginia", country="US")
    assert result.name == "West Virginia"


@pytest.mark.parametrize(
    ("text", "seat", "country"),
    [
        # Field phrase (blind68): before, unresolved (its "Хотінські" as written).
        ("по Хотінські громаді на Сумщині", "Khotin", "UA"),
        # Our own: the locative spelt in full, another community, a raion.
        ("у Хотінській громаді на Сумщині", "Khotin", "UA"),
        ("у Краснопільській громаді на Сумщині", "Krasnopillya", "UA"),
        ("в Ізюмському районі на Харківщині", "Izyum Raion", "UA"),
    ],
)
def test_unit_then_na_and_its_region(text: str, seat: str, country: str) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.name == seat
    assert result.precision == "district"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Field phrase (blind46): before, unresolved.
        ("ชายแดนแม่สาย-ท่าขี้เหล็ก", "Mae Sai–Tachileik"),
        # Our own: the other crossing on the Moei.
        ("ชายแดนแม่สอด-เมียวดี", "Mae Sot–Myawaddy"),
    ],
)
def test_thai_border_word_joined_to_a_crossings_two_towns(text: str, name: str) -> None:
    result = geocode_place(text, country="TH")
    assert result.status == "resolved", result
    assert result.name == name


def test_thai_numbered_crossing_after_the_pair_is_not_taken() -> None:
    # Field phrase (blind50), coded by the district: "2" is the second bridge, which the
    # crossing row (the first) is not.
    text = "ด่านพรมแดนแม่สอด-เมียวดี 2 สะพานมิตรภาพไทย-เมียนมา แห่งที่ 2"
    assert geocode_place(text, country="TH").status != "resolved"


def test_thai_border_word_joined_to_two_countries_stays_the_border() -> None:
    result = geocode_place("ชายแดนไทย-กัมพูชา", country="TH")
    assert result.precision == "border"
