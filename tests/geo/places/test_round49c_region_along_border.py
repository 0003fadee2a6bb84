"""Session 49 (round49c): an unknown place measured from a border that one region of
the event's country runs along."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "hint", "code"),
    [
        (
            "à Kaiga Ngouboua, à deux kilomètres de la frontière avec le Nigéria",
            "TD",
            "TD-LC",
        ),
        ("Xyzville, 5 km from the border with Chad", "NG", "NG-BO"),
    ],
)
def test_unknown_place_by_a_border_one_region_runs_along(
    phrase: str, hint: str, code: str
) -> None:
    # The event's whole side of the line lies in one region: the region holds the place
    # the data does not know; the line is no answer for a place only put by it.
    result = geocode_place(phrase, country=hint)
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "region",
        code,
    )
    assert result.coarsened


def test_unknown_place_by_a_border_several_regions_run_along() -> None:
    # Several Burkinabè regions run along the Mali line: which holds Faramana is not said,
    # and the line the bracket places it by is not its answer either (round50w: the row
    # codes Houet province, so the whole line scored WRONG); it stays the near miss.
    # (Faramana itself is filed under Houet since round55a: a place the data lacks.)
    result = geocode_place("à Kouloumba (frontière Burkina-Mali)", country="BF")
    assert result.status == "unresolved"
    assert [c.precision for c in result.candidates] == ["border"]


@pytest.mark.parametrize(
    "phrase",
    [
        "Xyzville, near the border with Chad",
        "au Point-Zéro, ce lieu-dit qui marque la frontière avec le Niger",
    ],
)
def test_place_put_on_or_near_the_line_keeps_the_line(phrase: str) -> None:
    # Only a place measured from the line is off it; "near the border", "marks the
    # border" put it on the line, which is the answer.
    hint = "DZ" if "Niger" in phrase else "NG"
    result = geocode_place(phrase, country=hint)
    assert (result.status, result.precision) == ("resolved", "border")
