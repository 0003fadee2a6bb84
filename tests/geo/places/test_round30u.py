"""Classes of place round 30u: wordings left measured but not done by rounds 30p-r.

Each test holds one class of wording, on field phrases and our own.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "crossing"),
    [
        # Field phrases (blind49, blind31): before, unresolved as a district of that name.
        ("في منطقة رأس جدير", "TN", "Ras Ajdir"),
        ("بمنطقة دوغارون", "IR", "Islam Qala–Dogharoun"),
        # Our own: the Persian spelling of the word, and Libya's side of Ras Ajdir.
        ("در منطقه دوغارون", "IR", "Islam Qala–Dogharoun"),
        ("منطقة رأس جدير", "LY", "Ras Ajdir"),
    ],
)
def test_the_area_of_a_crossing_is_near_that_crossing(text, country, crossing):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "near"
    assert result.name == crossing


def test_the_area_of_a_town_with_its_own_district_keeps_the_district():
    # Zabol is a town and the seat of its own district: the area is that district.
    result = geocode_place("في منطقة زابل", country="IR")
    assert result.precision == "district"
    assert "Zābol" in (result.name or "")


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        # Before, "terrestre franco" was read as one side ("no land border between the
        # two sides") when the event is Spain's.
        ("la frontière terrestre franco-espagnole", "ES", "Spain–France border"),
        ("la frontera terrestre hispano-marroquí", "MA", "Spain–Morocco border"),
        ("il confine terrestre italo-sloveno", "SI", "Italy–Slovenia border"),
        ("les frontières terrestres franco-belges", "BE", "Belgium–France border"),
        ("a fronteira terrestre luso-espanhola", "ES", "Spain–Portugal border"),
        # Already read, kept: the compass after the word.
        ("la frontière orientale franco-allemande", "DE", "Germany–France border"),
    ],
)
def test_a_land_adjective_after_the_border_word_is_no_side(text, country, border):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name == border


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Before, the second to fourth were answered the land border of the pair, the
        # others unresolved for want of "a land border between the two sides".
        ("la frontière maritime franco-espagnole", "ES"),
        ("la frontière maritime franco-espagnole", "FR"),
        ("la frontera marítima hispano-marroquí", "ES"),
        ("il confine marittimo italo-sloveno", "IT"),
        ("the maritime border with India", "LK"),
    ],
)
def test_a_sea_border_is_never_the_land_line(text, country):
    # Since round31s the event's country answers, coarsened, with the reason.
    result = geocode_place(text, country=country)
    assert result.precision != "border"
    assert result.country in (None, country)
    assert "sea border" in (result.note or "")


def test_a_land_crossing_phrase_with_the_adjective_keeps_its_crossing():
    # "sa frontière terrestre avec le Cameroun (à Kyé-Ossi)" (blind11): the crossing.
    result = geocode_place("sa frontière terrestre avec le Cameroun (à Kyé-Ossi)", country="CM")
    assert result.name == "Kyé-Ossi–Ebebiyín"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("na Batrovcima", "RS"),  # field phrase (blind54), before unresolved
        ("na Batrovcima", "HR"),
        ("u Batrovcima", "RS"),
    ],
)
def test_a_south_slavic_locative_plural_in_ima_is_the_name_in_i(text, country):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == "Bajakovo–Batrovci"


@pytest.mark.parametrize(
    ("text", "country", "town"),
    [("u Vinkovcima", "HR", "Vinkovci"), ("u Hrtkovcima", "RS", "Hrtkovci")],
)
def test_towns_named_in_the_masculine_plural_are_read_back(text, country, town):
    # Before, "u Vinkovcima" was unresolved.
    result = geocode_place(text, country=country)
    assert result.precision == "settlement"
    assert result.name == town


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("mto Songwe", "TZ"),  # before, the Songwe region
        ("kwenye mto Songwe", "TZ"),
        ("mto Songwe", "MW"),
        ("Mto Songwe", "TZ"),  # field phrase (blind35), before unresolved
    ],
)
def test_swahili_mto_names_the_border_river(text, country):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name == "Malawi–Tanzania border (Songwe River)"


def test_a_town_named_with_mto_stays_the_town():
    # "Mto wa Mbu" is a town: a place bearing the whole name is never the river.
    result = geocode_place("Mto wa Mbu", country="TZ")
    assert result.precision == "settlement"
    assert result.name == "Mto wa Mbu"
