"""Events left unplaced in sets below 90 % (issue 11, session 42, round42e).

Each case is a general shape of the events the resolver could not read although the
data holds the place: a front's "axis" in Arabic, a town across the border after "the
border near", and a place named before a border line's Latin acronym in a Hangul text.
"""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place


def test_an_arabic_axis_is_the_sector_of_the_town_it_faces() -> None:
    found = geocode_place("في محاذاة السياج الحدودي الشائك في محور المطلة", country="LB")
    assert (found.status, found.name, found.precision) == ("resolved", "Metula", "near")
    assert found.country is None  # near Metula (Israel), reaching into Lebanon
    # The Philadelphi axis stays the border line it names.
    corridor = geocode_place("محور فيلادلفيا", country="EG")
    assert corridor.precision == "border"


def test_the_border_near_a_town_across_it_is_that_border() -> None:
    # Session 48 (round48f): the spot on the Israel–Lebanon border by Metula, a circle
    # around the town reaching into Lebanon, as the Arabic axis above; no longer the
    # whole line (the field truths code "the border near X" as near X).
    found = geocode_place("the border fence near Metula", country="LB")
    assert (found.status, found.precision, found.name) == ("resolved", "near", "Metula")
    assert found.country is None


def test_a_place_named_before_a_latin_line_and_a_distance() -> None:
    found = geocode_place("강원 고성군 저진항 동북쪽 NLL 이남 4.6km 해상", country="KR")
    assert (found.status, found.name, found.precision) == (
        "resolved",
        "Goseong-gun",
        "district",
    )
    # The line alone after a place, with no Latin unit after it, is still the line.
    line = geocode_place("연평도 서북방 NLL", country="KR")
    assert line.precision == "border"


def test_a_sector_named_after_a_village_is_the_area_around_it() -> None:
    # No unit is seated at Demchok: the sector is not the whole of Jammu and Kashmir.
    found = geocode_place("Demchok sector", country="IN")
    assert (found.status, found.name, found.precision) == ("resolved", "Demchok", "district")
    assert found.uncertainty_km == 25.0
    assert 32.5 < found.lat < 32.9 and 79.2 < found.lon < 79.7


def test_a_bridge_named_by_the_last_words_of_its_name() -> None:
    # The table's bridge is "Libertador General San Martín Bridge".
    for country in ("AR", "UY"):
        found = geocode_place("el puente San Martín", country=country)
        assert (found.status, found.name) == ("resolved", "Libertador General San Martín Bridge")
    # Without a bridge word the name is the town.
    assert geocode_place("San Martín", country="AR").name == "San Martín"


def test_a_japanese_prefecture_then_its_city() -> None:
    # "県" heads the chain as a province does: the city, not only the prefecture.
    found = geocode_place("秋田県由利本荘市", country="JP")
    assert (found.status, found.name, found.admin1_code) == ("resolved", "Yurihonjō", "JP-05")
    # The prefecture alone is the prefecture.
    assert geocode_place("秋田県", country="JP").precision == "region"
