"""Session 17, the lead's place classes.

Our own phrases; the field rows these classes were found on are other places.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # A town placed from a better-known one by a compass word: it lies that way
        # (40 km, 60 km, 35 km off), not inside the town named after the comma.
        ("Munsan, northwest of Seoul", "KR", "Munsan"),
        ("Hajnówka, south-east of Białystok", "PL", "Hajnówka"),
        ("near Imatra, northeast of Lappeenranta", "FI", "Imatra"),
    ],
)
def test_a_town_in_a_direction_of_another_is_that_town(text, country, name) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name


def test_a_town_the_other_way_is_not_taken_for_the_place() -> None:
    # Munsan lies northwest of Seoul: "southeast of Seoul" names some other place.
    result = geocode_place("Munsan, southeast of Seoul", country="KR")
    assert result.name != "Munsan"


def test_a_devanagari_district_whose_table_name_carries_its_unit_word() -> None:
    # "झुंझुनू जिले में" (in Jhunjhunu district): the table names the unit "Jhunjhunu
    # District"; its consonants found it, and then that name was looked up as a key.
    result = geocode_place("झुंझुनू जिले में", country="IN")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == "Jhunjhunu District"


@pytest.mark.parametrize("text", ["la garita de Nogales", "en el puerto de entrada de Nogales"])
def test_a_mexican_port_of_entry_is_the_crossing(text) -> None:
    # "garita" and "puerto de entrada": the ports of entry on the United States border.
    result = geocode_place(text, country="MX")
    assert result.status == "resolved"
    assert result.precision == "exact"
    assert result.name == "Nogales–Morley Gate"


@pytest.mark.parametrize("text", ["في سبتة", "Sebta"])
def test_ceuta_by_its_arabic_and_moroccan_names(text) -> None:
    # Not Sabiote (Jaén), whose consonants the Arabic name also has.
    result = geocode_place(text, country="ES")
    assert result.status == "resolved"
    assert result.admin1_code == "ES-CE"


def test_a_crossing_named_by_its_ends_one_spelled_otherwise() -> None:
    # "Promahon" is how Bulgarian reporting spells Promachonas: Kulata names the
    # crossing, and the other end opens as the crossing's other end does.
    result = geocode_place("the Promahon-Kulata crossing", country="GR")
    assert result.status == "resolved"
    assert result.name == "Kulata–Promachonas"


def test_a_crossing_named_by_an_end_and_a_town_elsewhere_is_not_taken() -> None:
    # Sofia is a place of its own, not a spelling of Promachonas.
    result = geocode_place("Kulata-Sofia border crossing", country="BG")
    assert result.name != "Kulata–Promachonas"


def test_the_bulgarian_checkpoint_abbreviation_joined_by_a_hyphen() -> None:
    # "край ГКПП-Кулата": near the border checkpoint (ГКПП) Kulata.
    result = geocode_place("край ГКПП-Кулата", country="BG")
    assert result.status == "resolved"
    assert result.name == "Kulata–Promachonas"


def test_a_border_complex_is_the_crossing() -> None:
    # English for the Andean "complejo fronterizo": the crossing's buildings.
    result = geocode_place("the Pisiga Border Complex", country="BO")
    assert result.status == "resolved"
    assert result.name == "Colchane–Pisiga"


@pytest.mark.parametrize(
    "text",
    [
        # Thai writes no spaces: checkpoint + border + the town ...
        "ด่านพรมแดนแม่สอด",
        # ... and "the opening of the permanent crossing Mae Sot, the 2nd (bridge)".
        "การเปิดจุดผ่านแดนถาวรแม่สอดแห่งที่ 2",
    ],
)
def test_thai_crossing_words_stacked_before_the_town(text) -> None:
    result = geocode_place(text, country="TH")
    assert result.status == "resolved"
    assert result.name == "Mae Sot–Myawaddy"


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        # A crossing named by its two countries, unnamed: their border.
        ("at a Polish-Belarusian checkpoint", "PL", "Belarus–Poland border"),
        # Hindi "बॉर्डर" (the English word) after the two countries: on their border.
        ("भारत-नेपाल बॉर्डर पर", "IN", "India–Nepal border"),
        # "either" and "each" are no side's name.
        ("on each side of the Polish-Belarusian border", "PL", "Belarus–Poland border"),
    ],
)
def test_a_border_named_with_a_crossing_word_or_no_one_side(text, country, border) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name == border


def test_a_crossing_of_two_countries_in_a_named_town_is_still_the_towns() -> None:
    # The town placed the crossing before this class and still does.
    result = geocode_place("na polsko-słowackim przejściu granicznym w Chyżnem", country="PL")
    assert result.precision != "border"


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        # A side "of the border" in the genitive after the side word.
        ("po białoruskiej stronie granicy", "PL", "Belarus–Poland border (Belarus side)"),
        ("на украинской стороне границы", "RU", "Russia–Ukraine border (Ukraine side)"),
        ("na mađarskoj strani granice", "RS", "Hungary–Serbia border (Hungary side)"),
    ],
)
def test_a_side_of_the_border_in_the_genitive(text, country, border) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == border


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        # An unnamed crossing toward a country: English "with", Serbian "са" (plural
        # crossings, never one named).
        ("the border crossing with Ukraine", "PL", "Poland–Ukraine border"),
        ("гранични прелази са Мађарском", "RS", "Hungary–Serbia border"),
    ],
)
def test_an_unnamed_crossing_toward_a_country_is_that_border(text, country, border) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == border


def test_a_thai_crossing_named_by_its_two_towns_joined_to_its_word() -> None:
    result = geocode_place("ด่านพรมแดนแม่สอด-เมียวดี", country="TH")
    assert result.status == "resolved"
    assert result.name == "Mae Sot–Myawaddy"


def test_a_german_demonym_written_with_a_dash_is_one_side() -> None:
    # "weiß-russisch" is "weißrussisch" (Belarusian), not White and Russian: with a
    # Lithuanian event, the Belarus–Lithuania border (it was Lithuania–Russia).
    result = geocode_place("an der weiß-russischen Grenze", country="LT")
    assert result.status == "resolved"
    assert result.name == "Belarus–Lithuania border"
