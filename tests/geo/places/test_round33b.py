"""Place classes of round 33b, found on ``blind65``."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "hint", "name", "precision"),
    [
        # Mexican Spanish "al poniente"/"al oriente" (west/east) and a distance in metres.
        (
            "a unos 600 metros al poniente del puente internacional Paso del Norte",
            "US",
            "Paso del Norte Bridge",
            "near",
        ),
        ("a 500 metros al oriente de Ciudad Juárez", "MX", "Ciudad Juárez", "near"),
        ("al norponiente de Ciudad Juárez", "MX", "Ciudad Juárez", "near"),
    ],
)
def test_a_direction_by_the_sun_or_in_metres_is_near_the_place(text, hint, name, precision):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert (result.name, result.precision) == (name, precision)


def test_metres_are_not_read_as_kilometres():
    result = geocode_place("a 600 metros al sur de Ciudad Juárez", country="MX")
    assert result.precision == "near"
    assert result.uncertainty_km is not None and result.uncertainty_km < 100


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Juárez", "Ciudad Juárez"),
        ("Acuña", "Ciudad Acuña"),
    ],
)
def test_ciudad_is_left_out_as_heroica_is(text, name):
    result = geocode_place(text, country="MX")
    assert result.status == "resolved"
    assert result.name == name


def test_west_of_juarez_is_not_a_village_of_chiapas():
    result = geocode_place("la colonia Felipe Ángeles, al poniente de Juárez", country="MX")
    assert result.status == "resolved"
    assert result.admin1_code == "MX-CHH"
