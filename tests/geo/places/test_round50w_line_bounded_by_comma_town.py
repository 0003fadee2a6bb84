"""Round 50w: the town after a comma bounds a line whose own container is unknown."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place


def test_the_town_after_a_comma_bounds_a_line_whose_own_container_is_unknown():
    result = geocode_place("the RI-PNG border in Skouw District, Jayapura city", country="ID")
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name == "Indonesia–Papua New Guinea border in Kota Jayapura"
    assert result.coarsened
    whole = geocode_place("the RI-PNG border", country="ID")
    assert result.geometry.length < whole.geometry.length
