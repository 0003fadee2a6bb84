"""Session 28: border villages GeoNames ``cities500`` lacks (``data/gazetteer/villages.tsv``).

Field phrases that name such a village find it; a village of unknown size never loses
its name to a namesake far away by population, and a text naming the namesake's
region still finds the namesake.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.disambiguation import choose, stands_out
from bordermap.geo.places.gazetteer import VILLAGE, Place
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.result import PlaceResult

#: A village point is answered within this many degrees of the table's point.
CLOSE = 0.001


def _at(result: PlaceResult, lat: float, lon: float) -> bool:
    return (
        result.status == "resolved"
        and abs(result.lat - lat) < CLOSE
        and abs(result.lon - lon) < CLOSE
    )


@pytest.mark.parametrize(
    ("phrase", "country", "lat", "lon"),
    [
        # blind31 gr-tr-ah002: was Pýthio of Thessaly, 398 km away.
        ("στο Πύθιο", "GR", 41.38083, 26.61067),
        ("بلدة الخيام", "LB", 33.32717, 35.61110),
        ("على بلدة الخيام بقضاء مرجعيون", "LB", 33.32717, 35.61110),
        ("في بلدة الخيام بقضاء مرجعيون جنوبي لبنان", "LB", 33.32717, 35.61110),
        ("near the town of Al-Khiyam in the Marjayoun district", "LB", 33.32717, 35.61110),
        ("بلدة يارون في قضاء بنت جبيل بمحافظة النبطية", "LB", 33.08333, 35.41667),
        ("أطراف بلدة يارون بقضاء بنت جبيل", "LB", 33.08333, 35.41667),
        ("the village of Aygepar", "AM", 40.94194, 45.46222),
        ("Aygepar village", "AM", 40.94194, 45.46222),
        (
            "near Khalra village falling under the Bhikhiwind sub-division of the border "
            "district of Tarn Taran",
            "IN",
            31.39588,
            74.62147,
        ),
        ("В селе Байцуры Борисовского района", "RU", 50.51667, 36.06667),
        ("Село Плехово Суджанского района", "RU", 51.1, 35.33),
        ("Окрестности села Плёхово в Курской области", "RU", 51.1, 35.33),
        ("in Chitral's Arundu village", "PK", 35.31028, 71.54861),
        ("Šķaune", "LV", 56.135, 28.00222),
        ("Golyam Dervent", "BG", 41.98333, 26.75),
        ("Felsőszölnök", "HU", 46.87668, 16.16336),
        ("w Dubiczach Cerkiewnych", "PL", 52.64917, 23.4425),
        ("near the village of Dubice-Cerkev", "PL", 52.64917, 23.4425),
        ("in Yenga town", "SL", 8.49917, -10.33139),
        ("to Koindu, the chiefdom headquarters", "SL", 8.46194, -10.33833),
        ("في رينك", "SS", 11.83, 32.8),
        ("the UN transit centre in Renk", "SS", 11.83, 32.8),
        ("Le village tchadien de Ngouboua", "TD", 13.52667, 14.01722),
        ("στα Μαράσια", "GR", 41.667, 26.467),
        ("near the town of Tin Zaouatine", "DZ", 19.95333, 2.96667),
        ("near Tinzaouatène", "ML", 19.96278, 2.88278),
        ("in a paddy field near Tumbru Bazar in Ghumdhum", "BD", 21.19861, 92.17583),
        ("the port city of Maungdaw", "MM", 20.817, 92.367),
        ("بلدة عيتا الشعب الحدودية في قضاء بنت جبيل", "LB", 33.09722, 35.33444),
        ("the southern Lebanese town of Aita al-Shaab", "LB", 33.09722, 35.33444),
    ],
)
def test_field_phrases_find_the_village(phrase: str, country: str, lat: float, lon: float):
    assert _at(geocode_place(phrase, country=country), lat, lon)


@pytest.mark.parametrize(
    ("phrase", "country", "names"),
    [
        # No event country: the Evros village and the Thessaly town both bear the name.
        ("Pythio", None, {"Pythio", "Pýthio"}),
        ("Arandu", None, {"Arandu"}),
        ("Yarun", None, {"Yaroun", "Yarun"}),
        # The Tovuz village and the town of Aghdam, both in Azerbaijan, neither by size.
        ("Ağdam kəndi", "AZ", {"Ağdam", "Aghdam"}),
    ],
)
def test_a_village_and_a_far_namesake_are_both_named(phrase, country, names):
    result = geocode_place(phrase, country=country)
    assert result.status == "ambiguous"
    assert {c.name for c in result.candidates} == names
    assert len(result.candidates) == 2


@pytest.mark.parametrize(
    ("phrase", "country", "lat", "lon"),
    [
        # The namesake's region or country still finds the namesake.
        ("Pythio, Thessaly", None, 40.06619, 22.23128),
        ("Pythio, Thessaly", "GR", 40.06619, 22.23128),
        ("Arandu, São Paulo", None, -23.13444, -49.05389),
        ("Arandu", "BR", -23.13444, -49.05389),
        ("Yarun", "UA", 50.54672, 27.46291),
        ("Plekhiv", "UA", 49.76613, 32.75906),
        ("Aghdam town", "AZ", 39.99096, 46.92736),
    ],
)
def test_a_text_naming_the_namesakes_area_finds_the_namesake(phrase, country, lat, lon):
    assert _at(geocode_place(phrase, country=country), lat, lon)


def _settlement(ident: int, name: str, lat: float, lon: float, population: int, located=""):
    return Place(ident, name, "settlement", "GR", None, lat, lon, population, ("GR",), located)


def test_a_village_of_unknown_size_is_not_outweighed():
    town = _settlement(1, "Pýthio", 40.06619, 22.23128, 892)
    village = _settlement(2, "Pythio", 41.38083, 26.61067, 0, VILLAGE)
    # A GeoNames town of no recorded population is still outweighed, as before.
    small = _settlement(3, "Pythio", 41.38083, 26.61067, 0)
    assert choose([town, small], key="pythio").chosen is town
    outcome = choose([town, village], key="pythio")
    assert outcome.chosen is None
    assert set(outcome.candidates) == {town, village}
    assert "size is unknown" in outcome.reason
    # Alone in the event's country, the village is answered.
    assert choose([village], country="GR", key="pythio").chosen is village


def test_a_village_nearby_is_the_same_place():
    # A table village within 10 km of a town of its country is that town listed twice.
    town = _settlement(1, "Pythio", 41.38, 26.61, 700)
    village = _settlement(2, "Pythio", 41.38083, 26.61067, 0, VILLAGE)
    assert choose([town, village], key="pythio").chosen is town


def test_a_town_does_not_stand_out_against_a_village():
    town = _settlement(1, "Pýthio", 40.06619, 22.23128, 892)
    village = _settlement(2, "Pythio", 41.38083, 26.61067, 0, VILLAGE)
    chosen = PlaceResult(
        "Pythio", "resolved", name="Pýthio", lat=town.lat, lon=town.lon, precision="settlement"
    )
    assert not stands_out(chosen, [town, village])
    assert stands_out(chosen, [town])


def test_an_arabic_unit_word_with_its_preposition_names_what_follows():
    # "بقضاء" (in the district of) introduces Marjayoun; Khiam before it is no district.
    from bordermap.geo.places.text_runs import caseless_candidates

    words = ("على", "بلدة", "الخيام", "بقضاء", "مرجعيون")
    found = {text: role for _, _, text, role in caseless_candidates(words)}
    assert found["الخيام"] is None
    assert found["مرجعيون"] == "district"


def test_a_town_across_the_border_names_the_border():
    # "Across the Ghumdhum border" of a Myanmar event: the Bangladeshi village lies by
    # the line, so the text names the Bangladesh-Myanmar border (was unresolved).
    result = geocode_place("across the Ghumdhum border", country="MM")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name == "Bangladesh–Myanmar border"
    # A town on no border of the event's country still contradicts it.
    assert geocode_place("the Kabul border", country="FI").status == "unresolved"
