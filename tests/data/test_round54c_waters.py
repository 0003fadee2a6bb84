"""Rows of ``waters.tsv`` added in session 54 (round c), each at the point its cited article
gives: Mavulis Island (Batanes), Southwest Cay (Spratlys) and the Minerva Reefs
(Tonga–Fiji)."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.waters import load_waters


@pytest.mark.parametrize(
    ("form", "name", "kind", "point"),
    [
        ("Mavudis Island", "Mavulis Island", "island", (21.11306, 121.95167)),
        ("Đảo Song Tử Tây", "Southwest Cay", "cay", (11.42944, 114.33139)),
        ("Ongo Teleki", "Minerva Reefs", "reef", (-23.63333, -178.91667)),
    ],
)
def test_the_rows_are_listed_at_their_cited_points(form, name, kind, point):
    found = geocode_place(form)
    assert found.status == "resolved"
    assert found.name == name
    assert (round(found.lat, 5), round(found.lon, 5)) == point
    assert {w.kind for w in load_waters().values() if w.name == name} == {kind}


def test_the_minerva_circle_holds_both_atolls():
    minerva = next(w for w in load_waters().values() if w.name == "Minerva Reefs")
    # South Minerva, 23°56′S 179°8′W, lies about 30 km from North Minerva's point.
    assert minerva.reach_km >= 30


@pytest.mark.parametrize("bare", ["Pugad", "Amianan"])
def test_bare_words_that_name_other_things_are_left_out(bare):
    assert geocode_place(bare).status == "unresolved"


def test_a_spot_measured_from_the_island_is_near_it():
    found = geocode_place("4 nautical miles north of Mavulis Island", country="PH")
    assert (found.status, found.name) == ("resolved", "Mavulis Island")
