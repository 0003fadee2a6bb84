"""Place classes of round 26p, found on ``blind47``, ``blind48``, ``events21`` and ``events22``."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        # "منطقة X غرب Y" (X's area west of Y): the district of al-Qusayr holds Homs, but
        # the compass word says Homs only locates it.
        "منطقة القصير غرب حمص",
        "منطقة القصير جنوب غرب حمص",
    ],
)
def test_an_area_then_a_bearing_from_a_town_is_the_area(text):
    result = geocode_place(text, country="SY")
    assert result.status == "resolved"
    assert result.name == "Al-Qusayr District"
    assert result.precision == "district"


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        # A front's axis named by its town's adjective, as a district is: the town, widened
        # to its region by the direction reading.
        ("на Великобурлуцькому напрямку", "Kharkiv"),
        ("на Шалигинському напрямку", "Sumy"),
    ],
)
def test_a_direction_named_by_a_town_adjective_is_the_towns_area(text, seat):
    result = geocode_place(text, country="UA")
    assert result.status == "resolved"
    assert result.name == seat
    assert result.precision == "region"


def test_a_feminine_adjective_alone_is_the_hromada_its_noun_was_left_out_of():
    result = geocode_place("у Шалигинській", country="UA")
    assert result.status == "resolved"
    assert result.name == "Shalyhyne"
    assert result.precision == "district"


def test_a_region_adjective_alone_is_still_the_region():
    result = geocode_place("у Сумській", country="UA")
    assert result.precision == "region"
    assert result.admin1_code == "UA-59"


@pytest.mark.parametrize(
    ("text", "seat", "region"),
    [
        # "і" and "и" tell Хотінь (Sumy) from Хотин (Chernivtsi); the keys do not.
        ("в Хотінській громаді", "Khotin", "UA-59"),
        ("Хотинська громада", "Khotyn", "UA-77"),
    ],
)
def test_ukrainian_letters_tell_which_town_seats_a_hromada(text, seat, region):
    result = geocode_place(text, country="UA")
    assert result.status == "resolved"
    assert result.name == seat
    assert result.admin1_code == region
    assert result.precision == "district"


def test_a_thai_border_in_the_area_of_a_province_is_the_province():
    # "ริมชายแดนในพื้นที่จังหวัดศรีสะเกษ": along the border, in the area of Si Sa Ket province.
    result = geocode_place("ริมชายแดนในพื้นที่จังหวัดศรีสะเกษ", country="TH")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "TH-33"


@pytest.mark.parametrize(
    ("text", "hint", "name", "country"),
    [
        # The text itself puts the town across the line from the event's country.
        ("La fronteriza ciudad de Ipiales (Colombia), frente a Tulcán", "EC", "Ipiales", "CO"),
        ("la ciudad de Bermejo, del lado boliviano", "AR", "Bermejo", "BO"),
        ("Ipiales, Colombia", "EC", "Ipiales", "CO"),
        # A state of the neighbour is a container as a country is.
        ("a El Paso, Texas", "MX", "El Paso", "US"),
        ("Nogales, Arizona", "MX", "Nogales", "US"),
    ],
)
def test_a_town_the_text_puts_across_the_border_is_taken(text, hint, name, country):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name
    assert result.country == country


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # No country named: the event's country holds.
        ("en Salvador Mazza", "BO"),
        # Named, but far inside the other country: not a report across the line.
        ("Bogotá, Colombia", "VE"),
        ("Houston, Texas", "MX"),
    ],
)
def test_a_town_outside_the_events_country_is_still_refused_otherwise(text, hint):
    result = geocode_place(text, country=hint)
    assert result.status == "unresolved"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Russia's urban okrugs replaced the border raions: the unit below the oblast.
        ("в Грайворонском округе", "Grayvoronskiy Rayon"),
        ("Шебекинского округа Белгородской области", "Shebekinskiy Rayon"),
        ("Валуйский округ Белгородской области", "Valuyskiy Rayon"),
    ],
)
def test_a_russian_okrug_no_region_bears_is_the_unit_below(text, name):
    result = geocode_place(text, country="RU")
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == "district"


def test_an_autonomous_okrug_is_still_a_region():
    result = geocode_place("Ненецкий автономный округ", country="RU")
    assert result.precision == "region"


@pytest.mark.parametrize(
    ("text", "hint", "name", "precision"),
    [
        # A declined bare name is the city, not the oblast named after it.
        ("поблизу Харкова", "UA", "Kharkiv", "near"),
        ("у Харкові", "UA", "Kharkiv", "settlement"),
        ("біля Білгорода", "RU", "Belgorod", "near"),
    ],
)
def test_a_declined_city_name_is_the_city_not_its_region(text, hint, name, precision):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == precision


def test_the_region_named_after_a_city_is_still_read_by_its_own_words():
    result = geocode_place("Харківської області", country="UA")
    assert result.precision == "region"
    assert result.admin1_code == "UA-63"


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # A district, then its country or city in the genitive: the district in it.
        ("Лагодехский район Грузии", "GE", "Lagodekhi Municipality"),
        ("в Варенском районе Литвы", "LT", "Varėna"),
    ],
)
def test_a_district_then_its_country_in_the_genitive_is_the_district(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == "district"


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # The plural quarter word "of" a town: the town's quarters, the town; "Ciudad" is
        # part of the name, which says which Hidalgo.
        ("las colonias de Ciudad Hidalgo", "MX", "Ciudad Hidalgo"),
        ("los barrios de Cúcuta", "CO", "Cúcuta"),
    ],
)
def test_the_quarters_of_a_town_are_the_town(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == "settlement"


@pytest.mark.parametrize(
    "text",
    [
        # "Ferozepur" is another spelling of Firozpur, the seat of Firozpur district: a
        # bare district name is the district's, whichever way the seat is spelled.
        "Punjab's Ferozepur near the India-Pakistan border",
        "Punjab's Ferozepur",
    ],
)
def test_a_district_name_spelled_as_its_seats_variant_is_the_district(text):
    result = geocode_place(text, country="IN")
    assert result.status == "resolved"
    assert result.name == "Firozpur"
    assert result.precision == "district"


def test_the_town_of_a_variant_spelling_is_still_the_town():
    result = geocode_place("the town of Ferozepur", country="IN")
    assert result.precision == "settlement"


@pytest.mark.parametrize(
    "text",
    [
        # "the Border Guard of Tây Ninh province", as a crossing post's container.
        "Bộ đội Biên phòng tỉnh Tây Ninh",
        "Đồn Biên phòng cửa khẩu Mỹ Quý Tây (Bộ đội Biên phòng tỉnh Tây Ninh)",
    ],
)
def test_a_vietnamese_provinces_body_is_in_the_province(text):
    result = geocode_place(text, country="VN")
    assert result.status == "resolved"
    assert result.admin1_code == "VN-37"
    assert result.precision == "region"


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # A region of the neighbour that holds no town of the name by the line is no
        # container across it: Terespol is no town of Brest region, "Rio Branco" here is
        # the Uruguayan town, not Roraima's old name.
        ("польским погранпереходом Тересполь (Брест)", "PL", "Terespol–Brest"),
        ("na Ponte Mauá, em Rio Branco", "UY", "Río Branco"),
    ],
)
def test_a_region_across_the_border_holds_only_a_town_by_the_line(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name
