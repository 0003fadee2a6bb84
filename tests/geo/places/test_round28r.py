"""Place classes of round28r (session 28): the newest events sets' misses."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("U Rožajama", "ME", "ME-17"),
        ("u Pljevljima", "ME", "ME-14"),
        ("u Konavlima", "HR", "HR-19"),
    ],
)
def test_south_slavic_plural_town_names_in_the_locative(text, country, code):
    # Rožaje, Pljevlja and Konavle are plural names: "u Rožajama", "u Konavlima".
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.admin1_code == code


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("ses contrôles frontaliers avec le Luxembourg", "FR", "France–Luxembourg border"),
        ("its border controls with Luxembourg", "FR", "France–Luxembourg border"),
        ("border checks with Luxembourg", "FR", "France–Luxembourg border"),
        ("los controles fronterizos con Francia", "ES", "Spain–France border"),
        ("Grenzkontrollen zu Luxemburg", "DE", "Germany–Luxembourg border"),
    ],
)
def test_border_checks_with_a_country_are_that_border(text, country, name):
    # Checks as a policy are made on a border: "its border controls with <country>".
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name == name


def test_a_border_check_post_stays_a_place():
    # The singular is often the post itself, near a town: not the whole border.
    result = geocode_place("die Grenzkontrolle in der Nähe von Trier", country="DE")
    assert (result.name, result.precision) == ("Trier", "near")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("מעבר אלנבי", "PS"),
        ("במעבר אלנבי", "JO"),
        ("معبر الملك حسين", "JO"),
    ],
)
def test_a_crossing_written_with_another_crossing_word_of_its_script(text, country):
    # The table names the Allenby crossing "גשר אלנבי" (the bridge) and "جسر الملك حسين";
    # reports write "מעבר" (crossing) or "معبر" in front of the same name.
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == "Allenby Bridge"


def test_a_hebrew_border_crossing_is_the_crossing_not_the_border():
    result = geocode_place("מעבר הגבול טאבה", country="EG")
    assert (result.name, result.precision) == ("Taba", "settlement")


def test_a_seat_the_data_files_just_outside_its_unit_is_the_town():
    # The department is filed under Moyen-Chari; Maro, its seat, lies 12 km outside that
    # outline (in Mandoul): the region would put the event where the town is not.
    result = geocode_place("à Maro, chef-lieu du département de la Grande Sido", country="TD")
    assert (result.name, result.precision, result.admin1_code) == ("Maro", "settlement", "TD-MA")


def test_a_seat_far_from_the_unit_named_is_not_taken():
    # Lac lies some 500 km from Maro: the text's seat is another place of the name.
    result = geocode_place("Maro, capital of Lac region", country="TD")
    assert result.name != "Maro"


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("les frontières Est du pays", "LR", "Ivory Coast–Liberia border"),
        ("la frontera norte del país", "MX", "Mexico–United States border"),
    ],
)
def test_the_border_of_the_country_is_the_event_country_s(text, country, name):
    # "du pays", "del país" point back at the event's country, the border's owner.
    result = geocode_place(text, country=country)
    assert (result.name, result.precision) == (name, "border")


def test_the_country_s_border_on_a_region_s_side_is_its_stretch_there():
    result = geocode_place("les frontières Est du pays, côté Maryland", country="LR")
    assert (result.precision, result.admin1_code) == ("border", "LR-MY")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Klobuk checkpoint between Montenegro and BiH", "BA"),
        ("the Klobuk border crossing between Bosnia and Montenegro", "ME"),
    ],
)
def test_a_crossing_the_tables_lack_between_two_countries_is_their_border(text, country):
    result = geocode_place(text, country=country)
    assert (result.name, result.precision) == (
        "Bosnia and Herzegovina–Montenegro border",
        "border",
    )
    assert result.coarsened


def test_a_crossing_between_two_countries_off_the_event_country_stays_unresolved():
    result = geocode_place("Klobuk checkpoint between Montenegro and BiH", country="HR")
    assert result.status == "unresolved"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("the Omari border crossing", "JO"),
        ("منفذ الحديثة الحدودي", "SA"),
        ("the Haditha crossing", "SA"),
    ],
)
def test_the_jordan_saudi_crossing_by_either_side_s_name(text, country):
    result = geocode_place(text, country=country)
    assert result.name == "Al-Omari–Al-Haditha"


def test_bare_haditha_stays_the_iraqi_town():
    result = geocode_place("Haditha", country="IQ")
    assert (result.country, result.precision) == ("IQ", "settlement")
