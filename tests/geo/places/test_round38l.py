"""Round 38l (issue 11): place spellings blind81 left unresolved, one class per test."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.lao_script import lao_as_thai, thai_finals


@pytest.mark.parametrize(
    "text",
    [
        # The field set's phrase: Ubon province, its final "l" written as Lao hears it.
        "ຈັງຫວັດ ອຸບົນ",
        # Our own: the bare name.
        "ອຸບົນ",
    ],
)
def test_a_lao_final_is_read_as_the_thai_letter_it_stands_for(text):
    result = geocode_place(text, country="TH")
    assert result.status == "resolved"
    assert result.name == "Ubon Ratchathani"
    assert result.precision == "region"


def test_thai_finals_change_only_the_last_letter():
    assert "อุบล" in thai_finals(lao_as_thai("ອຸບົນ"))
    assert thai_finals("อุบล") == []
    assert thai_finals("") == []


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        # The field set's phrase: the district of Dasht-e Qal'ah (Takhar).
        ("дар улусволии Дашти Қалъа", "Dasht-e Qal‘ah", "district"),
        # Our own: another district, and a province by its unit word.
        ("улусволии Дашти Арчӣ", "Dasht-e Archī", "district"),
        ("вилояти Тахор", "Takhar", "region"),
    ],
)
def test_a_tajik_unit_word_with_its_ezafe(text, name, precision):
    result = geocode_place(text, country="AF")
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == precision


def test_a_tajik_unit_word_is_read_only_for_afghanistan_and_tajikistan():
    assert geocode_place("дар улусволии Дашти Қалъа", country="RU").status == "unresolved"


@pytest.mark.parametrize(
    "text",
    [
        # The field set's phrase: the NLL north-west of Yeonpyeong Island.
        "연평도 서북방 NLL",
        # Our own: the line "nearby".
        "NLL 인근",
    ],
)
def test_a_latin_line_name_among_hangul_words(text):
    result = geocode_place(text, country="KR")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert "Northern Limit Line" in result.name


def test_a_latin_run_that_names_no_line_stays_unresolved():
    assert geocode_place("서북방 XYZ", country="KR").status == "unresolved"
