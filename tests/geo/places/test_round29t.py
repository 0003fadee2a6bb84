"""Classes of place round 29t, over the seen sets (blind58, events31).

Each test holds one class of wording, on field phrases and our own.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.text_runs import is_generic


@pytest.mark.parametrize(
    "word", ["Sous-préfecture", "sous-préfectures", "Sub-prefecture", "subprefectures"]
)
def test_the_sub_prefecture_is_a_unit_word(word):
    # Chad's, the CAR's, Guinea's and Côte d'Ivoire's unit below the prefecture: a title
    # before or after a name, never part of it.
    assert is_generic(word)


@pytest.mark.parametrize(
    "text",
    [
        "Bambouti, l’une des Sous-préfecture du Haut-Mbomou",
        "Bambouti, une Sous-préfecture du Haut-Mbomou",
        "la Sous-préfecture de Bambouti",
        "Bambouti sub-prefecture",
    ],
)
def test_a_capitalised_sub_prefecture_leaves_the_region_named(text):
    # Before, "Sous-préfecture du Haut-Mbomou" was read as one name, found nowhere:
    # unresolved.  The unit has no outline, so its region is the answer.
    result = geocode_place(text, country="CF")
    assert (result.status, result.admin1_code) == ("resolved", "CF-HM")
    assert result.precision == "region"


def test_a_sub_prefecture_named_by_its_seat_is_in_its_region():
    result = geocode_place(
        "dans la sous-préfecture de Ngouboua au sein du département de Kaya", country="TD"
    )
    assert (result.status, result.admin1_code, result.precision) == (
        "resolved",
        "TD-LC",
        "region",
    )


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("in the Bilopolska community", "Bilopillia"),
        ("the Bilopilska community", "Bilopillia"),
        ("Velykopysarivska community", "Velyka Pysarivka"),
        ("the Velykoburlutska community", "Velykyi Burluk"),
        ("the Seredyno-Budska community", "Seredyna-Buda"),
    ],
)
def test_a_romanised_hromada_adjective_names_its_seat(text, seat):
    # English reports name a hromada by its own adjective romanised; before, no town
    # bore the adjective: unresolved.
    result = geocode_place(text, country="UA")
    assert (result.status, result.name, result.precision) == ("resolved", seat, "district")


def test_a_community_named_by_its_town_stays_the_town():
    result = geocode_place("the Bilopillia community", country="UA")
    assert (result.status, result.name) == ("resolved", "Bilopillia")


@pytest.mark.parametrize(
    ("text", "country", "crossing"),
    [
        ("al Puente III Comercio Mundial", "MX", "Laredo–Nuevo Laredo"),
        ("el Puente Internacional Comercio Mundial", "MX", "Laredo–Nuevo Laredo"),
        ("«کاپی کوله» در مرز بلغارستان", "TR", "Kapıkule–Kapitan Andreevo"),
        ("گذرگاه مرزی کاپی کوله", "TR", "Kapıkule–Kapitan Andreevo"),
    ],
)
def test_a_crossing_named_in_the_reporters_language(text, country, crossing):
    # The World Trade Bridge in Spanish, Kapıkule in Persian script: forms the table
    # lacked, so the crossing went unresolved.
    result = geocode_place(text, country=country)
    assert (result.status, result.name) == ("resolved", crossing)
