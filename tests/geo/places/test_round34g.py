"""Classes of place round 34g: border towns GeoNames lacks or spells otherwise.

Samtah, the Saudi town on the Yemeni border, is filed by GeoNames as Şāmitah
(Samitah) only: "the Saudi town of Samtah" found no key.  Am Dafok (Central African
Republic, on the Sudan road), Etulia (Moldova, on the Ukrainian border) and Akobo
(South Sudan, on the Ethiopian border) are not in GeoNames `cities500` at all; they
are rows of ``villages.tsv`` now, at the points of their Wikipedia articles.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        # Field phrase (events8): before, unresolved.
        "the Saudi town of Samtah",
        # Our own.
        "Samtah",
        "in Samtah",
    ],
)
def test_samtah_is_the_town(text: str) -> None:
    result = geocode_place(text, country="SA")
    assert result.status == "resolved", result
    assert result.precision == "settlement"
    assert abs(result.lat - 16.59601) < 0.01
    assert abs(result.lon - 42.94435) < 0.01


def test_samtah_governorate_is_never_the_town() -> None:
    # Field phrase (events8, coded by its district): a governorate is never a pin.
    result = geocode_place("the Samtah governorate in the region of Jazan", country="SA")
    assert result.precision != "settlement"


@pytest.mark.parametrize(
    ("text", "country", "lat", "lon"),
    [
        # Field phrase (events25): before, unresolved.
        ("dans la ville d'Am-Dafock", "CF", 10.46556, 23.30083),
        # Field phrase (events25): before, unresolved.
        ("in Akobo", "SS", 7.783, 33.05),
        # Field phrase (events6): before, unresolved.
        ("near the town of Etulia, Vulkanest district", "MD", 45.53917, 28.44278),
        # Our own.
        ("Am Dafok", "CF", 10.46556, 23.30083),
        ("à Am Dafock", "CF", 10.46556, 23.30083),
        ("the town of Akobo", "SS", 7.783, 33.05),
        ("Etulia", "MD", 45.53917, 28.44278),
    ],
)
def test_border_towns_outside_cities500(text: str, country: str, lat: float, lon: float) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.precision in {"settlement", "near"}
    assert abs(result.lat - lat) < 0.01
    assert abs(result.lon - lon) < 0.01


def test_akobo_of_an_ethiopian_report_is_not_the_south_sudanese_town() -> None:
    # The Ethiopian woreda of the same name has no town in the data: with an
    # Ethiopian hint the South Sudanese town across the river is refused.
    result = geocode_place("Akobo", country="ET")
    assert result.status != "resolved" or result.country == "ET"
