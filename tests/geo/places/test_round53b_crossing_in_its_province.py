"""A crossing named with the unit holding it, though the unit's drawing misses its point:
the province of a crossing filed at the town across the line, the district of a pass beyond
the district's circle (session 53, round b)."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place

# --- a crossing filed at the town across the line, with the province holding it ---


def test_the_torghundi_port_of_herat_is_the_crossing():
    # The crossing's point is Serhetabat's, some 7 km beyond Herat's outline: the
    # province named after the crossing says where it lies, it is not another place.
    result = geocode_place("بندر تورغندی هرات", country="AF")
    assert result.status == "resolved"
    assert result.name == "Serhetabat–Torghundi"


# --- a pass named with the district holding it, beyond the district's drawn circle ---


def test_the_lipu_pass_of_pithoragarh_district_is_the_pass():
    # The pass lies 107 km from Pithoragarh, beyond the district's 54-km circle but in
    # Uttarakhand, which holds the district: the district says where the pass is.
    result = geocode_place("पिथौरागढ़ जिले के लिपुपास में", country="IN")
    assert result.status == "resolved"
    assert result.name == "Lipulekh Pass"


def test_a_crossing_inside_the_circle_named_like_its_village_stays_the_district():
    result = geocode_place("v blízkosti Uble v okrese Snina", country="SK")
    assert result.status == "resolved"
    assert result.precision == "district"
