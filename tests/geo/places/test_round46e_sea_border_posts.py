"""Classes of place round 46e: sea borders put in a unit, and named border posts.

Wrong before: a sea border the text puts near a coast of a unit ("near the IMBL in the
Arabian Sea off the coast of Okha in Gujarat") was answered by the unit: the unit only
stood in for the unknown sea area, so the border's side was never said to lie in it.
Wrong before too: "the Wutung PNG-Indonesian border post" was an unnamed crossing of the
Indonesia–Papua New Guinea border, its name left out as a description of the post.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


def test_a_sea_border_off_a_coast_in_a_unit_is_the_events_country() -> None:
    # Field phrase (events60): before, the state of Gujarat (WRONG: the boundary lies
    # at sea, not in the state's land).
    text = (
        "near the international maritime boundary line (IMBL) in the Arabian Sea off the "
        "coast of Okha in Gujarat"
    )
    result = geocode_place(text, country="IN")
    assert result.status == "resolved", result
    assert result.precision == "country"
    assert result.country == "IN"


def test_a_sea_border_put_in_a_unit_itself_is_still_that_unit() -> None:
    text = "the border between Bougainville and Shortland Islands in Western Province"
    result = geocode_place(text, country="SB")
    assert result.precision == "region"
    assert result.admin1_code == "SB-WE"


def test_a_named_post_of_two_countries_is_not_an_unnamed_crossing() -> None:
    # Field phrase (events64): before, "a crossing of the Indonesia–Papua New Guinea
    # border, not named" (WRONG: the report is about the Wutung post, in Sandaun).  The
    # post is not in the data.  Since session 55 (round55c) the line answers, flagged
    # coarsened, the note naming the post the data lacks, never as an unnamed crossing
    # (the line runs along Sandaun, so it holds the post's unit).
    result = geocode_place("the Wutung PNG-Indonesian border post", country="PG")
    assert result.precision == "border", result
    assert result.coarsened
    assert "Wutung" in result.note
    assert "not named" not in result.note


@pytest.mark.parametrize(
    "text", ["the PNG-Indonesian border post", "The PNG-Indonesian border post"]
)
def test_a_crossing_named_by_its_two_countries_alone_is_their_border(text: str) -> None:
    result = geocode_place(text, country="PG")
    assert result.status == "resolved", result
    assert result.precision == "border"
    assert result.name == "Indonesia–Papua New Guinea border"
