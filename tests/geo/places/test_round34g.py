"""Classes of place round 34g: border towns GeoNames spells otherwise.

Samtah, the Saudi town on the Yemeni border, is filed by GeoNames as Şāmitah
(Samitah) only: "the Saudi town of Samtah" found no key.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        # Field phrase (events8): before, unresolved.
        "the Saudi town of Samtah",
        # Our own.
        "Samtah",
        "in Samtah",
    ],
)
def test_samtah_is_the_town(text: str) -> None:
    result = geocode_place(text, country="SA")
    assert result.status == "resolved", result
    assert result.precision == "settlement"
    assert abs(result.lat - 16.59601) < 0.01
    assert abs(result.lon - 42.94435) < 0.01


def test_samtah_governorate_is_never_the_town() -> None:
    # Field phrase (events8, coded by its district): a governorate is never a pin.
    result = geocode_place("the Samtah governorate in the region of Jazan", country="SA")
    assert result.precision != "settlement"
