"""Session 54, round54g: Montenegro's name declined in Serbian Cyrillic ("на граници
са Црном Гором"), and the Danish, Norwegian and Swedish genitive of a definite name
("Øresundsbroens", "Öresundsbrons")."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "hint", "pair"),
    [
        ("на прелазу Кула, на граници са Црном Гором", "XK", "Kosovo"),
        ("на граници са Црном Гором", "AL", "Albania"),
        ("на граници са Црне Горе", "XK", "Kosovo"),
    ],
)
def test_montenegro_declined_in_serbian_cyrillic_is_the_border(text, hint, pair):
    found = geocode_place(text, country=hint)
    assert found.status == "resolved", found.note
    assert found.precision == "border"
    assert "Montenegro" in found.name and pair in found.name


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("Øresundsbroens baner gennem betalingsanlægget i retning mod Danmark", "SE"),
        ("vid Öresundsbrons betalstation", "SE"),
    ],
)
def test_nordic_genitive_of_a_crossing_is_the_crossing(text, hint):
    found = geocode_place(text, country=hint)
    assert found.status == "resolved", found.note
    assert found.name == "Øresund Bridge"


def test_nordic_genitive_without_the_languages_letters_is_not_read():
    # The ending alone is no sign of the language: "-ns" ends words of many.
    found = geocode_place("Svinesundsbroens", country="NO")
    assert found.status == "unresolved"


@pytest.mark.parametrize(
    ("text", "hint", "crossing"),
    [
        ("per Kalvariją", "LT", "Budzisko–Kalvarija"),
        ("via Kalvarija", "LT", "Budzisko–Kalvarija"),
    ],
)
def test_a_route_through_a_town_with_one_crossing_is_the_crossing(text, hint, crossing):
    found = geocode_place(text, country=hint)
    assert found.status == "resolved", found.note
    assert found.name == crossing


@pytest.mark.parametrize(
    ("text", "hint", "town"),
    [
        # Several crossings beside Cúcuta: the route names the town, not one of them.
        ("through Cúcuta", "CO", "Cúcuta"),
        # "the town of" says the town itself.
        ("through the town of Adré", "TD", "Adré"),
        # A town named without a route word stays the town.
        ("Kalvarija", "LT", "Kalvarija"),
    ],
)
def test_a_route_town_stays_the_town_otherwise(text, hint, town):
    found = geocode_place(text, country=hint)
    assert found.status == "resolved", found.note
    assert found.name == town


@pytest.mark.parametrize(
    "text",
    ["إلي منطقة قامبيلا الأثيوبية", "منطقة غامبيلا الإثيوبية"],
)
def test_arabic_adjective_of_the_event_country_closing_a_unit(text):
    found = geocode_place(text, country="ET")
    assert found.status == "resolved", found.note
    assert found.precision == "region"
    assert found.country == "ET"


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # Another country's adjective: not dropped.
        ("منطقة قامبيلا السودانية", "ET"),
        # A post word's namesake village is no area: the post stays unfound.
        ("منفذ الوديعة السعودي", "SA"),
    ],
)
def test_arabic_adjective_dropped_only_for_an_area_of_that_country(text, hint):
    assert geocode_place(text, country=hint).status == "unresolved"


@pytest.mark.parametrize("text", ["the Cedros port", "the port of Cedros", "Cedros port"])
def test_a_port_named_by_a_place_the_gazetteer_files_as_its_region(text):
    found = geocode_place(text, country="TT")
    assert found.status == "resolved", found.note
    assert found.name == "Siparia"


def test_a_port_name_outside_the_event_country_stays_unfound():
    # Cedros is also a town of Honduras and Mexico: none is a Trinidadian place.
    assert geocode_place("the port of Cedros", country="GR").status == "unresolved"
