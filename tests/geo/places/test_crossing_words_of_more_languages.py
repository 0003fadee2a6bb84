"""Crossing and town words of Portuguese, French, Spanish, Russian and Greek around a
known name, and quotation marks inside a place text (issue 11; classes of the third
field set's misses, fixed after its one blind score).
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("O posto fronteiriço de Ressano Garcia", "MZ", "Lebombo–Ressano Garcia"),
        (
            "O posto de fronteira de Ressano Garcia com a África do Sul",
            "MZ",
            "Lebombo–Ressano Garcia",
        ),
        ("le poste frontalier de Sèmè-Kraké, entre le Bénin et le Nigeria", "BJ", "Seme–Krake"),
        ("государственный контрольно-пропускной пункт «Астара»", "AZ", "Astara"),
        ("Пограничный таможенный пост «Карасу»", "UZ", "Kara-Suu"),
        ("στην πόλη Edirne", "TR", "Edirne"),
    ],
)
def test_a_crossing_or_town_word_around_a_known_name(text, country, name) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.name) == ("resolved", name)


@pytest.mark.parametrize(
    "text",
    ["le poste frontière arménien de Margara", 'El puesto de control "Margara"'],
)
def test_an_adjective_or_quotation_marks_do_not_hide_the_crossing(text) -> None:
    # An adjective between the crossing word and "de", and quotation marks around the
    # name, no longer hide the name; Margara–Alican is in the crossings table since
    # 2026-12-02 (a settlement point: the village of Margara).
    result = geocode_place(text, country="AM")
    assert (result.name, result.precision, result.coarsened) == (
        "Margara–Alican",
        "settlement",
        False,
    )


@pytest.mark.parametrize(
    ("text", "country", "name", "precision"),
    [
        # Finnish "in the X area", "off X" after the genitive.
        ("Vaalimaan alueella", "FI", "Vaalimaa", "near"),
        ("Porvoon edustalla", "FI", "Porvoo", "near"),
        # Portuguese and Spanish "the area of", "the exit of".
        ("na área de Capitán Bado", "PY", "Capitán Bado", "near"),
        ("na saída de Corumbá", "BR", "Corumbá", "near"),
        # Romanian with cedillas, and Romanian adjectives of its neighbours.
        ("graniţa cu Serbia", "RO", "Romania–Serbia border", "border"),
        ("la frontiera româno-sârbă", "RO", "Romania–Serbia border", "border"),
        ("granița româno-moldoveană", "RO", "Moldova–Romania border", "border"),
        ("frontiera româno-ucraineană", "RO", "Romania–Ukraine border", "border"),
    ],
)
def test_area_words_and_adjectives_of_more_languages(text, country, name, precision) -> None:
    result = geocode_place(text, country=country)
    assert (result.name, result.precision) == (name, precision)


def test_a_turkish_cedilla_is_not_read_as_romanian() -> None:
    assert geocode_place("Gaziantep şehrinde", country="TR").name == "Gaziantep"
