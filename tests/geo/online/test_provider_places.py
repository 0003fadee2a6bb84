"""Answers of Photon, ArcGIS and unknown services, mapped into our vocabulary.

Nominatim's mapping is exercised end to end in test_online.py; the records here are
written in code in the shape each service documents.
"""

from __future__ import annotations

import pytest

from bordermap.geo.errors import GeocoderAnswerInvalid
from bordermap.geo.online.answers import check_response_body
from bordermap.geo.online.places import choose_place, places_from_response


def photon(name: str, kind: str, lat: float, lon: float, country: str, extent=None) -> dict:
    props = {"name": name, "type": kind, "countrycode": country, "osm_key": "place"}
    if extent is not None:
        props["extent"] = list(extent)  # Photon: [min_lon, max_lat, max_lon, min_lat]
    raw = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": props,
    }
    return {"address": name, "lat": lat, "lon": lon, "raw": raw}


def test_photon_types_extent_and_country():
    [region] = places_from_response(
        [photon("Vitebsk Region", "state", 55.3, 29.0, "BY", (26.5, 56.2, 31.0, 54.4))],
        service="photon",
    )
    assert (region.precision, region.country) == ("region", "BY")
    assert region.bbox == (26.5, 54.4, 31.0, 56.2)
    assert region.geometry["type"] == "Polygon"


def test_arcgis_address_types_and_scores():
    item = {
        "address": "Daugavpils, Latgale, LVA",
        "lat": 55.87,
        "lon": 26.53,
        "raw": {
            "score": 100,
            "attributes": {"Addr_type": "Locality", "Type": "City"},
            "extent": {"xmin": 26.4, "ymin": 55.8, "xmax": 26.7, "ymax": 55.95},
        },
    }
    [place] = places_from_response([item], service="arcgis")
    assert (place.name, place.precision, place.score) == ("Daugavpils", "settlement", 1.0)


def test_an_unknown_service_is_never_more_precise_than_it_says():
    item = {"address": "Somewhere 1, Town", "lat": 55.0, "lon": 27.0, "raw": {"id": 7}}
    [place] = places_from_response([item], service="what3words")
    assert place.precision == "near"
    location = choose_place([place], query="Somewhere", source="what3words")
    assert location.raw["uncertainty_km"] == 25.0
    assert location.raw["geometry"] == {"type": "Point", "coordinates": [27.0, 55.0]}


@pytest.mark.parametrize(
    ("hints", "country"),
    [
        ({}, None),  # two namesakes, no way to choose: ambiguous
        ({"country": "lt"}, "LT"),
        ({"region_of_interest": (20.0, 53.0, 27.0, 56.5)}, "LT"),
        ({"region_countries": ["BY"]}, "BY"),
    ],
)
def test_hints_choose_among_namesakes_and_nothing_else_does(hints, country):
    places = places_from_response(
        [
            photon("Zarasai", "city", 55.73, 26.25, "LT"),
            photon("Zarasai", "city", 54.00, 28.00, "BY"),
        ],
        service="photon",
    )
    location = choose_place(places, query="Zarasai", source="photon", **hints)
    if country is None:
        assert location.raw["status"] == "ambiguous"
        assert [c["country"] for c in location.raw["candidates"]] == ["LT", "BY"]
        assert all(c["population"] is None for c in location.raw["candidates"])
    else:
        assert (location.raw["status"], location.raw["country"]) == ("resolved", country)


def test_a_street_named_after_a_town_is_no_rival_of_the_town():
    places = places_from_response(
        [
            photon("Krāslava", "city", 55.89, 27.17, "LV"),
            photon("Krāslavas iela", "street", 56.95, 24.13, "LV"),
        ],
        service="photon",
    )
    assert choose_place(places, query="Kraslava", source="photon").raw["status"] == "resolved"


def test_an_empty_answer_is_nothing():
    assert choose_place([], query="x", source="photon") is None


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"lat": 91.0}, r"result 1: lat: outside -90\.\.90 degrees \(got 91\.0\)"),
        ({"lon": float("nan")}, r"result 1: lon: expected a finite number of degrees"),
        ({"lat": "55.3"}, r"result 1: lat: expected a number of degrees, not text"),
        ({"address": None}, r"result 1: address: expected text \(got None\)"),
        ({"raw": {"properties": {}}}, r"result 1: raw: geometry: expected a point"),
    ],
)
def test_a_stored_result_with_impossible_values_is_refused(changes, message):
    item = {**photon("Vitebsk", "city", 55.3, 29.0, "BY"), **changes}
    with pytest.raises(GeocoderAnswerInvalid, match=message):
        places_from_response([item], service="photon")


@pytest.mark.parametrize(
    ("extent", "message"),
    [
        ((26.5, 56.2, 31.0), r"properties\.extent: expected \[west, north, east, south\]"),
        ((26.5, 54.4, 31.0, 56.2), r"properties\.extent: south edge above the north edge"),
        ((31.0, 56.2, 26.5, 54.4), r"properties\.extent: west edge east of the east edge"),
        ((26.5, "north", 31.0, 54.4), r"properties\.extent\[1\]: expected a number.*'north'"),
    ],
)
def test_a_broken_photon_extent_is_refused(extent, message):
    item = photon("Vitebsk Region", "state", 55.3, 29.0, "BY", extent)
    with pytest.raises(GeocoderAnswerInvalid, match=message):
        check_response_body({"features": [item["raw"]]}, service="photon")
    with pytest.raises(GeocoderAnswerInvalid, match=message):
        places_from_response([item], service="photon")


def test_a_photon_body_must_hold_a_list_of_features():
    with pytest.raises(GeocoderAnswerInvalid, match=r"body: expected an object with a list"):
        check_response_body(["Vitebsk"], service="photon")
    check_response_body({"features": []}, service="photon")  # nothing found is an answer


def test_a_broken_arcgis_extent_or_score_is_refused():
    item = {
        "address": "Daugavpils, Latgale, LVA",
        "lat": 55.87,
        "lon": 26.53,
        "raw": {"score": "NaN", "extent": {"xmin": 26.4, "ymin": 55.8, "xmax": 26.7, "ymax": 95}},
    }
    with pytest.raises(GeocoderAnswerInvalid, match=r"raw: score: expected a number, not this"):
        places_from_response([item], service="arcgis")
    item["raw"]["score"] = 100
    with pytest.raises(GeocoderAnswerInvalid, match=r"raw: extent\.ymax: outside -90\.\.90"):
        places_from_response([item], service="arcgis")


def test_a_stored_answer_must_be_a_list():
    with pytest.raises(GeocoderAnswerInvalid, match=r"answer: expected a list of results"):
        places_from_response({"address": "x"}, service="what3words")
