"""Session 49 (round49c): a village filed under no region, by the circle of a region
the outlines lack."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "phrase",
    [
        "La cité d’Aba dans le territoire de Faradje dans la province du Haut-Uélé",
        "Aba dans la province du Haut-Uélé",
        "la cité d’Aba",
    ],
)
def test_unfiled_village_by_the_circle_of_a_region_without_outline(phrase: str) -> None:
    # Haut-Uélé is drawn as a 227 km circle; Aba, filed under no region, lies 288 km
    # from its middle: the one Aba of the DR Congo is the town the text names first.
    result = geocode_place(phrase, country="CD")
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Aba",
        "settlement",
    )
    assert result.country == "CD"


def test_unfiled_village_far_beyond_the_circle_is_refused() -> None:
    from bordermap.geo.places.gazetteer import Place
    from bordermap.geo.places.unfiled_village import unfiled_village_by_a_region_circle

    aba = Place(
        ident=1,
        name="Aba",
        kind="settlement",
        country="CD",
        admin1_code=None,
        lat=3.86,
        lon=30.22,
        population=0,
    )
    assert unfiled_village_by_a_region_circle([aba], "CD", "CD-HU", 3.0, 28.0, 227.0) is aba
    assert unfiled_village_by_a_region_circle([aba], "CD", "CD-HU", 3.0, 28.0, 100.0) is None
    filed = Place(
        ident=2,
        name="Aba",
        kind="settlement",
        country="CD",
        admin1_code="CD-IT",
        lat=2,
        lon=29,
        population=0,
    )
    # A namesake filed under another region of the country: not told apart.
    assert (
        unfiled_village_by_a_region_circle([aba, filed], "CD", "CD-HU", 3.0, 28.0, 227.0) is None
    )
