"""Round 50w: a border village across the hint keeps a far namesake from being chosen."""

from __future__ import annotations

from bordermap.geo.places.disambiguation import choose
from bordermap.geo.places.gazetteer import VILLAGE, Place
from bordermap.geo.places.geocoder import geocode_place


def _town(ident: int, name: str, country: str, lat: float, lon: float, population=0) -> Place:
    return Place(ident, name, "settlement", country, None, lat, lon, population)


def _village(ident: int, name: str, country: str, lat: float, lon: float) -> Place:
    return Place(ident, name, "settlement", country, None, lat, lon, 0, located=VILLAGE)


FUJIAN = _town(1, "Dongzhang", "CN", 25.71, 119.25)
YANGTSE = _village(2, "Yangtse", "IN", 27.78, 92.02)


def test_a_border_village_across_the_hint_keeps_the_hinted_namesake_from_being_chosen():
    # China and India share a land border: the table village on India's side bears the
    # name as much as the Fujian village does, whose size says nothing of which is meant.
    choice = choose([FUJIAN, YANGTSE], country="CN")
    assert choice.chosen is None
    assert [p.name for p in choice.candidates] == ["Dongzhang", "Yangtse"]
    assert "border village" in choice.reason


def test_a_village_of_a_country_without_a_land_border_with_the_hint_does_not_count():
    # Japan shares no land border with India: the hint decides.
    tokyo_side = _town(3, "Dongzhang", "JP", 35.0, 135.0)
    assert choose([tokyo_side, YANGTSE], country="JP").chosen == tokyo_side


def test_a_hinted_table_village_is_itself_the_border_place():
    own = _village(4, "Dongzhang", "CN", 28.0, 92.0)
    assert choose([own, YANGTSE], country="CN").chosen == own


def test_the_chinese_name_of_the_yangtse_area_is_not_the_fujian_village():
    result = geocode_place("the “Dongzhang” area", country="CN")
    assert result.status == "ambiguous"
    assert {c.name for c in result.candidates} == {"Dongzhang", "Yangtse"}
    # The Indian hint still finds the village alone.
    assert geocode_place("Dongzhang", country="IN").name == "Yangtse"
