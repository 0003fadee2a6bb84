"""Classes of wording from events30 (session 55, round55g): a place the data lacks,
located in brackets by its town and region joined with a dash, and a bridge named in
Lao script filed under the Lao province at its end."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place

# --- "Village (Town-Region)": the region, never the town's point ---


@pytest.mark.parametrize(
    ("text", "country", "region"),
    [
        # Field-like: a Gabonese village located by its town and province.
        ("Ndjounou (Okondja-Haut-Ogooué)", "GA", "GA-2"),
        # Made up: spaced dash, another Gabonese province, an Ivorian region.
        ("Ndjounou (Okondja - Haut-Ogooué)", "GA", "GA-2"),
        ("Mbomo (Makokou-Ogooué-Ivindo)", "GA", "GA-6"),
    ],
)
def test_a_place_located_by_its_town_and_region_is_the_region(text, country, region):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == region
    assert result.coarsened


def test_the_joined_locator_is_read_as_town_and_region():
    # Without the reading, the joined locator was no name and the place unresolved.
    result = geocode_place("Ndjounou (Okondja-Haut-Ogooué)", country="GA")
    assert "located by its town 'Okondja'" in result.note


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # The town is not in the region the locator names: the parts disagree.
        ("Xyzville (Bouaké-Haut-Ogooué)", "GA"),
        # The region is not of the event's country.
        ("Xyzville (Okondja-Haut-Ogooué)", "CM"),
    ],
)
def test_a_locator_whose_parts_disagree_is_not_read(text, country):
    result = geocode_place(text, country=country)
    assert not (result.status == "resolved" and result.precision == "region")


def test_a_known_head_keeps_its_own_place():
    # Bitam is itself a town: the locator only confirms it.
    result = geocode_place("Bitam (Oyem-Woleu-Ntem)", country="GA")
    assert (result.status, result.name) == ("resolved", "Bitam")


# --- the Lao-Myanmar Friendship Bridge in Lao: Luang Namtha, no point ---


@pytest.mark.parametrize(
    "text",
    ["ຂົວມິດຕະພາບລາວ-ມຽນມາ", "ຂົວມິດຕະພາບ ລາວ-ມຽນມາ"],
)
def test_the_lao_name_of_the_lao_myanmar_bridge_is_luang_namtha(text):
    result = geocode_place(text, country="LA")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "LA-LM"


def test_the_english_name_of_the_lao_myanmar_bridge_stays_unplaced():
    # Both sides' name: neither side's region, and not the Thai-Lao bridge either.
    result = geocode_place("the Lao-Myanmar Friendship Bridge", country="LA")
    assert result.status != "resolved" or result.precision != "crossing"
