"""Session 39, round39b: blind82's causes — a county across the line, a camp filed in
the wrong province, a unit placed by a distance, a town seating a municipality, a
misspelt border word and three Spanish islets off Morocco."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


def test_a_county_of_another_country_is_not_the_region_of_a_namesake_village():
    # Luna County is New Mexico's; the village Luna in Campeche seats no county.
    found = geocode_place("in Luna County", country="MX")
    assert found.status == "unresolved"
    assert "US-NM" in found.note
    # The event's own county is still read.
    found = geocode_place("in Luna County", country="US")
    assert (found.status, found.admin1_code) == ("resolved", "US-NM")


def test_a_town_across_the_border_from_another_is_by_their_crossing():
    # Palomas alone finds namesakes in San Luis Potosí and Tabasco; the crossing
    # Columbus–Palomas says which; "in Luna County" is Columbus's.
    found = geocode_place(
        "in Palomas, across the border from Columbus in Luna County", country="MX"
    )
    assert (found.status, found.name, found.precision) == ("resolved", "Columbus–Palomas", "near")
    # A town with no crossing facing it says nothing.
    found = geocode_place("in Palomas, across the border from Tucson", country="MX")
    assert found.status == "ambiguous"


def test_a_camp_known_just_across_the_border_is_not_answered_by_a_far_region():
    # Rukban lies by the Jordanian line, 130 km east of Suwayda, where the text files it.
    found = geocode_place(
        "في مخيم الركبان بريف محافظة السويداء على الحدود مع الأردن", country="SY"
    )
    assert found.admin1_code != "SY-SU"
    # A namesake far inside another country says nothing against the district named.
    found = geocode_place("بلدة الغسانية بقضاء صيدا", country="LB")
    assert (found.status, found.admin1_code) == ("resolved", "LB-JA")


def test_a_unit_placed_at_a_distance_from_a_town_is_near_the_town():
    found = geocode_place(
        "en el sector Ventanas, 8 kilómetros al norte de Puerto Carreño", country="CO"
    )
    assert (found.status, found.name, found.precision) == ("resolved", "Puerto Carreño", "near")


@pytest.mark.parametrize(
    ("text", "hint", "name", "precision"),
    [
        # The town word names the place; the municipality word after it does not
        # make "cidade de X" a unit's name.
        (
            "na cidade de Santa Elena de Uairén, município que faz fronteira com o Brasil",
            "VE",
            "Santa Elena de Uairén",
            "settlement",
        ),
        # Without a town word the municipality is still read.
        (
            "em Pacaraima, município que faz fronteira com a Venezuela",
            "BR",
            "Pacaraima",
            "district",
        ),
    ],
)
def test_a_town_word_before_a_municipality_word_keeps_the_town(text, hint, name, precision):
    found = geocode_place(text, country=hint)
    assert (found.status, found.name, found.precision) == ("resolved", name, precision)


@pytest.mark.parametrize("text", ["at the Maseru Borger Gate", "the Maseru Boarder Post"])
def test_a_misspelt_border_word_before_a_crossing_word_is_read_as_border(text):
    found = geocode_place(text, country="LS")
    assert (found.status, found.name) == ("resolved", "Maseru Bridge")


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("en la Isla de Tierra, frente a Alhucemas", 35.2152, -3.9026),
        ("en la isla del Congreso", 35.17889, -2.44139),
        ("junto al Peñón de Vélez de la Gomera", 35.17222, -4.29972),
    ],
)
def test_spanish_islets_off_morocco_are_at_their_own_points(text, lat, lon):
    found = geocode_place(text, country="ES")
    assert found.status == "resolved"
    assert (round(found.lat, 4), round(found.lon, 4)) == (round(lat, 4), round(lon, 4))


def test_a_swahili_headline_in_title_case_reads_its_place_words():
    # Capitalised, "Kilichopo Nchini" and "Mpakani" were read as the village's name.
    found = geocode_place(
        "katika kijiji cha Mtole Kilichopo Nchini Msumbiji Mpakani mwa Tanzania", country="MZ"
    )
    assert (found.status, found.precision) == ("resolved", "border")
    assert found.name == "Mozambique–Tanzania border"


def test_a_bridge_joining_two_towns_is_the_crossing_both_names_are_forms_of():
    # Cobija–Brasiléia lists Epitaciolândia, the twin town across the Acre river.
    for text in (
        "a ponte que liga as cidades de Epitaciolândia (Acre) e Cobija (Bolívia)",
        "na ponte entre as cidades de Cobija (Bolívia) e Epitaciolândia (Acre)",
    ):
        found = geocode_place(text, country="BO")
        assert (found.status, found.name) == ("resolved", "Cobija–Brasiléia")


def test_a_named_zone_of_a_town_is_near_the_town():
    found = geocode_place("en la zona de Otay de Tijuana", country="MX")
    assert (found.status, found.name, found.precision) == ("resolved", "Tijuana", "near")
    assert found.coarsened
