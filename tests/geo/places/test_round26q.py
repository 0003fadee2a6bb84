"""Place-resolution classes of session 26's round q (blind49 and events23 seen)."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize("text", ["the Kasowal village of Ajnala", "Kasowal village of Ajnala"])
def test_a_village_of_a_town_seating_no_district_is_not_the_town(text):
    # Where units bear their seats' names, "X village of Y" is a village of Y's tehsil
    # or block; Ajnala seats none of the data, so the region holding it, not the town.
    result = geocode_place(text, country="IN")
    assert result.status == "resolved"
    assert (result.precision, result.admin1_code) == ("region", "IN-PB")
    assert result.coarsened


def test_a_village_word_after_a_people_still_names_the_village():
    result = geocode_place("the Bedouin village of Rahat", country="IL")
    assert (result.precision, result.name) == ("settlement", "Rahat")


def test_the_villages_of_a_town_unnamed_stay_by_the_town():
    # Unnamed villages "of" a town: no village of a unit is named, the town answers.
    result = geocode_place("the LoC villages of Tangdhar", country="IN")
    assert (result.precision, result.name) == ("settlement", "Tangdhār")


@pytest.mark.parametrize("text", ["в районі Гремʼяча", "в районі Грем'яча", "біля Гремяча"])
def test_ukrainian_h_of_a_declined_name_is_the_national_romanisation(text):
    # "Гремʼяча" is the genitive of Грем'яч, Hremiach in the national table: "г" is "h".
    result = geocode_place(text, country="UA")
    assert (result.status, result.name) == ("resolved", "Hremiach")
    assert result.precision == "near"


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("the southern city of Nabatiyeh", "LB", "Nabatîyé et Tahta"),
        ("Nabatiyeh", "LB", "Nabatîyé et Tahta"),
        ("In dem israelischen Grenzort Kiriat Schmona", "IL", "Qiryat Shmona"),
        ("Kiriat Schmona", "IL", "Qiryat Shmona"),
    ],
)
def test_a_town_in_another_latin_transliteration(text, country, name):
    # "iyeh" and "ieh", "ia" and "ya", German "sch" and "sh": one name transliterated.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.name) == ("resolved", "settlement", name)


def test_a_name_in_cyrillic_is_not_read_as_a_latin_transliteration():
    # «Медининкай» is the crossing; Varniai, once called Medininkai, is not read alike.
    result = geocode_place("через «Медининкай»", country="LT")
    assert (result.precision, result.name) == ("exact", "Medininkai")


@pytest.mark.parametrize(
    "text", ["Tarn Taran's border area", "the border area of Tarn Taran", "Tarn Taran border area"]
)
def test_the_border_area_of_a_district_is_the_district(text):
    # The district's land along the line, as a region's border area is the region.
    result = geocode_place(text, country="IN")
    assert (result.status, result.precision, result.name) == ("resolved", "district", "Tarn Taran")


def test_the_border_of_a_district_is_still_the_line_there():
    result = geocode_place("the Tarn Taran border", country="IN")
    assert result.precision == "border"


@pytest.mark.parametrize(
    "text",
    ["the Krasnopillia community of the Sumy region", "the Krasnopillia community of Sumy Oblast"],
)
def test_a_community_of_a_region_is_the_community_in_it(text):
    # Not a region named "Krasnopillia community of the Sumy": the hromada in the region.
    result = geocode_place(text, country="UA")
    assert result.status == "resolved"
    assert (result.precision, result.name) == ("district", "Krasnopillya")


def test_an_armenian_community_inside_a_longer_text_is_not_its_village():
    # Outside Ukraine a community is a municipality; "X community" read as a settlement
    # would be finer than the text: the rule is for a hromada only.
    text = "the Sotk mountain pass region of Geghamasar community of Gegharkunik province"
    result = geocode_place(text, country="AM")
    assert result.precision != "settlement"


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Myawaddy gegenüber dem thailändischen Bezirk Mae Sot in Tak", "MM", "Myawaddy"),
        ("Гоптівка навпроти Нехотеєвки", "UA", "Hoptivka"),
    ],
)
def test_a_town_opposite_another_is_the_town(text, country, name):
    # German and Ukrainian "opposite", as "opposite", "frente a", "en face de" are.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.name) == ("resolved", "settlement", name)


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        ("в Уразово Валуйского горокруга", "Urazovo", "settlement"),
        ("в Валуйском горокруге", "Valuyskiy Rayon", "district"),
        ("по Грайворонскому горокругу", "Grayvoronskiy Rayon", "district"),
    ],
)
def test_a_russian_urban_okrug_by_its_short_word(text, name, precision):
    # "горокруг" is the short "городской округ" (urban okrug) of Belgorod's reports.
    result = geocode_place(text, country="RU")
    assert (result.status, result.precision, result.name) == ("resolved", precision, name)
