"""Place-resolution classes of session 26's round r (blind50 and events24 seen)."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place


def test_a_crossing_named_after_its_municipality_is_the_crossing():
    # Finnish "Virolahdella, Vaalimaan raja-asemalla": in Virolahti, at the Vaalimaa
    # border station; the crossing 12 km from the municipality's point is the place.
    result = geocode_place("Virolahdella, Vaalimaan raja-asemalla", country="FI")
    assert (result.status, result.name, result.precision) == ("resolved", "Vaalimaa", "exact")
