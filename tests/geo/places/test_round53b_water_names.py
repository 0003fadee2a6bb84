"""A sea whose name holds a country's name, read inside an Arabic text (session 53, round b)."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.waters import whole_water_form

# --- a sea whose name holds a country's name ---


def test_the_sea_of_oman_after_in_is_the_gulf_not_the_country():
    # "عمان" (Oman) closes the sea's name; read apart, "في بحر" found nothing.
    result = geocode_place("في بحر عمان", country="IR")
    assert result.status == "resolved"
    assert result.name == "Gulf of Oman"


def test_the_gulf_of_oman_in_arabic_after_in_is_the_gulf():
    result = geocode_place("في خليج عمان", country="OM")
    assert result.status == "resolved"
    assert result.name == "Gulf of Oman"


def test_in_oman_alone_is_no_sea():
    assert geocode_place("في عمان", country="IR").status == "unresolved"


def test_a_whole_water_form_is_told_from_part_of_one():
    assert whole_water_form("بحر عمان")
    assert not whole_water_form("بحر")
    assert not whole_water_form("عمان")
