"""Session 39, lead: a border town the crossings table named at the other side's point.

The Elías Piña–Belladère crossing row listed the bare "Belladère" at Comendador's point,
12 km east in the Dominican Republic, so the Haitian town was answered there.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    ["the Haitian border town of Belladère", "la ciudad fronteriza haitiana de Belladère"],
)
def test_belladere_is_the_haitian_town(text) -> None:
    result = geocode_place(text, country="HT")
    assert (result.status, result.country, result.name) == ("resolved", "HT", "Belladère")
    assert abs(result.lon - -71.81) < 0.02


def test_the_crossing_keeps_its_pair_name() -> None:
    result = geocode_place("Elías Piña–Belladère crossing", country="DO")
    assert result.status == "resolved"
    assert result.name == "Elías Piña–Belladère"
