"""A sea border written in Persian or Arabic (session 53, round b)."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place

# --- a sea border in Persian and Arabic ---


def test_the_persian_water_border_with_kuwait_is_the_events_country():
    result = geocode_place("نزدیک مرز آبی با کشور کویت", country="IR")
    assert result.status == "resolved"
    assert result.precision == "country"
    assert result.country == "IR"
    assert result.coarsened


def test_the_arabic_maritime_border_with_iran_is_the_events_country():
    result = geocode_place("قرب الحدود البحرية مع إيران", country="KW")
    assert result.status == "resolved"
    assert result.precision == "country"
    assert result.country == "KW"


def test_the_persian_land_border_with_iraq_stays_the_line():
    result = geocode_place("نزدیک مرز با کشور عراق", country="IR")
    assert result.status == "resolved"
    assert result.precision == "border"
