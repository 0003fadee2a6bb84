"""Data rows of session 50's data round (issue 11): name forms the field reports write and the
data lacked (``town_names.tsv``, ``crossings.csv``, ``aliases.toml``), each read in a cited
page. Each phrase below was unresolved before."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


def test_saloum_is_the_egyptian_town_of_as_sallum():
    # events75: Ahram Online's "west of Saloum city" was unresolved.
    result = geocode_place("west of Saloum city", country="EG")
    assert (result.status, result.name, result.admin1_code) == ("resolved", "As Sallūm", "EG-MT")


def test_saloum_of_a_senegalese_report_is_not_the_egyptian_town():
    # The Saloum is also Senegal's river and delta: a Senegalese hint must not reach Egypt.
    assert geocode_place("le delta du Saloum", country="SN").status != "resolved"


@pytest.mark.parametrize(
    ("phrase", "country", "crossing"),
    [
        # blind103 al-gr-de001: the Albanian genitive of the Greek post's name.
        ("Pika doganore e Mavromatit", "AL", "Qafë Botë–Mavromati"),
        # blind103 fr-it-de001: the French name of the seaside post at Menton.
        ("Au poste frontière St Ludovic", "FR", "Ventimiglia–Menton"),
        ("le poste de Saint-Ludovic", "FR", "Ventimiglia–Menton"),
    ],
)
def test_a_new_crossing_form_finds_the_crossing(phrase, country, crossing):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.name) == ("resolved", crossing)
    assert result.admin1_code is None  # a crossing, not a town or region


def test_bare_mavromati_stays_ambiguous_with_the_thessalian_village():
    # Mavrommáti (GR-E) is a namesake far from the border: neither wins alone.
    assert geocode_place("Mavromati", country="GR").status == "ambiguous"


def test_the_coipasa_salt_flat_is_oruro_for_a_bolivian_report():
    # events75: "el salar de Coipasa" was unresolved; the flat lies 98 % in Oruro.
    result = geocode_place("el salar de Coipasa", country="BO")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "BO-O")
