"""Classes of failure the twenty-seventh blind set showed once seen (session 13).

Each test holds one class of wording, on our own phrases: other wordings, languages or
places than the set's.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        "через пункт пропуску «Кучурган» («Первомайськ»)",
        "на КПП «Кучурган» («Первомайск»)",
    ],
)
def test_a_crossing_then_its_other_end_in_parentheses_is_the_crossing(text):
    # The parenthesis names the crossing's other end (Pervomaisc in Moldova), not a town
    # holding it: a bigger Ukrainian namesake far away is not the place.
    result = geocode_place(text, country="UA")
    assert result.status == "resolved"
    assert result.name == "Kuchurhan–Pervomaisc"
    assert result.country is None


def test_a_parenthesis_that_is_no_end_of_the_crossing_is_not_read_as_one():
    # Odesa lies far from the crossing: the parenthesis is not its other end.
    result = geocode_place("пункт пропуска «Кучурган» («Одесса»)", country="UA")
    assert result.name != "Kuchurhan–Pervomaisc"
