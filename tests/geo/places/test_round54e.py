"""Session 54, round54e: a place written with "outside" and the town it lies by."""

from bordermap.geo.places.geocoder import geocode_place


def test_a_crossing_outside_its_town_is_the_crossing() -> None:
    # The town after "outside" only says where the named crossing is; before, the
    # two names were read as two places and the answer was ambiguous.
    for text in ("Roxham Road just outside Champlain", "chemin Roxham outside Champlain"):
        result = geocode_place(text, country="CA")
        assert (result.status, result.name) == ("resolved", "Roxham Road"), text


def test_an_unknown_place_outside_a_town_is_still_near_the_town() -> None:
    # The new cut before "outside" must not take this reading away: the head is no place.
    result = geocode_place("Ndjounou just outside Okondja", country="GA")
    assert (result.status, result.precision, result.name) == ("resolved", "near", "Okondja")
