"""A crossing named by its number or as a "friendship" bridge, with the towns it links.

Several Thai–Myanmar bridges are "friendship bridges" (Mae Sot–Myawaddy, Mae Sai–
Tachileik): the towns a report says the bridge links decide which, also when one of
them is written with its unit word ("Mae Sai district").
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "crossing"),
    [
        # blind62 (written blind, scored late): before, the Mae Sot bridge, 439 km away.
        (
            "The first Thailand-Myanmar friendship bridge, linking Mae Sai district and Tachilek",
            "Mae Sai–Tachileik",
        ),
        # Our own.
        ("the friendship bridge linking Mae Sai district and Tachilek", "Mae Sai–Tachileik"),
        ("the second friendship bridge linking Mae Sot district and Myawaddy", "Mae Sot–Myawaddy"),
    ],
)
def test_the_towns_a_numbered_friendship_bridge_links_say_which(text: str, crossing: str):
    result = geocode_place(text, country="TH")
    assert result.status == "resolved", result
    assert result.name == crossing, result


def test_a_bridge_between_towns_named_with_their_unit_word_is_not_far_away():
    # "linking A district and B": neither is near the Mae Sot bridge, so a bridge
    # found by a shared word alone is not taken.
    result = geocode_place(
        "the friendship bridge linking Mae Sai district and Tachilek", country="TH"
    )
    assert result.name != "Mae Sot–Myawaddy", result
