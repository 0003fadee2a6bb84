"""Place classes of round 30g: the provinces and towns across the Cambodia–Thailand
border, named in the reporting side's own script (Thai names of Cambodian provinces,
Khmer names of Thai ones), and Khmer unit words joined to the names."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.text_runs import split_role


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        # Thai reporting names the Cambodian provinces across the border (the event's
        # country is the place's: a region found only outside it is refused).
        ("จ.อุดรมีชัย", "KH", "KH-22"),
        ("จังหวัดบันเตียเมียนเจย", "KH", "KH-1"),
        ("จังหวัดไพลิน ประเทศกัมพูชา", "KH", "KH-24"),
        ("จังหวัดเกาะกง", "KH", "KH-9"),
        # Khmer reporting names the Thai provinces across it.
        ("ខេត្តសុរិន្ទ", "TH", "TH-32"),
        ("ខេត្តស្រះកែវ", "TH", "TH-27"),
        ("ខេត្តត្រាត", "TH", "TH-23"),
        # Thai reporting names the Myanmar states and the Lao provinces across its
        # other borders.
        ("ในรัฐกะเหรี่ยง", "MM", "MM-13"),
        ("รัฐฉาน", "MM", "MM-17"),
        ("ภาคตะนาวศรี", "MM", "MM-05"),
        ("แขวงบ่อแก้ว", "LA", "LA-BK"),
        ("จำปาศักดิ์", "LA", "LA-CH"),
    ],
)
def test_a_province_across_the_border_is_named_in_the_reporters_script(text, country, code):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.admin1_code == code
    assert result.precision == "region"


@pytest.mark.parametrize(
    ("word", "rest", "role"),
    [
        ("ខេត្តសុរិន្ទ", "សុរិន្ទ", "region"),
        ("ស្រុកកាបឈើង", "កាបឈើង", "district"),
        ("ខេត្ត", "", "region"),
    ],
)
def test_khmer_unit_words_joined_to_a_name_are_read(word, rest, role):
    assert split_role(word) == (rest, role)


def test_a_thai_district_named_in_khmer_with_its_province_is_found():
    # blind60 kh-th-bk001: the Chong Chom market, Kap Choeng district, Surin.
    result = geocode_place("ផ្សារឆងចម ស្រុកកាបឈើង ខេត្តសុរិន្ទ", country="TH")
    assert result.status == "resolved"
    assert result.admin1_code == "TH-32"
    assert result.name == "Amphoe Kap Choeng"
    assert result.precision == "district"


def test_a_cambodian_province_named_in_thai_decides_between_namesake_districts():
    # blind60 kh-th-bk002: Samraong of Oddar Meanchey, not Samrong of Ubon Ratchathani.
    result = geocode_place("ในพื้นที่ชุมชนโอร์เสม็ด อ.สำโรง จ.อุดรมีชัย", country="KH")
    assert result.status == "resolved"
    assert result.country == "KH"
