"""Data rows of session 41's data round (issue 11): the Demchok, Kok-Tash, Léré, Beit
Jinn, Kabeliai and Heglig rows, the Sarazm–Jartepa and Abu Nasr Farahi crossings and the
Chinese name of Cao Bằng. Each phrase below was unresolved before its row."""

from __future__ import annotations

import pytest

from bordermap.geo.places.aliases import load_aliases
from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "country", "name", "point"),
    [
        ("в селе Кок-Таш Баткенского района", "KG", "Kok-Tash", (39.94972, 70.53583)),
        ("Demchok", "IN", "Demchok", (32.69991, 79.44952)),
        ("la ville de Léré (nord-ouest du Mali)", "ML", "Léré", (15.71528, -4.90417)),
        ("Beit Jinn", "SY", "Beit Jinn", (33.31056, 35.91889)),
        ("Kabeliuose", "LT", "Kabeliai", (53.95306, 24.29694)),
    ],
)
def test_the_village_rows_answer_at_their_cited_points(phrase, country, name, point):
    result = geocode_place(phrase, country=country)
    assert (result.name, result.precision) == (name, "settlement")
    assert (result.lat, result.lon) == point


@pytest.mark.parametrize(
    ("phrase", "country", "name"),
    [
        ("“Саразм-Жартепа” назорат-пунктидаги", "TJ", "Sarazm–Jartepa"),
        ("بندر ابونصر فراهی", "AF", "Abu Nasr Farahi–Mahirud"),
    ],
)
def test_the_crossing_rows_answer_their_posts(phrase, country, name):
    result = geocode_place(phrase, country=country)
    assert (result.name, result.precision) == (name, "exact")


def test_cao_bang_is_read_in_chinese():
    assert "高平" in load_aliases().region_names["VN-04"]
    result = geocode_place("越南高平省保乐县庆春乡", country="VN")
    assert (result.precision, result.admin1_code) == ("region", "VN-04")


def test_the_heglig_area_is_near_the_town():
    result = geocode_place("the oil-producing Heglig area", country="SD")
    assert (result.name, result.precision) == ("Heglig", "near")
    assert (result.lat, result.lon) == (9.99944, 29.39861)


def test_chads_lere_keeps_its_own_point():
    # The Malian row must not take Chad's Léré, 1,900 km east.
    assert geocode_place("Léré", country="TD").admin1_code == "TD-MO"
