"""Place classes of session 48's round f, found on the events events74 left unplaced."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.german_roads import place_beside_a_road
from bordermap.geo.places.phrases import parse_place

# A word saying whether a crossing is in use describes it; the town after "at" names it.


@pytest.mark.parametrize(
    "text",
    [
        "the active border crossing at Šalčininkai",
        "the closed border crossing at Šalčininkai",
        "the reopened border crossing at Šalčininkai",
    ],
)
def test_a_crossing_in_use_is_named_by_its_town(text):
    assert parse_place(text).name == "Šalčininkai"
    result = geocode_place(text, country="LT")
    assert (result.status, result.name) == ("resolved", "Šalčininkai")


# A possessive after "at" owns only the name after it.


@pytest.mark.parametrize(
    "text",
    [
        "The border crossing at Quebec's Roxham Road",
        "The unofficial border crossing at Quebec's Roxham Road",
        "The closed border crossing at Quebec's Roxham Road",
    ],
)
def test_a_possessive_after_at_owns_the_name_after_it(text):
    result = geocode_place(text, country="CA")
    assert (result.status, result.name) == ("resolved", "Roxham Road")


# A German motorway's number names no place; the town after "bei" does.


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("auf der A6 bei Kittsee im Burgenland", "bei Kittsee im Burgenland"),
        ("auf der Autobahn 4 kurz vor Görlitz", "bei Görlitz"),
        ("auf der A17 zwischen Dresden und Pirna", "zwischen Dresden und Pirna"),
        # Where the road leads is not where the event was.
        ("auf der A6 Richtung Kittsee", None),
        ("bei Kittsee", None),
    ],
)
def test_the_place_beside_a_motorway(text, rest):
    assert place_beside_a_road(text) == rest


def test_a_motorway_by_a_town_is_near_the_town():
    result = geocode_place("auf der A6 bei Kittsee im Burgenland", country="AT")
    assert (result.status, result.name, result.precision) == ("resolved", "Kittsee", "near")


# "the province of Suwaida": the unit the tables spell As Suwayda', which holds the town
# the tables know as Suwaida; a town inside it the data lacks is answered by the unit.


@pytest.mark.parametrize(
    "text",
    [
        "the province of Suwaida",
        "Suwaida province",
        "the town of Khirbet Auad, located in the province of Suwaida",
    ],
)
def test_a_province_spelled_as_its_namesake_town_is_the_province(text):
    result = geocode_place(text, country="SY")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "SY-SU")


# A silent "h" carried from Portuguese into a Spanish name.


def test_a_long_name_with_a_silent_h_is_the_name_without_it():
    result = geocode_place("a cidade venezuelana de Santa Helena de Uairén", country="VE")
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Santa Elena de Uairén",
        "settlement",
    )


def test_a_short_name_is_not_read_without_its_h():
    # Two-word names are borne by many villages: "Santa Helena" may be one the data lacks.
    assert geocode_place("Santa Helena", country="VE").status != "resolved"


# A park named after the landmark it surrounds.


@pytest.mark.parametrize("text", ["Peace Arch Park", "the Peace Arch Provincial Park"])
def test_a_park_named_after_a_landmark_is_the_landmark(text):
    result = geocode_place(text, country="CA")
    assert (result.status, result.name, result.precision) == ("resolved", "Peace Arch", "exact")


@pytest.mark.parametrize(("text", "country"), [("Kruger Park", "ZA"), ("Gorky Park", "RU")])
def test_a_park_is_no_town_nor_region(text, country):
    assert geocode_place(text, country=country).status == "unresolved"


# "the border near X": near the town X, when X lies by that border.


@pytest.mark.parametrize(
    ("text", "country", "town"),
    [
        ("the border wall near Jacumba Hot Springs", "MX", "Jacumba Hot Springs"),
        ("the border wall near Jacumba Hot Springs", "US", "Jacumba Hot Springs"),
        ("an der Grenze bei Kiefersfelden", "DE", "Kiefersfelden"),
        ("the Israel-Lebanon border area near Metula", "IL", "Metula"),
    ],
)
def test_the_border_near_a_town_is_near_the_town(text, country, town):
    result = geocode_place(text, country=country)
    assert (result.status, result.name, result.precision) == ("resolved", town, "near")
    # The circle reaches the border the town lies by.
    assert result.uncertainty_km >= 25.0


def test_a_town_across_the_border_keeps_no_country():
    result = geocode_place("the border wall near Jacumba Hot Springs", country="MX")
    assert result.country is None


@pytest.mark.parametrize(
    "text",
    [
        "the Attari border near Amritsar",
        # A post the data lacks, named by the head: the town is near the post, and the
        # post is no town's circle.
        "Hindumalkot border near Sriganganagar",
    ],
)
def test_a_named_post_of_the_border_is_not_moved_to_the_town(text):
    result = geocode_place(text, country="IN")
    assert result.precision == "border"


# Nordic "floden" (the river) before a river's name.


def test_a_nordic_river_word_names_the_river():
    result = geocode_place("floden Narva", country="EE")
    assert (result.status, result.precision) == ("resolved", "border")
    assert "Narva River" in result.name
