"""Data rows of session 51's data round (issue 11): name forms the field reports write and
the data lacked (``crossings.csv``, ``aliases.toml``, ``demonyms.toml``) and one island of
``waters.tsv``, each read in a cited page. Each phrase below was unresolved before."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "country", "crossing"),
    [
        # blind99 ao-cd-da001: DW África's spelling of the Luvo post.
        ("O posto Fronteiriço do Luvu", "AO", "Luvo"),
        # blind99 dj-so-da002: HCH24's spelling of Lawyacado, the Somali side of Loyada.
        ("la ville de Lawya-ado, frontière du Somaliland avec Djibouti", "SO", "Loyada"),
        # Nepali news spell the Jamunaha post with and without the final vowel sign.
        ("बाँकेको जमुनाहा नाका", "NP", "Rupaidiha–Nepalgunj"),
        ("जमुनाह नाका", "NP", "Rupaidiha–Nepalgunj"),
        # blind105 and blind106: Somali Dispatch's Lawyado, Africa News Wire's Qasha's Nek,
        # super.kg's Kyrgyz Эркеч-Там and srugim.co.il's Hebrew "Bika'a crossing".
        ("the border town of Lawyado", "SO", "Loyada"),
        ("the Qasha’s Nek Port of Entry", "LS", "Qacha's Nek"),
        ("Эркеч-Там", "KG", "Irkeshtam"),
        ("במעבר הבקעה", "IL", "Jordan River Crossing"),
    ],
)
def test_a_new_crossing_form_finds_the_crossing(phrase, country, crossing):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.name) == ("resolved", crossing)
    assert result.admin1_code is None  # the crossing, not a town or region


def test_the_urdu_pak_china_border_is_the_china_pakistan_border():
    # blind100 cn-pk-db002: "پاک چین سرحد" was unresolved, چین being no country word.
    result = geocode_place("پاک چین سرحد", country="PK")
    assert (result.status, result.precision, result.name) == (
        "resolved",
        "border",
        "China–Pakistan border",
    )


def test_persian_china_alone_is_the_country():
    result = geocode_place("چین")
    assert (result.status, result.precision, result.country) == ("resolved", "country", "CN")


def test_lieyu_township_is_kinmen():
    # blind104 cn-tw-df001: "south of Lieyu township" was unresolved.
    result = geocode_place("烈嶼鄉南方", country="TW")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "region",
        "TW-KIN",
    )


def test_the_latin_lieyu_is_not_kinmen():
    # GeoNames' Lieyu is a Fujian village: the Latin name was left out of Kinmen.
    assert geocode_place("Lieyu", country="TW").admin1_code != "TW-KIN"


def test_the_waters_of_nipa_island_are_its_circle():
    # blind104 id-sg-df001: the Indonesian island off Singapore, by its directory point.
    result = geocode_place("di sekitar perairan Pulau Nipah")
    assert (result.status, result.precision, result.country) == ("resolved", "near", "ID")
    assert abs(result.lat - 1.15361) < 1e-4 and abs(result.lon - 103.65306) < 1e-4


def test_somaliland_is_somalia_and_its_border_with_ethiopia_somalias():
    # No outline or single admin-1 unit is Somaliland: the country that holds it answers.
    assert geocode_place("Somaliland").country == "SO"
    result = geocode_place("the Ethiopia–Somaliland border", country="ET")
    assert (result.status, result.name) == ("resolved", "Ethiopia–Somalia border")


def test_kazakh_china_makes_the_kazakh_china_border():
    # blind106 cn-kz-dh001 writes "қазақ-қытай шекарасы": қытай (Chinese) was no country word.
    result = geocode_place("қазақ-қытай шекарасы", country="KZ")
    assert (result.status, result.name) == ("resolved", "China–Kazakhstan border")


def test_kepri_is_the_riau_islands():
    # Tribun Batam's short form of Kepulauan Riau.
    result = geocode_place("Kepri", country="ID")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "ID-KR")
