"""The border in a district named by its seat ("near the Bangladesh border in Murshidabad")."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place


def test_a_bare_seat_name_beside_a_border_is_the_district_stretch():
    # Murshidabad district's stretch of the line, as "the Murshidabad border" names it,
    # not the line within reach of the town (a shorter piece by the town).
    named = geocode_place("near the Bangladesh border in Murshidabad, West Bengal", country="IN")
    by_district = geocode_place("near the Murshidabad border in West Bengal", country="IN")
    assert (named.status, named.precision) == ("resolved", "border")
    assert named.admin1_code == "IN-WB"
    assert named.geometry.equals_exact(by_district.geometry, 1e-9)


def test_a_seat_far_from_the_line_answers_its_district():
    # Amritsar's seat lies more than 30 km from the India–Pakistan line: the district.
    result = geocode_place("near the India-Pakistan border in Amritsar", country="IN")
    assert (result.status, result.precision) == ("resolved", "district")
    assert result.name == "Amritsar"
    assert abs(result.lat - 31.6223) < 0.01 and abs(result.lon - 74.8753) < 0.01


def test_a_name_with_a_town_word_stays_the_town():
    # "Amritsar city" is the town: the line within reach of it, not the district.
    result = geocode_place("near the border in Amritsar city", country="IN")
    assert (result.status, result.precision) == ("resolved", "border")
    assert "district" not in (result.note or "")


def test_outside_the_countries_whose_districts_bear_seat_names_the_town_stands():
    # Thailand's amphoe is "Amphoe Mae Sot", not the bare town name: the town's stretch.
    result = geocode_place("the border in Mae Sot", country="TH")
    assert result.precision != "district"


def test_a_border_word_several_lines_fit_keeps_the_town_reading():
    # "the Ghumdum border": Ghumdum unknown, so Bangladesh's lines with India and
    # Myanmar both fit, and both meet Bandarban district's circle; the district would
    # stand for a line it does not hold (Ghumdhum lies 110 km south of its seat), so
    # the bare name keeps the town's reading.
    result = geocode_place("the Ghumdum border in Bandarban", country="BD")
    assert result.precision != "district"
