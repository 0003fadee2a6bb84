"""Classes of place round 33e: unresolved rows of events41/42 and blind62/63.

- Finnish reports decline Sweden's and Norway's border towns as they do Estonia's and
  Russia's: "Tornion ja Haaparannan rajan" (the border of Tornio and Haparanda).
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Field phrase (events41), hint SE: unresolved before.
        ("Tornion ja Haaparannan rajan", "SE"),
        # Our own: another case of the border word, the town alone in a locative.
        ("Tornion ja Haaparannan rajalla", "SE"),
        ("Haaparannassa", "SE"),
    ],
)
def test_finnish_declines_swedish_border_towns(text, country):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == "Tornio–Haparanda"
    assert result.precision == "settlement"
