"""Data rows of session 47's data round (issue 11): border places and name forms the
data lacked, each read in a cited page (``villages.tsv``, ``town_names.tsv``,
``crossings.csv``).  Each phrase below was unresolved, or answered by a coarser place,
before."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


def _at(result, point: tuple[float, float]) -> bool:
    return abs(result.lat - point[0]) < 1e-4 and abs(result.lon - point[1]) < 1e-4


@pytest.mark.parametrize(
    ("phrase", "country", "name", "point"),
    [
        ("ניצנה", "IL", "Nitzana", (30.88611, 34.4225)),
        ("Nitzana", "IL", "Nitzana", (30.88611, 34.4225)),
        ("तौलिहवा", "NP", "Taulihawa", (27.53333, 83.05)),
        ("उरी", "IN", "Uri", (34.086, 74.032)),
        ("तंगधार", "IN", "Tangdhār", (34.3979, 73.85984)),
        ("Akhnoor", "IN", "Akhnūr", (32.8955, 74.73486)),
    ],
)
def test_a_new_village_or_town_form_is_found_at_its_point(phrase, country, name, point):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.name) == ("resolved", name)
    assert _at(result, point)


@pytest.mark.parametrize(
    ("phrase", "country", "crossing"),
    [
        # blind98 af-uz-cz001 was unresolved.
        ("“Айритом” чегара божхона постида", "UZ", "Hairatan–Termez"),
        ("Ayritom", "UZ", "Hairatan–Termez"),
        ("la localidad de Pisiga Choque", "CL", "Colchane–Pisiga"),
        # blind97 ba-hr-cy003 was unresolved.
        ("u Doljanima prema Metkovicu", "BA", "Doljani–Metković"),
        ("granični prijelaz Doljani", "BA", "Doljani–Metković"),
    ],
)
def test_a_crossing_form_finds_its_crossing(phrase, country, crossing):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.name) == ("resolved", crossing)


def test_bare_doljani_without_a_bosnian_hint_is_not_taken_for_the_crossing():
    # A village of Bjelovar-Bilogora, about 280 km north, bears the name too.
    for country in (None, "HR"):
        result = geocode_place("Doljani", country=country)
        assert result.status == "ambiguous"


def test_bare_plumtree_stays_the_town():
    # No Ramokgwebana–Plumtree row: its only sourced point is 12.5 km off the line.
    result = geocode_place("at Plumtree", country="ZW")
    assert (result.status, result.precision, result.name) == ("resolved", "settlement", "Plumtree")
