"""Classes of place round 31t: a town pair naming a crossing, its other town respelled.

"Mae Sai-Ta Khi Lek": one half of a written pair names a crossing, the other half is
no place in the gazetteer but is spelled like the crossing's other town in another
romanisation.  The pair is that crossing; a second half unlike any of the crossing's
names is not read as confirming it.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "crossing"),
    [
        # Field phrase (blind62): before, unresolved.
        ("Mae Sai-Ta Khi Lek border pass", "TH", "Mae Sai–Tachileik"),
        # Our own.
        ("Mae Sai-Ta Khi Lek", "TH", "Mae Sai–Tachileik"),
        ("Tachilek-Mae Say", "MM", "Mae Sai–Tachileik"),
        ("Ta Chi Leik-Mae Sai", "TH", "Mae Sai–Tachileik"),
    ],
)
def test_a_pair_with_its_other_town_respelled_is_the_crossing(text, country, crossing):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == crossing


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # The second half is unlike any name of the crossing: not confirmed by it.
        ("Mae Sai-Zorblatown", "TH"),
    ],
)
def test_a_pair_with_an_unlike_other_half_is_not_the_crossing(text, country):
    result = geocode_place(text, country=country)
    assert result.name != "Mae Sai–Tachileik" or result.precision not in ("exact", "settlement")


@pytest.mark.parametrize(
    ("text", "country", "crossing"),
    [
        # Field phrase (blind62): before, unresolved.
        ("pieszym przejściu granicznym w Szeginiach-Medyce", "PL", "Medyka"),
        # Our own: both halves in the Polish locative.
        ("w Szeginiach-Medyce", "PL", "Medyka"),
        ("na przejściu w Korczowej-Krakowcu", "PL", "Korczowa–Krakovets"),
        ("w Hrebennem-Rawie Ruskiej", "PL", "Hrebenne–Rava-Ruska"),
    ],
)
def test_a_pair_of_declined_halves_is_the_crossing(text, country, crossing):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == crossing
