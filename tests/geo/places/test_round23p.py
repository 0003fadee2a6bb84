"""Place classes of round 23p, found on ``blind42`` and ``events16``."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "hint", "name", "precision"),
    [
        # "a border area in X": X's land by the border, which the data has no shape
        # of; X answers, as "the border area of X" does, never the line's stretch cut
        # by X's circle (which runs through its neighbours too).
        ("a border area in Tarn Taran district", "IN", "Tarn Taran", "district"),
        ("the border areas in Kathua district", "IN", "Kathua", "district"),
        ("border area in Sumy Oblast", "UA", "Sumy", "region"),
    ],
)
def test_a_border_area_in_a_unit_is_the_unit(text, hint, name, precision):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.precision == precision
    assert name in (result.name or "")


def test_the_border_line_in_a_unit_stays_its_stretch():
    # Without the area word the text names the line: its stretch in the unit.
    result = geocode_place("the border in Kathua district", country="IN")
    assert result.status == "resolved"
    assert result.precision == "border"


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # A town 41 km from the line does not say where along it an outpost lies; in
        # Bangladesh a bare name is the district's: the district of the name answers.
        ("the Kalupur border in Naogaon", "BD"),
        ("on the Bangladesh-India border in Naogaon", "BD"),
    ],
)
def test_a_border_in_a_town_far_from_the_line_is_the_land_around_it(text, hint):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == "Naogaon"
    assert result.coarsened


def test_a_border_in_a_town_by_the_line_stays_its_stretch():
    result = geocode_place("the border in Medyka", country="PL")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert "Medyka" in (result.name or "")


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        # "-цьк-" of a hromada's adjective is the seat's "k" turned "ts" (Великий Бурлук
        # → великобурлуцька, a masculine compound) ...
        ("Великобурлуцька громада", "Velykyi Burluk"),
        ("біля села Шипувате Великобурлуцької громади", "Velykyi Burluk"),
    ],
)
def test_a_hromada_adjective_with_ts_is_read_back_to_its_seat(text, seat):
    result = geocode_place(text, country="UA")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == seat


def test_a_village_far_from_every_seat_a_hromada_adjective_may_name_is_not_taken():
    # ... or the seat's own "t" ("Вільхуватка" → вільхуватська): three villages bear
    # the name, none stands out, so the unit is not read; a namesake of the village
    # the text puts in it, 600 km from all three (in Crimea), is not the place.
    result = geocode_place("біля с. Курганне Вільхуватської громади", country="UA")
    assert result.status != "resolved"


@pytest.mark.parametrize(
    ("text", "hint", "unit"),
    [
        # A run of words, then a district adjective and the unit word: the adjective
        # just before the unit word names the unit, the words before it say where in it
        # (unknown here: the unit answers), descriptive adjectives after it are no names.
        ("на дороге между Локтем и Обестой Рыльского района", "RU", "Ryl’skiy Rayon"),
        ("на трассе у поворота Хомутовского района", "RU", "Khomutovskiy Rayon"),
        ("в селе Бегоща приграничного Рыльского района", "RU", "Ryl’skiy Rayon"),
        ("у селі Баничі Глухівської міської територіальної громади", "UA", "Hlukhiv"),
    ],
)
def test_a_unit_is_named_by_the_adjective_before_its_word(text, hint, unit):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == unit


@pytest.mark.parametrize(
    ("text", "crossing"),
    [
        # German names a bridge or crossing by its town's adjective in "-er": the
        # crossing at that town, the one of the namesakes that has one.
        ("an der Kehler Europabrücke", "Kehl–Strasbourg"),
        ("über die Görlitzer Altstadtbrücke", "Görlitz–Zgorzelec"),
        ("vor der Frankfurter Stadtbrücke", "Frankfurt (Oder)–Słubice"),
    ],
)
def test_a_german_town_adjective_names_the_crossing_at_the_town(text, crossing):
    result = geocode_place(text, country="DE")
    assert result.status == "resolved"
    assert result.name == crossing


def test_a_german_town_adjective_before_another_word_is_no_crossing():
    result = geocode_place("an der Frankfurter Allee", country="DE")
    assert result.status != "resolved" or result.precision not in ("exact", "settlement")


@pytest.mark.parametrize(
    ("text", "district"),
    [
        # A compass word opens many district names ("Uttar Dinajpur", "Paschim
        # Champaran"); in Devanagari the two words sound as the one district.
        ("उत्तर दिनाजपुर", "Uttar Dinajpur"),
        ("दक्षिण दिनाजपुर जिले के एक गांव में", "Dakshin Dinajpur"),
    ],
)
def test_a_devanagari_district_name_opened_by_a_compass_word(text, district):
    result = geocode_place(text, country="IN")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == district


@pytest.mark.parametrize("text", ["на кордоні зі Словаччиною", "біля кордону із Словаччиною"])
def test_the_border_with_a_country_after_the_long_form_of_with(text):
    # "зі", "із": "with" before a consonant cluster; Словаччина ends as a region's
    # "-щина" does, but "the border with X" is the border, not X's border area.
    result = geocode_place(text, country="UA")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name == "Slovakia–Ukraine border"
