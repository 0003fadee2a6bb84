"""Place classes of round 39c: wordings of the blind events sets events58 and events59."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place


def test_thai_within_joined_to_a_lao_province() -> None:
    # Thai "ภายใน" (within) joined in front of "แขวง" (a Lao province): the province.
    inside = geocode_place("ภายในแขวงบอลิคำไซ", country="LA")
    assert (inside.status, inside.precision, inside.admin1_code) == ("resolved", "region", "LA-BL")
