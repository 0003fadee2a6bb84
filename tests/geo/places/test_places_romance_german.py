"""Place texts in French, Spanish, Portuguese and German, resolved against the data.

The phrases are the project's own, written in the forms reporters of those languages use
("la ville de X", "el departamento de X", "die Grenze zwischen X und Y"); the words come
from ``data/gazetteer/place_words.toml`` and the country adjectives from
``data/gazetteer/demonyms.toml``.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.phrases import parse_place
from bordermap.geo.schema import NEAR_RADIUS_KM

# text, event's country, expected (name, country, admin-1 code, precision)
SETTLEMENTS = [
    ("la ville de Daugavpils", None, ("Daugavpils", "LV", "LV-DGV")),
    ("la ville turque de Kilis", None, ("Kilis", "TR", "TR-79")),
    ("la ciudad de Maicao", None, ("Maicao", "CO", "CO-LAG")),
    ("el pueblo de Ureña", None, ("Ureña", "VE", "VE-S")),
    ("a cidade de Lethem", None, ("Lethem", "GY", "GY-UT")),
    ("das Dorf Kuźnica", None, ("Kuźnica", "PL", None)),
    ("Gaziantep şehrinde", None, ("Gaziantep", "TR", "TR-27")),
    ("Reyhanlı kentinde", None, ("Reyhanlı", "TR", "TR-31")),
]

REGIONS = [
    ("la région de Grodno", None, ("Grodno", "BY", "BY-HR")),
    ("la province de Nangarhar", None, ("Nangarhar", "AF", "AF-NAN")),
    ("la provincia de Kunar", None, ("Kunar", "AF", "AF-KNR")),
    ("el departamento de La Guajira", None, ("La Guajira", "CO", "CO-LAG")),
    ("el estado de Apure", None, ("Apure", "VE", "VE-C")),
    ("o estado de Amazonas", "BR", ("Amazonas", "BR", "BR-AM")),
    ("die Region Grodno", None, ("Grodno", "BY", "BY-HR")),
]

BORDERS = [
    ("la frontière entre la Lituanie et la Biélorussie", "Belarus–Lithuania border"),
    ("la frontière entre l’Ukraine et la Pologne", "Poland–Ukraine border"),
    ("la frontera entre Marruecos y España", "Spain–Morocco border"),
    ("a fronteira entre o Brasil e a Venezuela", "Brazil–Venezuela border"),
    ("die Grenze zwischen Polen und der Ukraine", "Poland–Ukraine border"),
]

# text, event's country, border, side
SIDES = [
    ("le côté lituanien", "BY", "Belarus–Lithuania border (Lithuania side)", "LT"),
    ("le côté russe de la frontière", "EE", "Estonia–Russia border (Russia side)", "RU"),
    ("el lado marroquí", "ES", "Spain–Morocco border (Morocco side)", "MA"),
    ("el lado español de la frontera", "MA", "Spain–Morocco border (Spain side)", "ES"),
    ("el lado venezolano del río", "GY", "Guyana–Venezuela border (Venezuela side)", "VE"),
    ("o lado venezuelano da fronteira", "BR", "Brazil–Venezuela border (Venezuela side)", "VE"),
]

NEAR = [
    ("près de Terespol", "Terespol", "PL"),
    ("cerca de Cúcuta", "Cúcuta", "CO"),
    ("perto de Santa Elena de Uairén", "Santa Elena de Uairén", "VE"),
    ("nahe Daugavpils", "Daugavpils", "LV"),
    ("bei Przemyśl", "Przemyśl", "PL"),
    ("in der Nähe von Narva", "Narva", "EE"),
]

# A descriptor word, with or without its article, says what kind of place follows: it
# is never a place itself ("Villé" in Alsace, "La Puente" in California are real towns).
DESCRIPTORS = [
    "ville",
    "la ville",
    "le village",
    "la région",
    "le côté",
    "la ciudad",
    "el pueblo",
    "el departamento",
    "el lado",
    "a cidade",
    "o estado",
    "die Stadt",
    "das Dorf",
    "cerca del puente",
]


@pytest.mark.parametrize(("text", "country", "expected"), SETTLEMENTS)
def test_settlement_descriptors(text: str, country: str | None, expected: tuple) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.precision == "settlement"
    name, code, admin1 = expected
    assert (result.name, result.country) == (name, code)
    if admin1 is not None:
        assert result.admin1_code == admin1


@pytest.mark.parametrize(("text", "country", "expected"), REGIONS)
def test_region_words(text: str, country: str | None, expected: tuple) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert (result.name, result.country, result.admin1_code) == expected
    assert result.precision == "region"


@pytest.mark.parametrize(("text", "line"), BORDERS)
def test_border_between_in_four_languages(text: str, line: str) -> None:
    result = geocode_place(text)
    assert result.status == "resolved", result
    assert (result.name, result.precision) == (line, "border")


@pytest.mark.parametrize(("text", "country", "line", "side"), SIDES)
def test_side_word_first(text: str, country: str, line: str, side: str) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert (result.name, result.country, result.precision) == (line, side, "border")


def test_side_without_the_event_country_lists_the_borders_that_fit() -> None:
    result = geocode_place("el lado venezolano")
    assert result.status == "ambiguous"
    assert result.country == "VE"


@pytest.mark.parametrize(("text", "name", "code"), NEAR)
def test_near_prepositions(text: str, name: str, code: str) -> None:
    result = geocode_place(text)
    assert result.status == "resolved", result
    assert (result.name, result.country, result.precision) == (name, code, "near")
    assert result.uncertainty_km == NEAR_RADIUS_KM


def test_border_crossing_in_german() -> None:
    result = geocode_place("am Grenzübergang Dorohusk")
    assert result.status == "resolved", result
    assert (result.name, result.precision) == ("Dorohusk–Yahodyn", "exact")


def test_adjective_after_the_descriptor_names_the_country() -> None:
    parsed = parse_place("la ciudad colombiana de Cúcuta")
    assert (parsed.kind, parsed.name, parsed.other) == ("settlement", "Cúcuta", "colombiana")
    # A country adjective that contradicts the event's country refuses the town.
    assert geocode_place("la ville polonaise de Narva").status == "unresolved"


def test_article_before_a_name_is_kept() -> None:
    # Only an article before a descriptor word goes: "La Guajira" keeps its own.
    assert parse_place("el departamento de La Guajira").name == "La Guajira"
    assert parse_place("la ville de La Paz").name == "La Paz"


def test_the_border_alone_is_the_event_countrys_border() -> None:
    # As "the border" in English: a border word is a place, of the event's country
    # (Portugal has one border).
    for text in ("la frontière", "die Grenze", "la frontera"):
        assert parse_place(text).kind == "border"
        result = geocode_place(text, country="PT")
        assert (result.status, result.name) == ("resolved", "Spain–Portugal border")


@pytest.mark.parametrize("text", DESCRIPTORS)
@pytest.mark.parametrize("country", [None, "PL", "CO"])
def test_descriptor_word_alone_is_never_a_place(text: str, country: str | None) -> None:
    assert geocode_place(text, country=country).status == "unresolved"


def test_a_region_named_like_a_word_of_another_language_stays_a_place() -> None:
    # "kent" is Turkish for "town", but no ordinary word: Kent is still found bare.
    result = geocode_place("Kent")
    assert result.status != "unresolved"
    assert result.country == "GB"
