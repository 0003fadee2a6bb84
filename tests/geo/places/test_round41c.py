"""Place classes of round 41c (blind88): Turkmen unit and crossing words, Korean islands
named with "도" and beside the Northern Limit Line, the Uzbek genitive of a country,
Tamil read as Hindi, Malayalam's older chillu, Gujarati "ક્ષેત્ર" and border detachments."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.scope import km_between
from bordermap.geo.places.tamil import tamil_as_hindi


def test_a_turkmen_customs_point_is_its_crossing():
    result = geocode_place('"Artyk" gümrük nokadynda', country="TM")
    assert result.status == "resolved"
    assert result.name == "Lotfabad–Artyk"


def test_a_crossing_in_a_turkmen_district_is_the_crossing_not_near_the_seat():
    # "Kaka etrabyndaky": in Kaka district; the crossing lies 31 km from Kaka town.
    result = geocode_place('Kaka etrabyndaky "Artyk" gümrük nokadynda', country="TM")
    assert result.status == "resolved"
    assert result.name == "Lotfabad–Artyk"


def test_a_turkmen_district_word_makes_the_district():
    result = geocode_place("Kaka etrabynda", country="TM")
    assert result.status == "resolved"
    assert result.precision == "district"


def test_near_a_korean_island_is_near_it_not_the_country():
    result = geocode_place("백령도 인근 해상", country="KR")
    assert result.status == "resolved"
    assert result.precision == "near"
    assert result.name == "Baengnyeong Island"


def test_an_island_named_with_the_nll_places_the_event_on_it():
    # The data draws the Northern Limit Line by the Koreas' land line, 250 km east.
    result = geocode_place("백령도 인근 북방한계선", country="KR")
    assert result.status == "resolved"
    assert result.name == "Baengnyeong Island"


def test_the_nll_alone_is_still_the_border():
    result = geocode_place("서해 북방한계선", country="KR")
    assert result.status == "resolved"
    assert result.precision == "border"


def test_a_korean_do_no_province_bears_is_the_island_of_its_town():
    result = geocode_place("교동도 인근 해안", country="KR")
    assert result.status == "resolved"
    assert result.precision == "near"
    assert result.name == "Gyodong"


def test_a_korean_province_stays_the_province():
    result = geocode_place("강원도", country="KR")
    assert result.precision == "region"
    assert result.admin1_code == "KR-42"


def test_the_uzbek_genitive_of_a_country_before_a_district():
    result = geocode_place("Тожикистоннинг Мурғоб тумани", country="TJ")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.country == "TJ"
    assert km_between(result.lat, result.lon, 38.17, 73.97) < 5


def test_tamil_endings_are_hindi_postpositions():
    assert tamil_as_hindi("ஜம்மு மாவட்டத்தில்") == "जम्मु जिले में"


@pytest.mark.parametrize("text", ["ஜம்மு மாவட்டத்தில்", "ஜம்மு மாவட்டத்திலுள்ள கிராமம்"])
def test_a_tamil_district_is_found_through_hindi(text):
    result = geocode_place(text, country="IN")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.admin1_code == "IN-JK"


def test_malayalam_locative_with_the_older_chillu():
    # "സെക്ടറില്": "ല" and a virama, no joiner, for the chillu "ൽ".
    result = geocode_place("സാംബ സെക്ടറില്", country="IN")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.admin1_code == "IN-JK"


def test_gujarati_kshetra_after_a_district_name_is_its_sector():
    result = geocode_place("કચ્છ ક્ષેત્રમાં", country="IN")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.admin1_code == "IN-GJ"


def test_a_border_detachment_is_named_after_its_district():
    result = geocode_place("заставу Лейлекского погранотряда", country="KG")
    assert result.status == "resolved"
    assert result.admin1_code == "KG-B"


@pytest.mark.parametrize(
    ("text", "name"),
    [("云南河口口岸", "Lao Cai–Hekou"), ("广西东兴口岸", "Mong Cai–Dongxing")],
)
def test_a_chinese_port_after_its_province_named_bare(text, name):
    result = geocode_place(text, country="CN")
    assert result.status == "resolved"
    assert result.name == name


def test_a_namesake_far_inland_is_not_placed_on_a_border_river():
    # "Saint-Georges de l'Oyapock": the Saint-Georges of Lot-et-Garonne faces no Brazil.
    result = geocode_place("à Saint-Georges de l’Oyapock", country="FR")
    assert not (result.status == "resolved" and result.admin1_code == "FR-47")


def test_thai_in_joined_between_a_village_and_its_region():
    # "ใน" (in) written joined: the village's word and "in Tanintharyi Region" are two.
    result = geocode_place("บ้านมะริดในภาคตะนาวศรี", country="MM")
    assert result.status == "resolved"
    assert result.admin1_code == "MM-05"


def test_khmer_border_word_joined_before_a_province():
    # "នៅតាមព្រំដែន..." (along the border of Banteay Meanchey): its stretch of the border.
    result = geocode_place("នៅតាមព្រំដែនបន្ទាយមានជ័យ", country="KH")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.admin1_code == "KH-1"
