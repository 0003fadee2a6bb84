"""Word tables of session 46's data round (issue 11): unit words of scripts the grammar
lacked (``place_words.toml``), read at run time.  Each phrase below was unresolved, or
answered by a coarser unit, before."""

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
