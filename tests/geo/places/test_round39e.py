"""Session 39, round39e: the five WRONG answers of blind84, each a general cause.

A crossing beyond a district's small circle, a unit beyond its district's circle, a
Chinese city answered by the crossing that bears its name, Uzbek unit words, and a
Vietnamese province merged in July 2025.  Each case answered another place before.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.han_address import han_chain_readings
from bordermap.geo.places.merged_provinces import TOOK_IN, provinces_taken_in


def test_crossing_named_in_a_district_beyond_its_circle() -> None:
    # South Waziristan is drawn as 10 km around Wana; Angoor Adda lies 36 km off: the
    # district was answered, with the crossing's point outside its circle.
    result = geocode_place(
        "the Pak-Afghan Angoor Adda border crossing in South Waziristan", country="PK"
    )
    assert (result.status, result.name, result.country) == ("resolved", "Angoor Adda", None)


def test_unit_named_in_a_district_beyond_its_circle_is_the_region() -> None:
    # Entikong lies 98 km from Sanggau, whose regency is drawn as 87 km: the circle
    # does not hold the kecamatan the text puts in it; the province holds both.
    result = geocode_place("Kecamatan Entikong, Kabupaten Sanggau", country="ID")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "ID-KB")
    assert result.coarsened and "crossing of that name" in result.note


def test_a_village_in_a_district_keeps_the_district() -> None:
    # Without a unit word, a village the data lacks is not moved to the region.
    result = geocode_place("Kampung Raso, Kabupaten Sanggau", country="ID")
    assert result.precision != "region"


def test_chinese_city_is_not_the_crossing_of_its_name() -> None:
    # "瑞丽" is a form of the Muse–Ruili crossing only; the city of Ruili, a unit, is
    # not that point: the province the chain names holds it.
    result = geocode_place("雲南瑞麗市", country="CN")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "CN-YN")


def test_province_reading_only_for_a_chain_of_units() -> None:
    assert han_chain_readings("云南瑞丽市")[-1] == "云南省"
    # A name after the units (Jiegao) is read otherwise, not answered by the province.
    assert "云南省" not in han_chain_readings("云南边境城镇姐告")
    assert geocode_place("雲南邊境城鎮姐告", country="CN").precision == "near"


@pytest.mark.parametrize("text", ["Farg‘ona viloyati So‘x tumani", "So‘x tumani"])
def test_uzbek_unit_words(text: str) -> None:
    # "viloyati" and "tumani" were no unit words: the text was read as "near Fergana".
    result = geocode_place(text, country="UZ")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "UZ-FA")


@pytest.mark.parametrize(
    "text",
    [
        "phường Hà Tiên (tỉnh An Giang)",
        "khu vực Cầu Đình Đức (Kênh Đình Đức) thuộc tổ 9, khu phố 5, phường Hà Tiên "
        "(tỉnh An Giang)",
    ],
)
def test_town_of_a_province_taken_in_in_2025(text: str) -> None:
    # Hà Tiên lies in Kiên Giang's outline; An Giang took Kiên Giang in on 1 July 2025.
    result = geocode_place(text, country="VN")
    assert (result.status, result.name, result.admin1_code) == ("resolved", "Hà Tiên", "VN-47")


def test_a_hamlet_of_an_unknown_commune_is_not_a_namesake_in_a_province_taken_in() -> None:
    # Thuận Nam of Bình Thuận is found only once the unknown commune is dropped: the
    # Thuận An post lies in Đắk Nông, also taken in by Lâm Đồng.  The province stands.
    result = geocode_place("tại thôn Thuận Nam, xã Thuận An (tỉnh Lâm Đồng)", country="VN")
    assert (result.precision, result.admin1_code) == ("region", "VN-35")


def test_kyrgyz_village_word() -> None:
    # "айылы" was read as "named after it: near it".
    result = geocode_place("Ак-Сай айылы", country="KG")
    assert (result.status, result.precision, result.name) == ("resolved", "settlement", "Ak-Say")


def test_the_merged_province_alone_keeps_its_old_outline() -> None:
    result = geocode_place("tỉnh An Giang", country="VN")
    assert (result.precision, result.admin1_code) == ("region", "VN-44")


def test_merged_provinces_table() -> None:
    assert provinces_taken_in("VN-44") == ("VN-47",)
    assert provinces_taken_in("VN-09") == ()  # Lạng Sơn was not merged
    taken = [code for codes in TOOK_IN.values() for code in codes]
    # 52 units made 23: each old unit is taken in once, and never keeps a name too.
    assert len(TOOK_IN) == 23 and len(taken) + len(TOOK_IN) == 52
    assert len(set(taken)) == len(taken) and not set(taken) & set(TOOK_IN)


@pytest.mark.parametrize("text", ["सिरहा नगरपालिका", "सिरहा नगरपालिका–१९ सोहर्वास्थित नाकाबाट"])
def test_nepali_municipality_and_its_ward(text: str) -> None:
    # "नगरपालिका" (municipality) was no unit word, and a ward number joined to it by a
    # dash hid it: both were unresolved.  Siraha district holds the municipality.
    result = geocode_place(text, country="NP")
    assert (result.status, result.precision, result.name) == ("resolved", "district", "Siraha")


def test_uzbek_latin_x_is_kh() -> None:
    # "Xayraton" (Uzbek Latin) is Khayraton, Хайратон: the Hairatan crossing, whose
    # forms the data holds in Cyrillic and English only; the text named Uzbekistan.
    result = geocode_place(
        "O‘zbekiston va Afg‘oniston chegarasidagi Xayraton stansiyasida", country="AF"
    )
    assert (result.status, result.name, result.country) == ("resolved", "Hairatan–Termez", None)
    # Without a mark of Uzbek Latin or the Uzbek hint, "x" stays as written.
    assert geocode_place("Xayraton", country="AF").status == "unresolved"


def test_uzbek_cyrillic_read_in_uzbek_latin() -> None:
    # GeoNames has Sokh district only as "So‘x Tumani"; "Сўх" read as Russian is "sukh".
    result = geocode_place("“Сўх” анклавида", country="UZ")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "UZ-FA")
    # Only for an Uzbek event: "ў" is Belarusian too.
    assert geocode_place("Сўх", country="BY").status == "unresolved"
