"""Classes of place round 46e: German motorway junctions.

Unresolved before: "auf der Autobahn 4 in Höhe der Anschlussstelle Niederseifersdorf"
(a junction is no place word; the road's number names no place).
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.german_roads import town_a_junction_is_named_after


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("auf der Autobahn 4 in Höhe der Anschlussstelle Niederseifersdorf", "Niederseifersdorf"),
        ("auf der A 12 in Höhe der Anschlussstelle Frankfurt (Oder)", "Frankfurt (Oder)"),
        ("in Höhe Görlitz", "Görlitz"),
        ("die Ausfahrt Kehl", "Kehl"),
        ("auf Höhe des Autobahnkreuzes Dresden-Nord", "Dresden-Nord"),
        ("in Höhe der Grenze", None),
        ("an der Grenze bei Görlitz", None),
    ],
)
def test_the_town_a_motorway_junction_is_named_after(text: str, town: str | None) -> None:
    assert town_a_junction_is_named_after(text) == town


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        (
            "auf der Autobahn 4 in Höhe der Anschlussstelle Niederseifersdorf",
            "Nieder Seifersdorf",
            "DE-SN",
        ),
        ("Anschlussstelle Frankfurt (Oder)", "Frankfurt (Oder)", "DE-BB"),
    ],
)
def test_a_motorway_junction_is_near_its_town(text: str, name: str, region: str) -> None:
    # Field phrase (events68): before, unresolved ("Anschlussstelle" is no place word).
    # Frankfurt (Oder), not Frankfurt am Main: the town's parentheses are its own.
    result = geocode_place(text, country="DE")
    assert result.status == "resolved", result
    assert result.precision == "near"
    assert result.name == name
    assert result.admin1_code == region
