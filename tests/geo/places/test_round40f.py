"""Place classes of round 40f, found on the unplaced events of events60 and events61: two
names of one crossing run together, a crossing then the town beside it, a village word
before a village of a district, a section of a named line, a side of a crossing named
inside border words, and a Finnish municipality's crossing the data lacks."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize("country", ["AR", "CL"])
def test_two_names_of_one_crossing_run_together_are_the_crossing(country):
    # "Cristo Redentor" and "Los Libertadores" are both names of the Andes pass.
    result = geocode_place("El Cristo Redentor Los Libertadores", country=country)
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Los Libertadores",
        "exact",
    )


def test_a_crossing_then_de_and_the_town_beside_it_is_the_crossing():
    result = geocode_place("Tarajal de Ceuta", country="MA")
    assert (result.status, result.name) == ("resolved", "Tarajal")


def test_the_village_word_before_a_village_of_a_district():
    # "village Lakhana of Tarn Taran district" (events61): read as "Lakhana village of Tarn
    # Taran district" is. Lakhana has been in villages.tsv since data40, so it is the
    # village; a village the data lacks ("Lakhanpurwa", no such place) is its district.
    result = geocode_place("village Lakhana of Tarn Taran district", country="IN")
    assert (result.status, result.name, result.precision) == ("resolved", "Lakhana", "settlement")
    result = geocode_place("village Lakhanpurwa of Tarn Taran district", country="IN")
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Tarn Taran",
        "district",
    )
    assert result.coarsened


@pytest.mark.parametrize(
    "text", ["the central section of the DMZ", "the western stretch of the DMZ"]
)
def test_a_section_of_a_named_line_is_the_line(text):
    result = geocode_place(text, country="KR")
    assert (result.status, result.precision) == ("resolved", "border")
    assert "Korea" in result.name


def test_a_side_of_the_border_words_naming_a_crossing():
    # "the Moroccan side of the border of Tarajal of Ceuta": the side of the border the
    # crossing named inside the words lies on.
    result = geocode_place("el lado marroquí de la frontera del Tarajal de Ceuta", country="MA")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.country == "MA"


def test_a_finnish_municipalitys_crossing_the_data_lacks_is_its_region():
    # "Inarin Raja-Joosepin rajanylityspaikan": Raja-Jooseppi, of Inari, is not in the
    # crossings table; with no outline of the municipality its region answers.
    result = geocode_place("Inarin Raja-Joosepin rajanylityspaikan", country="FI")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "region",
        "FI-10",
    )
    assert result.coarsened


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("à une dizaine de kilomètres de la frontière brésilienne", "GF"),
        ("à une quinzaine de km de la frontière belge", "FR"),
    ],
)
def test_a_romance_collective_number_is_a_distance(text, country):
    # "une dizaine de" (about ten): a figure like "10", never words of a place's name.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision) == ("resolved", "border")


def test_a_collective_number_reads_as_its_figure():
    from bordermap.geo.places.phrases import distance_in_km

    assert distance_in_km("une dizaine de", "milles nautiques") == pytest.approx(18.52)
    assert distance_in_km("una veintena de", "km") == 20.0


def test_a_german_region_adjective_says_which_namesake():
    # Four German towns are named Forst; "brandenburgischen" (of Brandenburg) says which.
    result = geocode_place("im brandenburgischen Forst und Umgebung", country="DE")
    assert (result.status, result.name, result.admin1_code) == ("resolved", "Forst", "DE-BB")


def test_an_adjective_of_several_regions_says_nothing():
    # "sächsisch" may be Saxony's or Saxony-Anhalt's: the namesakes stay ambiguous.
    result = geocode_place("im sächsischen Forst", country="DE")
    assert result.status == "ambiguous"
