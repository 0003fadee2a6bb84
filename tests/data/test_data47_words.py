"""Word tables of session 47's data round (issue 11): case endings
(``inflections.toml``) and words around place names (``place_words.toml``), read at run
time.  Each phrase below was unresolved before."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "country", "code"),
    [
        # blind37 hr-si-an004 was unresolved: the genitive of a town named by a neuter
        # adjective ("Krško").
        ("gotovo do Krškog", "SI", "SI-054"),
        ("iz Brčkog", "BA", "BA-BRC"),
        ("u Brčkom", "BA", "BA-BRC"),
    ],
)
def test_a_neuter_adjective_town_is_read_back_from_its_case(phrase, country, code):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.admin1_code) == ("resolved", code)


def test_greek_near_with_the_masculine_article_reads_the_evros_border():
    # blind24 gr-tr-z013 "κοντά στον ποταμό Έβρο" was unresolved.
    result = geocode_place("κοντά στον ποταμό Έβρο", country="GR")
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name.startswith("Greece–Turkey border")


def test_nordic_definite_region_word_reads_the_region():
    result = geocode_place("Siunik regionen", country="AM")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "AM-SU")
