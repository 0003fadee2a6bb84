"""Data rows of session 54's round54e (need ``scripts/build_gazetteer.py`` run on them):
Zar'it (Israel), Hamdayet (Sudan) and the Caracol site (Belize) in ``villages.tsv``,
Hito I as a form of Hito Esmeralda, and Bakassi (Cameroon's Southwest Region) and the
Sir Graham Moore Islands (Western Australia) in ``aliases.toml``."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize("text", ["Zar'it", "the moshav of Zarit"])
def test_zarit_is_the_moshav_by_the_lebanese_border(text: str) -> None:
    result = geocode_place(text, country="IL")
    assert result.status == "resolved"
    assert (round(result.lat, 2), round(result.lon, 2)) == (33.10, 35.29)


def test_hamdayet_is_the_kassala_village_on_the_setit() -> None:
    result = geocode_place("in Hamdayit", country="SD")
    assert (result.status, result.country) == ("resolved", "SD")
    assert (round(result.lat, 2), round(result.lon, 2)) == (14.27, 36.53)


def test_near_the_caracol_site_is_near_its_point() -> None:
    result = geocode_place("near the Caracol archaeological site", country="BZ")
    assert (result.status, result.precision) == ("resolved", "near")
    assert (round(result.lat, 2), round(result.lon, 2)) == (16.76, -89.12)


def test_the_first_bolivia_paraguay_marker_is_hito_esmeralda() -> None:
    result = geocode_place("el Hito I Esmeralda", country="PY")
    assert (result.status, result.name) == ("resolved", "Hito Esmeralda")


def test_bakassi_is_cameroons_southwest_region() -> None:
    result = geocode_place("the Bakassi peninsula", country="CM")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "CM-SW")


def test_the_niiwalarra_islands_are_in_western_australia() -> None:
    result = geocode_place("off the Niiwalarra Islands", country="AU")
    assert (result.status, result.admin1_code) == ("resolved", "AU-WA")
