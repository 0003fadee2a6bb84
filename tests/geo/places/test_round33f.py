"""Place-resolution classes of round 33f (issue 11): blind66's wrong and unresolved rows.

Each test holds one general cause, on the field phrase and our own wordings.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "region"),
    [
        # blind66 id-pg-bq001: the Wutung post stands ~30 km from the town of Vanimo.
        ("Batas at Wutung border post in Vanimo, West Sepik", "PG", "PG-SAN"),
        ("Batas at Skouw border post in Jayapura, Papua", "ID", "ID-PA"),
    ],
)
def test_named_post_in_a_town_is_never_the_towns_pin(text, country, region):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == region
    assert result.coarsened


def test_a_shop_in_a_town_stays_the_town():
    result = geocode_place("a shop in Vanimo, West Sepik", country="PG")
    assert result.precision == "settlement"
    assert result.name == "Vanimo"


@pytest.mark.parametrize(
    ("text", "country", "crossing"),
    [
        # blind66 sy-tr-bq001: "'ndaki" (at the ... which is) after "Kapısı".
        ("Kilis'teki Öncüpınar Sınır Kapısı'ndaki", "SY", "Bab al-Salam"),
        ("Cilvegözü Sınır Kapısı'ndaki", "TR", "Bab al-Hawa"),
        ("Kapıköy Sınır Kapısı'ndaki", "TR", "Kapıköy–Razi"),
    ],
)
def test_turkish_locative_relative_ending_after_a_crossing_is_read_off(text, country, crossing):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == crossing


@pytest.mark.parametrize(
    "text",
    [
        # blind66 mx-us-bq004: "la garita de San Luis" was the Arizona town, outside MX.
        "la Garita de San Luis",
        "la garita San Luis",
    ],
)
def test_the_san_luis_garita_is_the_crossing(text):
    result = geocode_place(text, country="MX")
    assert result.status == "resolved"
    assert result.name == "San Luis–San Luis Río Colorado"
