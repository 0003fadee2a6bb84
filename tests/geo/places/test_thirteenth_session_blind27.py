"""Classes of failure the twenty-seventh blind set showed once seen (session 13).

Each test holds one class of wording, on our own phrases: other wordings, languages or
places than the set's.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        "через пункт пропуску «Кучурган» («Первомайськ»)",
        "на КПП «Кучурган» («Первомайск»)",
    ],
)
def test_a_crossing_then_its_other_end_in_parentheses_is_the_crossing(text):
    # The parenthesis names the crossing's other end (Pervomaisc in Moldova), not a town
    # holding it: a bigger Ukrainian namesake far away is not the place.
    result = geocode_place(text, country="UA")
    assert result.status == "resolved"
    assert result.name == "Kuchurhan–Pervomaisc"
    assert result.country is None


def test_a_parenthesis_that_is_no_end_of_the_crossing_is_not_read_as_one():
    # Odesa lies far from the crossing: the parenthesis is not its other end.  (Read as
    # the Odesa region, it holds the crossing, which is then found inside it: session 21.)
    explain: list[str] = []
    result = geocode_place("пункт пропуска «Кучурган» («Одесса»)", country="UA", explain=explain)
    assert not any("other end" in line for line in explain)
    assert result.status == "resolved"
    assert abs(result.lat - 46.73) < 0.1 and abs(result.lon - 29.96) < 0.1


@pytest.mark.parametrize(
    "text",
    [
        "en la aldea Chamuxú, La Democracia",
        "cerca del caserío Chamuxú, La Democracia",
    ],
)
def test_an_unknown_place_in_a_municipality_name_two_regions_share_is_ambiguous(text):
    # Guatemala has a La Democracia in Escuintla and one in Huehuetenango: the bigger
    # town's department is a guess, not the place.
    result = geocode_place(text, country="GT")
    assert result.status == "ambiguous"
    assert {c.admin1_code for c in result.candidates} >= {"GT-05", "GT-13"}


def test_a_municipality_name_one_region_holds_still_gives_its_region():
    result = geocode_place("en la aldea Chamuxú, Cuilco", country="GT")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "GT-13")


@pytest.mark.parametrize(
    "text",
    [
        "en los límites de Tijuana con San Diego",
        "en los límites de Nuevo Laredo con Laredo, Texas",
    ],
)
def test_the_spanish_plural_limites_of_a_town_with_another_is_the_border(text):
    # "los límites de X con Y" (plural of the border word "límite") is the line where
    # the two towns meet, not either town.
    result = geocode_place(text, country="MX")
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name.startswith("Mexico–United States")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zarasų rajono ribose", "Zarasai"),
        ("Ignalinos rajono savivaldybės ribose", "Ignalina"),
    ],
)
def test_lithuanian_ribose_after_a_unit_is_within_it(text, name):
    # "ribose" (within the bounds of) after a district's genitive is the district.
    result = geocode_place(text, country="LT")
    assert (result.status, result.precision, result.name) == ("resolved", "district", name)


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("z Białegostoku", "settlement"),
        ("w Białymstoku na osiedlu Bacieczki", "settlement"),
        ("w okolicach Białegostoku", "near"),
    ],
)
def test_bialystok_declined_in_both_halves_is_found(text, precision):
    # Polish declines both halves of "Biały-stok": "Białymstoku", "Białegostoku".
    result = geocode_place(text, country="PL")
    assert (result.status, result.name, result.precision) == ("resolved", "Białystok", precision)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a tompai tranzitzóna előtt", "Tompa"),
        ("Hegyeshalom előtt", "Hegyeshalom"),
    ],
)
def test_hungarian_elott_after_a_place_is_near_it(text, name):
    # "előtt" (in front of) after a town, or after a transit zone named by its town's
    # adjective, is near the town.
    result = geocode_place(text, country="HU")
    assert (result.status, result.precision, result.name) == ("resolved", "near", name)


def test_a_district_then_its_region_by_the_ukrainian_shchyna_name_is_the_district():
    # "Ізюмський район Харківщини": the raion, in the region named "Харківщина".
    result = geocode_place("Ізюмський район Харківщини", country="UA")
    assert (result.status, result.precision, result.name) == (
        "resolved",
        "district",
        "Izyum Raion",
    )
    alone = geocode_place("Харківщини", country="UA")
    assert (alone.status, alone.precision, alone.admin1_code) == ("resolved", "region", "UA-63")
