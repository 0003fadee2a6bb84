"""A district written inside the region the text names is looked for in that region only.

Found by the blind events2 set: a sub-district of a district the data lacks, in a named
province, was answered as a district of the same name in a province about 610 km away.
"""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place


def test_a_district_of_the_name_in_another_region_is_not_taken():
    # Amphoe Song lies in Phrae; the text puts its Song in Ubon Ratchathani.
    result = geocode_place("Song district, Ubon Ratchathani province", country="TH")
    assert result.status == "resolved"
    assert (result.precision, result.admin1_code) == ("region", "TH-34")
    assert result.coarsened


def test_a_place_under_an_unknown_district_stays_in_the_named_province():
    result = geocode_place(
        "Ban Nong Khu, Song sub-district, Nam Yuen district, Ubon Ratchathani province",
        country="TH",
    )
    assert result.admin1_code == "TH-34"
    assert result.precision == "region"


def test_a_district_in_its_own_region_is_still_the_district():
    result = geocode_place("Khun Yuam district, Mae Hong Son province", country="TH")
    assert (result.precision, result.admin1_code) == ("district", "TH-58")
