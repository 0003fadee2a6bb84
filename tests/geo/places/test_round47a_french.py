"""Round 47a, on blind99's misses.

French units, unit word first ("le territoire d'Aru", "de la province de").
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "country", "name", "precision"),
    [
        # The territory, drawn about its seat, not the town nor nothing.
        (
            "dans le territoire d'Aru, à 280 km au Nord de Bunia, province de l'Ituri",
            "CD",
            "Aru",
            "district",
        ),
        ("le territoire d'Aru", "CD", "Aru", "district"),
        ("au territoire de Bosobolo", "CD", "Bosobolo", "district"),
        # "de la province de": the commune the data lacks, in the province it names.
        ("la commune de Busiga de la province de Ngozi", "BI", "Ngozi", "region"),
    ],
)
def test_french_units_unit_word_first_are_read_apart(phrase, country, name, precision):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.name, result.precision) == ("resolved", name, precision)
    assert "read with its French units apart" in result.note


def test_a_countrys_territory_is_not_read_as_a_congolese_territory():
    result = geocode_place("sur le territoire de la Guinée", country="SL")
    assert "read with its French units apart" not in result.note
