"""Crossing and border words of the blind108 set: Turkmen, Uzbek, a dashed Urdu pair
(session 51, round b)."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place

# --- a pair of countries joined by a dash in Urdu ---


def test_a_dashed_pair_of_countries_in_urdu_is_their_border():
    result = geocode_place("چین-پاکستان سرحد", country="CN")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name == "China–Pakistan border"


# --- Turkmen and Uzbek crossing words ---


def test_a_turkmen_border_point_is_the_crossing_its_town_names():
    # "Sarahs" is the Turkmen town's own name and, since data54, a form of the
    # Sarakhs–Saragt row (blind104 reads "Sarahs–Sarahs" as that row too): the border
    # point is the crossing, no longer the fallback near the town (blind108 ir-tm-dj001
    # codes the crossing).
    result = geocode_place("Sarahs serhet nokady")
    assert result.status == "resolved"
    assert result.name == "Sarakhs"
    assert result.precision == "settlement"
    assert (round(result.lat, 3), round(result.lon, 3)) == (36.545, 61.158)


def test_an_uzbek_bridge_in_the_ablative_is_the_crossing():
    result = geocode_place("“Hayraton” ko‘prigidan", country="UZ")
    assert result.status == "resolved"
    assert result.name == "Hairatan–Termez"
