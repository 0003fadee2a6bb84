"""A place "of" the unit holding it, and a Spanish unit "de" the region holding it."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "phrase",
    [
        "Kakmarichar Border outpost of Murshidabad district",
        "Kakmarichar BOP of Murshidabad district",
    ],
)
def test_a_border_outpost_of_a_district_lies_in_it(phrase: str) -> None:
    # The outpost is no place of the gazetteer; the district holding it is answered,
    # coarsened, as for "X village of Y district".
    result = geocode_place(phrase, country="IN")
    assert (result.status, result.admin1_code, result.precision) == (
        "resolved",
        "IN-WB",
        "district",
    )
    assert result.coarsened


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
