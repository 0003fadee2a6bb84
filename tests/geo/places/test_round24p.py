"""Place classes of round 24p, found on ``blind44`` and ``events18``."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        # Dari writes "ولایت" (province) with the Persian yeh: the province named after
        # it is a unit, found by its consonants as after Arabic "ولاية".
        "در ولایت ننگرهار",
        "ولسوالی نازیان ولایت ننگرهار",
        "در ولسوالی دربابای ولایت ننگرهار",
    ],
)
def test_a_dari_province_word_names_the_province(text):
    result = geocode_place(text, country="AF")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "AF-NAN"
