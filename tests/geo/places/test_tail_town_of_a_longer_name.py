"""A tail town written by the first word of its name ("Wimereux near Boulogne").

Reports call Boulogne-sur-Mer "Boulogne"; the data's only town named "Boulogne" alone
is in Vendée, 430 km from Wimereux, so the tail did not agree and the text came out
ambiguous (events72).  A longer-named town of the head's country beside the head now
confirms it; it never becomes the answer, and a head far from every such town stays
ambiguous.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.tail_reading import first_word_of_a_longer_name


def test_first_word_of_a_longer_name() -> None:
    assert first_word_of_a_longer_name("boulogne sur mer") == "boulogne"
    assert first_word_of_a_longer_name("boulogne") is None


@pytest.mark.parametrize("text", ["Wimereux near Boulogne", "Wimereux près de Boulogne"])
def test_the_head_is_confirmed_by_the_longer_named_town(text: str) -> None:
    result = geocode_place(text, country="FR")
    assert (result.status, result.precision, result.name) == ("resolved", "settlement", "Wimereux")
    assert "Boulogne-sur-Mer" in result.note


def test_a_head_far_from_every_such_town_stays_ambiguous() -> None:
    # Marseille is by neither Boulogne (Vendée) nor Boulogne-sur-Mer nor
    # Boulogne-Billancourt: the tail still contradicts the head.
    result = geocode_place("Marseille near Boulogne", country="FR")
    assert result.status == "ambiguous"
