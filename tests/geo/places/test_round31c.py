"""Round 31c (issue 11): crossings named in forms or languages the data lacked, and the
grammar around their names (a road word, a Thai ordinal, a Finnish place first, a crossing
of another country that bears a town's name)."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "hint", "name", "precision"),
    [
        # The field sets' phrases.
        ("در مرز «ميلک»", "IR", "Milak–Zaranj", "exact"),
        ("el Puente Santa Fe", "MX", "Paso del Norte Bridge", "exact"),
        ("el puente Santa Fe", "MX", "Paso del Norte Bridge", "exact"),
        ("el puente internacional “Dr. Horacio Guzmán”", "AR", "La Quiaca–Villazón", "exact"),
        ("Sistema Integrado Cristo Redentor", "AR", "Los Libertadores", "exact"),
        ("el llamado Tarajal II", "ES", "Tarajal", "settlement"),
        ("el paso de mercancías ‘Tarajal II’", "ES", "Tarajal", "settlement"),
        # Our own: the forms bare and in other words.
        ("ميلک", "IR", "Milak–Zaranj", "exact"),
        ("Santa Fe bridge", "US", "Paso del Norte Bridge", "exact"),
        ("Tarajal II", "MA", "Tarajal", "settlement"),
        ("el punto de control Carimanparú", "VE", "Pacaraima", "settlement"),
    ],
)
def test_crossings_by_the_forms_reports_write(text, hint, name, precision):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == precision


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # "Puente Santa Fe" is El Paso's bridge only where the event is on that border:
        # a Honduran event's "puente Santa Fe" is still near Honduras' Santa Fe.
        ("Puente Santa Fe", "HN"),
        ("el puente Santa Fe", "HN"),
    ],
)
def test_a_crossing_of_another_country_gives_way_to_the_events_town(text, hint):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.country == hint
    assert result.name == "Santa Fe"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "The first" joined to the word, as blind59 writes "...เมียนมาแห่งที่1": the
        # checkpoint of Mae Sai, of Mae Sot.
        ("ด่านพรมแดนแม่สายแห่งที่1", "Mae Sai–Tachileik"),
        ("ด่านแม่สอดแห่งที่1", "Mae Sot–Myawaddy"),
    ],
)
def test_the_thai_first_joined_to_a_crossing_name(text, name):
    result = geocode_place(text, country="TH")
    assert result.status == "resolved"
    assert result.name == name


def test_a_later_thai_number_joined_is_not_the_tables_crossing():
    # "แห่งที่2", the second bridge, is not the table's unnumbered crossing.
    result = geocode_place("ด่านแม่สอดแห่งที่2", country="TH")
    assert result.status != "resolved"


def test_the_thai_friendship_bridge_name_is_no_form():
    # "สะพานมิตรภาพไทย-เมียนมา" names the bridges at Mae Sai as well as Mae Sot's
    # (blind48 writes it for Mae Sai's): it is left out of the table.
    result = geocode_place("สะพานมิตรภาพไทย-เมียนมา", country="TH")
    assert result.status != "resolved"


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        ("die Autobahn Medyka-Szeghini", "PL", "Medyka"),
        ("Autobahn Medyka–Shehyni", "PL", "Medyka"),
    ],
)
def test_a_german_road_word_before_a_crossings_two_ends(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name


def test_a_german_road_word_before_one_town_is_not_the_town():
    # A road named after one town runs away from it: only a pair of ends is read.
    assert geocode_place("die Autobahn Berlin", country="DE").status != "resolved"


def test_a_finnish_place_first_says_where_the_crossing_lies():
    # The field set's phrase: "to the Salla crossing, in Lapland"; the data has no Salla
    # crossing, and Salla lies 44 km from the border (session 38): the region holding
    # the town, as the phrase without "Lapissa" is answered.
    result = geocode_place("Lapissa Sallan rajanylityspaikalle", country="FI")
    alone = geocode_place("Sallan rajanylityspaikalle", country="FI")
    assert result.status == "resolved"
    assert (result.name, result.admin1_code) == ("Lapland", "FI-10")
    assert (result.name, result.precision) == (alone.name, alone.precision)


def test_a_finnish_place_first_of_another_region_is_no_answer():
    # Uusimaa is not where Salla lies: the two disagree, nothing is answered.
    result = geocode_place("Uusimaassa Sallan rajanylityspaikalle", country="FI")
    assert result.status != "resolved"


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # events34's post, its title capitalised before its name.
        ("Punto de Control Carimanparú", "VE", "Pacaraima"),
        # Our own: the post of a town, read as the town, as the title in lower case is.
        ("Punto de Control La Quiaca", "AR", "La Quiaca"),
    ],
)
def test_a_spanish_posts_title_before_its_name(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name
