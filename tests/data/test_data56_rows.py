"""Data rows of session 53's data round data56: the first Thai–Myanmar Friendship Bridge
name that Mae Sai's bridge shares with Mae Sot's (``crossings.csv``)."""

from __future__ import annotations

import pytest

from bordermap.geo.places.gazetteer import load_gazetteer
from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize("name", ["First Thai–Myanmar Friendship Bridge", "Friendship Bridge"])
def test_the_shared_bridge_name_is_on_both_thai_myanmar_rows(name):
    names = {
        place.name
        for place in load_gazetteer().lookup(name, kinds=("crossing",), countries=("MM",))
    }
    assert {"Mae Sai–Tachileik", "Mae Sot–Myawaddy"} <= names


def test_a_bare_first_thai_myanmar_friendship_bridge_is_not_mae_sot():
    # blind94 mm-th-cv003 (The Nation): Mae Sai's first bridge; no town is named.
    result = geocode_place("under the First Thai-Myanmar Friendship Bridge", country="TH")
    assert result.status == "ambiguous"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # The town in the text decides: blind13 mm-th-n010, blind62 mm-th-bm002.
        ("Friendship Bridge No. 1 in Mae Sot", "Mae Sot–Myawaddy"),
        (
            "The first Thailand-Myanmar friendship bridge, linking Mae Sai district and Tachileik",
            "Mae Sai–Tachileik",
        ),
    ],
)
def test_the_town_named_decides_which_friendship_bridge(phrase, name):
    result = geocode_place(phrase, country="TH")
    assert (result.status, result.name) == ("resolved", name)
