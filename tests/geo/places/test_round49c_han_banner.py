"""Session 49 (round49c): Inner Mongolia's banners and three-character provinces in
Chinese address chains."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.han_address import han_chain_readings


def test_inner_mongolian_banner_in_a_chain() -> None:
    assert han_chain_readings("内蒙古额济纳旗") == [
        "内蒙古额济纳旗 County",
        "额济纳旗 County",
        "内蒙古",
    ]
    # The unknown Ceke port of Ejin Banner: the region holding the banner's seat.
    result = geocode_place("内蒙古额济纳旗策克口岸", country="CN")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "region",
        "CN-NM",
    )
    assert result.coarsened


def test_three_character_province_opens_a_chain() -> None:
    assert han_chain_readings("黑龙江黑河市") == ["黑龙江黑河", "黑河", "黑龙江省"]
