"""Classes of failure the seen field sets showed in the twelfth session, on our own phrases.

Each test holds one class of wording, worded on other places than the sets' phrases.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gaziantep'te", "TR-27"),
        ("Van’da", "TR-65"),
        ("Mardin'e", "TR-47"),
        ("ŞANLIURFA'DA", "TR-63"),
    ],
)
def test_a_turkish_city_named_with_a_case_ending_is_its_province(text, code):
    # A Turkish province bears its capital's name, and "X'te" names either: the
    # province holds the city, so it is the reading that cannot be wrong.
    result = geocode_place(text, country="TR")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", code)
    assert result.coarsened and "case ending" in result.note


def test_a_turkish_city_without_a_case_ending_stays_the_city():
    for text in ("Gaziantep", "in Gaziantep", "Gaziantep's airport"):
        result = geocode_place(text, country="TR")
        assert (result.status, result.precision) == ("resolved", "settlement"), text
    # A city of another country written the Turkish way keeps the city.
    assert geocode_place("Halep'te", country="SY").precision == "settlement"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("at the Jadidat Arar crossing", "IQ"),
        ("منفذ جديدة عرعر", "SA"),
        ("at the Arar border crossing", "IQ"),
    ],
)
def test_the_iraq_saudi_crossing_named_after_a_far_town_is_the_crossing(text, country):
    # The post bears the name of Arar, a Saudi town 57 km away: the crossing is found
    # by its own names and crossing words, at its point on the border.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.name) == ("resolved", "exact", "Jadidat Arar")
    assert result.lat == pytest.approx(31.358, abs=0.01)
    # The town's name alone stays the town.
    assert geocode_place("Arar", country="SA").precision == "settlement"


@pytest.mark.parametrize(
    ("text", "country", "district"),
    [
        ("in the Huai Kalok area of Mae Sot", "TH", "Amphoe Mae Sot"),
        ("the Zorbat area in Isfara", "TJ", "Nohiyai Isfara"),
    ],
)
def test_an_unknown_places_area_of_a_town_is_the_district_around_the_town(text, country, district):
    # The unknown place lies somewhere around the town, as a village of it would: the
    # district the town is the seat of holds it, a circle of 25 km round the town may not.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.name) == ("resolved", "district", district)
    assert result.coarsened
    # The town's own area stays near the town.
    assert geocode_place("in the Mae Sot area", country="TH").precision == "near"


def test_the_kurdistan_region_of_an_iraqi_event_is_the_union_of_its_governorates():
    # IQ-KR is made of units the outlines hold; the name alone found Iran's Kordestan.
    result = geocode_place("in the Kurdistan region", country="IQ")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "IQ-KR")
    erbil = geocode_place("Erbil", country="IQ")
    assert result.geometry.covers(erbil.geometry)
    assert geocode_place("إقليم كردستان", country="IQ").admin1_code == "IQ-KR"
    # Without a country the name is both; Iran's province stays Iran's for an Iranian event.
    bare = geocode_place("Kurdistan region")
    assert bare.status == "ambiguous"
    assert {c.admin1_code for c in bare.candidates} == {"IQ-KR", "IR-12"}
    assert geocode_place("Kurdistan", country="IR").admin1_code == "IR-12"
    assert geocode_place("Sanandaj, Kurdistan").country == "IR"


def test_a_place_inside_the_kurdistan_region_is_looked_for_in_all_its_governorates():
    assert geocode_place("Zakho, Iraqi Kurdistan", country="IQ").admin1_code == "IQ-DA"
    assert (
        geocode_place("Sulaymaniyah governorate, Kurdistan", country="IQ").admin1_code == "IQ-SU"
    )
    # "Kurdistan's Erbil" is the governorate; "Erbil, Kurdistan Region", a dateline, the city.
    owned = geocode_place("Kurdistan's Erbil", country="IQ")
    assert (owned.precision, owned.admin1_code) == ("region", "IQ-AR")
    assert geocode_place("Erbil, Kurdistan Region", country="IQ").precision == "settlement"


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("Mardin'de bulunan Türkiye-Suriye hududunda", "TR", "TR-47"),
        ("Hakkari’de İran sınırında", "TR", "TR-30"),
    ],
)
def test_a_border_answered_for_a_text_naming_one_region_on_it_is_its_stretch_there(
    text, country, code
):
    # The text is about the border, and the region says where along it.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "border", code)
    whole = geocode_place("Türkiye-Suriye hududunda", country="TR")
    assert whole.admin1_code is None
    if code == "TR-47":
        assert result.geometry.length < whole.geometry.length


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("Tete, a province in the north", "MZ", "MZ-T"),
        ("Gedaref, a state bordering Ethiopia", "SD", "SD-GD"),
        ("Kilis, a border province", "TR", "TR-79"),
    ],
)
def test_a_name_the_apposition_calls_a_region_is_the_region(text, country, code):
    # The words after the comma say what the name is: the unit, not its namesake city.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", code)
    # A town word keeps the town.
    town = geocode_place("Mytilene, a town in the North Aegean", country="GR")
    assert (town.precision, town.name) == ("settlement", "Mytilene")


@pytest.mark.parametrize(
    ("text", "name"), [("अमृतसर सेक्टर में", "Amritsar"), ("कठुआ सेक्टर में", "Kathua")]
)
def test_a_hindi_sector_is_read_as_the_english_sector(text, name):
    # "X सेक्टर" is "the X sector": the district X seats, where it reaches the border,
    # not a point near the town.
    result = geocode_place(text, country="IN")
    assert (result.status, result.precision, result.name) == ("resolved", "district", name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nas proximidades da cidade paraguaia de Pedro Juan Caballero", "Pedro Juan Caballero"),
        ("perto da cidade paraguaia Pedro Juan Caballero", "Pedro Juan Caballero"),
        ("próxima à cidade de Ponta Porã", "Ponta Porã"),
    ],
)
def test_portuguese_near_words_with_their_article_and_a_town_of_a_named_country(text, name):
    # "nas proximidades da", "próxima à": "near", the article joined to the word; "a
    # cidade paraguaia X" names the country of the town without "de".
    result = geocode_place(text, country="BR")
    assert (result.status, result.precision, result.name) == ("resolved", "near", name)


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("in Nangarhar, Momand Dara district", "AF", "AF-NAN"),
        ("Khyber Pakhtunkhwa, Chitral district", "PK", "PK-KP"),
    ],
)
def test_a_region_then_a_district_in_it_is_the_district(text, country, code):
    # "X, Y district" with X the region holding Y: the comma does not make X lie in Y;
    # the district is the place, never the region nor X's namesake city.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "district", code)


@pytest.mark.parametrize("text", ["ao norte de Santander", "el Norte del Santander"])
def test_a_compass_word_and_a_name_that_are_a_region_s_own_name(text):
    # "norte de Santander" in lower case is Colombia's Norte de Santander, not the north
    # of the department of Santander nor of a town bearing that name as a variant.
    result = geocode_place(text, country="CO")
    assert (result.status, result.precision) == ("resolved", "region")
    assert result.admin1_code == "CO-NSA"


def test_a_region_s_own_name_is_not_a_town_bearing_it_as_a_variant():
    # "Santander" is the department's own name; the Colombian towns found by it bear it
    # only as a variant ("Santander de Quilichao", in Cauca) or lie in another
    # department ("Puerto Santander").
    for text in ("en Santander", "Santander"):
        result = geocode_place(text, country="CO")
        assert (result.status, result.precision, result.admin1_code) == (
            "resolved",
            "region",
            "CO-SAN",
        ), text


@pytest.mark.parametrize(
    ("text", "country", "precision", "name"),
    [
        ("a szerb-magyar határra", "HU", "border", "Hungary–Serbia border"),
        ("İran sərhədindən", "TR", "border", "Iran–Turkey border"),
        ("Akçakale ilçe merkezine", "TR", "settlement", "Akçakale"),
    ],
)
def test_border_and_seat_words_in_their_case_forms(text, country, precision, name):
    # Hungarian "határra" (to the border), Azerbaijani "sərhədindən" (from the border)
    # and Turkish "ilçe merkezine" (to the district's seat town) are the words the tables
    # already hold, in another case.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.name) == ("resolved", precision, name)
