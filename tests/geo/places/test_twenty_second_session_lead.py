"""The lead's place classes of session 22, found on the seen field sets."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # The first place named is the place; a town a few tens of kilometres away
        # only says where it lies ("near", "north of", "pod": under).
        ("el pueblo de Boyuibe cercano a Camiri", "BO", "Boyuibe"),
        ("مدينة اعزاز شمال حلب", "SY", "I‘zāz"),
        # A name several villages bear: the one beside the town that places it.
        ("wieś Rogóźno pod Łańcutem", "PL", "Rogóźno"),
    ],
)
def test_the_first_place_named_is_placed_by_a_town_near_it(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name
    # "cercano" may make it "near" the place: coarser, never the other town.
    assert result.precision in ("settlement", "near")


def test_the_namesake_beside_the_town_is_chosen():
    result = geocode_place("wieś Rogóźno pod Łańcutem", country="PL")
    assert result.admin1_code == "PL-18"  # Podkarpackie, Łańcut's, not Lublin's village


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # Towns far apart: a reporter's slip or two places; nothing is chosen.
        ("around Črnomelj near Koper", "SI"),
        # Two places joined by "and" are two places, not one placed by the other.
        ("Boyuibe and Camiri", "BO"),
        # Places that bound a stretch are not it.
        ("between Boyuibe and Camiri", "BO"),
    ],
)
def test_places_far_apart_or_joined_are_not_one(text, hint):
    result = geocode_place(text, country=hint)
    assert not (result.status == "resolved" and result.precision == "settlement")


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # Ukrainian instrumental of a soft or sibilant stem: Польща -> "з Польщею".
        ("на кордоні з Польщею", "UA", "Poland–Ukraine border"),
        ("біля кордону із Польщею", "UA", "Poland–Ukraine border"),
        # Estonian names Russia "Vene" as the first half or attribute of a border.
        ("Eesti-Vene piiril", "EE", "Estonia–Russia border"),
        ("Vene piiril", "EE", "Estonia–Russia border"),
    ],
)
def test_a_country_in_its_case_or_attribute_form_names_the_border(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name == name


def test_an_unread_side_of_a_border_is_named_in_the_note():
    # Not "no land border between the two sides": the words were not understood,
    # and the review file should say which.
    result = geocode_place("on the Lubelskie stretch of the border", country="PL")
    assert result.status == "unresolved"
    assert "'Lubelskie stretch of the' names no country or region" in result.note


def test_a_side_quoted_with_double_quotes_still_lets_other_readings_try():
    # The side "Kilis'te bulunan Türkiye" holds an apostrophe, so its note quotes it
    # with double quotes; it is still a text in which no name was found.
    result = geocode_place("Kilis'te bulunan Türkiye-Suriye hududunda", country="TR")
    assert result.status == "resolved"
    assert result.precision == "border"


@pytest.mark.parametrize(
    ("text", "hint", "status"),
    [
        # The Šešupė forms the Lithuania–Russia (Kaliningrad) border for its last
        # stretch and runs inside Lithuania before: crossing it, or a Russian event on
        # it, is the border; the river named alone by a Lithuanian event is not.
        ("swam across the Šešupė", "LT", "resolved"),
        ("на реке Шешупа", "RU", "resolved"),
        ("the River Šešupė", "LT", "unresolved"),
    ],
)
def test_a_border_river_along_part_of_its_course(text, hint, status):
    result = geocode_place(text, country=hint)
    assert result.status == status
    if status == "resolved":
        assert result.name.startswith("Lithuania–Russia border")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The plural genitive of Καστανιές is written "Καστανεών": undone to the
        # singular "Καστανέα" it was Kastanéa on Corfu, 600 km from the crossing.
        ("στο Συνοριακό Σημείο Διέλευσης Καστανεών", "Kastanies–Pazarkule"),
        ("κοντά στο χωριό των Καστανεών", "Kastaniés"),
    ],
)
def test_a_greek_plural_genitive_in_eon_is_its_ies_nominative(text, name):
    result = geocode_place(text, country="GR")
    assert result.status == "resolved"
    assert result.name == name
