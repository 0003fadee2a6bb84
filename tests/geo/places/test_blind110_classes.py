"""Classes of misses the blind110 set showed (session 52, round b): a reference named with a
distance farther than it reaches, and a border's stretch named by its district's adjective."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from bordermap.geo.places.beyond_the_reference import band_of_a_stated_distance
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


# --- a Korean distance down a river from a town ---


def test_ten_km_downstream_of_hyesan_is_near_hyesan():
    result = geocode_place("혜산에서 10Km 하류", country="KP")
    assert result.status == "resolved"
    assert result.name == "Hyesan"
    assert result.precision == "near"


# --- a road between two towns of one region, farther apart than a town's reach ---


def test_a_road_between_two_towns_of_one_region_is_their_region_not_the_first_town():
    result = geocode_place("спорного участка дороги Ворух-Исфара", country="TJ")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "TJ-SU"
    assert result.coarsened


def test_a_road_to_a_place_the_data_lacks_stays_near_its_first_town():
    result = geocode_place("на автодороге Суземка-Страчово", country="RU")
    assert result.status == "resolved"
    assert result.precision == "near"
    assert result.name == "Suzëmka"


# --- landings on a border river ---


@pytest.mark.parametrize(
    "text", ["pangkalan ilegal di Sungai Golok", "pangkalan haram Sungai Golok"]
)
def test_landings_at_sungai_golok_are_on_the_border_river(text):
    result = geocode_place(text, country="MY")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert "Kolok River" in result.name


def test_sungai_golok_alone_stays_the_crossing_of_the_town():
    result = geocode_place("Sungai Golok", country="MY")
    assert result.precision != "border"


# --- a Korean address with a lot number and the sea off an island ---


@pytest.mark.parametrize(
    "text",
    [
        "경북 울릉군 을릉읍 도동 산1 독도앞바다 1.5㎞ 해상",
        "경북 울릉군 을릉읍 도동 산1 독도에서 1.5㎞ 해상",
    ],
)
def test_the_sea_off_dokdo_in_an_address_is_near_dokdo_not_the_county_seat(text):
    result = geocode_place(text, country="KR")
    assert result.status == "resolved"
    assert result.name == "Liancourt Rocks"
    assert result.precision == "near"


# --- an unknown post an Uzbek text puts "in" (-dagi) a town or district ---


@pytest.mark.parametrize(
    "text", ["Қўнғиротдаги “Довуд ота” пости", "Qo‘ng‘irotdagi Dovud ota posti"]
)
def test_an_unknown_post_in_qongirot_is_answered_by_the_region_holding_it(text):
    result = geocode_place(text, country="UZ")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "UZ-QR"
    assert result.coarsened


def test_the_dagi_reading_needs_the_locative():
    from bordermap.geo.places.located_in import region_of_an_uzbek_holder

    assert region_of_an_uzbek_holder("Dovud ota posti", ("UZ",), geocode_place) is None
