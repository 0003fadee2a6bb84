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


@pytest.mark.parametrize(
    ("phrase", "country", "name"),
    [
        # blind16 in-pk-r001, unresolved: RS Pura is GeoNames' R.S. Pora.
        ("BoP in RS Pura", "IN", "R.S. Pora"),
        # blind5 et-so-f004 and f012: the Arabic and Amharic names of Doolow.
        ("بلدة دولو الحدودية في إقليم غدو", "SO", "Doolow"),
        ("ዶሎው", "SO", "Doolow"),
        # blind85 by-pl-cm001: the Ukrainian name of Dubicze Cerkiewne.
        ("на ділянці в районі села Дубичі Церковні", "PL", "Dubicze Cerkiewne"),
        # blind84 in-lk-ck001: Katchatheevu in the Tamil locative.
        ("கச்சத்தீவில்", "LK", "Kachchatheevu"),
    ],
)
def test_the_report_forms_find_their_places(phrase, country, name):
    assert geocode_place(phrase, country=country).name == name


@pytest.mark.parametrize(
    ("phrase", "country", "name", "point"),
    [
        # blind89 ml-ne-cq001 to cq003 write Banibangou, cities500's Bani Bangou.
        ("à Banibangou", "NE", "Bani Bangou", (15.0416, 2.7037)),
        # blind89 il-lb-cq004, unresolved.
        ("على بلدة بليدا الحدودية", "LB", "Blida", (33.14, 35.51528)),
    ],
)
def test_the_blind89_places_answer_at_their_points(phrase, country, name, point):
    result = geocode_place(phrase, country=country)
    assert result.name == name
    assert (result.lat, result.lon) == point


def test_blida_of_lebanon_does_not_take_the_algerian_city():
    assert geocode_place("Blida", country="DZ").country == "DZ"


@pytest.mark.parametrize(
    ("phrase", "country", "expected"),
    [
        ("بني نصار", "MA", "Beni Enzar"),
        ("nas proximidades de Saltos del Guairá", "PY", "Salto del Guairá"),
        ("«Кызыл-Кия-автодорожный»", "KG", "Kyzyl-Kiya"),
    ],
)
def test_the_blind89_and_blind90_report_forms_find_their_places(phrase, country, expected):
    assert geocode_place(phrase, country=country).name == expected


def test_ryanggang_is_read_in_korean():
    # The province alone; Daily NK's "양강도 대홍단 산지 연선에서" is still unresolved.
    result = geocode_place("양강도", country="KP")
    assert (result.precision, result.admin1_code) == ("region", "KP-10")
