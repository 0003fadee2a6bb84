"""Round 39d (issue 11): place phrases blind83 left unresolved, one class per test."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.phrases import parse_place
from bordermap.geo.places.text_runs import runs_of


@pytest.mark.parametrize(
    "text",
    [
        # The field set's phrase: Russian declines the Ukrainian word for a hromada.
        "по селу Краснопольской громады",
        # Our own: the locative and the instrumental.
        "в Краснопольской громаде",
        "Краснопольской громадой",
    ],
)
def test_a_hromada_declined_in_russian_is_the_municipality(text):
    result = geocode_place(text, country="UA")
    assert result.status == "resolved"
    assert result.name == "Krasnopillya"
    assert result.precision == "district"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The field set's phrase: a school in the Turkish province of Kilis.
        ("en una escuela de la provincia turca de Kilis", "Kilis"),
        # Our own: the same with another province.
        ("en una escuela de la provincia turca de Hatay", "Hatay"),
    ],
)
def test_a_demonym_between_the_unit_word_and_its_of_still_names_the_unit(text, name):
    result = geocode_place(text, country="TR")
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == "region"


def test_a_demonym_unit_across_a_with_is_left_to_the_other_readings():
    # "limítrofe con el departamento colombiano de Arauca": the unit bordering the one
    # the event is in; the state the text opens with is the answer, as before.
    result = geocode_place(
        "en el estado Apure limítrofe con el departamento colombiano de Arauca", country="VE"
    )
    assert result.status == "resolved"
    assert result.admin1_code == "VE-C"


@pytest.mark.parametrize(
    "text",
    [
        # The field set's phrase: near the border with Latvia in the Braslav district.
        "vicino al confine con la Lettonia nel distretto di Braslav",
        # Our own: Spanish.
        "cerca de la frontera con Letonia en el distrito de Braslav",
    ],
)
def test_the_border_in_a_district_is_read_in_italian_and_spanish(text):
    result = geocode_place(text, country="BY")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.admin1_code == "BY-VI"
    assert "Braslaŭski rajon" in (result.name or "")


def test_capitalised_al_opening_an_italian_text_is_the_preposition():
    result = geocode_place("Al Brennero", country="IT")
    assert result.status == "resolved"
    assert result.name == "Brennero"
    # An Arab state's event keeps "Al" as the article: no Brennero there.
    assert geocode_place("Al Brennero", country="IQ").status == "unresolved"


@pytest.mark.parametrize(
    "text",
    [
        # The field set's phrase: Latvian, on the Lithuania–Belarus border in the
        # Lazdijai district, the district's name in the Lithuanian genitive.
        "uz Lietuvas – Baltkrievijas robežas Lazdiju rajonā",
        # Our own: the unit alone, and Lithuanian.
        "Lazdiju rajonā",
        "prie Lietuvos ir Baltarusijos sienos Lazdijų rajone",
    ],
)
def test_a_lithuanian_district_in_a_latvian_locative(text):
    result = geocode_place(text, country="LT")
    assert result.status == "resolved"
    assert result.name == "Lazdijai"
    assert result.precision == "district"


def test_a_road_number_before_a_slash_is_apart_from_the_name():
    words = [run.words for run in runs_of("grænseovergangen Motorvej E45/Frøslev")]
    assert words == [("Motorvej", "E45"), ("Frøslev",)]
    result = geocode_place("grænseovergangen Motorvej E45/Frøslev", country="DK")
    assert result.status == "resolved"
    assert result.name == "Padborg–Ellund"


def test_polish_rejon_before_an_adjective_is_the_district():
    expr = parse_place("w rejonie solecznickim")
    assert (expr.kind, expr.name, expr.suffix) == ("district", "solecznickim", "rejon")
    # A noun after it is the area of a place, as before.
    assert parse_place("w rejonie Kuźnicy").kind == "near"
    result = geocode_place("w rejonie solecznickim", country="LT")
    assert result.status == "resolved"
    assert result.name == "Šalčininkai"
    assert result.precision == "district"


def test_the_khmer_spelling_of_rong_kluea_market_is_the_poipet_crossing():
    # blind81: "the Rong Kluea market, Thai territory", the market by the crossing,
    # written with the vowel "ុ" where the table had "ោ".
    result = geocode_place("ផ្សាររុងក្លឿ ទឹកដីថៃ", country="TH")
    assert result.status == "resolved"
    assert result.name == "Poipet–Aranyaprathet"
