"""Tests for the geopy face of the offline gazetteer and the PlaceResult contract."""

from __future__ import annotations

import json

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.offline_geocoder import OfflineGeocoder
from bordermap.geo.schema import PRECISIONS

RAW_KEYS = {
    "name",
    "country",
    "admin1_code",
    "precision",
    "geometry",
    "uncertainty_km",
    "source",
    "status",
    "candidates",
    "coarsened",
    "note",
}


@pytest.fixture(scope="module")
def geocoder() -> OfflineGeocoder:
    return OfflineGeocoder()


def test_is_a_geopy_geocoder(geocoder: OfflineGeocoder) -> None:
    assert isinstance(geocoder, Geocoder)


def test_location_carries_the_raw_contract(geocoder: OfflineGeocoder) -> None:
    location = geocoder.geocode("Dvinsk")
    assert isinstance(location, Location)
    assert location.address == "Daugavpils"
    assert location.latitude == pytest.approx(55.883, abs=0.01)
    assert location.longitude == pytest.approx(26.533, abs=0.01)
    raw = location.raw
    assert set(raw) == RAW_KEYS
    assert raw["country"] == "LV"
    assert raw["precision"] in PRECISIONS
    assert raw["source"] == "gazetteer"
    assert raw["status"] == "resolved"
    assert raw["geometry"]["type"] == "Point"
    json.dumps(raw)  # the raw mapping must be JSON-ready for the cache


def test_border_location_has_a_line_geometry(geocoder: OfflineGeocoder) -> None:
    raw = geocoder.geocode("Latvian-Belarusian border").raw
    assert raw["precision"] == "border"
    assert raw["geometry"]["type"] in ("LineString", "MultiLineString")


def test_region_location_has_a_polygon(geocoder: OfflineGeocoder) -> None:
    raw = geocoder.geocode("Vitebsk region").raw
    assert (raw["precision"], raw["admin1_code"]) == ("region", "BY-VI")
    assert raw["geometry"]["type"] in ("Polygon", "MultiPolygon")


def test_unresolved_is_none(geocoder: OfflineGeocoder) -> None:
    assert geocoder.geocode("Xqzzyt Blorf") is None
    assert geocoder.geocode("Xqzzyt Blorf", exactly_one=False) is None


def test_ambiguous_reports_candidates(geocoder: OfflineGeocoder) -> None:
    location = geocoder.geocode("Brest")
    assert location.raw["status"] == "ambiguous"
    countries = [c["country"] for c in location.raw["candidates"]]
    assert countries[:2] == ["BY", "FR"]
    every = geocoder.geocode("Brest", exactly_one=False)
    assert [loc.raw["country"] for loc in every][:2] == ["BY", "FR"]
    assert all(loc.raw["status"] == "ambiguous" for loc in every)


def test_country_codes_hint_decides(geocoder: OfflineGeocoder) -> None:
    location = geocoder.geocode("Brest", country_codes="FR")
    assert (location.raw["status"], location.raw["country"]) == ("resolved", "FR")
    assert geocoder.geocode("Brest", country_codes=["BY"]).raw["admin1_code"] == "BY-BR"


def test_region_of_interest_decides(geocoder: OfflineGeocoder) -> None:
    location = geocoder.geocode("Brest", region_of_interest=["BY", "LV", "LT", "PL"])
    assert location.raw["country"] == "BY"


def test_exactly_one_false_gives_a_list(geocoder: OfflineGeocoder) -> None:
    found = geocoder.geocode("Vitebsk", exactly_one=False)
    assert [loc.address for loc in found] == ["Vitebsk"]


def test_reverse_says_where_to_go(geocoder: OfflineGeocoder) -> None:
    with pytest.raises(NotImplementedError, match="boundaries"):
        geocoder.reverse((55.0, 27.0))


def test_to_json_matches_the_cli_contract() -> None:
    data = geocode_place("Vitebsk region").to_json()
    for key in ("query", "status", "name", "country", "lat", "lon", "precision"):
        assert key in data
    assert data["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert data["source"] == "gazetteer"
    assert data["candidates"] == []


def test_result_rejects_unknown_precision() -> None:
    from bordermap.geo.places.result import PlaceResult

    with pytest.raises(ValueError, match="precision must be one of"):
        PlaceResult("x", "resolved", precision="street")
