"""Classes of misses the blind110 set showed (session 52, round b): a reference named with a
distance farther than it reaches, and a border's stretch named by its district's adjective."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from bordermap.geo.places.beyond_the_reference import band_of_a_stated_distance
from bordermap.geo.places.chinese_pair_prefix import without_chinese_country_pair
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.stretch_of_a_district import border_stretch_of_a_district

# --- a reference the text measures the place from, farther than it reaches ---


def test_a_post_520_km_west_of_baghdad_is_not_baghdads_governorate():
    # The post is unknown; Baghdad's governorate reaches some tens of km from the city,
    # so a place 520 km west of it lies elsewhere: in Iraq, that band is Anbar's.
    result = geocode_place("منفذ طريبيل الحدودي مع الأردن 520 كيلو متر غرب بغداد", country="IQ")
    assert result.status == "resolved"
    assert result.admin1_code == "IQ-AN"
    assert result.precision == "region"
    assert result.coarsened
    assert "520 km from Baghdad" in result.note


def test_without_a_bearing_the_band_spans_several_units_so_the_country_is_answered():
    result = geocode_place("منفذ طريبيل 520 كيلو متر من بغداد", country="IQ")
    assert result.status == "resolved"
    assert result.precision == "country"
    assert result.country == "IQ"
    assert result.admin1_code != "IQ-BG"


def test_a_distance_within_the_references_reach_keeps_the_reference():
    result = geocode_place("منفذ طريبيل 20 كيلو متر غرب بغداد", country="IQ")
    assert result.status == "resolved"
    assert result.admin1_code == "IQ-BG"


def test_the_band_lies_that_far_and_that_way():
    band = band_of_a_stated_distance(33.34, 44.40, 520.0, 270.0)
    assert band.contains(Point(38.8, 33.2))  # about 520 km due west
    assert not band.contains(Point(44.40, 33.34))  # not the reference
    assert not band.contains(Point(50.0, 33.2))  # not east of it


# --- a stretch of a border named by the adjective of its district ---


def test_the_ishkashim_stretch_of_the_tajik_afghan_border_is_not_the_town():
    result = geocode_place("на Ишкашимском участке таджикско-афганской", country="TJ")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.admin1_code == "TJ-GB"
    assert "district" in result.note


@pytest.mark.parametrize(
    "text",
    [
        "Ишкашим",  # the town itself
        "таджикско-афганской границы",  # no stretch named
        "на участке Гудаури-Коби",  # a stretch of a road
    ],
)
def test_other_texts_are_not_read_as_a_districts_stretch(text):
    assert border_stretch_of_a_district(text, ("TJ",), lambda t, h: None) is None


# --- a Chinese crossing named after the two countries' short names ---


def test_a_chinese_land_port_after_the_country_pair_is_read_by_its_own_name():
    result = geocode_place("中俄珲春陆路口岸", country="CN")
    assert result.status == "resolved"
    assert result.name == "Hunchun"
    assert result.precision == "near"


@pytest.mark.parametrize("text", ["中山", "中卫", "中俄"])
def test_names_opening_with_the_letter_of_china_are_not_cut(text):
    assert without_chinese_country_pair(text) is None


# --- a Korean distance down a river from a town ---


def test_ten_km_downstream_of_hyesan_is_near_hyesan():
    result = geocode_place("혜산에서 10Km 하류", country="KP")
    assert result.status == "resolved"
    assert result.name == "Hyesan"
    assert result.precision == "near"
