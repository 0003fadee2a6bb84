"""Place classes of round29r (session 29): blind56, blind57, events29 and events30."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        "у с.Тетянівка Шевченківської громади",
        "Шевченківської громади",
        "Шевченківська громада",
    ],
)
def test_a_hromada_name_many_seats_share_is_not_a_unit_spelled_alike(text):
    # Shevchenkove (Kharkiv, Mykolaiv, Odesa...) and Shevchenko seat hromadas that are
    # all "Шевченківська" (the "і" closes Shevchenkove's "о"): the name alone says none,
    # and Kyiv's Shevchenkivskyi raion, 488 km from the one meant, is another unit.
    result = geocode_place(text, country="UA")
    assert result.status in ("ambiguous", "unresolved")


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("Краснопільської громади", "Krasnopillya"),
        ("Семенівської громади", "Semenivka"),
    ],
)
def test_a_hromada_of_one_likely_seat_is_still_that_seat(text, seat):
    result = geocode_place(text, country="UA")
    assert (result.status, result.name, result.precision) == ("resolved", seat, "district")


@pytest.mark.parametrize(
    ("text", "stretch"),
    [
        ("la alambrada de Melilla", "Melilla"),
        ("las alambradas de Ceuta", "Ceuta"),
        ("la verja de Melilla", "Melilla"),
        ("the Melilla fence", "Melilla"),
        ("the fence at Ceuta", "Ceuta"),
    ],
)
def test_the_fence_of_a_place_is_its_border_there(text, stretch):
    # "la valla de Melilla" was the border already; its other words were the town.
    result = geocode_place(text, country="ES")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name.startswith("Spain–Morocco border")
    assert stretch in result.name


@pytest.mark.parametrize(
    ("text", "country", "crossing"),
    [
        ("прикордонний перехід Хабур", "IQ", "Habur–Ibrahim Khalil"),
        ("через прикордонний перехід Ягодин", "UA", "Dorohusk–Yahodyn"),
        ("al posto di frontiera di ponte San Luigi", "FR", "Ventimiglia–Menton"),
        ("al valico di Chiasso", "IT", "Chiasso–Ponte Chiasso"),
        ("a röszkei autópálya-határátkelőhely belépő oldalán", "HU", "Röszke–Horgoš"),
        ("a záhonyi határátkelő kilépő oldalán", "HU", "Záhony–Chop"),
        ("المعبر الحدودي برأس الجدير", "TN", "Ras Ajdir"),
        ("المعبر الحدودي رأس الجدير", "TN", "Ras Ajdir"),
        (
            "el puente Córdoba-Américas (conocido como puente Libre)",
            "MX",
            "Bridge of the Americas",
        ),
    ],
)
def test_a_crossing_written_with_its_languages_crossing_words(text, country, crossing):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == crossing


def test_italian_al_is_still_an_arabic_article_before_a_name():
    result = geocode_place("Al Qaim", country="IQ")
    assert result.status == "resolved"
    assert result.country == "IQ"


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("near the Lebanese village of Kfar Chouba", "near"),
        ("Kfar Chouba", "settlement"),
    ],
)
def test_a_levantine_name_in_french_transcription(text, precision):
    # French writes "ش" as "ch", English and GeoNames as "sh": Kfar Shouba.
    result = geocode_place(text, country="LB")
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Kfar Shouba",
        precision,
    )


def test_french_ch_is_read_so_only_where_french_spells_the_names():
    assert geocode_place("Kfar Chouba", country="IL").status == "unresolved"


@pytest.mark.parametrize(
    ("text", "country", "crossing"),
    [
        (
            "the trade crossing between Mae Sot on the Thai side and Myawaddy on the Burma side",
            "TH",
            "Mae Sot–Myawaddy",
        ),
        ("the trade crossing between Mae Sot and Myawaddy", "TH", "Mae Sot–Myawaddy"),
        (
            "the border crossing between Narva on the Estonian side and Ivangorod on the "
            "Russian side",
            "EE",
            "Narva–Ivangorod",
        ),
    ],
)
def test_a_crossing_between_two_towns_each_on_its_side(text, country, crossing):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == crossing


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        ("i varchi con l’Italia", "SM", "Italy–San Marino border"),
        ("i valichi con la Svizzera", "IT", "Switzerland–Italy border"),
    ],
)
def test_a_countrys_crossings_with_another_in_the_plural_are_that_border(text, country, border):
    # Italian "varco", "valico" (a crossing) in the plural, with the other country.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.name) == ("resolved", "border", border)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("rond-point Beaverbrook de Cap-d'Ail", "Cap-d'Ail"),
        ("le rond-point Beaverbrook de Menton", "Menton"),
    ],
)
def test_a_street_of_a_town_is_in_that_town(text, town):
    # "rond-point X de <town>": the roundabout's own name is unknown; its town is not.
    result = geocode_place(text, country="FR")
    assert (result.status, result.name) == ("resolved", town)
