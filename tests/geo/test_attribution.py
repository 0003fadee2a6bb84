"""Credits owed for the places on a map: offline data always, online geocoders when used."""

from __future__ import annotations

import math

from bordermap.geo.attribution import (
    GEONAMES,
    NATURAL_EARTH,
    OPENSTREETMAP_GEOCODING,
    base_credits,
    geocoding_credits,
)


def test_offline_places_owe_no_geocoding_credit():
    assert geocoding_credits(["gazetteer", "explicit", "", None, math.nan]) == ()
    assert base_credits() == (NATURAL_EARTH, GEONAMES)


def test_nominatim_and_photon_credit_openstreetmap_once():
    credits = geocoding_credits(["nominatim", "gazetteer", "Photon", "nominatim"])
    assert credits == (OPENSTREETMAP_GEOCODING,)
    assert credits[0] == "Geocoding © OpenStreetMap contributors, ODbL"


def test_services_that_run_nominatim_are_named_and_credit_openstreetmap():
    assert geocoding_credits(["pickpoint"]) == (
        "Geocoding: PickPoint, © OpenStreetMap contributors, ODbL",
    )


def test_other_services_are_named_in_a_stable_order():
    first = geocoding_credits(["opencage", "nominatim", "arcgis", "opencage"])
    again = geocoding_credits(["arcgis", "opencage", "nominatim"])
    assert (
        first
        == again
        == (
            "Geocoding: ArcGIS",
            OPENSTREETMAP_GEOCODING,
            "Geocoding: OpenCage",
        )
    )


def test_a_source_geopy_does_not_know_is_credited_by_the_name_it_gave():
    assert geocoding_credits(["survey-team-geocoder"]) == ("Geocoding: survey-team-geocoder",)
