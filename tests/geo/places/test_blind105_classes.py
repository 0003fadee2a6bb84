"""Session 50 (round50a): classes of misses found on the blind105 places set."""

from __future__ import annotations

import pytest

from bordermap.geo.places.crossing_name_parts import is_hyphen_fragment, town_parts
from bordermap.geo.places.geocoder import geocode_place

# --- a crossing named by its two ends: a hyphen inside an end joins one name ---------


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Neu-Nagelberg/Halámky", ["Neu-Nagelberg", "Halámky"]),
        ("Сухэ-Батор - Наушки", ["Сухэ-Батор", "Наушки"]),
        ("Vyšné Nemecké–Uzhhorod", ["Vyšné Nemecké", "Uzhhorod"]),
        ("Sukobin-Murićani", ["Sukobin", "Murićani"]),
        ("Kazungula", []),
    ],
)
def test_town_parts_cut_at_the_strongest_mark(name: str, parts: list[str]) -> None:
    assert town_parts(name) == parts


def test_a_hyphen_piece_is_a_fragment_and_an_end_is_not() -> None:
    assert is_hyphen_fragment("Neu-Nagelberg", "Neu")
    assert is_hyphen_fragment("Sukobin-Murićani", "Sukobin")
    assert not is_hyphen_fragment("Neu-Nagelberg/Halámky", "Neu-Nagelberg")
    assert not is_hyphen_fragment("Neu-Nagelberg/Halámky", "Halámky")
    assert not is_hyphen_fragment("Neukirchen-Vluyn", "Neu")


@pytest.mark.parametrize(
    "phrase",
    [
        "am Übergang Neu-Nagelberg/Halámky an der Bundesstraße B2",
        "Übergang Neu-Nagelberg/Halámky",
        "Übergang Neu-Nagelberg",
    ],
)
def test_a_piece_of_a_hyphenated_crossing_name_is_no_far_homonym(phrase: str) -> None:
    # The data has neither end; "Neu" alone is a town in Japan, 9,000 km off, which a
    # report of an Austrian-Czech crossing cannot mean.
    result = geocode_place(phrase)
    assert result.country != "JP"
    assert result.status == "unresolved" or result.country in ("AT", "CZ")


def test_a_crossing_of_two_known_ends_still_answers() -> None:
    result = geocode_place("Grenzübergang Nova Bystrice - Grametten", country="CZ")
    assert result.status == "resolved"
    assert result.country == "CZ"
    assert result.name == "Nová Bystřice"


# --- Swahili "umbali wa kilomita-N kutoka X", and a circle beyond the town's reach --------


def test_swahili_distance_from_a_town_is_not_the_town() -> None:
    phrase = (
        "kituo cha polisi wa utawala cha Arabia kilicho umbali wa kilomita-70 kutoka mjini Mandera"
    )
    result = geocode_place(phrase, country="KE")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "KE-24"
    assert result.coarsened


@pytest.mark.parametrize(
    ("phrase", "hint", "unit"),
    [
        ("70 km from Mandera", "KE", "KE-24"),
        ("kilomita 70 kutoka mji wa Mandera", "KE", "KE-24"),
        ("à 45 km de Danané", "CI", "CI-MG"),
    ],
)
def test_a_far_circle_held_by_the_towns_unit_is_the_unit(
    phrase: str, hint: str, unit: str
) -> None:
    result = geocode_place(phrase, country=hint)
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", unit)
    assert "beyond the town's reach" in (result.note or "")


def test_a_distance_within_the_towns_reach_keeps_the_near_answer() -> None:
    result = geocode_place("umbali wa kilomita 5 kutoka Mandera", country="KE")
    assert result.status == "resolved"
    assert result.precision == "near"
    assert result.name == "Mandera"


def test_a_far_circle_without_the_events_country_keeps_the_circle() -> None:
    # No country to bound the circle by: the unit cannot be said to hold it.
    result = geocode_place("100 km from Mandera")
    assert result.precision == "near"
    assert result.uncertainty_km == pytest.approx(100.0)


# --- an unknown place "outside" / "utanför" a known town is near the town ------------


@pytest.mark.parametrize(
    "phrase", ["vid Lernacken utanför Malmö", "at Lernacken outside Malmö", "utanför Malmö"]
)
def test_an_unknown_place_outside_a_town_is_near_the_town(phrase: str) -> None:
    result = geocode_place(phrase, country="SE")
    assert (result.status, result.precision, result.name) == ("resolved", "near", "Malmö")


def test_an_unknown_place_placed_by_a_town_without_a_near_word_keeps_its_region() -> None:
    result = geocode_place("the Ensawang plantation, Lubok Antu", country="MY")
    assert result.precision == "region"


# --- Portuguese "X no Niassa": the name, in the unit after "no"/"na" -------------------


def test_portuguese_no_before_a_capitalised_unit_is_its_container() -> None:
    result = geocode_place("a fronteira de Mandimba no Niassa", country="MZ")
    assert result.status == "resolved"
    assert result.country == "MZ"
    assert result.admin1_code == "MZ-A"


def test_an_unknown_thing_near_a_town_of_several_namesakes_keeps_the_region() -> None:
    # Three Linns in the United States: "near" which one is not said; the region of the
    # one by the border stands, as before the near word was read.
    result = geocode_place("an Isuzu SUV near Linn", country="US")
    assert (result.status, result.precision, result.name) == ("resolved", "region", "Texas")


def test_an_unknown_place_at_sea_off_a_town_is_not_near_the_town() -> None:
    # A sea reach is no town's near reach: the region of the town stands.
    result = geocode_place("in Pulau Ligitan waters off Semporna", country="MY")
    assert result.precision == "region"
