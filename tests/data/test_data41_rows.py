"""Data rows of session 41's data round (issue 11, blind86): the Demchok and Kok-Tash
villages, the Sarazm–Jartepa and Abu Nasr Farahi crossings and the Chinese name of
Cao Bằng. Each phrase below was unresolved before its row."""

from __future__ import annotations

import pytest

from bordermap.geo.places.aliases import load_aliases
from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "country", "name", "point"),
    [
        ("в селе Кок-Таш Баткенского района", "KG", "Kok-Tash", (39.94972, 70.53583)),
        ("Demchok", "IN", "Demchok", (32.69991, 79.44952)),
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
