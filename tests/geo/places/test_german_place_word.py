"""German "Ort" before a town's name is the settlement word, nowhere else."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.german_place_word import town_after_german_ort


def _geocode(text: str, countries: tuple[str, ...]):
    return geocode_place(text, country=countries or None)


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # events79: a German report of a Syrian helicopter firing on Arsal.
        ("den Ort Aarsal", "LB", "Aarsâl"),
        ("im libanesischen Ort Arsal", "LB", "Aarsâl"),
        ("beim Ort Nickelsdorf", "AT", "Nickelsdorf"),
    ],
)
def test_ort_before_a_name_reads_a_town(text: str, hint: str, name: str) -> None:
    found = geocode_place(text, country=hint)
    assert (found.status, found.name, found.precision) == ("resolved", name, "settlement")
    assert "Ortschaft" in found.note


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # "Ort" with no article before it is not read ("vor Ort": on the spot).
        ("Ort Arsal", ("LB",)),
        # A region's name after "Ort" is no town: the word says a settlement.
        ("den Ort Bayern", ("DE",)),
        # No capitalised name after the word.
        ("den Ort an der Grenze", ("DE",)),
    ],
)
def test_no_town_without_the_frame(text: str, hint: tuple[str, ...]) -> None:
    assert town_after_german_ort(text, hint, _geocode) is None
