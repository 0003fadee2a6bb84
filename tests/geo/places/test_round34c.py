"""Classes of place round 34c: border crossings the table lacked.

Kazungula, the bridge and one-stop post on the 150 m Botswana–Zambia border, was not a
row: a Botswana report naming it was unresolved, since its only namesake was the
Zambian town outside the event's country.  It had been left out because "the Kazungula
border" then stopped with an error (the outlines draw no Botswana–Zambia line); such a
phrase is now unresolved with that reason.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Field phrase (blind17): before, unresolved.
        ("the Kazungula One Stop Border Post", "BW", "Kazungula"),
        # Our own: the bridge, the post with the other side's hint.
        ("at the Kazungula Bridge", "BW", "Kazungula"),
        ("Kazungula border post", "ZM", "Kazungula"),
    ],
)
def test_kazungula_crossing(text: str, country: str, name: str) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.name == name
    assert result.precision in {"exact", "settlement"}


@pytest.mark.parametrize(("text", "country"), [("Kazungula", "ZM")])
def test_the_towns_are_still_towns(text: str, country: str) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.name == text


@pytest.mark.parametrize("text", ["the Kazungula border", "Kazungula border"])
def test_a_crossing_on_a_border_without_a_drawn_line_is_unresolved(text: str) -> None:
    # Botswana and Zambia meet on 150 m of river that the outlines draw as no line:
    # "the Kazungula border" raised GeometryDataError; now it says why it has no answer.
    result = geocode_place(text, country="BW")
    assert result.status == "unresolved"
    assert "no land line" in result.note
