"""Session 39, round39f: classes left unresolved in blind84 and blind81."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


def test_kyrgyz_region_in_the_genitive_then_a_village_in_it() -> None:
    # "Баткендин" (Batken's) was read as a country's genitive only: nothing answered.
    result = geocode_place("Баткендин Ак-Сай айылын", country="KG")
    assert (result.status, result.name, result.admin1_code) == ("resolved", "Ak-Say", "KG-B")


def test_kyrgyz_region_in_the_genitive_holds_a_place_the_data_lacks() -> None:
    result = geocode_place("Баткендин Достук айылындагы мектепти", country="KG")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "KG-B")
    assert result.coarsened


def test_a_region_genitive_of_another_country_is_not_read() -> None:
    # The event is Tajik: Kyrgyz Batken is not the region meant.
    result = geocode_place("Баткендин Достук айылындагы мектепти", country="TJ")
    assert result.admin1_code != "KG-B"


@pytest.mark.parametrize(
    "text", ["Charwah Sector of Sialkot working boundary", "Sialkot Working Boundary"]
)
def test_a_town_before_a_line_named_with_a_border_word(text: str) -> None:
    # "Working Boundary" names the line: "Sialkot Working" was read as a side naming
    # no country, and nothing, or only Pakistan, was answered.
    result = geocode_place(text, country="PK")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "border", "PK-PB")


@pytest.mark.parametrize("text", ["ตรงข้าม อ.พบพระ จ.ตาก", "ใกล้ อ.พบพระ จ.ตาก"])
def test_opposite_a_thai_district_of_a_myanmar_event_is_near_its_seat(text: str) -> None:
    # The district word made the phrase "the district of Phop Phra", found only in
    # Thailand: unresolved.  "Opposite" or "near" it is beside its seat town, which
    # lies by the border, on the event's side.
    result = geocode_place(text, country="MM")
    assert (result.status, result.name, result.precision) == ("resolved", "Phop Phra", "near")
