"""Session 49 (round49c): Indonesian and Malay sea borders, and a border phrase closing
a long text."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.phrases import border_word_starts


@pytest.mark.parametrize(
    "phrase",
    [
        "perbatasan perairan Indonesia dan Australia",
        "batas laut Indonesia-Australia",
        "wilayah perairan sekitar 14 mil laut melewati batas laut Indonesia-Australia",
    ],
)
def test_indonesian_sea_border_is_the_events_side(phrase: str) -> None:
    # No sea line is shipped: the sea border of two countries with no land border is
    # answered by the event's country, coarsened, as "perairan perbatasan RI-Australia".
    result = geocode_place(phrase, country="AU")
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Australia",
        "country",
    )
    assert result.coarsened


def test_indonesian_owners_after_the_border_word_joined_by_dan() -> None:
    result = geocode_place("perbatasan Indonesia dan Malaysia", country="ID")
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name == "Indonesia–Malaysia border"


def test_dan_between_two_towns_is_no_border() -> None:
    # Two towns so joined are read as before: the border both lie on, as a whole.
    result = geocode_place("perbatasan Entikong dan Badau", country="ID")
    assert (result.status, result.name) == ("resolved", "Indonesia–Malaysia border")


def test_border_word_starts() -> None:
    assert border_word_starts("batas laut Indonesia-Australia")
    assert border_word_starts("border of Chad")
    assert not border_word_starts("batasnya")
    assert not border_word_starts("melewati batas laut")
