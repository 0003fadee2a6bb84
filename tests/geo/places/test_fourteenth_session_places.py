"""Classes of failure the seen field sets still showed on 2026-12-03, on phrases of our own.

Each test holds one class of wording, worded on other places than the sets' phrases.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("dans la région de Zinder", "NE", "NE-7"),
        ("dans la région de Maradi, près du Nigeria", "NE", "NE-4"),
        ("dans la région de Kédougou", "SN", "SN-KE"),
    ],
)
def test_dans_la_region_de_names_the_region(text, country, code):
    # "dans la région de X" was read as a bare "X": the town of a region's name won.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", code)


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("dans la région d'Oujda", "MA", "MA-02"),
        ("the Salla region", "FI", "FI-10"),
    ],
)
def test_an_unknown_unit_named_after_a_town_is_the_region_well_around_it(text, country, code):
    # No unit of the name is in the data; the town lies far inside its region, so the
    # area named after it does too: that region, flagged, rather than the whole country
    # (and never the town).
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", code)
    assert result.coarsened
    assert "namesake town" in result.note


def test_a_town_near_its_regions_inner_edge_leaves_the_country_answering():
    # Banbasa lies a few km from the Uttarakhand–Uttar Pradesh line: the area named
    # after it may reach across it, so only the country holds it for sure.
    result = geocode_place("the Banbasa region", country="IN")
    assert (result.status, result.precision, result.country) == ("resolved", "country", "IN")
    assert result.coarsened


@pytest.mark.parametrize(
    ("text", "country", "pair"),
    [
        ("at the Chirundu border", "ZM", "Zambia–Zimbabwe border"),
        ("the busy Malaba border", "KE", "Kenya–Uganda border"),
    ],
)
def test_a_border_named_by_its_crossing_is_the_stretch_by_the_crossing(text, country, pair):
    # "the X border" for a crossing X: the line by the crossing, not the whole border.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name.startswith(f"{pair} at ")
    minx, miny, maxx, maxy = result.geometry.bounds
    assert max(maxx - minx, maxy - miny) < 1.0  # degrees: tens of km, not the whole line


@pytest.mark.parametrize(("text", "code"), [("US airspace", "US"), ("over US waters", "US")])
def test_a_country_code_in_capitals_is_the_country_not_a_village(text, code):
    # Without a hint "US" was the French village Us (the key "us" is an English word).
    result = geocode_place(text)
    assert (result.status, result.precision, result.country) == ("resolved", "country", code)


def test_the_village_us_written_as_a_name_is_still_the_village():
    result = geocode_place("Us", country="FR")
    assert (result.status, result.precision, result.country) == ("resolved", "settlement", "FR")
