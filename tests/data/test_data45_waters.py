"""Waters of session 45's data round (issue 11): the Chagos atoll a heldout51 report
names (``waters.tsv``), at de.wikipedia's point. "on Salomon atoll" of a Mauritian
event was answered with the Solomon Islands, out of the event's country."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize("country", ["MU", "GB", "IO"])
def test_salomon_atoll_is_its_circle_for_either_side(country):
    result = geocode_place("on Salomon atoll", country=country)
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Salomon Islands",
        "near",
    )
    assert abs(result.lat + 5.31667) < 1e-4 and abs(result.lon - 72.26667) < 1e-4


def test_the_bare_salomon_stays_the_solomon_islands():
    # Salomon alone is the Haitian Creole name of the Solomon Islands, not the atoll.
    assert geocode_place("Salomon", country="SB").name == "Solomon Islands"
