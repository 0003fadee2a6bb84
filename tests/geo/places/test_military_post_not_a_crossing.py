"""A military post named after a town is a garrison there, not a border crossing.

"Poste" names both a crossing ("le poste frontalier de X") and an army post ("le poste
militaire de X"); only the first must lie by a land border.  Madama, Niger's desert
fort, is about 100 km from the Libyan line, and the events sets name it as "le poste
militaire frontalier de Madama" (events27).  The crossing reading keeps its test.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("à proximité du poste militaire frontalier de Madama", "near"),
        ("le poste militaire de Madama", "settlement"),
        ("un puesto militar en Madama", "settlement"),
    ],
)
def test_a_military_post_is_read_at_its_town(text: str, precision: str) -> None:
    result = geocode_place(text, country="NE")
    assert (result.status, result.precision, result.name) == ("resolved", precision, "Madama")
    # The English wording was already read so; the French one now agrees with it.
    english = geocode_place("the military post of Madama", country="NE")
    assert (english.lat, english.lon) == (result.lat, result.lon)


def test_a_crossing_post_far_from_the_border_is_still_refused() -> None:
    # A border crossing named after a town 100 km from every land border is not there.
    result = geocode_place("le poste frontalier de Madama", country="NE")
    assert result.status == "unresolved"
    assert "far from every border" in result.note
