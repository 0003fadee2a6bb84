"""Session 38, lead: places inside an admin-1 unit the outlines lack.

Kenya's counties, North Kalimantan (2012) and South Papua (2022) have no outline in
the data: their towns are filed under no region (Kenya) or under the unit they were
cut from.  Each case failed before.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "town", "lat", "lon"),
    [
        # The county's code was required of the town, which no Kenyan town carries:
        # the county was answered for the town it names.
        ("Lokichogio, Turkana County", "KE", "Lokichokio", 4.20, 34.35),
        ("Elwak in Mandera County", "KE", "El Wak", 2.80, 40.93),
        # The province's code was required of towns filed under East Kalimantan and
        # Papua, the provinces they were cut from.
        ("Tarakan, North Kalimantan", "ID", "Tarakan", 3.30, 117.63),
        ("Merauke, South Papua", "ID", "Merauke", -8.50, 140.40),
    ],
)
def test_town_in_a_unit_the_outlines_lack(text, country, town, lat, lon) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.name) == ("resolved", "settlement", town)
    assert abs(result.lat - lat) < 0.1 and abs(result.lon - lon) < 0.1
    # Found inside the unit, not in spite of it.
    assert "is unresolved" not in result.note and "not in the gazetteer" not in result.note


def test_a_namesake_outside_the_units_circle_is_not_taken() -> None:
    # Kiunga of Papua New Guinea is not in Lamu County: the county stays the answer.
    result = geocode_place("Kiunga, Lamu County", country="KE")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "KE-21")


@pytest.mark.parametrize(
    ("text", "pair", "region"),
    [
        # Read alone, "the border at Nogales" was the border by the town; after a comma
        # naming the state, the state was answered for a text naming the line.
        ("near the border at Nogales, Arizona", "MX-US", "US-AZ"),
        ("the border near Nogales, Arizona", "MX-US", "US-AZ"),
        ("near the border at Kuźnica, Podlaskie", "BY-PL", "PL-20"),
    ],
)
def test_border_by_a_town_of_the_region(text, pair, region) -> None:
    result = geocode_place(text)
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "border", region)
    names = {"MX-US": "Mexico–United States", "BY-PL": "Belarus–Poland"}
    assert result.name.startswith(names[pair])


def test_a_border_with_a_country_in_a_unit_stays_the_unit() -> None:
    # No town: "border checkpoints with Cambodia in Sa Kaeo" is read as before.
    result = geocode_place("Border checkpoints with Cambodia in Sa Kaeo", country="TH")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "TH-27")
