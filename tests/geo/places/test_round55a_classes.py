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
