"""A named part "of" a district answers the district holding it, coarsened."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.part_of_a_district import district_holding_a_part


def _geocode(text: str, countries: tuple[str, ...]):
    return geocode_place(text, country=countries or None)


@pytest.mark.parametrize(
    "text",
    [
        # events79: a BSF report's village, in a tehsil named after its seat, "of" the
        # district.
        "Bobiyaan village in Hiranagar of Kathua",
        "Hiranagar of Kathua",
        "a village in Hiranagar of Kathua district",
    ],
)
def test_the_district_answers_a_part_of_it(text: str) -> None:
    found = geocode_place(text, country="IN")
    assert found.status == "resolved"
    assert (found.name, found.precision, found.country) == ("Kathua", "district", "IN")
    assert found.coarsened
    assert "Hiranagar" in found.note


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # Amritsar is a town, but not one the data files in Kathua district.
        ("Amritsar of Kathua", ("IN",)),
        # No town named before "of": a water of a unit is not this chain.
        ("the Gulf of Kutch", ("IN",)),
        # The district is of another country than the event's.
        ("Hiranagar of Kathua", ("PK",)),
        # Nothing before "of".
        ("of Kathua", ("IN",)),
    ],
)
def test_no_answer_without_a_town_inside_the_district(text: str, hint: tuple[str, ...]) -> None:
    assert district_holding_a_part(text, hint, _geocode) is None
