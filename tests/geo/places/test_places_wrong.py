"""Bare names that must never become a wrong place (issue 11), on the shipped gazetteer.

Each phrase is written as reporters write it, with no ``--country``: where the
evidence is weak the answer is ambiguous or unresolved, never a far-away place.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("Arizona", "US-AZ"), ("Sonora", "MX-SON"), ("Texas", "US-TX")],
)
def test_a_regions_own_name_beats_small_towns_elsewhere(phrase: str, code: str) -> None:
    result = geocode_place(phrase)
    assert result.status == "resolved"
    assert (result.precision, result.admin1_code) == ("region", code)


def test_a_hint_still_finds_the_town() -> None:
    result = geocode_place("Arizona", country="HN")
    assert (result.status, result.precision, result.country) == ("resolved", "settlement", "HN")


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("Daugavpils", "LV"),
        ("Minsk", "BY"),
        ("Kherson", "UA"),
        ("Kiev", "UA"),
        ("Chihuahua", "MX"),
    ],
)
def test_a_province_and_its_capital_city_stay_the_city(phrase: str, country: str) -> None:
    result = geocode_place(phrase)
    assert (result.status, result.precision, result.country) == ("resolved", "settlement", country)


@pytest.mark.parametrize(("phrase", "code"), [("Si Sa Ket", "TH-33"), ("Sa Kaeo", "TH-27")])
def test_a_large_province_named_like_its_small_town_is_the_province(phrase, code) -> None:
    # Reporters use the bare name for both; the province holds the town, so it is the
    # reading that cannot be wrong.  Said in the note.
    result = geocode_place(phrase)
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", code)
    assert "small capital" in result.note


def test_a_name_every_place_bears_only_as_a_variant_is_ambiguous() -> None:
    # "Kashmir" is not Cashmere, Washington.
    result = geocode_place("Kashmir")
    assert result.status == "ambiguous"
    assert {c.admin1_code for c in result.candidates} >= {"IN-JK", "PK-JK"}


def test_a_region_and_a_city_elsewhere_are_ambiguous() -> None:
    assert geocode_place("Victoria").status == "ambiguous"


@pytest.mark.parametrize("phrase", ["Horgoš", "Horgos"])
def test_a_variant_name_of_a_far_town_is_not_the_border_village(phrase: str) -> None:
    result = geocode_place(phrase)
    assert result.status != "resolved"
    # The Serbian village itself since it is in the data (villages.tsv, session 38); the
    # crossing beside it before.
    assert any(c.name == "Horgoš" and c.country == "RS" for c in result.candidates)


@pytest.mark.parametrize(
    ("phrase", "country"),
    [("Blaine", None), ("Blaine", "US"), ("Hrebenne", "PL")],
)
def test_a_town_far_from_the_crossing_of_its_name_is_not_chosen(
    phrase: str, country: str | None
) -> None:
    assert geocode_place(phrase, country=country).status == "ambiguous"


def test_the_far_matamoros_is_not_chosen() -> None:
    # Matamoros of Coahuila lies 576 km from the crossing of the name; the city by it
    # is Heroica Matamoros, "Matamoros" in the press (round 23q).
    result = geocode_place("Matamoros", country="MX")
    assert result.admin1_code != "MX-COA"


def test_an_apostrophe_inside_a_name_is_not_a_turkish_ending() -> None:
    # Dar'a (Daraa, Syria), not Dar in Cambodia: ambiguous with the Ramtha–Daraa crossing.
    assert geocode_place("Dar'a").country == "SY"
    assert geocode_place("Kilis’te").name == "Kilis"


def test_a_city_keeps_its_name_over_its_own_crossing_nearby() -> None:
    # The Simón Bolívar Bridge (12 km away) lists Cúcuta as a variant name.
    result = geocode_place("Cucuta, Colombia")
    assert (result.status, result.name) == ("resolved", "Cúcuta")


def test_an_answer_outside_the_event_country_is_never_taken():
    # The last guard of geocode_place, for any path a rule overlooks (it caught "Emerson,
    # Man." read as the Isle of Man before press abbreviations were read): an answer
    # outside the hint is refused, with the reason and the refused answer.
    from bordermap.geo.places.geocoder import _held_to_the_hint
    from bordermap.geo.places.result import PlaceResult

    isle = PlaceResult(
        "Emerson, Man", "resolved", "Isle of Man", "IM", None, 54.2, -4.5, "country"
    )
    explain: list[str] = []
    result = _held_to_the_hint(isle, ("CA",), explain)
    assert result.status == "unresolved"
    assert "outside the event's country CA" in result.note
    assert [c.country for c in result.candidates] == ["IM"]
    assert explain and explain[0].startswith("refused:")
    assert _held_to_the_hint(isle, ("IM",), None) is isle
    assert _held_to_the_hint(isle, (), None) is isle


def test_a_border_or_side_of_the_event_country_is_not_outside_it():
    side = geocode_place("the Belarusian side", country="LV")
    assert (side.status, side.precision, side.country) == ("resolved", "border", "BY")
