"""Place classes of round 23q, found on ``blind43``."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "hint", "region"),
    [
        # A municipality is a unit below admin-1: the country's municipios of the name
        # lie in other departments or states than the admin-1 namesake.
        ("en el municipio Bolívar", "CO", "CO-BOL"),
        ("el municipio Bolívar", "VE", "VE-F"),
    ],
)
def test_a_municipality_is_not_the_admin1_unit_of_its_name(text, hint, region):
    result = geocode_place(text, country=hint)
    assert result.status != "resolved" or result.admin1_code != region
    assert result.precision != "region"


def test_the_town_of_a_municipality_is_found_without_it():
    # The municipality cannot be drawn, so the town before it is looked up alone.
    result = geocode_place("San Antonio del Táchira, municipio Bolívar", country="VE")
    assert result.status == "resolved"
    assert result.name == "San Antonio del Táchira"
    assert result.admin1_code == "VE-S"
