"""Place classes of round 45f: wordings of events70 and events71 that failed for a
general reason in how reporters write them."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.phrases import parse_place
from bordermap.geo.places.scope import km_between

# --- a compass-named stretch of a border both sides name --------------------------------


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("a hill in the southern section of the Finnish-Russian border", "FI", "Finland–Russia"),
        ("the eastern part of the Polish-Belarusian border", "PL", "Belarus–Poland"),
        ("a peak in the northern stretch of the Norwegian-Russian border", "NO", "Norway–Russia"),
    ],
)
def test_a_compass_stretch_of_a_named_border_lies_on_that_border(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name.startswith(name)


def test_the_compass_stretch_parses_as_the_border_itself():
    expr = parse_place("the northern sector of the Estonian-Russian border")
    assert expr.kind == "border"
    assert "sector" not in expr.name and expr.name.endswith("Estonian")
    assert expr.other == "Russian"


# --- Turkish "X ile Y arasındaki sınır" (the border between X and Y) --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Karkamış ile Cerablus arasındaki sınırda",
        "Gaziantep'in Karkamış ilçesi ile Suriye'nin Cerablus kenti arasındaki sınır hattında",
    ],
)
def test_turkish_border_between_two_towns_is_the_crossing_stretch(text):
    result = geocode_place(text, country="TR")
    assert result.status == "resolved"
    assert result.precision == "border"
    # Karkamış faces Jarabulus across the line (the crossing row's point).
    assert km_between(result.lat, result.lon, 36.83, 38.01) < 10


@pytest.mark.parametrize(
    "text",
    [
        "the border area between Karkamış and Syria's Jarabulus district",
        "the border between Turkey's Karkamış and Syria's town of Jarabulus",
    ],
)
def test_a_side_named_as_a_countrys_town_is_the_town(text):
    result = geocode_place(text, country="TR")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert km_between(result.lat, result.lon, 36.83, 38.01) < 10


def test_turkish_border_between_the_two_countries_is_their_border():
    result = geocode_place("Türkiye ile Suriye arasındaki sınırda", country="TR")
    assert result.status == "resolved"
    assert result.precision == "border"


# --- an island group's name borne by the town among its islands ------------------------


@pytest.mark.parametrize("text", ["Hoàng Sa", "đánh bắt cá ở Hoàng Sa"])
def test_the_bare_name_of_the_paracels_town_is_the_group(text):
    result = geocode_place(text, country="VN")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.name == "Paracel Islands"


# --- an island word in another language than the listed form's -----------------------


@pytest.mark.parametrize("text", ["Phu Lam Island", "off Phu Lam island"])
def test_an_english_island_word_finds_the_vietnamese_form(text):
    result = geocode_place(text, country="VN")
    assert result.status == "resolved"
    assert result.name == "Woody Island"


# --- a town filed in the region its district has left ---------------------------------


def test_the_region_holding_leh_is_ladakh():
    result = geocode_place("the Fukche area, south-east of Leh", country="IN")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "IN-LA"


# --- a local unit the data lacks, in a district it has --------------------------------


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Shuklaphanta rural municipality of Kanchanpur", "NP", "Kanchanpur"),
        ("Kanchanpur's Shuklaphanta rural municipality", "NP", "Kanchanpur"),
        ("Isfara’s Shurkent jamoat", "TJ", "Nohiyai Isfara"),
        ("the Shurkent jamoat, Isfara district", "TJ", "Nohiyai Isfara"),
    ],
)
def test_a_local_unit_the_data_lacks_is_answered_by_its_district(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == name


# --- a Lao place written in Thai letters ----------------------------------------------


def test_thai_letters_are_written_as_the_lao_they_mirror():
    from bordermap.geo.places.lao_script import thai_as_lao

    assert thai_as_lao("แขวงจำปาสัก") == "ແຂວງຈຳປາສັກ"


def test_a_lao_province_in_thai_letters_is_the_province():
    result = geocode_place("บ้านนาโพธิ์ แขวงจำปาสัก", country="LA")
    assert result.status == "resolved"
    assert result.admin1_code == "LA-CH"
    assert result.precision == "region"


def test_thai_letters_are_not_read_as_lao_for_a_thai_event():
    result = geocode_place("แขวงจำปาสัก", country="TH")
    assert result.status == "unresolved"


# --- a crossing linking a town said before with a named one ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "el puente que une esta ciudad con Fray Bentos",
        "the international bridge linking the city with Fray Bentos",
    ],
)
def test_a_bridge_from_the_town_said_before_is_the_named_towns(text):
    result = geocode_place(text, country="AR")
    assert result.status == "resolved"
    assert result.name == "Libertador General San Martín Bridge"


def test_a_town_with_several_crossings_names_none_of_them():
    result = geocode_place("the bridge linking the city with Ciudad Juárez", country="US")
    assert result.status == "unresolved"
