"""Classes of place round 37g: the wrong and unresolved places of the blind78 set.

Wrong before: a Haitian Creole border between two countries ("Fontyè Malpas ant Ayiti ak
Sendomeng"), whose border and "between" words were unknown and whose second country's
name the data lacks, answered as the one country named (Haiti), 94 km from the crossing.
Unresolved before: several quarters of a town ("las colonias Centro Ejidal de Agua
Prieta"), a misspelt town by a misspelt border ("La ville d'Elibo, à la frontière
ivoiro-Ghannéen"), a town by the short form of its name ("in Melchor" for Melchor de
Mencos), two border towns that GeoNames' cities500 lacks (Debdeb, El Amparo), a
border river named with "limítrofe" ("la ribera colombiana del limítrofe Rio Negro"), an
Amharic zone with its joined preposition and the Ethiopic comma ("በኑዌር ዞን አካቦ ወረዳ፣
በካንካን ቀበሌ") and a Tigrinya border of two places the data lacks ("ዶብ ቡሬ- ደባይ ሲማ").
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        "Fontyè Malpas ant Ayiti ak Sendomeng",
        "fwontyè ant Ayiti ak Sendomeng",
        "la frontera entre Haití y Sendomeng",
        "Sendomeng–Ayiti border",
        "entre Haïti et Sendomeng",
    ],
)
def test_a_border_between_a_country_and_an_unknown_side_is_never_the_country(
    text: str,
) -> None:
    # Field phrase (blind78): before, Haiti. Haiti's one land border is with the
    # Dominican Republic, so the border between it and anything is that one.
    result = geocode_place(text, country="HT")
    assert result.status == "resolved", result
    assert result.precision == "border"
    assert result.name == "Dominican Republic–Haiti border"


def test_haitian_creole_border_words_read_the_border_of_two_known_countries() -> None:
    result = geocode_place("fwontyè ant Ayiti ak Dominikani", country="HT")
    assert result.status == "resolved", result
    assert result.name == "Dominican Republic–Haiti border"


def test_a_border_between_a_country_of_several_neighbours_and_an_unknown_side() -> None:
    # Mexico has three land borders: which one is not said, and Mexico is not the answer.
    result = geocode_place("cerca de la frontera entre México y Xyzland", country="MX")
    assert result.status == "unresolved", result
    assert "not understood" in result.note


@pytest.mark.parametrize(
    "text",
    ["las colonias Centro Ejidal de Agua Prieta", "la colonia Centro Ejidal de Agua Prieta"],
)
def test_quarters_of_a_town_after_de_are_the_town(text: str) -> None:
    # Field phrase (blind78): before, unresolved.
    result = geocode_place(text, country="MX")
    assert result.status == "resolved", result
    assert result.name == "Agua Prieta"
    assert result.precision == "settlement"


def test_a_border_side_a_letter_from_a_neighbours_demonym() -> None:
    result = geocode_place("à la frontière ivoiro-Ghannéen", country="GH")
    assert result.status == "resolved", result
    assert result.name == "Ivory Coast–Ghana border"


def test_a_misspelt_side_needs_the_event_country_in_the_pair() -> None:
    # France is neither side: nothing says the misspelt word is Ghana's.
    assert geocode_place("à la frontière ivoiro-Ghannéen", country="FR").status == "unresolved"


@pytest.mark.parametrize(
    "text",
    [
        "La ville d’Elibo, à la frontière ivoiro-Ghannéen",
        "Elibo, on the Ghana-Ivory Coast border",
    ],
)
def test_a_town_a_letter_from_a_crossing_of_the_border_named(text: str) -> None:
    # Field phrase (blind78): before, unresolved.
    result = geocode_place(text, country="GH")
    assert result.status == "resolved", result
    assert result.name == "Elubo"
    assert result.country == "GH"


def test_a_misspelt_town_by_a_border_is_not_read_without_the_border() -> None:
    assert geocode_place("La ville d’Elibo", country="GH").status == "unresolved"


def test_the_short_form_of_a_town_name_unique_in_the_event_country() -> None:
    # Field phrase (blind78): before, unresolved (a Mexican hamlet Fábrica de Melchor).
    result = geocode_place("in Melchor", country="GT")
    assert result.status == "resolved", result
    assert result.name == "Melchor de Mencos"


@pytest.mark.parametrize("text", ["en Santa", "in San"])
def test_a_short_word_is_no_short_form(text: str) -> None:
    assert geocode_place(text, country="GT").status != "resolved"


def test_debdeb_area_is_its_province() -> None:
    # Field phrase (blind78): Debdeb was not in the data.
    result = geocode_place("في منطقة الدبداب", country="DZ")
    assert result.status == "resolved", result
    assert result.admin1_code == "DZ-33"


def test_el_amparo_is_the_venezuelan_town() -> None:
    result = geocode_place("en El Amparo", country="VE")
    assert result.status == "resolved", result
    assert result.country == "VE"
    assert abs(result.lat - 7.10) < 0.05 and abs(result.lon + 70.76) < 0.05


def test_a_former_name_gives_no_short_form() -> None:
    # "El Paso del Norte" is a former name of Ciudad Juárez: "El Paso" stays El Paso.
    result = geocode_place("a El Paso, Texas", country="MX")
    assert result.status == "resolved", result
    assert result.country == "US"


def test_the_bordering_rio_negro_is_the_colombia_venezuela_border() -> None:
    # Field phrase (blind78): before, unresolved.
    result = geocode_place("la ribera colombiana del limítrofe Rio Negro", country="CO")
    assert result.status == "resolved", result
    assert result.precision == "border"
    assert "Colombia–Venezuela" in (result.name or "")


@pytest.mark.parametrize(("country", "name"), [("AR", "Río Negro"), ("BR", "Rio Negro")])
def test_rio_negro_stays_the_place_of_an_event_off_that_border(country: str, name: str) -> None:
    result = geocode_place("en Río Negro", country=country)
    assert result.status == "resolved", result
    assert result.country == country
    assert result.name == name


def test_an_amharic_zone_with_its_joined_preposition() -> None:
    # Field phrase (blind78): before, unresolved. Nuer Zone has no outline: its region.
    result = geocode_place("በኑዌር ዞን አካቦ ወረዳ፣ በካንካን ቀበሌ", country="ET")
    assert result.status == "resolved", result
    assert result.admin1_code == "ET-GA"
    assert result.precision == "region"


def test_a_border_of_two_places_the_data_lacks_is_a_border_of_the_event_country() -> None:
    # Field phrase (blind78): Ethiopia has six land borders, so the country answers.
    result = geocode_place("ዶብ ቡሬ- ደባይ ሲማ (ዓሰብ)", country="ET")
    assert result.status == "resolved", result
    assert result.precision == "country"
    assert result.country == "ET"
    assert result.coarsened


def test_two_places_with_their_countries_in_brackets_are_their_border() -> None:
    # blind18: correct before; the unknown-places reading must not take it.
    result = geocode_place("la frontera entre Pisiga (Bolivia) y Colchane (Chile)", country="CL")
    assert result.status == "resolved", result
    assert result.name == "Bolivia–Chile border"


def test_a_crossing_between_egypt_and_the_gaza_strip_in_italian() -> None:
    # blind20: coarser before (Egypt); the Italian name of the Gaza Strip now reads.
    result = geocode_place("dal valico tra Egitto e Striscia di Gaza", country="EG")
    assert result.status == "resolved", result
    assert result.precision == "border"


def test_a_short_form_stays_inside_the_container_the_text_names():
    # heldout65: "Santa Clara" alone is the short form of Santa Clara del Mar (Buenos
    # Aires), but "of La Quiaca" puts it in Jujuy, 1,500 km north: never that town.
    result = geocode_place("Santa Clara district of La Quiaca", country="AR")
    assert result.admin1_code == "AR-Y"
    assert "Santa Clara del Mar" not in (result.name or "")


def test_a_country_named_in_two_words_is_no_side_left_unread():
    # The reading kept only "States" of "United States": the sole-neighbour rule then
    # answered Haiti's one land border, the Dominican one, for a pair with no land line.
    result = geocode_place("United States–Haiti border", country="HT")
    assert not (result.status == "resolved" and result.border == "DO-HT")
