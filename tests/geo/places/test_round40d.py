"""Session 40, round40d: blind86's unresolved names written otherwise than GeoNames writes
them — a Hindi pair of names joined by a dash that GeoNames joins by "and"."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place


def test_a_hindi_pair_of_names_is_the_unit_and_joins():
    # "जम्मू-कश्मीर" is GeoNames' "जम्मू और कश्मीर"; the unknown Akhnoor sector in it is
    # answered by the territory.
    found = geocode_place("जम्मू-कश्मीर", country="IN")
    assert (found.status, found.precision, found.admin1_code) == ("resolved", "region", "IN-JK")
    found = geocode_place("जम्मू-कश्मीर के अखनूर सेक्टर में", country="IN")
    assert (found.status, found.precision, found.admin1_code) == ("resolved", "region", "IN-JK")
