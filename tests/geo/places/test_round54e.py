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


def test_a_binational_border_centre_of_a_town_is_its_crossing() -> None:
    # "Centro" began a compass reading ("the centre of ..."), so the post's long name was
    # read as a part of an unknown place; "de Atención de Frontera" was not a post word.
    for text in (
        "el Centro Binacional de Atención de Frontera de Huaquillas",
        "Centro Binacional de Atención Fronteriza (CEBAF) de Huaquillas",
    ):
        result = geocode_place(text, country="EC")
        assert (result.status, result.name) == ("resolved", "Huaquillas–Aguas Verdes"), text


def test_a_binational_border_centre_of_a_province_capital_is_placed() -> None:
    # Tumbes names no crossing; the post is near the town, and no longer unresolved.
    result = geocode_place(
        "el Centro Binacional de Atención en Frontera (CEBAF) de Tumbes", country="PE"
    )
    assert (result.status, result.admin1_code) == ("resolved", "PE-TUM")


def test_the_romance_centre_of_a_place_is_still_that_place() -> None:
    assert geocode_place("el centro de Colombia", country="CO").country == "CO"
    result = geocode_place("no centro de Roraima", country="BR")
    assert (result.status, result.admin1_code) == ("resolved", "BR-RR")
