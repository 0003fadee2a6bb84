"""Session 40 (data40): border places GeoNames' cities500 lacks, now rows of
``data/gazetteer/villages.tsv`` at the point of the page each row cites.

Unresolved before: "northeast of Kodiyakkarai" (the Palk Strait headland and fishing
village of Nagapattinam), and the bare names of Sarstoon Island (Belize) and Lakhana
(a Tarn Taran village by the Pakistani border).
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name", "lat", "lon"),
    [
        ("Sarstoon Island", "BZ", "Sarstoon Island", 15.891, -88.9247),
        ("Lakhana", "IN", "Lakhana", 31.25007, 74.57176),
        ("ਲਾਖਣਾ", "IN", "Lakhana", 31.25007, 74.57176),
        ("Kodiyakkarai", "IN", "Kodiyakkarai", 10.28778, 79.865),
        ("Point Calimere", "IN", "Kodiyakkarai", 10.28778, 79.865),
    ],
)
def test_border_places_cities500_lacks(
    text: str, country: str, name: str, lat: float, lon: float
) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert (result.name, result.precision, result.country) == (name, "settlement", country)
    assert (round(result.lat, 4), round(result.lon, 4)) == (round(lat, 4), round(lon, 4))


def test_a_direction_from_the_headland_is_near_it() -> None:
    result = geocode_place("northeast of Kodiyakkarai", country="IN")
    assert result.status == "resolved", result
    assert (result.name, result.precision) == ("Kodiyakkarai", "near")
