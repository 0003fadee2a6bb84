"""Place classes of round 30p, found on the unresolved rows of the newest place sets
(blind49 to blind58) and the unplaced events of events25 to events31."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Crossings the data lacked: Zouj Bghal (Algeria–Morocco, "Colonel Lotfi" on
        # the Algerian side) and Farhana (Melilla).
        ("Le poste frontière « Zouj Bghal »", "MA", "Zouj Bghal"),
        ("via le poste Colonel Lotfi–Zouj Bghal", "MA", "Zouj Bghal"),
        ("la zona próxima al paso fronterizo de Farhana", "ES", "Farhana"),
        ("la zona cercana al paso fronterizo denominado Farhana", "ES", "Farhana"),
        # Crossings named in a form the data lacked: Pont Saint-Louis abbreviated,
        # Torkham in Urdu written in two words, Torghundi in Persian.
        ("una struttura di identificazione vicino a Pont St. Louis", "IT", "Ventimiglia–Menton"),
        ("پاک افغان سرحد طور خم پر گزر گاہ", "PK", "Torkham"),
        ("بندرتجاری تورغندی درمرز ترکمنستان", "AF", "Serhetabat–Torghundi"),
    ],
)
def test_a_crossing_is_found_by_the_name_reports_give_it(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name
