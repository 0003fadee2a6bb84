"""Classes of place round 31s: a sea border answers the event's country, coarsened.

The border data holds land lines only.  A sea border between the event's country and
another state is neither the pair's land line nor the other state: the event's country
holds it, flagged coarsened, with the reason.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Field phrases (events36, blind25): before, unresolved.
        ("su frontera con Venezuela", "AW"),
        ("las fronteras entre la isla neerlandesa y Venezuela", "CW"),
        ("à proximité immédiate de la frontière maritime algérienne", "MA"),
        # Our own, in several languages.
        ("Iran's maritime border with the UAE", "IR"),
        ("Iran's maritime border with the UAE", "AE"),
        ("la frontera marítima hispano-marroquí", "MA"),
        ("la frontière maritime franco-espagnole", "FR"),
        ("il confine marittimo italo-sloveno", "SI"),
        ("the maritime border with India", "LK"),
        ("the border with Italy", "MT"),
        ("the border with Venezuela", "CW"),
        ("la frontera con Venezuela", "AW"),
        ("de grens met Venezuela", "AW"),
    ],
)
def test_a_sea_border_answers_the_events_country(text, country):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "country"
    assert result.country == country
    assert result.coarsened
    assert result.note.startswith("sea border: no sea line shipped")


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        # Guards: a land border still gives its line.
        ("la frontera con Venezuela", "CO", "Colombia–Venezuela border"),
        ("la frontière terrestre franco-espagnole", "ES", "Spain–France border"),
        ("the border with Ireland", "GB", "United Kingdom–Ireland border"),
    ],
)
def test_a_land_border_still_gives_its_line(text, country, border):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name == border


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # No event country: whose side is not known.
        ("Iran's maritime border with the UAE", None),
        ("la frontera marítima hispano-marroquí", None),
        # The event's country is neither side of the named sea border.
        ("Iran's maritime border with the UAE", "OM"),
        # A state across an ocean is no sea neighbour.
        ("the border with Venezuela", "MT"),
        ("the maritime border with Venezuela", "MT"),
        # The event's territory has no outline of its own: no country to answer.
        ("de maritieme grenzen tussen Bonaire en Venezuela", "BQ"),
    ],
)
def test_a_sea_border_without_a_fitting_event_country_stays_unresolved(text, country):
    result = geocode_place(text, country=country)
    assert result.status == "unresolved"


def test_an_island_country_without_the_other_state_is_not_a_sea_border():
    # "The border" of an island state may be its airport's controls: not coarsened
    # into a sea border.
    result = geocode_place("the border", country="MT")
    assert "sea border" not in (result.note or "")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # The field phrase's side (events36), alone; and our own in several languages.
        ("la isla neerlandesa", "CW"),
        ("the island", "MT"),
        ("on the island", "AW"),
        ("la isla", "AW"),
        ("het eiland", "CW"),
        ("op het eiland", "AW"),
        ("l'isola", "MT"),
        ("die Insel", "MT"),
        ("the Dutch island", "CW"),
        ("the island nation", "SG"),
        ("l'île", "BL"),
    ],
)
def test_the_island_of_a_one_island_territory_is_that_territory(text, country):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "country"
    assert result.country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Guards: a country of many islands, or with a land border.
        ("the island", "JP"),
        ("the island", "GR"),
        ("the island", "CV"),
        ("la isla", "DO"),
        # Another state's adjective, or a word that may name another island.
        ("the Greek island", "MT"),
        ("la isla vecina", "AW"),
        # No event country.
        ("the island", None),
        # A territory with no outline of its own.
        ("the island", "YT"),
    ],
)
def test_the_island_stays_unresolved_elsewhere(text, country):
    result = geocode_place(text, country=country)
    assert result.status == "unresolved"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Before, the pair's land line (read from the places beside the border word).
        ("la frontera marítima con Marruecos", "ES"),
        ("la frontière maritime avec l'Espagne", "FR"),
        ("a fronteira marítima com o Uruguai", "BR"),
        # Before, unresolved: the adjective was read as a side.
        ("il confine marittimo con la Tunisia", "IT"),
    ],
)
def test_a_sea_border_with_a_country_is_never_its_land_line(text, country):
    result = geocode_place(text, country=country)
    assert result.precision == "country"
    assert result.country == country
    assert result.note.startswith("sea border: no sea line shipped")


def test_a_sea_border_with_a_country_without_event_country_stays_unresolved():
    result = geocode_place("la frontera marítima con Marruecos")
    assert result.status == "unresolved"
    assert "sea border" in result.note
