"""Classes of place round 34h: crossing forms and a crossing the events sets missed.

Kyrgyz and Russian reports name a checkpoint by its official name, the place with the
kind of traffic after a hyphen ("Торугарт-автодорожный", the road checkpoint of
Torugart; "Иркештам-автодорожный"), and Russian reports name the Zabaykalsk crossing
by the pair with the Chinese town's Russian name ("Маньчжурия–Забайкальск"); these are
now forms of their rows.  Bare "Маньчжурия" stays off the row: it is also Manchuria,
the region.

Karakaj (the Drina bridge north of Zvornik, Bosnia and Herzegovina–Serbia; Serbian
side Mali Zvornik Novi most) had no row: it is now one, at the GeoNames point of
Karakaj.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Field phrase (events39): before, unresolved.
        ("КПП «Торугарт-автодорожный»", "KG", "Torugart Pass"),
        # Our own.
        ("пункт пропуска «Торугарт-автодорожный»", "KG", "Torugart Pass"),
        ("пункт пропуска «Иркештам-автодорожный»", "KG", "Irkeshtam"),
        # Field phrase (events37): before, unresolved (Zabaykalsk found only in Russia).
        ("пункт пропуска пассажиров «Маньчжурия–Забайкальск»", "CN", "Zabaykalsk–Manzhouli"),
        # Our own.
        ("пункт пропуска «Забайкальск–Маньчжурия»", "RU", "Zabaykalsk–Manzhouli"),
    ],
)
def test_official_and_paired_russian_checkpoint_names(text: str, country: str, name: str) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.name == name


def test_bare_manchuria_is_not_the_crossing() -> None:
    result = geocode_place("Маньчжурия", country="CN")
    assert result.name != "Zabaykalsk–Manzhouli"


@pytest.mark.parametrize(
    ("text", "country", "name", "lat", "lon"),
    [
        # Field phrase (events47): before, unresolved (Karakaj found only in Bosnia).
        ("granični prelaz Karakaj", "RS", "Karakaj–Mali Zvornik", 44.414, 19.124),
        # Our own.
        ("graničnom prelazu Karakaj", "BA", "Karakaj–Mali Zvornik", 44.414, 19.124),
        ("prelaz Mali Zvornik–Karakaj", "RS", "Karakaj–Mali Zvornik", 44.414, 19.124),
    ],
)
def test_new_crossing_rows(text: str, country: str, name: str, lat: float, lon: float) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.name == name
    assert abs(result.lat - lat) < 0.01
    assert abs(result.lon - lon) < 0.01
