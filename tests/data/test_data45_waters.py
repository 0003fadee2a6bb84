"""Waters of session 45's data round (issue 11): the Chagos atolls a heldout51 report
names (``waters.tsv``), each at de.wikipedia's point. "on Salomon atoll" of a
Mauritian event was answered with the Solomon Islands, out of the event's country."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "name", "point"),
    [
        ("on Salomon atoll", "Salomon Islands", (-5.31667, 72.26667)),
        ("on Peros Banhos atoll", "Peros Banhos", (-5.33333, 71.85)),
    ],
)
@pytest.mark.parametrize("country", ["MU", "GB", "IO"])
def test_a_chagos_atoll_is_its_circle_for_either_side(phrase, name, point, country):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.name, result.precision) == ("resolved", name, "near")
    assert abs(result.lat - point[0]) < 1e-4 and abs(result.lon - point[1]) < 1e-4


def test_the_bare_salomon_stays_the_solomon_islands():
    # Salomon alone is the Haitian Creole name of the Solomon Islands, not the atoll.
    assert geocode_place("Salomon", country="SB").name == "Solomon Islands"
