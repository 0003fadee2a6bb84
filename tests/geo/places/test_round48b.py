"""Place classes of round 48b: one Chinese or Japanese character parted from a longer
text is never a place's name, and "between" written after the two names (Tamil, Hindi,
Korean, Chinese, Japanese) keeps a point from standing for what lies between."""

from __future__ import annotations

import pytest

from bordermap.geo.places.cjk_words import is_one_cjk_character
from bordermap.geo.places.dashed_town_pair import crossing_of_a_dashed_pair
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.head_final_between import says_between
from bordermap.geo.places.korean_bearings import measured_from_a_korean_place


@pytest.mark.parametrize(
    ("text", "one"), [("東", True), ("沖", True), ("猿払", False), ("A", False)]
)
def test_one_cjk_character(text, one):
    assert is_one_cjk_character(text) is one


def test_a_bearing_character_after_a_distance_is_no_village():
    # "東" (east) is also a variant name of Higashi, a village of Okinawa: 63 km east of
    # Cape Sōya is in Hokkaido, never Okinawa.
    result = geocode_place("宗谷岬から約63㌔東、猿払沖の日本の排他的経済水域", country="JP")
    assert result.admin1_code != "JP-47"
    assert geocode_place("宗谷岬から約63㌔東", country="JP").admin1_code != "JP-47"


def test_one_character_alone_is_still_looked_up():
    # Only a character parted from a longer text is refused, not a whole query.
    assert geocode_place("東", country="JP").status == "resolved"


@pytest.mark.parametrize(
    "text",
    [
        "கச்சத்தீவு மற்றும் நெடுந்தீவுக்கு இடையே",
        "अटारी और वाघा के बीच",
        "연평도와 소청도 사이",
        "丹东和新义州之间",
        "与那国島と台湾の間",
    ],
)
def test_between_after_the_names(text):
    assert says_between(text)


@pytest.mark.parametrize("text", ["கச்சத்தீவு அருகே", "बीचों", "사이렌", "near Kastanies"])
def test_no_between(text):
    assert not says_between(text)


def test_between_an_island_and_another_is_not_near_the_first():
    # Tamil "between Katchatheevu and Neduntheevu": the first island alone is not it.
    result = geocode_place("கச்சத்தீவு மற்றும் நெடுந்தீவுக்கு இடையே", country="LK")
    assert not (result.status == "resolved" and result.name == "Kachchatheevu")


@pytest.mark.parametrize(
    ("text", "at_least_km"),
    [("독도에서 23km 떨어진 공해상", 23), ("독도에서 15마일가량 떨어진 공해상", 24)],
)
def test_a_korean_distance_from_a_place_without_a_bearing(text, at_least_km):
    # "on the high seas N km from Dokdo": near the islets, widened by the distance.
    result = geocode_place(text)
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Liancourt Rocks",
        "near",
    )
    assert result.uncertainty_km >= at_least_km


def test_several_korean_distances_and_a_sea_joined_to_the_island():
    # "서해연평도" (Yeonpyeong in the West Sea), two boats 12 and 6 miles west of it: the
    # farther distance bounds them; the island's region, never the sea or the mainland.
    result = geocode_place("서해연평도 서쪽 12마일, 6마일 해상", country="KR")
    assert (result.status, result.admin1_code) == ("resolved", "KR-28")


def test_a_korean_distance_without_from_or_a_bearing_is_not_read():
    assert measured_from_a_korean_place("독도 23km", (), lambda t, h: geocode_place(t)) is None


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        ("丹東-新義州", None, "Sino-Korean Friendship Bridge"),
        ("Замын-Үүд-Эрээн авто замын боомтоор", "MN", "Erenhot–Zamyn-Üüd"),
    ],
)
def test_a_crossing_named_by_its_dashed_pair_of_towns(text, hint, name):
    # The table lists "Dandong-Sinuiju"; the pair in Chinese or Mongolian Cyrillic is
    # two towns GeoNames knows on the two sides, joined by a dash.
    result = geocode_place(text, country=hint)
    assert (result.status, result.name, result.country) == ("resolved", name, None)


def test_a_dashed_pair_with_other_words_is_not_its_crossing():
    # A pair then a word that is no port's ("the border") is not read as the crossing.
    assert crossing_of_a_dashed_pair("丹東-新義州 边境", (), lambda t, h: geocode_place(t)) is None
    # Two towns of one country are no crossing's pair.
    assert crossing_of_a_dashed_pair("丹東-瀋陽", (), lambda t, h: geocode_place(t)) is None


def test_the_events_side_of_a_sea_border():
    text = "the Solomon Islands side of the common border with Papuan New Guinea"
    result = geocode_place(text, country="SB")
    assert (result.status, result.name, result.coarsened) == ("resolved", "Solomon Islands", True)
    # The other side is not the event's: no answer.
    side = "the Papua New Guinea side of the border with the Solomon Islands"
    assert geocode_place(side, country="SB").status == "unresolved"


def test_finnish_and_estonian_between_after_keep_their_own_readings():
    # "on the bridge between Narva and Ivangorod": the bridge at Narva, as before.
    result = geocode_place("Narva ja Jaanilinna vahelisel sillal", country="EE")
    assert (result.status, result.name) == ("resolved", "Narva")


def test_a_latin_pair_the_table_lacks_is_read_once():
    # Two towns of two countries whose pair the table lacks: the pair of their names is
    # looked up once, not read as a pair again without end (a RecursionError before).
    assert geocode_place("Tallinn-Moskva").status == "unresolved"
    assert geocode_place("Tartu-Pskov").status == "unresolved"
