"""Data rows of session 52's data round (data54, issue 11): crossings, a station and name
forms the field reports write and the data lacked (``crossings.csv``, ``villages.tsv``,
``town_names.tsv``, ``aliases.toml``), each read in a cited page. Each phrase below was
unresolved, ambiguous or answered another place before."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "country", "crossing", "lat", "lon"),
    [
        # The WFP Logistics Cluster's point of the Chanida post (Zambia).
        ("Chanida", "ZM", "Cassacatiza–Chanida", -14.301, 32.349),
        # de.wikipedia's point of Prosenjakovci village; the Slovenian locative.
        ("Prosenjakovci", "SI", "Prosenjakovci–Magyarszombatfa", 46.74, 16.313),
        # blind95 hn-ni-cw001: en.wikipedia's Guasaule border point, no longer Somotillo's.
        ("por El Guasaule", "HN", "El Guasaule", 13.062, -86.954),
    ],
)
def test_a_new_crossing_row_or_point_finds_the_crossing(phrase, country, crossing, lat, lon):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.name) == ("resolved", crossing)
    assert (round(result.lat, 3), round(result.lon, 3)) == (lat, lon)


def test_the_border_of_cassacatiza_is_the_line_at_the_post():
    # blind103 mz-zm-de002 was Mozambique, the border word reading every line of it.
    result = geocode_place("a fronteira de Cassacatiza", country="MZ")
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name == "Mozambique–Zambia border at Cassacatiza–Chanida"


def test_the_small_crossing_in_prosenjakovci_is_read_in_the_locative():
    # blind107 hu-si-di001: "Maloobmejni prehod v Prosenjakovcih".
    result = geocode_place("Maloobmejni prehod v Prosenjakovcih", country="SI")
    assert result.status == "resolved"
    assert result.name == "Prosenjakovci–Magyarszombatfa"


@pytest.mark.parametrize(
    ("phrase", "country", "crossing"),
    [
        # blind107 ch-fr-di002: Léman Bleu's spelling of Moillesulaz.
        ("à Moëllesulaz", "CH", "Moillesulaz"),
        # blind106 il-jo-dh001: the Rabin crossing in Hebrew, its name quoted.
        ('במעבר "רבין" שבערבה', "IL", "Wadi Araba crossing"),
        # blind108 ir-tm-dj001: the Turkmen name of Sarakhs.
        ("Sarahs serhet nokady", None, "Sarakhs"),
    ],
)
def test_a_new_form_finds_its_crossing(phrase, country, crossing):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.name) == ("resolved", crossing)


def test_hyllie_is_the_station_in_malmo():
    # blind99 dk-se-da002: "ved stationen i Hyllie", the Swedish ID checks on the Öresund line.
    result = geocode_place("ved stationen i Hyllie", country="SE")
    assert (result.status, result.name, result.country) == ("resolved", "Hyllie", "SE")
    assert (round(result.lat, 3), round(result.lon, 3)) == (55.563, 12.976)


@pytest.mark.parametrize(
    ("phrase", "name", "precision"),
    [
        # Uzbek in Cyrillic letters: Osh city and Osh region.
        ("Ўш", "Osh", "settlement"),
        ("Ўш вилояти", "Osh", "region"),
    ],
)
def test_the_uzbek_cyrillic_osh(phrase, name, precision):
    result = geocode_place(phrase, country="KG")
    assert (result.status, result.name, result.precision) == ("resolved", name, precision)
