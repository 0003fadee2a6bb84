"""A place followed by words that describe it rather than restrict it (issue 11, class 1).

"la région de Tillabéri, près de la frontière du Burkina Faso": the whole text finds
nothing, its head does, and the tail agrees (a border beside the head, its country,
or pure description while the event's country bounds the head).  A tail that names
another place refuses the head: the tail never pulls the answer elsewhere.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.phrases import head_and_tails


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("la région de Tillabéri, près de la frontière du Burkina Faso", "NE", "NE-6"),
        ("la région de Tillabéri, près de la frontière du Burkina Faso", None, "NE-6"),
        ("la région de Tillabéry, à l'ouest du pays", "NE", "NE-6"),
        ("la région de Tillabéry, à l'ouest du pays", None, "NE-6"),
        ("la région de Tahoua, frontalière du Mali", "NE", "NE-5"),
        ("la región de Ocotepeque en la frontera guatemalteca", None, "HN-OC"),
        # A district in its region, read through two tails.
        (
            "département de Téra, situé dans la région de Tillabéri dans l'ouest du Niger",
            "NE",
            "NE-6",
        ),
        ("el municipio de Necoclí, en el norte de Colombia", None, "CO-ANT"),
    ],
)
def test_head_of_an_area_with_a_describing_tail(text: str, country: str | None, code: str) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.admin1_code) == ("resolved", code)
    assert "describe" in result.note


@pytest.mark.parametrize("country", ["KP", None])
def test_town_on_its_side_of_a_river(country: str | None) -> None:
    result = geocode_place("Sinuiju on the North Korean side of the river", country=country)
    assert (result.status, result.country, result.precision) == ("resolved", "KP", "settlement")


@pytest.mark.parametrize(
    "text",
    [
        # The tail names another country, and nothing bounds the head.
        "Sinuiju on the South Korean side of the river",
        "la région de Tillabéri, près de la frontière du Cameroun",
        "el municipio de Necoclí, en el norte de Panamá",
        # An unknown container is no description.
        "Nogales, Xqzzyland",
    ],
)
def test_tail_naming_elsewhere_refuses_the_head(text: str) -> None:
    assert geocode_place(text).status == "unresolved"


def test_a_tail_that_resolves_elsewhere_refuses_the_head() -> None:
    # Tillabéri is not in Tahoua region: the tail is found and does not hold the head.
    result = geocode_place("la région de Tillabéri, dans la région de Tahoua", country="NE")
    assert result.status == "unresolved"


def test_cuts_shortest_head_first() -> None:
    assert head_and_tails("Sinuiju on the North Korean side of the river")[0] == (
        "Sinuiju",
        "on the North Korean side of the river",
    )
    cuts = head_and_tails("département de Téra, situé dans la région de Tillabéri")
    assert cuts[0] == ("département de Téra", "la région de Tillabéri")
    assert head_and_tails("la región de Ocotepeque (Honduras)") == [
        ("la región de Ocotepeque", "Honduras")
    ]


def test_a_country_in_parentheses_is_no_abbreviation() -> None:
    # "(LoC)" is an abbreviation to drop; "(Russia)" is a container to keep.
    result = geocode_place("Narva (Russia)")
    assert result.country != "EE"


def test_a_town_opposite_another() -> None:
    result = geocode_place("Myawaddy opposite Mae Sot", country="MM")
    assert (result.status, result.country, result.precision) == ("resolved", "MM", "settlement")


@pytest.mark.parametrize(
    ("text", "code"),
    [("el norte de Colombia", "CO"), ("le nord du Mali", "ML")],
)
def test_a_part_of_a_country_in_romance_words(text: str, code: str) -> None:
    result = geocode_place(text)
    assert (result.status, result.precision, result.country) == ("resolved", "country", code)
