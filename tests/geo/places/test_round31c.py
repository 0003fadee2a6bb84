"""Round 31c (issue 11): crossings named in forms or languages the data lacked, and the
grammar around their names (a road word, a Thai ordinal, a Finnish place first, a crossing
of another country that bears a town's name)."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "hint", "name", "precision"),
    [
        # The field sets' phrases.
        ("در مرز «ميلک»", "IR", "Milak–Zaranj", "exact"),
        ("el Puente Santa Fe", "MX", "Paso del Norte Bridge", "exact"),
        ("el puente Santa Fe", "MX", "Paso del Norte Bridge", "exact"),
        ("el puente internacional “Dr. Horacio Guzmán”", "AR", "La Quiaca–Villazón", "exact"),
        ("Sistema Integrado Cristo Redentor", "AR", "Los Libertadores", "exact"),
        ("el llamado Tarajal II", "ES", "Tarajal", "settlement"),
        ("el paso de mercancías ‘Tarajal II’", "ES", "Tarajal", "settlement"),
        # Our own: the forms bare and in other words.
        ("ميلک", "IR", "Milak–Zaranj", "exact"),
        ("Santa Fe bridge", "US", "Paso del Norte Bridge", "exact"),
        ("Tarajal II", "MA", "Tarajal", "settlement"),
        ("el punto de control Carimanparú", "VE", "Pacaraima", "settlement"),
    ],
)
def test_crossings_by_the_forms_reports_write(text, hint, name, precision):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == precision


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # "Puente Santa Fe" is El Paso's bridge only where the event is on that border:
        # a Honduran event's "puente Santa Fe" is still near Honduras' Santa Fe.
        ("Puente Santa Fe", "HN"),
        ("el puente Santa Fe", "HN"),
    ],
)
def test_a_crossing_of_another_country_gives_way_to_the_events_town(text, hint):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.country == hint
    assert result.name == "Santa Fe"
