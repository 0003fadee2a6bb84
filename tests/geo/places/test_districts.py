"""Units below admin-1 ("Kathua district", "в Свислочском районе"): the region holding them."""

from __future__ import annotations

import gzip

import pytest

from bordermap.geo.places.districts import DISTRICTS_FILE, districts_named
from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "region"),
    [
        ("the International Border area of Kathua district", "IN", "IN-JK"),
        ("в Свислочском районе", "BY", "BY-HR"),
        ("у Бераставіцкім раёне", "BY", "BY-HR"),
        ("the remote Greek prefecture of Evros", None, "GR-A"),
        ("Ban Dan district", "TH", "TH-31"),
    ],
)
def test_a_district_is_answered_by_its_region_flagged_coarsened(text, country, region):
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "region",
        region,
    )
    assert result.coarsened
    assert "no outline below admin-1" in result.note


def test_a_district_whose_towns_lie_outside_its_region_outline_is_left_out():
    # GeoNames files Kurram under Khyber Pakhtunkhwa (2018); the outlines still have
    # it in FATA, which the data lacks: the region would be 200 km off.
    assert districts_named(["kurram"], ["PK"]) == []
    result = geocode_place("Pakistan's Kurram district")
    assert result.admin1_code != "PK-KP"


def test_one_district_name_in_several_regions_is_ambiguous_not_chosen():
    # Several Polish gminas/powiats share names; pick one borne in more than one region.
    units = {}
    with gzip.open(DISTRICTS_FILE, "rt", encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            country, region, key, _ = line.rstrip("\n").split("\t")
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


def test_a_myanmar_township_is_answered_by_the_region_holding_it():
    result = geocode_place("north Maungdaw township", country="MM")
    assert (result.precision, result.admin1_code, result.coarsened) == ("region", "MM-16", True)
