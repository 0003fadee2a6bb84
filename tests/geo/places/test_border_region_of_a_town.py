"""'The X border region' where X names no unit but a town near the line (events73)."""

from bordermap.geo.places.geocoder import geocode_place


def test_a_town_border_region_is_the_border_beside_the_town() -> None:
    result = geocode_place("Baneh border region", country="IR")
    assert (result.status, result.precision, result.name) == (
        "resolved",
        "border",
        "Iraq–Iran border",
    )
    assert "Bāneh" in (result.note or "")


def test_a_named_unit_by_the_border_stays_the_unit() -> None:
    result = geocode_place("the Cibitoke border region", country="BI")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "BI-CI")


def test_an_unknown_border_region_is_no_finer_than_the_country() -> None:
    result = geocode_place("the Qzxwv border region", country="IR")
    assert (result.precision, result.country) == ("country", "IR")
