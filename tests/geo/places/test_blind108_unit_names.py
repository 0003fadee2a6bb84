"""Units the blind108 set names: a district its seat bears only as another name, an island group
known only as its regency, the waters of an island district (session 51, round b)."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.island_group_unit import units_of_an_island_group
from bordermap.geo.places.seat_alias_district import districts_an_alias_names

# --- a district's name that the gazetteer files only as another name of its seat ---


def test_a_district_named_in_an_address_is_the_district_not_its_seat_town():
    # Mường Xén, the township seating Kỳ Sơn district, bears "Kỳ Sơn" as another name;
    # the address files the unknown Nậm Cắn in the district, never in the town.
    result = geocode_place("Nậm Cắn (Kỳ Sơn, Nghệ An)", country="VN")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == "Huyện Kỳ Sơn"
    assert result.admin1_code == "VN-22"
    assert result.coarsened


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Outside an address a town's other name stays the town: Kazbegi is the old
        # name of Stepantsminda (the post there is Upper Lars), Saida Sidon's Arabic.
        ('ТПП "Казбеги"', "GE", "Upper Lars"),
        ("في صيدا", "LB", "Sidon"),
    ],
)
def test_a_towns_other_name_alone_is_not_its_district(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name


def test_the_seat_alias_names_the_district_only_when_the_names_differ():
    units = districts_an_alias_names("ky son", "Mường Xén", "VN", 19.39795, 104.15239)
    assert [unit.name for unit in units] == ["Huyện Kỳ Sơn"]
    # The key is the town's own name: nothing.
    assert districts_an_alias_names("muong xen", "Mường Xén", "VN", 19.39795, 104.15239) == []


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # The district bears the town's own name, spelt alike: the town stays.
        ("根室市", "JP", "Nemuro"),
        ("稚内市", "JP", "Wakkanai"),
        ("المزيونة", "OM", "Al Mazyūnah"),
    ],
)
def test_a_town_whose_district_bears_its_own_name_stays_the_town(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "settlement"
    assert result.name == name


# --- an island group known only as the regency of its name ---


def test_an_island_group_named_bare_is_the_regency_of_its_name():
    # The islands themselves; their waters are the province's (round55a).
    result = geocode_place("Kepulauan Talaud, Laut Sulawesi", country="ID")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == "Kabupaten Kepulauan Talaud"
    assert result.admin1_code == "ID-SA"


def test_an_island_group_needs_its_word_and_one_country():
    assert [u.name for u in units_of_an_island_group("Kepulauan Talaud", ("ID",))] == [
        "Kabupaten Kepulauan Talaud"
    ]
    assert units_of_an_island_group("Talaud", ("ID",)) == []
    assert units_of_an_island_group("Kepulauan Talaud", ()) == []
    assert units_of_an_island_group("Kepulauan", ("ID",)) == []


# --- waters of an island district lie by a sea border ---


def test_the_waters_of_an_island_district_keep_the_district():
    text = (
        "perairan sebelah selatan Pulau Landu, Desa Landu, Kecamatan Rote Barat Daya, "
        "Kabupaten Rote Ndao"
    )
    result = geocode_place(text, country="ID")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == "Kabupaten Rote Ndao"
