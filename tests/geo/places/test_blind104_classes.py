"""Session 49 (round49b): classes of misses found on the blind104 places set."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.turkic_q import q_read_as_k_or_g

# --- Azerbaijani and Turkmen crossing words ------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "hint", "crossing"),
    [
        ("“Aqarak” sərhəd-keçid məntəqəsi", "AM", "Agarak–Nordooz"),
        ("“Gürbulaq-Bazirqan” keçid məntəqəsində", "IR", "Gürbulak–Bazargan"),
        ("Sarahs–Sarahs barlag-goýberiş nokadynda", "TM", "Sarakhs"),
    ],
)
def test_turkic_crossing_words_name_the_crossing(phrase: str, hint: str, crossing: str) -> None:
    result = geocode_place(phrase, country=hint)
    assert (result.status, result.name) == ("resolved", crossing)


def test_q_read_as_k_or_g() -> None:
    assert q_read_as_k_or_g("bazirqan") == ["bazirkan", "bazirgan"]
    assert q_read_as_k_or_g("kapikule") == []
    assert q_read_as_k_or_g("qqqq") == []  # more "q" than are varied
