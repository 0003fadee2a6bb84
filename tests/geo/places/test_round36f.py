"""Session 36, round36f: the WRONG and unresolved answers of events53."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "district"),
    [("Bangabagar in Darchula", "NP", "Darchula"), ("Qwertypur in Malda", "IN", "Malda District")],
)
def test_an_unknown_place_in_a_seat_names_its_district(text, country, district):
    # Where districts bear their seats' names, the unknown place may lie anywhere in the
    # district: the town's point was answered for a place 20 km out of it.
    found = geocode_place(text, country=country)
    assert found.status == "resolved"
    assert found.precision == "district"
    assert found.name == district
    assert found.coarsened


def test_an_unknown_place_in_a_town_elsewhere_keeps_the_town():
    # Outside the countries whose districts bear their seats' names nothing changes.
    found = geocode_place("Qwertyküla in Narva", country="EE")
    assert found.status == "resolved"
    assert found.precision == "settlement"


def test_a_road_between_two_towns_written_with_a_slash_is_no_crossing():
    found = geocode_place("along the Sokoto/ Illela border town road", country="NG")
    assert found.status == "resolved"
    assert found.precision == "region"
    assert found.admin1_code == "NG-SO"


@pytest.mark.parametrize(
    "text",
    [
        "بين المعبرين الحدودين ببوشبكة بولايتي القصرين التونسية و تبسة الجزائرية",
        "l’interface entre l’A8 allemande et l’A13 luxembourgeoise",
    ],
)
def test_between_units_of_two_countries_is_their_border(text):
    # A unit of each of two neighbours, each closed by its country's adjective: what
    # lies between them is on the countries' border, not in the one unit named last.
    found = geocode_place(text, country="DZ" if "ب" in text else "DE")
    assert found.status == "resolved"
    assert found.precision == "border"


def test_two_towns_placed_by_country_names_keep_their_crossing():
    text = "À la petite barrière, entre la ville de Goma en RDC et celle de Gisenyi au Rwanda"
    found = geocode_place(text, country="CD")
    assert found.status == "resolved"
    assert found.precision != "border"


def test_a_renamed_tajik_district_is_found_by_its_new_name():
    # Shuroobod district was renamed Shamsiddin Shohin in 2016; GeoNames keeps the old name.
    found = geocode_place("Shamsiddin Shohin district", country="TJ")
    assert found.status == "resolved"
    assert found.admin1_code == "TJ-KT"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("معبر عرعر الحدودي بين العراق والسعودية", "IQ"),
        ("obližnjeg graničnog prijelaza Maljevac između BiH i Hrvatske", "BA"),
    ],
)
def test_a_crossing_between_two_countries_named_bare_stays_the_crossing(text, country):
    found = geocode_place(text, country=country)
    assert found.status == "resolved"
    assert found.precision != "border"


def test_a_hungarian_district_adjective_holds_the_unknown_village():
    # "ungvári járási": of the district of Ungvár (Uzhhorod); Mélyút is not in the data.
    found = geocode_place("az ungvári járási Mélyút közelében", country="UA")
    assert found.status == "resolved"
    assert found.precision == "district"
    assert found.admin1_code == "UA-21"
