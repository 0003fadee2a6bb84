"""Place classes of round 30g: the provinces and towns across the Cambodia–Thailand
border, named in the reporting side's own script (Thai names of Cambodian provinces,
Khmer names of Thai ones)."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        # Thai reporting names the Cambodian provinces across the border (the event's
        # country is the place's: a region found only outside it is refused).
        ("จ.อุดรมีชัย", "KH", "KH-22"),
        ("จังหวัดบันเตียเมียนเจย", "KH", "KH-1"),
        ("จังหวัดไพลิน ประเทศกัมพูชา", "KH", "KH-24"),
        ("จังหวัดเกาะกง", "KH", "KH-9"),
    ],
)
def test_a_province_across_the_border_is_named_in_the_reporters_script(text, country, code):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.admin1_code == code
    assert result.precision == "region"


def test_a_cambodian_province_named_in_thai_decides_between_namesake_districts():
    # blind60 kh-th-bk002: Samraong of Oddar Meanchey, not Samrong of Ubon Ratchathani.
    result = geocode_place("ในพื้นที่ชุมชนโอร์เสม็ด อ.สำโรง จ.อุดรมีชัย", country="KH")
    assert result.status == "resolved"
    assert result.country == "KH"
