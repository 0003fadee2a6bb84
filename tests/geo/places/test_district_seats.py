"""Districts drawn at their seat, and places around a town that seats one.

The data has no outline below admin-1; the districts table gives each unit a seat and a
radius of about its size (``scripts/build_districts.py``).  Phrases here are written for
the tests, on other towns and units than the field sets use.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.scope import km_between


@pytest.mark.parametrize(
    ("text", "country", "name", "seat"),
    [
        # The event's country says which endings to read back: Lithuanian "-os".
        ("Utenos rajone", "LT", "Utena", (55.50, 25.60)),
        # An adjective of a town already named with "-sk": Voznesensk.
        ("у Вознесенському районі", "UA", "Voznesensk Raion", (47.56, 31.33)),
        # Thai joins "อำเภอ" (district) to the name; NFKC splits its "ำ" in two.
        ("อำเภอแม่สาย จังหวัดเชียงราย", "TH", "Amphoe Mae Sai", (20.43, 99.88)),
    ],
)
def test_a_named_district_is_a_circle_at_its_seat(text, country, name, seat) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.name) == ("resolved", "district", name)
    assert km_between(result.lat, result.lon, *seat) < 5
    assert result.uncertainty_km >= 10


def test_a_raion_word_names_the_district_even_where_a_county_bears_its_name() -> None:
    # Utena is a county (admin-1) and a district municipality: "rajone" is the district.
    assert geocode_place("Utenos rajone", country="LT").precision == "district"
    # "Utena County" is the county.
    assert geocode_place("Utena County", country="LT").precision == "region"


def test_a_word_of_a_regions_rank_is_never_answered_by_a_unit_below_it() -> None:
    result = geocode_place("Imatra state", country="FI")
    assert (result.precision, result.admin1_code, result.coarsened) == ("region", "FI-02", True)


@pytest.mark.parametrize(
    "text",
    [
        "Ban Nong Khiat Noi village in Mae Sai",
        "the hamlet of Nong Khiat Noi in Mae Sai",
        "Nong Khiat Noi hamlet in Mae Sai",
        "villages in Mae Sai",
    ],
)
def test_a_village_in_a_town_is_answered_by_the_district_the_town_is_seat_of(text) -> None:
    result = geocode_place(text, country="TH")
    assert (result.precision, result.name, result.coarsened) == (
        "district",
        "Amphoe Mae Sai",
        True,
    )
    assert "seat" in result.note


def test_a_house_in_a_town_is_in_the_town() -> None:
    result = geocode_place("a school in Mae Sai", country="TH")
    assert (result.precision, result.name) == ("settlement", "Mae Sai")


def test_the_village_named_by_a_village_word_of_is_that_village() -> None:
    # "the Bedouin village of X": X is the village, not a container of an unknown one.
    result = geocode_place("the Bedouin village of Rahat", country="IL")
    assert (result.precision, result.name) == ("settlement", "Rahat")


def test_villages_in_a_town_that_seats_no_district_are_near_it() -> None:
    result = geocode_place("villages in Moreh", country="IN")
    assert (result.precision, result.uncertainty_km, result.coarsened) == ("near", 25.0, True)
