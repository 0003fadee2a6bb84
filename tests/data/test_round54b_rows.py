"""Data rows of session 54, round54b (issue 11): two border villages in ``villages.tsv``
and the Cedros peninsula and Bonasse as forms of Trinidad's Siparia region in
``aliases.toml``.  Both tables feed ``gazetteer.pack``: these tests pass once the pack is
rebuilt (``make data``); on the pack built before them they fail."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "country", "name", "lat", "lon"),
    [
        # en.wikipedia's point of the village (69°02′50″N 20°47′50″E); Finnish genitive.
        ("Kilpisjärven kylässä", "FI", "Kilpisjärvi", 69.047, 20.797),
        # es.wikipedia's point (32°34′60″S 69°19′60″O).
        ("el pueblo de Uspallata", "AR", "Uspallata", -32.583, -69.333),
    ],
)
def test_a_new_village_is_found_at_its_point(phrase, country, name, lat, lon):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.name) == ("resolved", name)
    assert (round(result.lat, 3), round(result.lon, 3)) == (lat, lon)


@pytest.mark.parametrize("phrase", ["off the Cedros peninsula", "near Bonasse village"])
def test_cedros_and_bonasse_are_the_siparia_region(phrase):
    result = geocode_place(phrase, country="TT")
    assert (result.status, result.admin1_code) == ("resolved", "TT-SIP")
