"""Place-resolution classes of session 26's round r (blind50 and events24 seen)."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place


def test_a_crossing_named_after_its_municipality_is_the_crossing():
    # Finnish "Virolahdella, Vaalimaan raja-asemalla": in Virolahti, at the Vaalimaa
    # border station; the crossing 12 km from the municipality's point is the place.
    result = geocode_place("Virolahdella, Vaalimaan raja-asemalla", country="FI")
    assert (result.status, result.name, result.precision) == ("resolved", "Vaalimaa", "exact")


def test_a_name_in_parentheses_after_a_river_is_the_rivers_other_name():
    # Bulgarian "the border zone of the river Evros (Maritsa)": Maritsa is the river's
    # Bulgarian name, never the Greek village Maritsá holding the river.
    result = geocode_place("граничната зона на река Еврос (Марица)", country="GR")
    assert result.name != "Maritsá"
    assert (result.status, result.precision) == ("resolved", "border")


def test_a_numbered_bridge_is_not_the_towns_unnumbered_crossing():
    # Thai "the Mae Sot-Myawaddy crossing 2, Thai-Myanmar Friendship Bridge No. 2": the
    # table's Mae Sot crossing is the first bridge; the second is another place.
    text = "ด่านพรมแดนแม่สอด-เมียวดี 2 สะพานมิตรภาพไทย-เมียนมา แห่งที่ 2"
    assert geocode_place(text, country="TH").status != "resolved"
    unnumbered = geocode_place("ด่านพรมแดนแม่สอด-เมียวดี", country="TH")
    assert (unnumbered.status, unnumbered.name) == ("resolved", "Mae Sot–Myawaddy")


def test_thai_area_words_before_a_unit_word_leave_the_unit():
    # "ในพื้นที่อำเภอพนมดงรัก" (in the area of Phanom Dong Rak district): the district.
    result = geocode_place("ในพื้นที่อำเภอพนมดงรัก", country="TH")
    assert (result.status, result.precision) == ("resolved", "district")
    assert result.name == "Amphoe Phanom Dong Rak"
