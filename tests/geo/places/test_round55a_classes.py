"""Classes of wording from the weakest places sets of session 55 (blind100, blind101,
blind108): the waters of an island-group unit."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place

# --- the waters of an island group filed as a unit: its region, not its circle ---


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # Field-like: the regency named with its province, and a village's waters in it.
        ("perairan Kabupaten Kepulauan Talaud, Sulawesi Utara", "ID-SA"),
        ("perairan Pulau Esang, Kabupaten Kepulauan Talaud", "ID-SA"),
        ("Perairan Kepulauan Talaud, Laut Sulawesi", "ID-SA"),
        # Made up: other island regencies, in Indonesian and in English.
        ("perairan Kabupaten Kepulauan Sangihe", "ID-SA"),
        ("di perairan Kepulauan Mentawai", "ID-SB"),
        ("the waters of the Anambas Islands", "ID-KR"),
    ],
)
def test_the_waters_of_an_island_group_unit_are_its_region(text, region):
    result = geocode_place(text, country="ID")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == region
    assert result.coarsened
    assert "island group" in result.note


@pytest.mark.parametrize(
    "text",
    [
        # Without a word for waters the islands are the unit itself.
        "Kabupaten Kepulauan Talaud",
        "di Kepulauan Talaud",
        # A unit of the land keeps its circle, waters or not.
        "perairan Kabupaten Rote Ndao",
    ],
)
def test_the_islands_themselves_and_land_units_keep_the_unit(text):
    result = geocode_place(text, country="ID")
    assert result.status == "resolved"
    assert result.precision == "district"


# --- a border post with no point, filed as the region it stands in ---


@pytest.mark.parametrize(
    ("text", "country", "region"),
    [
        # Field-like: the post named with the crossing words of the report's language.
        ("نقطة الحدود في الغويفات", "AE", "AE-AZ"),
        ("عبر معبر اللفة", "SD", "SD-KA"),
        ("گذرگاه مرزی شلمچه", "IR", "IR-06"),
        ("Пункт пропуска «Темир Баба»", "KZ", "KZ-47"),
        ("На КПП «Бугристое»", "RU", "RU-CHE"),
        ("na graničnom prelazu Sitnica", "ME", "ME-08"),
        # Made up: other wordings of the same posts, in English and Arabic.
        ("the Al Ghuwaifat border crossing", "AE", "AE-AZ"),
        ("منفذ الغويفات الحدودي", "AE", "AE-AZ"),
        ("the Temir Baba checkpoint", "KZ", "KZ-47"),
        ("at the Dobrakovo crossing", "ME", "ME-04"),
        ("the Wutung border post", "PG", "PG-SAN"),
    ],
)
def test_a_post_without_a_point_is_the_region_it_stands_in(text, country, region):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == region


def test_a_post_of_the_other_side_is_not_taken_for_the_events_country():
    # Al Ghuwaifat is the UAE's post: a Saudi event's text naming it is not Abu Dhabi's
    # region, nor any Saudi one.
    result = geocode_place("معبر الغويفات", country="SA")
    assert result.status != "resolved" or result.country == "SA"
    assert result.admin1_code != "AE-AZ"


def test_a_crossing_named_after_no_place_stays_unresolved():
    result = geocode_place("معبر الزنبقة الحدودي", country="SD")
    assert result.status == "unresolved"
