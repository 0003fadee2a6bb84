"""Data rows of session 42's data round (issue 11): Mataje (Ecuador) in ``villages.tsv``
and the report spellings MBerré and Mberra of the Mbera refugee camp (Mauritania) in
``town_names.tsv``. Each phrase below was unresolved before its row."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "country", "name", "point"),
    [
        ("la población limítrofe de Mataje", "EC", "Mataje", (1.36667, -78.71667)),
        ("MBerré", "MR", "Mbera", (15.85615, -5.79067)),
        ("le camp de Mberra", "MR", "Mbera", (15.85615, -5.79067)),
    ],
)
def test_the_rows_answer_at_their_points(phrase, country, name, point):
    result = geocode_place(phrase, country=country)
    assert result.name == name
    assert (result.lat, result.lon) == point


def test_the_zone_of_mataje_is_near_the_village():
    # blind57 co-ec-bh001, coded by Esmeraldas province before the village had a point.
    result = geocode_place(
        "la zona de Mataje, en el norte de la provincia de Esmeraldas", country="EC"
    )
    assert (result.name, result.precision) == ("Mataje", "near")


def test_the_mataje_river_stays_the_line_it_names():
    # The village's row must not take the border river of its name.
    result = geocode_place("el río Mataje", country="EC")
    assert result.precision == "border"
    assert "Mataje River" in result.name
