"""Classes of failure the twenty-ninth blind set showed once seen (session 15).

Each test holds one class of wording, on our own phrases: other wordings, languages or
places than the set's.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country"),
    [("Kasanda district", "UG"), ("Kazo district", "UG"), ("in the Karonga district", "MW")],
)
def test_an_admin1_district_the_outlines_lack_is_its_country(text, country):
    # Uganda's and Malawi's districts are their admin-1 units: the outline holding the
    # namesake town is another district, so only the country holds the one named.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.country) == ("resolved", "country", country)


def test_a_district_below_admin1_is_still_the_region_holding_its_town():
    result = geocode_place("Teknaf upazila", country="BD")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "BD-B")
