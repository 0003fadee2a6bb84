"""Session 34, lead: wrong answers found on first contact with the blind sets."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        # events44: the checkpoint "in Almaty oblast" was answered with Astana, the
        # region holding Almatinskiy Rayon, 1,000 km north.
        "контрольно-пропускной пункт в Алматинской области",
        "Алматинская область",
    ],
)
def test_an_oblast_is_not_the_region_of_a_raion_of_its_name(text):
    found = geocode_place(text, country="KZ")
    assert found.admin1_code != "KZ-71"
    assert found.status != "resolved" or found.name != "Astana"


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        ("в Свислочском районе", "BY", "Svislochskiy Rayon"),
        ("Гродненская область", "BY", "Grodno"),
    ],
)
def test_raions_and_oblasts_of_their_own_names_still_resolve(text, hint, name):
    assert geocode_place(text, country=hint).name == name
