"""Classes of place round 34e: grammar and spelling around names left unresolved.

- Indonesian and Malay "Provinsi X" (province X) names the province, and "X, ibukota
  Provinsi Y" (X, the capital of province Y) is X inside Y: a misspelt capital
  ("Vanino" for Vanimo) gives the province rather than nothing.  The province word is
  that province's, not an area named around a town before it.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name", "precision"),
    [
        # Field phrase (events46): before, unresolved; the misspelt town gives its province.
        ("Vanino, ibukota Provinsi Sandaun", "PG", "Sandaun", "region"),
        # Our own: the capital spelt right is the town; "ibu kota" apart; the province.
        ("Vanimo, ibukota Provinsi Sandaun", "PG", "Vanimo", "settlement"),
        ("Vanimo, ibu kota Provinsi Sandaun", "PG", "Vanimo", "settlement"),
        ("Provinsi Sandaun", "PG", "Sandaun", "region"),
        # Field phrase (blind49): the province word is that province's, not an area
        # around Jayapura: the province holding the unknown place answers, as before.
        (
            "Skouw, Kampung Mosso, Distrik Muara Tami, Kota Jayapura, Provinsi Papua",
            "ID",
            "Papua",
            "region",
        ),
    ],
)
def test_indonesian_province_and_its_capital(
    text: str, country: str, name: str, precision: str
) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.name == name
    assert result.precision == precision
