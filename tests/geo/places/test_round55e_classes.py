"""Classes of misses of blind113 and blind99 (session 55, round e): a neighbour's own
name for a village by the line in its cases, the fleeting vowel before a final "-r", a
village filed under the country that holds the event's territory, an Arabic crossing
closed by the two countries it lies between, and Kastrup."""

from __future__ import annotations

import pytest

from bordermap.geo.places.filed_elsewhere import INSIDE_KM, country_holding
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.inflection import homes_of, nominative_keys
from bordermap.geo.places.vietnamese_between import without_arabic_between_countries

# --- the fleeting vowel before a final "-r" ---


def test_the_vowel_before_a_final_r_comes_back_in_the_nominative():
    keys = {key for key, _ in nominative_keys("zadru", ("bs",))}
    assert "zadar" in keys
    assert "repentabor" in {key for key, _ in nominative_keys("repentabra", ("bs",))}


@pytest.mark.parametrize("text", ["u Zadru", "iz Zadra"])
def test_a_croatian_town_with_a_fleeting_vowel_is_found(text):
    result = geocode_place(text, country="HR")
    assert result.status == "resolved"
    assert result.name == "Zadar"


# --- a neighbour's own name for a village by the line ---


@pytest.mark.parametrize("text", ["Na prehodu pri Repentabru", "pri Repentabru", "iz Repentabra"])
def test_a_slovene_name_of_an_italian_village_by_the_line_is_read_in_its_cases(text):
    # Zolla (Monrupino) bears "Repentabor" only among its other names; it lies 2 km
    # from the Slovenian line, where a Slovene report names it so.
    result = geocode_place(text, country="IT")
    assert result.status == "resolved"
    assert result.name == "Zolla"
    assert result.country == "IT"


def test_a_neighbours_case_ending_makes_no_village_far_from_its_line():
    # "v Rimu" (in Rome): "Rimu" read back in Slovene is "Rima", a village of
    # Piedmont 300 km from the Slovenian line, whose report would not decline it.
    result = geocode_place("v Rimu", country="IT")
    assert result.name != "Rima"


def test_the_home_of_a_language_is_its_table_s():
    assert "SI" in homes_of("bs")
    assert homes_of("no-such-language") == frozenset()


# --- a village filed under the country that holds the event's territory ---


def test_a_point_well_inside_the_event_country_is_held_by_it():
    # Guerguerat: 10 km from the Mauritanian line, inside Western Sahara's outline.
    assert country_holding(21.42611, -16.95861, ("EH",)) == "EH"
    assert country_holding(21.42611, -16.95861, ("MR",)) is None


def test_a_point_by_the_edge_of_an_outline_is_not_held():
    # Zolla lies 2 km from the Slovenian line, less than the margin, and outside
    # Slovenia's outline.
    assert INSIDE_KM > 2.0
    assert country_holding(45.71698, 13.81038, ("SI",)) is None


def test_a_country_without_an_outline_holds_nothing():
    assert country_holding(0.0, 0.0, ("ZZ",)) is None


@pytest.mark.parametrize("text", ["Guerguerat", "le poste-frontière de Guerguerat"])
def test_a_village_filed_under_the_holder_is_a_place_of_the_territory(text):
    result = geocode_place(text, country="EH")
    assert result.status == "resolved"
    assert result.country == "EH"
    assert abs(result.lat - 21.42611) < 0.01


def test_the_territory_s_village_is_still_outside_the_other_neighbour():
    result = geocode_place("Guerguerat", country="MR")
    assert result.status == "unresolved"


# --- an Arabic crossing closed by the countries it lies between ---


def _geocode(text: str, hint: tuple[str, ...]):
    return geocode_place(text, country=hint or None)


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        ("معبر الكركارات بين موريتانيا والمغرب", ("EH",), "Guerguerat"),
        ("معبر نصيب بين سوريا والأردن", ("SY",), "Nasib–Jaber"),
    ],
)
def test_an_arabic_crossing_is_read_without_the_two_countries(text, hint, name):
    result = without_arabic_between_countries(text, hint, _geocode)
    assert result is not None
    assert result.name == name
    assert "read without the countries" in result.note


@pytest.mark.parametrize(
    "text",
    [
        # no crossing word: the two countries' border is for the other readings
        "الحدود بين سوريا والأردن",
        # one end is no country
        "معبر نصيب بين درعا والأردن",
    ],
)
def test_the_between_clause_stays_without_a_crossing_and_two_countries(text):
    assert without_arabic_between_countries(text, ("SY",), _geocode) is None


# --- Kastrup ---


def test_kastrup_is_a_place_of_denmark():
    result = geocode_place("strax efter tunnelöppningen närmast Kastrup", country="DK")
    assert result.status == "resolved"
    assert result.name == "Kastrup"
    assert result.country == "DK"
