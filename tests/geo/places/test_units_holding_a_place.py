"""A Spanish unit "de" the region holding it."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place


def test_a_municipio_de_its_state() -> None:
    # "municipio Ureña de Táchira": the municipality of Ureña, in the state of Táchira.
    result = geocode_place("municipio Ureña de Táchira", country="VE")
    assert (result.status, result.admin1_code, result.precision) == (
        "resolved",
        "VE-S",
        "district",
    )


def test_a_name_with_de_is_still_found_whole() -> None:
    result = geocode_place("San Antonio del Táchira", country="VE")
    assert (result.status, result.name) == ("resolved", "San Antonio del Táchira")
