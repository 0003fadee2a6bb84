"""Word tables of session 46's data round (issue 11): unit words of scripts the grammar
lacked (``place_words.toml``) and two border rivers (``border_features.toml``), read at
run time.  Each phrase below was unresolved, or answered by a coarser unit, before."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "country", "precision", "name"),
    [
        # blind96 af-ir-cw001 was answered with Herat province.
        ('في مديرية "كهسان"', "AF", "district", "Kuhsān"),
        # blind77 tj-uz-cd001 was answered with Sughd (Leninabad).
        ("дар деҳаи Равоти ноҳияи Конибодом", "TJ", "district", "Nohiyai Konibodom"),
        # blind96 am-tr-cw003 was answered near the village, not at it.
        ("Araqatsavan kəndinin", "AM", "settlement", "Aragatsavan"),
    ],
)
def test_a_unit_word_reads_its_unit(phrase, country, precision, name):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.precision, result.name) == ("resolved", precision, name)


def test_the_lesna_prawa_crossed_is_the_belarus_poland_border():
    # blind95 by-pl-cw001 was unresolved.
    result = geocode_place("przez rozlewiska rzeki Leśna Prawa", country="PL")
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name.startswith("Belarus–Poland border")


def test_the_lesna_prawa_alone_is_not_the_border():
    # The river crosses the line rather than forming it (stretch = true): a text that
    # speaks neither of the border nor of crossing it is not answered with the border.
    result = geocode_place("rzeka Leśna Prawa", country="PL")
    assert result.precision != "border"


def test_the_el_beid_river_is_the_cameroon_nigeria_border():
    result = geocode_place("le fleuve El Beid", country="CM")
    assert result.precision == "border"
    assert result.name.startswith("Cameroon–Nigeria border")
