"""Place classes of round 27s, found on ``blind52`` (Latin and Cyrillic rows)."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Russian, Ukrainian and Belarusian "border point X": the adjective is no town
        # (Russia has a Pogranichnyy in Primorye, far from any of these crossings).
        ("Пограничный пункт Верхний Ларс", "RU", "Upper Lars"),
        ("пограничный пункт Верхний Ларс", "GE", "Upper Lars"),
        ("в пограничном пункте Верхний Ларс", "RU", "Upper Lars"),
        ("прикордонний пункт Ягодин", "UA", "Dorohusk–Yahodyn"),
    ],
)
def test_border_point_before_a_crossing_name_names_the_crossing(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Malay and Indonesian "Pelabuhan X": the port of the town X.
        ("Pelabuhan Tawau", "MY"),
        ("pelabuhan Tawau", None),
        ("di Pelabuhan Tawau", "MY"),
    ],
)
def test_pelabuhan_before_a_town_is_the_town(text, country):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == "Tawau"
    assert result.precision == "settlement"
