"""WRONG places of the seen sets, session 29 (issue 11): a border town known only as its
crossing, a town filed in the wrong district, "area of X" after "via the", the Kyé at
Kyé-Ossi, and the Galilee's parts along the Lebanese border."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place


def test_a_border_town_known_as_its_crossing_is_found_in_its_region():
    # Nadapal is in the tables only as the crossing, whose point lies 9 km outside the
    # generalised outline of Eastern Equatoria (the Ilemi edge); the region was answered.
    result = geocode_place(
        "in the South Sudanese border town of Nadapal in Eastern Equatoria State", country="SS"
    )
    assert result.status == "resolved"
    assert result.name == "Nadapal"
    assert result.precision in ("exact", "settlement")
