"""Place classes of round 30w, found on the rows of blind60 and the events of events34
that were not placed."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # The field row (AP), and adjectives that weigh a crossing in other phrasings.
        ("the strategic border crossing of Bab al-Hawa", "SY", "Bab al-Hawa"),
        ("the humanitarian crossing of Bab al-Hawa", "SY", "Bab al-Hawa"),
        ("the vital Rafah crossing", "EG", "Rafah crossing"),
        ("the crucial Torkham border crossing", "AF", "Torkham"),
        ("the strategic border crossing of Torkham", "PK", "Torkham"),
        # Spanish "principal" is no such adjective: the appositive keeps its reading.
        (
            "Paso Canoas, el principal paso fronterizo entre Panamá y Costa Rica",
            "CR",
            "Paso Canoas",
        ),
    ],
)
def test_an_adjective_weighing_a_crossing_names_nothing(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name
