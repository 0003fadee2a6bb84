"""Wordings from the blind field set: crossings, units named like towns, owners."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # what follows the crossing word places it, it does not name it
        (
            "the Kerem Shalom border crossing between Israel and the Gaza Strip",
            "IL",
            "Kerem Shalom",
        ),
        ("the Storskog Grensestasjon near Kirkenes", "NO", "Storskog"),
        ("the Röszke motorway border crossing", "HU", "Röszke–Horgoš"),
        # the town known in Cyrillic, the crossing by the town's own name
        ("Пункт «Шальчининкай»", "BY", "Šalčininkai"),
        # a Baltic name in Russian letters
        ("через «Медининкай»", "BY", "Medininkai"),
        ("Medininkų punkte", "LT", "Medininkai"),
        # a leading article that is not part of the name
        ("La «grande barrière»", "CD", "Goma–Gisenyi"),
    ],
)
def test_crossings_in_reporters_words(text, country, name):
    result = geocode_place(text, country=country)
    assert (result.status, result.name) == ("resolved", name)


@pytest.mark.parametrize("text", ["La Paz", "El Paso", "Los Angeles"])
def test_names_that_keep_their_article_are_found_as_written(text):
    assert geocode_place(text).name == text


def test_a_country_name_with_a_compass_word_owns_what_follows():
    result = geocode_place("South Sudan’s Upper Nile state", country="SS")
    assert (result.precision, result.admin1_code) == ("region", "SS-NU")


@pytest.mark.parametrize(
    ("text", "country", "answer"),
    [
        # No unit of the name in the data: the region holding the town, coarsened.
        ("Colchane, una pequeña comuna en Chile", "CL", ("region", "CL-TA", True)),
        # The unit is known with its seat: drawn as a circle of its size there.
        ("the strategic border township of Myawaddy", "MM", ("district", "MM-13", False)),
    ],
)
def test_a_unit_named_like_its_town_is_never_the_town(text, country, answer):
    result = geocode_place(text, country=country)
    assert (result.precision, result.admin1_code, result.coarsened) == answer


def test_a_named_line_in_an_area_stays_the_line():
    result = geocode_place("the LAC in Tawang Sector of Arunachal Pradesh", country="IN")
    assert result.precision == "border"
    assert "Line of Actual Control" in result.name


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        ("a 1,340 km border with Russia", "FI", "Finland–Russia border"),
        ("die Grenze zu Serbien", "HU", "Hungary–Serbia border"),
        ("die russisch-norwegische Grenze", "NO", "Norway–Russia border"),
        ("на кордоні з Білоруссю", "UA", "Belarus–Ukraine border"),
        ("кордону з Республікою Білорусь", "UA", "Belarus–Ukraine border"),
        ("the Nigeria-Niger Republic border", "NG", "Niger–Nigeria border"),
        ("la frontera de Chile con Perú", "CL", "Chile–Peru border"),
        ("el límite entre Perú y Chile", "PE", "Chile–Peru border"),
        (
            "la frontière entre la RDC et le Rwanda",
            "CD",
            "Democratic Republic of the Congo–Rwanda border",
        ),
    ],
)
def test_borders_in_reporters_words(text, country, border):
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.name) == ("resolved", "border", border)


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("в межах Волинської області", "UA", "UA-07"),
        ("в пределах Брестской области", "BY", "BY-BR"),
    ],
)
def test_within_the_bounds_of_a_region_is_the_region(text, country, code):
    assert geocode_place(text, country=country).admin1_code == code


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("near Emerson, Man.", "CA", "CA-MB"),
        ("Hemmingford, Que.", "CA", "CA-QC"),
        ("Nogales, Ariz.", "US", "US-AZ"),
        ("Sumas, Wash., near the border", "US", "US-WA"),
    ],
)
def test_press_abbreviations_of_provinces_and_states_after_a_comma(text, country, code):
    assert geocode_place(text, country=country).admin1_code == code


def test_an_abbreviation_alone_is_not_expanded():
    assert geocode_place("the Isle of Man").country == "IM"


def test_a_name_before_city_of_y_is_the_town_inside_y():
    # Not "the city of Quang Ninh" (a town 477 km away) described by "Mong Cai".
    result = geocode_place("Mong Cai city of Quang Ninh", country="VN")
    assert (result.name, result.admin1_code) == ("Móng Cái", "VN-13")


def test_a_county_near_a_border_is_never_the_border_line():
    result = geocode_place("Mandera county near the Somalia border", country="KE")
    assert result.precision != "border"


def test_a_border_inside_an_area_is_the_border():
    result = geocode_place("на госгранице с Россией в Западно-Казахстанской области", country="KZ")
    # Its stretch in the region, carrying the region's code.
    assert (result.precision, result.admin1_code) == ("border", "KZ-27")
    assert result.name == "Kazakhstan–Russia border in West Kazakhstan"
    whole = geocode_place("на госгранице с Россией", country="KZ")
    assert result.geometry.length < whole.geometry.length / 3
    assert whole.geometry.buffer(1e-6).contains(result.geometry)


def test_the_territory_of_a_town_is_the_unit_and_never_the_town():
    result = geocode_place("Rutshuru territory, North Kivu province", country="CD")
    assert (result.precision, result.admin1_code, result.coarsened) == ("district", "CD-NK", False)
    assert result.name == "Rutshuru Territory"
    assert result.uncertainty_km > 25


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        ("al confine tra Grecia e Macedonia", "GR", "Greece–North Macedonia border"),
        ("frontiera cu Ucraina", "RO", "Romania–Ukraine border"),
    ],
)
def test_italian_and_romanian_border_words(text, country, border):
    assert geocode_place(text, country=country).name == border


def test_romanian_and_italian_words_leave_names_with_articles_alone():
    assert geocode_place("La Paz").country == "BO"
    assert geocode_place("Al Qaim").country == "IQ"


def test_a_finnish_case_ending_on_a_crossings_name():
    result = geocode_place("Vaalimaan rajanylityspaikalla", country="FI")
    assert (result.status, result.name, result.precision) == ("resolved", "Vaalimaa", "exact")
