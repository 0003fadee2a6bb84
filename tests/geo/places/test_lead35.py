"""Session 35, lead: answers checked after the boundaries gave Almaty oblast its own code."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize("text", ["Almaty oblast", "Almaty province"])
def test_a_region_is_not_chosen_by_its_point_lying_near_a_border(text):
    # Almaty oblast (KZ-19) runs along the Chinese and Kyrgyz borders, but its
    # representative point lies far inside it; Almaty City's (KZ-75) lies near the
    # Kyrgyz border.  Points cannot tell regions apart: the city was chosen.
    found = geocode_place(text, country="KZ")
    assert not (found.status == "resolved" and found.admin1_code == "KZ-75")
    assert "KZ-19" in {c.admin1_code for c in found.candidates} | {found.admin1_code}


@pytest.mark.parametrize("text", ["Almaty Region", "Алматинская область", "в Алматинской области"])
def test_almaty_oblast_by_its_own_names(text):
    found = geocode_place(text, country="KZ")
    assert found.status == "resolved"
    assert found.admin1_code == "KZ-19"
    assert found.precision == "region"
