"""A border river written with its river word in any language (issue 11).

The table lists "Hondo River"; reports write "el río Hondo", "реку Прут", "Narva
jõelt".  With a river word in the text the name without it is the river; without one,
a bare name that is also a town ("Hondo") stays the town's.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        ("el río Hondo", "MX", "Belize–Mexico border"),
        ("реку Прут", "MD", "Moldova–Romania border"),
        ("Narva jõelt", "EE", "Estonia–Russia border"),
    ],
)
def test_a_river_word_of_any_language_finds_the_border_river(
    text: str, country: str, border: str
) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name.startswith(border)


def test_without_a_river_word_the_bare_name_is_not_the_river() -> None:
    result = geocode_place("Hondo", country="MX")
    assert result.precision != "border"
