"""Session 16, the lead's place classes: Russian raions drawn at their seats, and a
district drawn as a circle holding only what lies within its reach.

Our own phrases (Prokhorovsky and Chernyansky districts, Belgorod oblast); the field
sets' rows these classes were found on are other districts and villages.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        # Named by an adjective of a seat ending in -ka: Prokhorovka, Chernyanka.
        ("в Прохоровском районе", (51.036, 36.731)),
        ("Chernyansky District", (50.938, 37.815)),
    ],
)
def test_a_raion_named_after_its_seat_is_drawn_there(text: str, seat) -> None:
    result = geocode_place(text, country="RU")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.lat == pytest.approx(seat[0], abs=0.01)
    assert result.lon == pytest.approx(seat[1], abs=0.01)


@pytest.mark.parametrize(
    "text",
    [
        "в селе Борисовка Прохоровского района",
        # The district first, then the village: the same reading.
        "В Прохоровском районе в селе Борисовка",
    ],
)
def test_a_village_outside_the_districts_reach_is_not_it(text: str) -> None:
    # Borisovka, the seat of the next district, lies some 70 km from Prokhorovka: the
    # village of the report is another, which the data lacks; the district answers.
    result = geocode_place(text, country="RU")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == "Prokhorovskiy Rayon"
    assert result.coarsened


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("el paso fronterizo por Zulia y La Guajira", "VE-V"),
        ("el paso fronterizo por Apure y Arauca", "VE-C"),
    ],
)
def test_a_crossing_named_by_a_region_on_each_side_is_their_border(text, region) -> None:
    # A region of the event's country and one of the neighbour's: their border, in the
    # event's region, not the event's region alone (a finer place than the text names).
    result = geocode_place(text, country="VE")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.admin1_code == region
    assert "Colombia–Venezuela" in (result.name or "")


def test_a_raion_in_the_instrumental_is_the_raion() -> None:
    # "над Прохоровским районом" (over Prokhorovsky district): not "near Prokhorovka".
    result = geocode_place("над Прохоровским районом", country="RU")
    assert (result.status, result.precision, result.name) == (
        "resolved",
        "district",
        "Prokhorovskiy Rayon",
    )


def test_a_village_of_a_district_of_a_state_is_looked_up_in_the_district() -> None:
    # "X village of Y district of Z": the district holds the village; one the data
    # lacks answers the district, flagged (before: nothing, the text read as one name).
    result = geocode_place(
        "near Chak Sharif Kalan village of Gurdaspur district of Punjab", country="IN"
    )
    assert (result.status, result.precision, result.name) == ("resolved", "district", "Gurdaspur")
    assert result.coarsened


def test_a_governorate_with_the_arabic_article_written_otherwise() -> None:
    # "al-Raqqah": the data has "Ar Raqqah" (the article assimilated); a region's name
    # is looked up without its article.
    result = geocode_place("the governorate of al-Raqqah", country="SY")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "SY-RA")


def test_german_adjectives_before_a_unit_word_are_read_off() -> None:
    # "in der südtürkischen Grenzregion Hatay": article and adjectives, then the noun.
    result = geocode_place("in der südtürkischen Grenzregion Hatay", country="TR")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "TR-31")
    # The adjectives of a border are its two countries, and stay.
    border = geocode_place("die russisch-norwegische Grenze", country="NO")
    assert (border.precision, border.name) == ("border", "Norway–Russia border")


def test_a_raion_named_by_a_compound_town_in_the_locative() -> None:
    # "у Володимир-Волинському районі": the town's own name is the adjective
    # (Volodymyr-Volynskyi); no stem and ending rebuilt it, and nothing was answered.
    result = geocode_place("у Володимир-Волинському районі", country="UA")
    assert result.status == "resolved"
    assert result.admin1_code == "UA-07"
    assert result.coarsened


def test_a_border_with_two_regions_of_one_country() -> None:
    # "con Arizona y Nuevo México": two US states stand for the United States, as one
    # does ("the Quebec-New York border").
    result = geocode_place("la frontera de Sonora con Arizona y Nuevo México", country="MX")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "border",
        "MX-SON",
    )


@pytest.mark.parametrize(
    ("text", "country", "region"),
    [("ولاية أريزونا", "US", "US-AZ"), ("في ولاية شرناق", "TR", "TR-73")],
)
def test_a_foreign_region_written_as_it_sounds_in_arabic(text, country, region) -> None:
    # After a province or state word, a region of the event's country by its consonants,
    # as a town is after a town word.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", region)


def test_an_arabic_area_word_does_not_make_a_name() -> None:
    # "منطقة عسكرية": a military zone; "عسكرية" has Sakarya's consonants, and is no name.
    result = geocode_place("منطقة عسكرية قرب الحدود", country="TR")
    assert result.name != "Sakarya"


def test_an_arabic_crossing_the_data_lacks_in_a_region() -> None:
    # "معبر X في Y": the crossing the data lacks, in Y; Y answers, flagged (before, the
    # whole "X في Y" was taken for the crossing's name and nothing was answered).
    result = geocode_place("معبر نوفا في لابلاند", country="FI")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "FI-10")
    assert result.coarsened


def test_a_border_bridge_named_by_its_person_alone() -> None:
    # "el General Artigas": the article stands for the bridge ("el puente"), which the
    # crossings table has on the event's border; a town of the name would come first.
    result = geocode_place("el General Artigas", country="UY")
    assert (result.status, result.name) == ("resolved", "General Artigas Bridge")
    assert geocode_place("el General Artigas", country="PE").status == "unresolved"


@pytest.mark.parametrize(
    "text", ["Laredo Bridge No. 2", "el Puente Internacional 2 de Nuevo Laredo"]
)
def test_a_numbered_bridge_is_its_towns_crossing(text: str) -> None:
    # The table holds the Laredo bridges as one crossing, without their numbers.
    result = geocode_place(text, country="US" if text.startswith("Laredo") else "MX")
    assert (result.status, result.name) == ("resolved", "Laredo–Nuevo Laredo")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the Dinhata area of the India-Bangladesh border", "Bangladesh–India border in Dīnhāta"),
        (
            "the Petrapole area of the Indo-Bangladeshi border in West Bengal",
            "Bangladesh–India border in West Bengal",
        ),
    ],
)
def test_a_places_area_of_a_border_is_the_border_there(text: str, name: str) -> None:
    # "the X area of the A-B border" is the border by X, as "the X stretch of" is; not
    # the town X (a finer place than the text names), nor nothing.
    result = geocode_place(text, country="IN")
    assert (result.status, result.precision, result.name) == ("resolved", "border", name)
