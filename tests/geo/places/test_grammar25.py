"""Crossing-phrase grammar of session 25 (issue 11): the words around a crossing the
table holds, found unresolved on the seen field sets."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "hint", "crossing"),
    [
        # "from X into Y": the crossing of the town the way starts from, into Y's country.
        ("the border crossing from Boten into China", "LA", "Boten–Mohan"),
        ("the crossing from Medyka into Ukraine", "PL", "Medyka"),
        # German "von X nach Y" and "zwischen X und Y", with a bridge for the crossing
        # and the words saying what Y is ("dem österreichischen Ort").
        ("über die Brücke von St.Margrethen nach Höchst", "CH", "St. Margrethen–Höchst"),
        (
            "die Brücke zwischen St. Margrethen und dem österreichischen Ort Höchst",
            "CH",
            "St. Margrethen–Höchst",
        ),
        # "the checkpoint on the bridge connecting X with Y": the towns name the crossing
        # before "Afghanistan" is taken for the place.
        (
            "The checkpoint on the bridge connecting the Uzbek city of Termez with "
            "Hairatan in Afghanistan",
            "UZ",
            "Hairatan–Termez",
        ),
        ("der Grenzbrücke von Słubice", "PL", "Frankfurt (Oder)–Słubice"),
        # A town's country in brackets, the region of the town across after a comma.
        ("die Grenzbrücke zwischen Lustenau (Österreich) und Au (Schweiz)", "AT", "Lustenau–Au"),
        (
            "el puente que une a Piedras Negras con Eagle Pass, Texas",
            "MX",
            "Eagle Pass–Piedras Negras",
        ),
        # The bridge's own name before the words naming its towns; "las ciudades de".
        (
            "por el puente internacional Francisco de Paula Santander que comunican a "
            "Cúcuta con Ureña",
            "CO",
            "Francisco de Paula Santander Bridge",
        ),
        (
            "el Puente Internacional Ecuador-Perú, que conecta a Huaquillas con Aguas Verdes",
            "EC",
            "Huaquillas–Aguas Verdes",
        ),
        (
            "el paso fronterizo que une las ciudades de Clorinda (Argentina) y Nanawa (Paraguay)",
            "AR",
            "Clorinda–Nanawa",
        ),
        # "Der Checkpoint am Übergang von X nach Y": the town across unknown, the crossing
        # named after the town the way starts from.
        (
            "Der Checkpoint am Übergang von Wasserbillig nach Wasserbilligerbrück",
            "LU",
            "Wasserbillig",
        ),
    ],
)
def test_crossing_named_by_the_way_across(text, hint, crossing):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == crossing


def test_a_way_between_countries_is_no_crossing():
    # "from Ukraine into Poland" names no town: never a crossing.
    result = geocode_place("the crossing from Ukraine into Poland", country="PL")
    assert result.precision in (None, "country", "border")
    # A post "linking Swaziland with Mozambique" is not read as a crossing of the pair.
    result = geocode_place(
        "the Mhlumeni border post, linking Swaziland with Mozambique", country="SZ"
    )
    assert result.precision not in ("exact", "settlement")


def test_german_river_bridge_of_a_town():
    # "An der Moselbrücke von Wormeldingen": a compound "-brücke" names its town too.
    result = geocode_place("An der Moselbrücke von Wormeldingen", country="LU")
    assert result.status == "resolved"
    assert result.name == "Wormeldange"


def test_german_bridge_of_a_town():
    # "der Brücke von Frankfurt/Oder": the town has two crossings; near the town.
    result = geocode_place("der Brücke von Frankfurt/Oder", country="DE")
    assert result.status == "resolved"
    assert result.name == "Frankfurt (Oder)"
    assert result.precision == "near"


def test_arabic_crossing_then_a_bearing_from_a_far_city():
    # "منفذ عرعر الحدودي غرب بغداد": west of Baghdad says where, it names no second place.
    result = geocode_place("منفذ عرعر الحدودي غرب بغداد", country="IQ")
    assert result.status == "resolved"
    assert result.name == geocode_place("منفذ عرعر الحدودي", country="IQ").name
    assert result.lat == pytest.approx(31.36, abs=0.1)
