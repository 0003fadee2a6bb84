"""Timor-Leste's administrative post and municipality in Indonesian words."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.timorese_units import timorese_units_in_indonesian


def _geocode(text: str, countries: tuple[str, ...]):
    return geocode_place(text, country=countries or None)


@pytest.mark.parametrize(
    "text",
    [
        # events77: Timorese police stop eleven people at a village of Maliana post.
        "Desa Saburai, Pos Administratif Maliana, Kotamadya Bobonaro",
        "Pos Administratif Maliana",
    ],
)
def test_the_post_answers(text: str) -> None:
    found = geocode_place(text, country="TL")
    assert (found.status, found.name, found.precision, found.country) == (
        "resolved",
        "Maliana",
        "district",
        "TL",
    )
    assert "Kecamatan" in found.note


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # The municipality alone is not rewritten: "Kabupaten Bobonaro" would answer the
        # post at its seat, finer than the municipality.
        ("Kotamadya Bobonaro", ("TL",)),
        # Indonesia's old word for a city, with no Timorese post beside it.
        ("Kotamadya Surabaya", ("ID",)),
    ],
)
def test_no_rewriting_without_a_post(text: str, hint: tuple[str, ...]) -> None:
    assert timorese_units_in_indonesian(text, hint, _geocode) is None
