"""Session 36, round36g: the WRONG and unresolved answers of blind75."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("at Wutung in Vanimo, Sandaun province", "PG", "PG-SAN"),
        ("at Qwertyville in Narva, Ida-Viru county", "EE", "EE-45"),
    ],
)
def test_an_unknown_place_in_a_town_filed_in_its_region_is_the_region(text, country, code):
    # "place in town, province" is an address: the town's name stands for the land it
    # heads, and its point was answered for a village 30 km out of it.
    found = geocode_place(text, country=country)
    assert found.status == "resolved"
    assert found.precision == "region"
    assert found.admin1_code == code
    assert found.coarsened


def test_an_unknown_place_in_a_town_without_its_region_keeps_the_town():
    found = geocode_place("at Qwertyville in Vanimo", country="PG")
    assert found.status == "resolved"
    assert found.precision == "settlement"
    assert found.name == "Vanimo"


@pytest.mark.parametrize(
    "text",
    [
        "en el municipio fronterizo Pedro María Ureña",
        "el municipio fronterizo de Pedro María Ureña",
    ],
)
def test_a_border_adjective_after_the_unit_word_is_read_past(text):
    found = geocode_place(text, country="VE")
    assert found.status == "resolved"
    assert found.precision == "district"
    assert "Pedro María Ureña" in (found.name or "")


def test_an_acronym_in_parentheses_does_not_cut_the_text():
    text = "le poste de douane et l’Office national de sécurité routière (ONASER) de Niangoloko"
    found = geocode_place(text, country="BF")
    assert found.status == "resolved"
    assert found.name == "Niangoloko"


def test_a_border_sector_of_a_crossing_is_its_border_zone():
    found = geocode_place("en el sector fronterizo de Paso Canoas", country="PA")
    assert found.status == "resolved"
    assert "Paso Canoas" in (found.name or "")


def test_an_unknown_place_inside_a_countrys_land_in_arabic_is_the_country():
    found = geocode_place("موقع جبل دخان داخل الأراضي السعودية", country="SA")
    assert found.status == "resolved"
    assert found.precision == "country"
    assert found.country == "SA"
    assert found.coarsened
