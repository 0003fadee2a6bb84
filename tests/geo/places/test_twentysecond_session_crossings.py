"""Session 22, crossings round: a bearing in an apposition describes the place, it does
not hold it.

"Zuwara, a town east of Ras Jdir": Zuwara is the place; Ras Jdir is only the reference
the bearing is taken from.  Once Ras Jdir became a crossing of the table, the apposition
was read as "near Ras Jdir" and answered the crossing, 50 km from Zuwara.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.phrases import _TRAILING_CLAUSE


@pytest.mark.parametrize(
    ("rest", "left"),
    [
        ("town east of Ras Jdir", "town"),
        ("village 20 km north-west of Nogales", "village"),
        ("pueblo al norte de Cúcuta", "pueblo"),
        ("ville au sud d’Agadez", "ville"),
        # "of" that names, not a bearing, stays.
        ("town of Easton", "town of Easton"),
        ("town in the north-east of Chad", "town in the north-east of Chad"),
    ],
)
def test_a_bearing_from_a_place_ends_the_apposition(rest: str, left: str) -> None:
    assert _TRAILING_CLAUSE.sub("", rest) == left


def test_the_described_town_is_answered_not_the_reference_crossing() -> None:
    result = geocode_place("Zuwara, a town east of Ras Jdir", country="LY")
    assert result.status == "resolved"
    assert result.precision == "settlement"
    assert abs(result.lat - 32.93) < 0.1 and abs(result.lon - 12.08) < 0.1
