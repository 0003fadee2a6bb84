"""Round 48e: a sector named after a crossing the data draws at its town's point.

"el sector de Pisiga Choque" (events52) is the ground around the Colchane–Pisiga
crossing, as "el sector fronterizo de Paso Canoas" is its crossing's border zone.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.scope import km_between


@pytest.mark.parametrize("phrase", ["el sector de Pisiga Choque", "el sector de Pisiga"])
def test_a_sector_named_after_a_crossing_at_its_town_is_around_the_crossing(phrase):
    # Colchane–Pisiga is drawn at Colchane's point (-19.276, -68.638): no unit bears
    # the crossing's name, and the crossing knows no side for a village's circle.
    result = geocode_place(phrase, country="CL")
    assert (result.status, result.precision) == ("resolved", "near")
    assert result.name == "Colchane–Pisiga"
    assert km_between(result.lat, result.lon, -19.27588, -68.63763) < 1.0


def test_a_sector_named_after_a_crossing_at_its_checkpoint_is_still_its_region():
    # Wagah–Attari is drawn at the checkpoint: the region on the event's side, as before.
    result = geocode_place("Wagah sector", country="IN")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "region",
        "IN-PB",
    )


def test_a_sector_named_after_a_village_is_still_its_circle():
    result = geocode_place("el sector de Colchane", country="CL")
    assert (result.status, result.precision, result.country) == ("resolved", "district", "CL")
