"""Place classes of round 31p, found on the unresolved and ambiguous rows of the newest
place sets (blind49 to blind60) and the unplaced events of events28 to events34."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name", "precision"),
    [
        # Russian and Ukrainian "под"/"під" + a town in the instrumental: near it, and
        # loosely anywhere in the oblast named for it.  A village the data lacks is
        # near the town; a namesake in the town's oblast is the one meant.
        ("Село Отрадное под Белгородом", "RU", "Belgorod", "near"),
        ("селе Отрадное под Белгородом", "RU", "Belgorod", "near"),
        ("поселке городского типа Теткино под Курском", "RU", "Tëtkino", "settlement"),
        ("село Попівка під Сумами", "UA", "Popivka", "settlement"),
    ],
)
def test_a_place_under_a_town_is_near_it_or_in_its_oblast(text, country, name, precision):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert (result.name, result.precision) == (name, precision)


def test_under_before_a_common_noun_is_no_town():
    # "под контролем" (under control): no town follows, so no "near" is read.
    result = geocode_place("село Отрадное под контролем", country="RU")
    assert result.status != "resolved"


@pytest.mark.parametrize(
    "text",
    [
        # A container no region or town bears the name of, which is a district of the
        # event's country (bare, it is that district): after "in", a comma or "'s" it
        # holds the place the data lacks.  The district's region answers, coarsened: the
        # district's circle at its seat may miss a long district's far end.
        "at the Anantapur border in Kurigram",
        "Foobarpur village in Kurigram",
        "Kurigram’s Rajibpur upazila",
        "Foobarpur, Kurigram",
    ],
)
def test_a_district_no_town_is_named_after_holds_what_the_data_lacks(text):
    result = geocode_place(text, country="BD")
    assert result.status == "resolved"
    assert (result.name, result.precision, result.admin1_code) == ("Rangpur", "region", "BD-F")
    assert result.coarsened


def test_a_region_a_container_is_refused_in_stays_refused():
    # "Ladakh" is no district answer: the Line of Actual Control stays the line.
    result = geocode_place("the Line of Actual Control in Ladakh", country="IN")
    assert result.precision == "border"


@pytest.mark.parametrize(
    "text",
    [
        # An Arabic unit word before a unit below admin-1 ("محافظة صور": Tyre is a
        # district): the region holding it, coarsened, as "Tyre governorate" reads;
        # the village the data lacks does not drop the text.
        "محافظة صور",
        "في محافظة صور",
        "بلدة مجدل زون في محافظة صور",
    ],
)
def test_a_unit_word_before_a_unit_below_admin1_is_its_region(text):
    result = geocode_place(text, country="LB")
    assert result.status == "resolved"
    assert (result.name, result.precision) == ("South Lebanon", "region")
    assert result.coarsened


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The bare Russian noun "переход" before a name is the crossing of that name,
        # which a spelling the data lacks then finds ("Валимаа" for Vaalimaa).
        ("на переходе Валимаа", "Vaalimaa"),
        ("переход Валимаа", "Vaalimaa"),
    ],
)
def test_the_bare_russian_word_for_crossing_names_one(text, name):
    result = geocode_place(text, country="FI")
    assert result.status == "resolved"
    assert result.name == name


def test_crossing_the_border_is_no_crossing_named():
    # "переход границы" (the crossing of the border): no name follows the noun.
    result = geocode_place("на переходе границы", country="RU")
    assert result.status != "resolved"
