"""Place classes of round 26p, found on ``blind47``, ``blind48``, ``events21`` and ``events22``."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        # "منطقة X غرب Y" (X's area west of Y): the district of al-Qusayr holds Homs, but
        # the compass word says Homs only locates it.
        "منطقة القصير غرب حمص",
        "منطقة القصير جنوب غرب حمص",
    ],
)
def test_an_area_then_a_bearing_from_a_town_is_the_area(text):
    result = geocode_place(text, country="SY")
    assert result.status == "resolved"
    assert result.name == "Al-Qusayr District"
    assert result.precision == "district"

