"""Round 48w: a named place the data lacks is not the border its text places it by."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "hint", "border"),
    [
        ("Kamango town, about 12kms from the Ugandan border", "CD", "Uganda border"),
        ("Kilimahewa village, very near the Rovuma river", "TZ", "(Ruvuma)"),
        (
            "dans le parc national de la Pendjari, dans le nord du pays, près de la "
            "frontière avec le Burkina Faso",
            "BJ",
            "Burkina Faso–Benin border",
        ),
    ],
)
def test_an_unknown_place_placed_by_a_border_is_not_the_border(phrase, hint, border):
    result = geocode_place(phrase, country=hint)
    assert result.status == "unresolved"
    assert "named only to place it" in result.note
    # The border stays listed as the near miss, not answered.
    assert [c.precision for c in result.candidates] == ["border"]
    assert border in result.candidates[0].name


def test_the_unit_another_part_names_answers_for_the_unknown_place():
    result = geocode_place("Kamango town, North Kivu, near the Ugandan border", country="CD")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "CD-NK")
    assert result.coarsened


@pytest.mark.parametrize(
    ("phrase", "hint", "name"),
    [
        # A known town before the border reference keeps its reading.
        ("Mpondwe, near the Congolese border", "UG", "Mpondwe"),
    ],
)
def test_a_known_place_before_the_reference_is_kept(phrase, hint, name):
    result = geocode_place(phrase, country=hint)
    assert (result.status, result.name) == ("resolved", name)


def test_a_border_named_first_is_still_the_border():
    result = geocode_place("the Ugandan border, near Kamango", country="CD")
    assert result.status == "resolved"
    assert result.precision == "border"


def test_a_unit_after_the_comma_answers_for_a_village_near_a_crossing():
    # Tell Khanzir, near the Semalka crossing, "in the Malikiyah countryside": the
    # village is not in the data; the unit the text names holds it, the crossing not.
    result = geocode_place(
        "في قرية تل خنزير القريبة من معبر سيمالكا، في ريف المالكية", country="SY"
    )
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "SY-HA")
    assert result.coarsened
    assert "named only to place it" in result.note


def test_near_a_known_place_with_no_unit_named_stays_near_it():
    result = geocode_place("في قرية تل خنزير القريبة من معبر سيمالكا", country="SY")
    assert result.precision == "near"
