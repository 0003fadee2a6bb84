"""Place classes of round 33b, found on ``blind65``."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "hint", "name", "precision"),
    [
        # Mexican Spanish "al poniente"/"al oriente" (west/east) and a distance in metres.
        (
            "a unos 600 metros al poniente del puente internacional Paso del Norte",
            "US",
            "Paso del Norte Bridge",
            "near",
        ),
        ("a 500 metros al oriente de Ciudad Juárez", "MX", "Ciudad Juárez", "near"),
        ("al norponiente de Ciudad Juárez", "MX", "Ciudad Juárez", "near"),
    ],
)
def test_a_direction_by_the_sun_or_in_metres_is_near_the_place(text, hint, name, precision):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert (result.name, result.precision) == (name, precision)


def test_metres_are_not_read_as_kilometres():
    result = geocode_place("a 600 metros al sur de Ciudad Juárez", country="MX")
    assert result.precision == "near"
    assert result.uncertainty_km is not None and result.uncertainty_km < 100


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Juárez", "Ciudad Juárez"),
        ("Acuña", "Ciudad Acuña"),
    ],
)
def test_ciudad_is_left_out_as_heroica_is(text, name):
    result = geocode_place(text, country="MX")
    assert result.status == "resolved"
    assert result.name == name


def test_west_of_juarez_is_not_a_village_of_chiapas():
    result = geocode_place("la colonia Felipe Ángeles, al poniente de Juárez", country="MX")
    assert result.status == "resolved"
    assert result.admin1_code == "MX-CHH"


@pytest.mark.parametrize(
    ("text", "hint", "name", "precision"),
    [
        # Forms of rows of the crossings table.
        (
            "a unos 600 metros al poniente del puente internacional Paso del Norte-Santa Fe",
            "US",
            "Paso del Norte Bridge",
            "near",
        ),
        ("the Nogales Mariposa Commercial Facility", "US", "Mariposa Port of Entry", "settlement"),
        # A town form GeoNames lacks.
        (
            "on the outskirts of the Lebanese border town of Kfar Shuba",
            "LB",
            "Kfar Shouba",
            "near",
        ),
        ("Kfarchouba", "LB", "Kfar Shouba", "settlement"),
    ],
)
def test_forms_of_known_places(text, hint, name, precision):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert (result.name, result.precision) == (name, precision)


def test_hindi_name_of_cooch_behar_is_not_bihar():
    assert geocode_place("कूच बिहार", country="IN").name == "Koch Bihār"
    result = geocode_place("पश्चिम बंगाल के कूच बिहार बॉर्डर के पास", country="IN")
    assert result.status == "resolved"
    assert result.admin1_code == "IN-WB"


@pytest.mark.parametrize(
    ("text", "hint", "code"),
    [
        ("A Kolofata, dans l’Extrême-Nord du Cameroun", "CM", "CM-EN"),
        ("dans l'Extrême-Nord du Cameroun", "CM", "CM-EN"),
        ("la province de l'Adamaoua du Cameroun", "CM", "CM-AD"),
        ("the Far North of Cameroon", "CM", "CM-EN"),
    ],
)
def test_a_region_followed_by_its_country_is_the_region(text, hint, code):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert (result.precision, result.admin1_code) == ("region", code)


def test_a_trailing_country_other_than_the_events_is_not_dropped():
    result = geocode_place("l'Extrême-Nord du Cameroun", country="NG")
    assert result.status == "unresolved"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("at Teengaon border outpost in North Dinajpur district", "Uttar Dinajpur"),
        ("North Dinajpur district", "Uttar Dinajpur"),
        ("South Dinajpur district", "Dakshin Dinajpur"),
    ],
)
def test_english_compass_words_of_indian_districts(text, name):
    result = geocode_place(text, country="IN")
    assert result.status == "resolved"
    assert (result.name, result.precision) == (name, "district")


def test_english_compass_words_are_not_translated_for_another_country():
    assert geocode_place("North Dinajpur district", country="BD").country != "IN"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("en el sector La Honda del fronterizo estado Táchira", "VE-S"),
        ("el fronterizo estado Zulia", "VE-V"),
    ],
)
def test_a_border_adjective_before_the_unit_word(text, code):
    result = geocode_place(text, country="VE")
    assert result.status == "resolved"
    assert (result.precision, result.admin1_code) == ("region", code)


@pytest.mark.parametrize(
    "text",
    [
        "จากด่านพรมแดนปาดังเบซาร์ ฝั่งประเทศมาเลเซีย",
        "จากด่านพรมแดนปาดังเบซาร์",
    ],
)
def test_thai_from_and_side_words_around_a_crossing(text):
    result = geocode_place(text, country="MY")
    assert result.status == "resolved"
    assert result.name == "Padang Besar"


def test_a_thai_side_of_another_country_than_the_events_is_not_taken():
    result = geocode_place("จากด่านพรมแดนปาดังเบซาร์ ฝั่งประเทศมาเลเซีย", country="KH")
    assert result.status != "resolved"


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        ("the immigration checkpoint on state Route 85 near Gila Bend", "US", "Gila Bend"),
        ("a checkpoint on the highway near Gila Bend", "US", "Gila Bend"),
    ],
)
def test_an_unnamed_thing_near_a_place_is_near_the_place(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert (result.name, result.precision) == (name, "near")
    assert result.coarsened


def test_near_an_unknown_place_stays_unresolved():
    result = geocode_place("the checkpoint near Qwxzville", country="US")
    assert result.status == "unresolved"


@pytest.mark.parametrize(
    ("text", "hint", "code"),
    [
        ("شکرگڑھ میں کورال سیکٹر پر", "PK", "PK-PB"),
        ("شکرگڑھ کے کورال سیکٹر میں", "PK", "PK-PB"),
    ],
)
def test_an_urdu_sector_in_a_town_is_the_region_holding_the_town(text, hint, code):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert (result.precision, result.admin1_code) == ("region", code)
    assert result.coarsened


def test_a_word_of_a_towns_name_is_not_a_region_on_the_border():
    # "Behar" is a form of Bihar, but here a word of Cooch Behar (West Bengal).
    result = geocode_place("near the Cooch Behar border", country="IN")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.admin1_code != "IN-BR"
