"""Round 47a, on blind99's misses.

A demonym in a base's name ("La Base Naval estadounidense de Guantánamo").
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "phrase",
    [
        "La Base Naval estadounidense de Guantánamo",
        "the U.S. naval base of Guantánamo",
        "the American naval base of Guantánamo",
    ],
)
def test_a_demonym_in_a_bases_name_does_not_make_it_the_province(phrase):
    # Once answered the province of Guantánamo, whose outline leaves the base out.
    result = geocode_place(phrase, country="CU")
    assert (result.status, result.name) == ("resolved", "Naval Station Guantanamo Bay")


def test_a_base_with_a_demonym_the_gazetteer_lacks_stays_unresolved():
    result = geocode_place("la base naval estadounidense de Rota", country="ES")
    assert result.status == "unresolved"
    assert "is a base named after" in result.note
