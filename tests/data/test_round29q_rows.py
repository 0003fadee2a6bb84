"""Data rows of session 29's round on WRONG places (issue 11): the Kyé River's second
border."""

from __future__ import annotations

from bordermap.geo.places.names import normalise
from bordermap.geo.places.words import load_border_features


def test_the_kye_forms_two_borders():
    feature = load_border_features()[normalise("Kyé River")]
    assert {"-".join(pair) for pair in feature.pairs} == {"GA-GQ", "CM-GA"}
