"""Place classes of round 28t: English and Spanish phrases still unresolved on seen sets."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.phrases import head_and_tails, parse_place


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # A sub-municipal unit the data lacks ("sector de X", "corregimiento X"), then a
        # tail naming the municipality or town that holds it: that container, coarsened.
        ("el sector de El Alcaraván, en el municipio de Arauquita", "CO", "Arauquita"),
        ("la vereda de Caño Xyzzy, en el municipio de Arauquita", "CO", "Arauquita"),
        (
            "el corregimiento Varas Blancas, jurisdicción del municipio de La Paz",
            "CO",
            "La Paz",
        ),
        ("en el corregimiento de el Palmarito en Cúcuta", "CO", "Norte de Santander"),
        ("Mendhar, a tehsil in Poonch district", "IN", "Punch"),
        # The countryside of a town is the town's municipality (round38f; Arauca before).
        ("el sector Puerto Contreras, en zona rural de Saravena, Arauca", "CO", "Saravena"),
    ],
)
def test_an_unknown_unit_is_answered_by_the_container_its_tail_names(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.coarsened
    assert result.name == name


@pytest.mark.parametrize(
    "text",
    [
        # The tail says "near" or names a border: it does not hold the unit.
        "el sector de El Alcaraván, cerca de Arauquita",
        "the village of Xyzzyabad near Jammu",
    ],
)
def test_a_tail_that_does_not_hold_the_unit_is_not_its_container(text):
    result = geocode_place(text, country="CO" if "sector" in text else "IN")
    assert not (
        result.status == "resolved" and result.coarsened and result.precision == "district"
    )


def test_a_tail_name_several_regions_share_places_no_unit():
    # Guatemala has a La Democracia in Escuintla and one in Huehuetenango.
    result = geocode_place("el sector de Xyzzy, en La Democracia", country="GT")
    assert result.status != "resolved"


def test_a_namesake_head_far_from_the_tail_is_still_refused():
    # Algarrobo (Magdalena) lies far from Arauquita: neither is the answer's pin.
    result = geocode_place("el sector de El Algarrobo, en el municipio de Arauquita", country="CO")
    assert result.name != "Algarrobo"


@pytest.mark.parametrize(
    ("text", "head", "tail"),
    [
        # Spanish "del" before the unit holding a place starts the tail that holds it.
        (
            "Corregimiento Los Vados del Municipio de Los Patios",
            "Corregimiento Los Vados",
            "Municipio de Los Patios",
        ),
        ("el municipio Páez del estado Apure", "el municipio Páez", "estado Apure"),
    ],
)
def test_del_before_a_holding_unit_starts_a_tail(text, head, tail):
    assert (head, tail) in head_and_tails(text)


def test_del_in_a_name_is_no_tail():
    assert all(tail != "Este" for _, tail in head_and_tails("Ciudad del Este"))
    assert head_and_tails("Lajas Blancas del Darién") == []


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Corregimiento Los Vados del Municipio de Los Patios", "CO", "Los Patios"),
        ("el sector Caño Xyzzy del municipio de Arauquita", "CO", "Arauquita"),
    ],
)
def test_a_unit_of_a_municipality_is_that_municipality_coarsened(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.coarsened
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Indian and Bangladeshi English "X under Y district": X in Y.
        ("in Sonamura under Sepahijala district", "IN", "Sonāmura"),
        ("Xyzzypara under Malda district", "IN", "Malda District"),
        ("Phaikoh village under Kamjong district in Manipur", "IN", "Kamjong"),
    ],
)
def test_under_before_a_named_unit_means_in(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name


def test_under_the_control_of_is_no_unit():
    expr = parse_place("the territory under the control of Luzhanka department")
    assert " in " not in expr.text


def test_under_a_police_station_does_not_free_the_name():
    # The data knows no Kaliachak police station; Nawada alone is a town of Bihar.
    result = geocode_place("at Nawada under the Kaliachak police station", country="IN")
    assert result.status != "resolved"


def test_a_pair_of_units_between_two_countries_is_their_border():
    # "entre el departamento de X y el estado Y": one side each, not a unit named
    # "X y el estado Y".
    result = geocode_place(
        "la frontera entre el departamento de La Guajira y el estado Zulia", country="CO"
    )
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name.startswith("Colombia–Venezuela border")
    result = geocode_place("the border between Herat province and Turkmenistan", country="AF")
    assert result.precision == "border"
    assert result.name.startswith("Afghanistan–Turkmenistan border")


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # A lower-case aside between dashes is a clause, as between commas.
        (
            "el río Arauca -que separa a los dos países-",
            ("el río Arauca", "que separa a los dos países"),
        ),
        (
            "la garita de San Ysidro –en la ciudad de Tijuana–",
            ("la garita de San Ysidro", "la ciudad de Tijuana"),
        ),
    ],
)
def test_a_dash_aside_is_read_as_a_comma_clause(text, cut):
    assert cut in head_and_tails(text)


@pytest.mark.parametrize(
    "text", ["the Kenya – Somalia border", "on Kyrgyzstan — Tajikistan border"]
)
def test_a_dash_before_a_capital_joins_two_names(text):
    assert parse_place(text).kind == "border"


def test_a_river_with_a_dash_aside_is_its_border():
    result = geocode_place("el río Arauca -que separa a los dos países-", country="CO")
    assert result.precision == "border"


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # English puts the town before its stadium, bazaar or railway station.
        ("at the Orestiada stadium", "GR", "Orestiáda"),
        ("Jamrud Bazaar", "PK", "Jamrud"),
        ("the Gevgelija railway station", "MK", "Gevgelija"),
    ],
)
def test_a_town_before_its_stadium_or_bazaar_is_the_town(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # "Parish" and "volost" are a Latvian pagasts in English and Russian.
        ("in Silene Parish", "LV"),
        ("the parish of Silene", "LV"),
    ],
)
def test_parish_is_a_unit_word(text, country):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "district"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "the (eastern) countryside of X" is "the (eastern) X countryside".
        ("the eastern countryside of Deir Ez-Zor", "SY-DY"),
        ("the countryside of Idlib", "SY-ID"),
        ("the western countryside of Aleppo", "SY-HL"),
    ],
)
def test_the_countryside_of_a_governorate_is_the_governorate(text, code):
    result = geocode_place(text, country="SY")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == code


@pytest.mark.parametrize(
    ("text", "country", "precision"),
    [
        # A thing named by no name "del lado X" is on that side.
        ("la franja fronteriza del lado haitiano", "HT", "border"),
        ("la fila del lado paraguayo", "PY", "country"),
        ("los puestos de venta del lado haitiano", "HT", "border"),
    ],
)
def test_a_nameless_thing_on_a_side_is_that_side(text, country, precision):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == precision
    assert result.country == country


def test_a_named_place_on_a_side_keeps_its_name():
    result = geocode_place("la ciudad de Bermejo, del lado boliviano", country="BO")
    assert result.name == "Bermejo"
    assert parse_place("la franja fronteriza del lado haitiano").kind == "side"
