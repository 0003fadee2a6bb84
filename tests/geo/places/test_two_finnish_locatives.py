"""Two Finnish locatives side by side: a place and the municipality holding it."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        # The known name comes last ("at Raja-Jooseppi, in Inari") or first ("in
        # Parikkala, at Pyhäjärvi"); the unknown one lies in it.
        ("Raja-Joosepissa Inarissa", "FI-10"),
        ("Parikkalassa Pyhäjärvellä", "FI-02"),
    ],
)
def test_the_known_locative_holds_the_unknown_one(phrase: str, code: str) -> None:
    result = geocode_place(phrase, country="FI")
    # The region holding the known town, never the town's point: the text names a place
    # the point is not.
    assert (result.status, result.admin1_code, result.precision) == ("resolved", code, "region")
    assert result.coarsened


def test_two_known_locatives_are_not_read_so() -> None:
    # "Lappeenrannassa Nuijamaalla": both are towns; which holds which is not guessed here.
    result = geocode_place("Lappeenrannassa Nuijamaalla", country="FI")
    assert "is not in the gazetteer; it lies in" not in result.note
