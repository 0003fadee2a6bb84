"""Place classes of the lead of session 25."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        ("in and around Kupiansk", "UA", "Kupyansk"),
        ("in and around the town of Kupiansk", "UA", "Kupyansk"),
    ],
)
def test_in_and_around_a_town_is_near_it(text, hint, name):
    # "in and around X": X and its surroundings, not a place called "and around X".
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == "near"


def test_in_and_around_an_unknown_place_of_a_country_is_the_country():
    result = geocode_place("in and around northern Mali’s Tin Zaouatene", country="ML")
    assert result.status == "resolved"
    assert result.precision == "country"
    assert result.coarsened


@pytest.mark.parametrize(
    "text",
    [
        # The adjective first ("пропускной пункт «X»"), in the genitive after "с".
        "с пропускного пункта «Жибек жолы»",
        "пропускной пункт «Жибек Жолы»",
    ],
)
def test_russian_checkpoint_with_the_adjective_first_is_the_crossing(text):
    result = geocode_place(text, country="KZ")
    assert result.status == "resolved"
    assert result.name == "Zhibek Zholy–Gisht Kuprik"


@pytest.mark.parametrize("hint", ["BO", None])
def test_a_place_on_the_named_side_is_looked_up_in_that_country(hint):
    # Not Puerto Bermejo in Argentina, 750 km from the Argentina–Bolivia line.
    result = geocode_place("la ciudad de Bermejo, del lado boliviano", country=hint)
    assert result.status == "resolved"
    assert (result.name, result.country) == ("Bermejo", "BO")


def test_a_place_the_text_puts_on_the_other_side_is_taken_by_the_line():
    # Since round 26p: the text names the side, and Bermejo lies on the line; a place
    # of the other side the text does not put there is still refused (test_round26p).
    result = geocode_place("la ciudad de Bermejo, del lado boliviano", country="AR")
    assert (result.status, result.name, result.country) == ("resolved", "Bermejo", "BO")
    assert "across from AR" in (result.note or "")


@pytest.mark.parametrize("text", ["near Agwan village of Gurdaspur", "Agwan village of Gurdaspur"])
def test_an_unknown_village_of_a_district_seat_is_the_district(text):
    # "X village of Y", X unknown: Y's district holds it, not the town Y's point.
    result = geocode_place(text, country="IN")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.coarsened


def test_a_described_village_of_a_town_is_still_the_town():
    result = geocode_place("the Bedouin village of Bir Hadaj", country="IL")
    assert (result.name, result.precision) == ("Bir Hadaj", "settlement")
