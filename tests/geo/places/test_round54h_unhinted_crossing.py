"""A crossing of the tables named inside a text that has no event country (session 54,
round h): its own row says which two countries it joins, so a crossing word beside or
joined to its name is enough; a town's name alone is not."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        # The Mohan and Boten checkpoints, each with the Thai "ด่าน" joined to its name.
        "ด่านโม่ฮ่าน – ด่านบ่อเต็น",
        "ด่านบ่อเต็น",
    ],
)
def test_a_thai_checkpoint_word_names_the_crossing_without_a_country(text):
    result = geocode_place(text)
    assert result.status == "resolved"
    assert result.name == "Boten–Mohan"


def test_a_crossing_name_without_a_crossing_word_stays_unread_without_a_country():
    # "Mohan" is also a given name: with no crossing word and no country, nothing.
    assert geocode_place("the road to Mohan").status == "unresolved"


# --- a spot far out at sea off a place, with no event country ---


@pytest.mark.parametrize(
    "text",
    [
        # The sea area some 80 km east of Cape Sōya, Wakkanai city.
        "稚内市の宗谷岬から東におよそ80キロ離れた海域",
        # At sea 70-80 km east of Nemuro city.
        "根室市の東70〜80キロ・メートルの海上",
    ],
)
def test_a_spot_far_off_a_place_is_its_country_without_an_event_country(text):
    result = geocode_place(text)
    assert result.status == "resolved"
    assert result.precision == "country"
    assert result.country == "JP"
    assert result.coarsened


def test_a_spot_close_off_a_place_is_not_the_place_without_an_event_country():
    # 5 km out is within the town's reach: the country is not forced, and the town
    # itself is never read alone from a text with no country.
    assert geocode_place("根室市の東5キロの海上").status == "unresolved"


def test_a_country_the_text_names_leaves_the_crossing_to_the_readings_that_weigh_it():
    # "The Iraqi al-Haditha post": al-Haditha is on the Jordan–Saudi border, and the
    # Iraqi adjective says the text means another post; the name alone is not taken.
    assert geocode_place("منفذ الحديثة العراقي").name != "Al-Omari–Al-Haditha"
    assert geocode_place("منفذ الحديثة").name == "Al-Omari–Al-Haditha"
