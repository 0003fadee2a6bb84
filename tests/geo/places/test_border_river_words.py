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


@pytest.mark.parametrize("text", ["sungai Golok", "melalui Sungai Golok"])
def test_the_malay_river_word_and_a_crossing_verb_find_the_border_river(text: str) -> None:
    # "sungai" is Malay and Indonesian for river; "melalui" (through, by way of) says the
    # river was crossed, so a capitalised "Sungai Golok" after it is the border river.
    result = geocode_place(text, country="MY")
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name.startswith("Malaysia–Thailand border")


def test_a_capitalised_sungai_without_a_crossing_word_stays_the_town() -> None:
    # "in Sungai Golok": the town (and its crossing) Su-ngai Kolok, not the river.
    result = geocode_place("in Sungai Golok", country="MY")
    assert result.precision != "border"
    assert abs(result.lat - 6.03) < 0.1 and abs(result.lon - 101.97) < 0.1
