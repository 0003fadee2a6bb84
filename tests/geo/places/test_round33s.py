"""Classes of place round 33s: Spanish and Portuguese report phrases left unresolved.

Portuguese and Spanish reports copy a Lebanese village's name from a French or English
romanisation ("Kfarchouba" for Kfar Shouba, "Marjeyun" for Marjayoun), and put their
own joining word into a neighbour's name ("Santa Elena do Uairén" for Santa Elena de
Uairén).  Both readings are loose: they stay inside the event's one country and answer
only when one settlement there fits.  A crossing word before a name ("posto fronteiriço
de Ressano Garcia") tells the crossing from its town even when the container after the
comma is one the gazetteer cannot read.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.arabic_romanisation import romanisation_key
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.iberian_connectors import connector_variants


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Field phrases (blind31, blind42): before, unresolved.
        ("na vila de Kfarchouba", "LB", "Kfar Shouba"),
        ("a cidade de Marjeyun", "LB", "Marjayoun"),
        # Our own: other writers' forms of the same names.
        ("the village of Kfarchouba", "LB", "Kfar Shouba"),
        ("le village de Marjeyoun", "LB", "Marjayoun"),
        ("the Syrian town of Boukamal", "SY", "Ālbū Kamāl"),
    ],
)
def test_arabic_name_in_another_romanisation(text: str, country: str, name: str) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.name == name
    assert result.precision == "settlement"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Never across the border: the Lebanese village is not taken for an Israeli event.
        ("Kfarchouba", "IL"),
        ("Marjeyun", "IL"),
        # A country whose names are not romanised from Arabic: no loose reading.
        ("a cidade de Marjeyun", "TR"),
    ],
)
def test_romanisation_stays_in_the_country(text: str, country: str) -> None:
    result = geocode_place(text, country=country)
    assert result.status != "resolved" or result.country == country, result


@pytest.mark.parametrize(
    "text",
    [
        # No settlement word calls the name a town: no loose reading.  ("Kfarchouba"
        # was an example too, until round33b made it one of Kfar Shouba's own forms.)
        "Marjeyun",
    ],
)
def test_romanisation_needs_a_settlement_word(text: str) -> None:
    assert geocode_place(text, country="LB").status != "resolved"


def test_a_container_read_loosely_is_not_answered_for_the_town_in_it() -> None:
    # "Marsa Matrouh" names the governorate here; Sallum is not the city of Marsa Matruh.
    result = geocode_place("Salloum in Marsa Matrouh", country="EG")
    assert not (result.status == "resolved" and result.precision == "settlement"), result


def test_romanisation_key_folds_the_writers_choices() -> None:
    assert romanisation_key("kfarchouba") == romanisation_key("kfar shouba")
    assert romanisation_key("marjeyun") == romanisation_key("marjayoun")
    assert romanisation_key("marjeyun") != romanisation_key("khiam")


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Field phrase (blind22): before, unresolved.
        ("no vice-consulado em Santa Elena do Uairén", "VE", "Santa Elena de Uairén"),
        # Our own: a Spanish report's "del" in a Venezuelan town, and a Spanish
        # report's "de" in a Brazilian one.
        ("em San Antonio do Táchira", "VE", "San Antonio del Táchira"),
        ("en Foz de Iguaçu", "BR", "Foz do Iguaçu"),
    ],
)
def test_joining_word_of_the_other_language(text: str, country: str, name: str) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.name == name
    assert result.precision == "settlement"


def test_joining_word_stays_in_the_country() -> None:
    # A Brazilian event: the Venezuelan town is not looked for with Portuguese words.
    result = geocode_place("Santa Elena do Uairén", country="BR")
    assert result.status != "resolved" or result.country == "BR", result
    assert connector_variants("santa elena do uairen", "FR") == []
    assert connector_variants("santa elena do uairen", "VE") == [
        "santa elena de uairen",
        "santa elena del uairen",
    ]


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Field phrases (blind53, blind28): before, ambiguous between crossing and town.
        (
            "posto fronteiriço de Ressano Garcia, entre Moçambique e a África do Sul",
            "MZ",
            "Lebombo–Ressano Garcia",
        ),
        (
            "en el puente internacional de Huaquillas, en el sur de Ecuador y fronterizo con Perú",
            "EC",
            "Huaquillas–Aguas Verdes",
        ),
        # Our own: another crossing word and another container the gazetteer lacks.
        (
            "o posto fronteiriço de Ressano Garcia, junto ao rio Komati",
            "MZ",
            "Lebombo–Ressano Garcia",
        ),
    ],
)
def test_crossing_word_chooses_over_an_unknown_container(
    text: str, country: str, name: str
) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.name == name


def test_without_a_crossing_word_the_town_is_not_turned_into_the_crossing() -> None:
    result = geocode_place("Ressano Garcia, entre Moçambique e a África do Sul", country="MZ")
    assert result.name != "Lebombo–Ressano Garcia", result
