"""Event classes of round 41e (events sets below 90 % placed): a compass side of a small
place, the towns of "que une la ciudad de A con la uruguaya de B", and a province carved
out of an older one under which the data still files its regencies."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.merged_provinces import provinces_carved_from

# --- A compass side of a place ------------------------------------------------------------
# "the northern side of the Sarstoon Island" read "northern" as a country and found none.


def test_the_compass_side_of_an_island_is_on_the_island():
    result = geocode_place("the northern side of the Sarstoon Island", country="BZ")
    assert result.status == "resolved"
    assert result.precision in ("settlement", "near", "exact")
    assert result.name == "Sarstoon Island"
    assert "northern side" in result.note


def test_the_compass_side_of_a_country_is_not_answered_as_a_point():
    result = geocode_place("the eastern side of the Colombia", country="CO")
    assert result.status == "unresolved"


# --- The towns a crossing joins, with the words Spanish puts before them -------------------


def test_the_town_kind_and_country_adjective_before_de_are_no_part_of_the_towns():
    text = "el puente San Martín, que une la ciudad de Gualeguaychú con la uruguaya de Fray Bentos"
    result = geocode_place(text, country="UY")
    assert result.status == "resolved"
    assert result.name == "Libertador General San Martín Bridge"


# --- A province carved out of an older one -------------------------------------------------
# North Kalimantan (ID-KU) was made of East Kalimantan's northern regencies in 2012; the
# data files Nunukan under ID-KI, so "Kabupaten Nunukan, Kalimantan Utara" was two places.


def test_north_kalimantan_was_carved_out_of_east_kalimantan():
    assert provinces_carved_from("ID-KU") == ("ID-KI",)
    assert provinces_carved_from("ID-KI") == ()


def test_a_regency_of_the_carved_out_province_is_held_by_it():
    text = "melalui Perairan Sebatik Kabupaten Nunukan, Kalimantan Utara"
    result = geocode_place(text, country="ID")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == "Kabupaten Nunukan"
