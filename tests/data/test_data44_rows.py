"""Data rows of session 44's data round (issue 11): border places the data lacked, each
read in a cited page (``villages.tsv``, ``crossings.csv``), and Mymensingh Division's
districts out of Dhaka (``districts.tsv.gz``). Each phrase below was unresolved, or
answered by the wrong region, before its row."""

from __future__ import annotations

import pytest

from bordermap.geo.places.districts import districts_named
from bordermap.geo.places.geocoder import geocode_place


def test_kalaiya_is_the_bara_district_seat():
    # blind92 in-np-ct001: "from Bara Kalaiya", the town near the Indian border.
    result = geocode_place("बारा कलैयाबाट", country="NP")
    assert (result.status, result.name, result.country) == ("resolved", "Kalaiya", "NP")
    assert abs(result.lat - 27.03333) < 1e-4 and abs(result.lon - 85.0) < 1e-4


def test_the_hindi_sonali_border_is_the_sonauli_crossing():
    # blind92 in-np-ct002, as Outlook Hindi spells Sonauli.
    assert geocode_place("सोनाली बार्डर", country="IN").name == "Sonauli–Belahiya"


def test_the_bare_sonali_is_no_crossing():
    # सोनाली is also a given name: only the form with the border word is the crossing.
    assert geocode_place("सोनाली", country="IN").name != "Sonauli–Belahiya"


@pytest.mark.parametrize("key", ["sherpur", "jamalpur", "netrakona", "mymensingh"])
def test_mymensingh_division_districts_are_not_filed_in_dhaka(key):
    # Mymensingh Division (BD-H) was made of them in 2015; the shipped Dhaka outline
    # (BD-C) is older, so they are filed in no region rather than in Dhaka.
    [unit] = districts_named([key], ["BD"])
    assert unit.region == "" and unit.reach_km is not None


def test_a_sherpur_upazila_report_is_not_answered_dhaka():
    # blind71 bd-in-bv001 was answered "Dhaka".
    result = geocode_place("শেরপুরের শ্রীবরদী উপজেলার সীমান্তে", country="BD")
    assert (result.precision, result.name) == ("district", "Sherpur")


def test_the_juarez_lincoln_bridge_is_the_laredo_crossing():
    # blind93 mx-us-cu004: a bridge named after two men; its halves name no town, and
    # "Juárez" alone had been answered with Ciudad Juárez, 821 km up the river.
    result = geocode_place("el puente internacional Juárez-Lincoln", country="MX")
    assert (result.status, result.name) == ("resolved", "Laredo–Nuevo Laredo")
