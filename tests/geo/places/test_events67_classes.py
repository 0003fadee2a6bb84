"""Session 43, events67: a constituency named by its county and a compass, a district's
coast, and the Bulgarian customs' abbreviation for a crossing."""

from bordermap.geo.places.geocoder import geocode_place


def test_a_part_of_a_unit_named_by_its_seat_and_a_compass_is_the_unit() -> None:
    result = geocode_place("in Mandera East", country="KE")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "KE-24")
    assert result.coarsened


def test_off_a_districts_coast_is_the_district_not_near_its_seat() -> None:
    result = geocode_place("off the Nagapattinam coast", country="IN")
    assert (result.status, result.precision) == ("resolved", "district")
    # Near the town, as a town, stays near it.
    assert geocode_place("near Nagapattinam", country="IN").precision == "near"


def test_the_bulgarian_customs_point_abbreviation_names_a_crossing() -> None:
    result = geocode_place("на МП Лесово", country="BG")
    assert (result.status, result.name) == ("resolved", "Lesovo–Hamzabeyli")


def test_a_checkpoint_of_the_state_border_is_the_checkpoint() -> None:
    result = geocode_place("Lachin checkpoint of the state border", country="AZ")
    assert (result.status, result.name) == ("resolved", "Hakari Bridge")
