"""Round 31d (issue 11): islands by borders that the data lacked, and Thai pass names
one letter apart that are different passes."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.spelling import closest_spelling


@pytest.mark.parametrize(
    ("text", "hint", "name", "country"),
    [
        # The field sets' phrases: a boat rescued off Gavdos, Indian fishermen seized
        # off Neduntheevu, PNG boats reaching Saibai.
        ("τρία ναυτικά μίλια νότια της Γαύδου", "GR", "Gavdos", "GR"),
        ("14 ναυτικά μίλια νότια της Γαύδου", "GR", "Gavdos", "GR"),
        ("Saibai Island", "AU", "Saibai Island", "AU"),
        # Our own: the islands' other names and scripts.
        ("Γαύδος", "GR", "Gavdos", "GR"),
        ("Neduntheevu", "LK", "Neduntheevu", "LK"),
        ("Nedunthivu", "LK", "Neduntheevu", "LK"),
        ("Saibai", "AU", "Saibai Island", "AU"),
    ],
)
def test_islands_by_borders_are_places(text, hint, name, country):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name
    assert result.country == country
    assert result.precision == "settlement"


def test_an_island_named_as_one_stays_its_region():
    # The island word still answers the region holding the island (islands.py).
    result = geocode_place("the island of Gavdos", country="GR")
    assert result.precision == "region"
    assert result.admin1_code == "GR-M"


def test_the_dutch_name_of_neduntheevu_is_not_taken():
    # "Delft" stays the Dutch city: the island's row leaves that form out.
    result = geocode_place("Delft", country="NL")
    assert result.name == "Delft"
    assert result.country == "NL"


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # ช่องจวม (Choam, Anlong Veng) is one letter from ช่องจอม (Chong Chom, O'Smach),
        # another pass 45 km west: the blind set's phrase was answered with it.
        ("ด่านช่องจวม อำเภออัลลองเวง จังหวัดอุดรมีชัย", "KH"),
        ("ด่านช่องจวม", "KH"),
        ("ช่องจวม อุดรมีชัย", "KH"),
    ],
)
def test_a_pass_one_letter_from_another_is_not_it(text, hint):
    result = geocode_place(text, country=hint)
    assert result.name != "O'Smach–Chong Chom"


def test_the_province_of_the_pass_is_still_read():
    result = geocode_place("ด่านช่องจวม อำเภออัลลองเวง จังหวัดอุดรมีชัย", country="KH")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "KH-22"


@pytest.mark.parametrize(
    ("key", "form", "found"),
    [
        # Only what follows the word for a pass counts towards the allowed edits.
        ("ชองจวม", "ชองจอม", False),
        ("chong cham", "chong chom", False),
        # Longer names after it still may be spelled a letter otherwise.
        ("ชองสะงำม", "ชองสะงำ", True),
        ("nujiamaa", "nuijamaa", True),
    ],
)
def test_edits_are_counted_after_the_pass_word(key, form, found):
    assert (closest_spelling(key, [(form, "x")]) is not None) is found


@pytest.mark.parametrize(
    "text",
    [
        # The field set's phrase ("near Neduntheevu") and the other Tamil form of "near".
        "நெடுந்தீவு அருகே",
        "நெடுந்தீவு அருகில்",
    ],
)
def test_tamil_near_words_make_a_place_near(text):
    result = geocode_place(text, country="LK")
    assert result.status == "resolved"
    assert result.name == "Neduntheevu"
    assert result.precision == "near"


@pytest.mark.parametrize(
    "text",
    [
        # The field sets' phrases: Lesbos is a regional unit, not a town.
        "the northeast coast of Lesvos island",
        "towards the island of Lesvos",
        # Our own.
        "Lesbos island",
    ],
)
def test_an_island_that_is_a_unit_is_its_region(text):
    result = geocode_place(text, country="GR")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "GR-K"
    # Since session 39 the island's own circle (waters.tsv), filed in the region that
    # holds it, rather than the whole region's outline.
    assert result.name == "Lesbos" and result.geometry.geom_type == "Point"
