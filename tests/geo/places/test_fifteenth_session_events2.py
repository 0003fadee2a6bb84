"""Classes of failure the second events set (``bench/field/events2.yaml``) showed (session 15).

Each test holds one class of wording, on our own phrases: other places than the set's.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "town", "code"),
    [
        ("Goma's Birere neighbourhood", "CD", "Goma", "CD-NK"),
        ("Tapachula’s Las Américas neighborhood", "MX", "Tapachula", "MX-CHP"),
    ],
)
def test_a_towns_quarter_the_gazetteer_lacks_is_the_town_coarsened(text, country, town, code):
    # The possessive names the town that holds the quarter: the town, flagged as
    # coarser, never a namesake of the quarter elsewhere (Las Américas in Sinaloa).
    result = geocode_place(text, country=country)
    assert (result.status, result.precision) == ("resolved", "settlement")
    assert (result.name, result.admin1_code) == (town, code)
    assert "not in the gazetteer inside" in result.note


def test_a_possessive_town_still_owns_no_town():
    # "Nogales, Arizona" keeps its rule: after a comma or a possessive only areas
    # contain; the quarter word alone opens the town as a container.
    result = geocode_place("Tapachula's Ciudad Hidalgo", country="MX")
    assert not (result.status == "resolved" and result.name == "Tapachula")


def test_a_town_naming_a_border_is_the_one_by_the_container_town():
    # Four Daulatpurs in India; the one 15 km from Kathua names the border there.
    result = geocode_place("the Daulatpur border area of Kathua", country="IN")
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name.startswith("India–Pakistan border")
    assert result.lat is not None and abs(result.lat - 32.4) < 0.5


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("Daulatpur (Himachal Pradesh; India)", "IN", "IN-HP"),
        ("Rampur (Uttar Pradesh; India)", "IN", "IN-UP"),
    ],
)
def test_semicolons_in_brackets_part_qualifiers_as_commas_do(text, country, admin1):
    result = geocode_place(text, country=country)
    assert result.admin1_code == admin1
    assert "is unresolved" not in (result.note or "")
    if result.status == "ambiguous":
        # Two Daulatpurs in Himachal Pradesh: the container narrows, it cannot choose.
        assert {c.admin1_code for c in result.candidates} == {admin1}
