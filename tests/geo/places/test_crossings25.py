"""Crossings and crossing words of session 25 (issue 11), found on the seen field sets."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "hint", "crossing"),
    [
        # Nogales has three land ports; Mariposa and DeConcini are rows of their own.
        ("the Mariposa Crossing", "US", "Mariposa Port of Entry"),
        ("the Mariposa Port of Entry", "US", "Mariposa Port of Entry"),
        ("the DeConcini Crossing", "US", "DeConcini Port of Entry"),
        ("el puerto de entrada Deconcinni", "MX", "DeConcini Port of Entry"),
        # The Slovenia–Croatia bridge over the Mura, as the Polish press wrote it.
        ("na przejście Petiszovci", "SI", "Petišovci–Mursko Središće"),
        # The Receita Federal's post at Corumbá.
        (
            "no Posto Esdras (fronteira entre o Brasil e a Bolívia)",
            "BR",
            "Corumbá–Puerto Quijarro",
        ),
        # Reporters' spellings of crossings the table has.
        ("in Togwajale", "ET", "Tog Wajaale"),
        ("in the vicinity of the Kuznya checkpoint", "BY", "Kuźnica–Bruzgi"),
    ],
)
def test_crossings_reporters_name(text, hint, crossing):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == crossing


def test_the_bare_town_names_stay_the_towns():
    # The new rows leave the towns out of their forms: "Mariposa" is still the town in
    # California, Corumbá and Petišovci still the towns.
    assert geocode_place("Mariposa", country="US").lat == pytest.approx(37.48, abs=0.05)
    corumba = geocode_place("Corumbá", country="BR")
    assert corumba.precision == "settlement"
    assert corumba.name == "Corumbá"
    assert geocode_place("Petišovci", country="SI").name == "Petišovci"


def test_the_arabic_name_of_khafji_is_the_town():
    # GeoNames lacks "الخفجي" for the town (only its governorate had it).
    result = geocode_place("الخفجي", country="SA")
    assert result.status == "resolved"
    assert result.precision == "settlement"
    assert result.lat == pytest.approx(28.439, abs=0.01)


@pytest.mark.parametrize(
    ("text", "hint", "name", "precision"),
    [
        # Arabic "منفذ X" (the land port X) titles a crossing as "معبر X" does: the
        # Saudi post named after the town, which the table lacks, is near the town.
        ("منفذ الخفجي الحدودي", "SA", "Al Khafjī", "near"),
        ("منفذ مجمع سفوان الحدودي", "IQ", "Safwan–Abdali", "settlement"),
    ],
)
def test_an_arabic_land_port_word_before_the_name(text, hint, name, precision):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == precision


def test_an_arabic_land_port_word_before_no_place_finds_nothing():
    # "منفذ الهجوم" is the perpetrator of the attack: no place follows the word.
    assert geocode_place("منفذ الهجوم", country="SA").status == "unresolved"


def test_a_german_border_checkpoint_word_before_the_town():
    # "Grenzkontrollpunkt" (border checkpoint) is a title like "Grenzübergang".
    result = geocode_place("dem polnischen Grenzkontrollpunkt Terespol", country="PL")
    assert result.status == "resolved"
    assert result.name == "Terespol"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A Guyanese "stelling" is a ferry landing, named after its place.
        ("the Moleson Creek Ferry Stelling", "Moleson Creek–South Drain"),
        ("the Parika stelling", "Parika"),
    ],
)
def test_a_guyanese_stelling_is_the_landing_of_its_place(text, name):
    result = geocode_place(text, country="GY")
    assert result.status == "resolved"
    assert result.name == name
