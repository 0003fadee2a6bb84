"""Names spelled a letter or two away from a unit or crossing of the event's country."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.spelling import (
    allowed_edits,
    closest_spelling,
    edit_distance,
    may_be_misspelled,
    spelling_key,
)


def test_edit_distance_counts_swaps_as_one_and_stops_at_its_limit():
    assert edit_distance("vaalimaa", "valimaa", 2) == 1
    assert edit_distance("nuijamaa", "nujiamaa", 2) == 1  # two letters swapped
    assert edit_distance("bushehr", "busheher", 2) == 1
    assert edit_distance("champaran", "champawat", 1) == 2  # beyond the limit: limit + 1


def test_joining_words_and_spaces_do_not_count():
    assert spelling_key("sistan va baluchestan") == spelling_key("sistan baluchestan")
    assert closest_spelling("chapainawabganj", [("chapai nawabganj", "unit")]) == (
        "unit",
        "chapai nawabganj",
        0,
    )


def test_short_names_must_match_and_long_ones_may_differ_by_two():
    assert allowed_edits(4) == 0
    assert allowed_edits(8) == 1
    assert allowed_edits(14) == 2
    assert closest_spelling("kala", [("kola", 1)]) is None


def test_two_things_as_near_give_nothing():
    # "Valka" is one edit from both: no guess.
    assert closest_spelling("valka", [("valga", "EE"), ("valda", "LV")]) is None
    # One thing with several forms is still one thing.
    assert closest_spelling("valka", [("valga", "EE"), ("valgaa", "EE")]) == ("EE", "valga", 1)


def test_only_proper_names_may_be_misspelled():
    assert may_be_misspelled("Valimaa")
    assert may_be_misspelled("أبوسمرة")  # no case in the script
    assert not may_be_misspelled("железнодорожный")  # "railway": a common word


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("the Valimaa crossing", "FI", "Vaalimaa"),
        ("Busheher province", "IR", "Bushehr"),
        ("the province of Kohgiluyeh-Boyer-Ahmad", "IR", "Kohgiluyeh and Buyer Ahmad"),
    ],
)
def test_a_unit_or_crossing_spelled_otherwise_is_found_and_said(text, country, name):
    result = geocode_place(text, country=country)
    assert (result.status, result.name) == ("resolved", name)
    assert "spelled otherwise" in result.note


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Valimaa", "FI"),  # no unit or crossing word: villages are not compared
        ("the Valimaa crossing", None),  # no event country: the set would be the world
        ("the railway crossing", "RU"),  # a common word is no misspelled name
    ],
)
def test_spellings_are_compared_only_for_units_and_crossings_of_the_event(text, country):
    assert geocode_place(text, country=country).status == "unresolved"
