"""Session 48 (round48a): classes of misses found on the blind101 places set."""

from __future__ import annotations

import pytest

from bordermap.geo.places.districts import District
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.scope import consistent_with_stated
from bordermap.geo.places.seat_names import units_of_the_towns_name


@pytest.mark.parametrize(
    "phrase",
    [
        "la localité frontalière de Gbapleu, située à 48 km de Danané",
        "Gbapleu, 48 km from Danané",
    ],
)
def test_homonym_far_off_the_stated_distance_is_refused(phrase: str) -> None:
    # The gazetteer's Gbapleu lies near Duékoué, some 140 km from Danané: not the
    # border village 48 km from it.  The region holding Danané is answered instead.
    result = geocode_place(phrase, country="CI")
    assert result.status == "resolved"
    assert result.name != "Gbapleu"
    assert result.precision == "region"
    assert result.admin1_code == "CI-MG"
    assert result.coarsened
    assert "Danané" in result.note


def test_town_at_its_stated_distance_is_kept() -> None:
    # Danané lies 68 km from Man: the text's 70 km agrees, so the town stands.
    result = geocode_place("Danané, à 70 km de Man", country="CI")
    assert (result.status, result.name, result.precision) == ("resolved", "Danané", "settlement")


def test_stated_distance_slack() -> None:
    assert consistent_with_stated(48.0, 40.0)
    assert consistent_with_stated(48.0, 60.0)  # rounded figures
    assert not consistent_with_stated(48.0, 139.0)
    assert not consistent_with_stated(10.0, 60.0)


def test_unknown_place_in_a_municipality_and_its_department() -> None:
    # "El Florido, Camotán, Chiquimula": the unknown post's municipality, Camotán, not
    # neighbouring Jocotán, whose seat lies 1.9 km from Camotán's.
    result = geocode_place("en la frontera El Florido, Camotán, Chiquimula", country="GT")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == "Municipio de Camotán"
    assert result.admin1_code == "GT-20"


def test_units_of_the_towns_name() -> None:
    camotan = District("GT", "GT-20", "Municipio de Camotán", 14.8202, -89.3722, 12.0)
    jocotan = District("GT", "GT-20", "Municipio de Jocotán", 14.8207, -89.3899, 12.0)
    assert units_of_the_towns_name([camotan, jocotan], "Camotán") == [camotan]
    assert units_of_the_towns_name([camotan, jocotan], "Jocotán") == [jocotan]
    # Neither bears the name: both stay, for the caller to weigh.
    assert units_of_the_towns_name([camotan, jocotan], "Pelillo Negro") == [camotan, jocotan]


def test_porto_seco_is_the_border_towns_crossing() -> None:
    result = geocode_place("no Porto Seco de Sant´Ana do Livramento", country="BR")
    assert (result.status, result.name) == ("resolved", "Rivera–Santana do Livramento")


def test_inland_porto_seco_is_no_crossing() -> None:
    # Anápolis's dry port is a customs terminal far from any border: not a crossing,
    # and not the town answered as one.
    assert geocode_place("no Porto Seco de Anápolis", country="BR").status == "unresolved"
