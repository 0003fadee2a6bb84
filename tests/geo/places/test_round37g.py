"""Classes of place round 37g: the wrong and unresolved places of the blind78 set.

Wrong before: a Haitian Creole border between two countries ("Fontyè Malpas ant Ayiti ak
Sendomeng"), whose border and "between" words were unknown and whose second country's
name the data lacks, answered as the one country named (Haiti), 94 km from the crossing.
Unresolved before: several quarters of a town ("las colonias Centro Ejidal de Agua
Prieta").
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        "Fontyè Malpas ant Ayiti ak Sendomeng",
        "fwontyè ant Ayiti ak Sendomeng",
        "la frontera entre Haití y Sendomeng",
        "Sendomeng–Ayiti border",
    ],
)
def test_a_border_between_a_country_and_an_unknown_side_is_never_the_country(
    text: str,
) -> None:
    # Field phrase (blind78): before, Haiti. Haiti's one land border is with the
    # Dominican Republic, so the border between it and anything is that one.
    result = geocode_place(text, country="HT")
    assert result.status == "resolved", result
    assert result.precision == "border"
    assert result.name == "Dominican Republic–Haiti border"


def test_haitian_creole_border_words_read_the_border_of_two_known_countries() -> None:
    result = geocode_place("fwontyè ant Ayiti ak Dominikani", country="HT")
    assert result.status == "resolved", result
    assert result.name == "Dominican Republic–Haiti border"


def test_a_border_between_a_country_of_several_neighbours_and_an_unknown_side() -> None:
    # Mexico has three land borders: which one is not said, and Mexico is not the answer.
    result = geocode_place("cerca de la frontera entre México y Xyzland", country="MX")
    assert result.status == "unresolved", result
    assert "not understood" in result.note


@pytest.mark.parametrize(
    "text",
    ["las colonias Centro Ejidal de Agua Prieta", "la colonia Centro Ejidal de Agua Prieta"],
)
def test_quarters_of_a_town_after_de_are_the_town(text: str) -> None:
    # Field phrase (blind78): before, unresolved.
    result = geocode_place(text, country="MX")
    assert result.status == "resolved", result
    assert result.name == "Agua Prieta"
    assert result.precision == "settlement"
