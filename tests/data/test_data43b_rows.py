"""Data rows of session 43's second data round (issue 11): names of border places the
data lacked, each read in a cited page (``town_names.tsv``, ``district_names.tsv``,
``crossings.csv``). Each phrase below was unresolved, or answered by a namesake,
before its row."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "country", "name"),
    [
        # events67 Kalal: the Indian Nowshera of Rajouri, not the Pakistani namesake.
        ("forward Kalal area of Nowshera sector", "IN", "Nāushahra"),
        ("Naushera", "IN", "Nāushahra"),
    ],
)
def test_the_cited_names_find_their_places(phrase, country, name):
    assert geocode_place(phrase, country=country).name == name


def test_nowshera_without_a_hint_is_not_moved_to_india():
    # The Khyber Pakhtunkhwa Nowshera keeps the Pakistani reports' bare name.
    assert geocode_place("Nowshera", country="PK").country == "PK"


@pytest.mark.parametrize(
    "phrase", ["پاکستان کے شمال مغربی ضلع دیر بالا میں", "دير بالا ميں", "اپر دیر میں"]
)
def test_the_urdu_forms_of_upper_dir_are_the_district(phrase):
    # blind92 af-pk-ct001, ct002 and ct004.
    result = geocode_place(phrase, country="PK")
    assert (result.name, result.precision) == ("Upper Dir District", "district")
