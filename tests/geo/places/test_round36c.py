"""Classes of place round 36c: glosses in brackets, Telugu, regions by their consonants,
a named place before a district drawn as a circle, and border words in Chinese.

Korean, Japanese and Chinese reports follow a foreign name with its spelling in brackets
("매솟(Mae Sot)", "투먼(圖們)시"): the gloss is read when the text as written finds
nothing.  Telugu mirrors Devanagari as Malayalam does.  A province of the event's
country written in Devanagari that the data names only in Latin letters
("बलूचिस्तान") is found by its consonants.  "jalur tikus perbatasan Entikong, Kabupaten
Sanggau" was answered with Sanggau district, a circle around its seat that misses
Entikong 98 km away: the place named before the district now wins when it lies in the
district's region.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.cjk_words import cjk_words_apart
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.telugu import telugu_as_hindi


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # blind74 mm-th-by001, cn-kp-by001, kh-vn-by001, mm-th-by004: unresolved before.
        ("태국과 미얀마 국경지역인 매솟(Mae Sot)으로", "TH", "Mae Sot"),
        ("투먼(圖們)시 인근 두만강을 통해", "CN", "Tumen"),
        ("缅甸克伦邦妙瓦底镇(Myawaddy)周边诈骗园区", "MM", "Myawaddy"),
        # Our own: full-width brackets, and a Japanese name glossed in Latin letters.
        ("妙瓦底镇（Myawaddy）附近", "MM", "Myawaddy"),
        ("メーソート(Mae Sot)の町", "TH", "Mae Sot"),
    ],
)
def test_a_gloss_in_brackets_names_the_place(text: str, country: str, name: str) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.name == name
    assert "gloss" in (result.note or "")


def test_a_same_script_aside_is_no_gloss() -> None:
    # An unknown name with an aside in its own script is not read by the aside.
    result = geocode_place("어느마을(저쪽마을)", country="KP")
    assert result.status != "resolved" or "gloss" not in (result.note or ""), result


def test_a_unit_word_glossed_in_han_is_read_without_it() -> None:
    # blind74 cn-kp-by002: "(郡)" glosses the county word "군"; unresolved before.
    result = geocode_place("북한 양강도 김형직군(郡) 인근", country="KP")
    assert result.status == "resolved", result
    assert result.admin1_code == "KP-10"
    assert result.precision == "region"


def test_telugu_reads_as_hindi() -> None:
    assert telugu_as_hindi("పంజ్గూర్ జిల్లాలో") == "पंज्गूर् जिला में"
    # blind74 ir-pk-by001: unresolved before.
    result = geocode_place("పంజ్గూర్ జిల్లాలో", country="PK")
    assert result.status == "resolved", result
    assert result.precision == "district"
    assert result.name == "Panjgur District"


@pytest.mark.parametrize(
    "text",
    [
        # blind74 ir-pk-by004 and ir-pk-by003 (Marathi): unresolved before.
        "बलूचिस्तान प्रांत के सीमावर्ती गांव मशकेल के पास",
        "बलुचिस्तान येथील चाघाई भागात",
        "बलूचिस्तान",
    ],
)
def test_a_province_in_devanagari_by_its_consonants(text: str) -> None:
    result = geocode_place(text, country="PK")
    assert result.status == "resolved", result
    assert result.precision == "region"
    assert result.admin1_code == "PK-BA"


def test_a_short_name_finds_no_region_by_its_consonants() -> None:
    # "सिंध" (Sindh) has too few consonants to be told from other names by them alone:
    # it is found, if at all, by its written forms, never by its skeleton.
    result = geocode_place("कराकास", country="PK")
    assert result.status == "unresolved", result


def test_named_place_before_a_district_circle_that_misses_it() -> None:
    # blind74 id-my-by001: WRONG before (Sanggau district, 98 km from Entikong).
    result = geocode_place(
        "jalur tikus perbatasan Entikong, Kabupaten Sanggau, Kalimantan Barat", country="ID"
    )
    assert result.status == "resolved", result
    assert result.name == "Entikong–Tebedu"


def test_chinese_border_word_parts_the_names() -> None:
    assert cjk_words_apart("克什米尔边境锡亚尔科特地区") == "克什米尔 边境 锡亚尔科特 地区"
    # blind74 in-pk-by001: unresolved before.
    result = geocode_place("克什 米尔边境锡亚尔科特地区", country="PK")
    assert result.status == "resolved", result
    assert result.name == "Sialkot"


def test_a_crossing_named_in_its_district_and_province() -> None:
    # blind74 kh-th-by002: ambiguous before (crossing, district and province named).
    result = geocode_place("จุดผ่านแดนถาวรบ้านหาดเล็ก อำเภอคลองใหญ่ จังหวัดตราด", country="TH")
    assert result.status == "resolved", result
    assert result.name == "Cham Yeam–Hat Lek"


def test_a_crossing_inside_the_district_circle_leaves_the_district() -> None:
    # blind26 in-mm-ab002 stays the district its report names, not the crossing in it.
    result = geocode_place(
        "through the Zokhawthar areas of eastern Mizoram’s Champhai district", country="IN"
    )
    assert result.status == "resolved", result
    assert result.precision == "district"


def test_a_persian_spelling_of_a_county() -> None:
    # blind74 af-ir-by001: "هیرمند" (Persian yeh), the table has "هيرمند"; unresolved
    # before, now the province holding the county.
    result = geocode_place("منطقه شغالک شهرستان هیرمند", country="IR")
    assert result.status == "resolved", result
    assert result.admin1_code == "IR-11"


def test_a_crossing_named_after_a_district_is_the_border_there() -> None:
    # blind74 kz-ru-by002: the Syrym checkpoint is in no table of the data; Syrym
    # district of West Kazakhstan names it, and one border reaches that region.
    result = geocode_place("«Сырым» өткізу пунктінен", country="KZ")
    assert result.status == "resolved", result
    assert result.precision == "border"
    assert result.coarsened


def test_a_crossing_named_after_a_district_of_two_borders_is_no_border() -> None:
    # blind74 af-tj-by003: Hamadoni district lies in Khatlon, which two borders reach
    # (Afghanistan, Uzbekistan): no one border is chosen.  Since session 37 (round37d)
    # the region holding the district answers, coarsened, as "Hamadoni" alone does.
    result = geocode_place("at the Hamadoni crossing", country="TJ")
    assert result.precision != "border"
    if result.status == "resolved":
        assert (result.precision, result.admin1_code, result.coarsened) == (
            "region",
            "TJ-KT",
            True,
        )


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Kazakh and Kyrgyz crossing words: before, the town near it was answered.
        ("«Кордай» өткізу пунктінен", "KZ", "Korday–Ak-Zhol"),
        ("«Қорғас» өткізу бекеті", "KZ", "Khorgos"),
        ("“Кара-Суу” өткөрмө бекети", "KG", "Kara-Suu"),
    ],
)
def test_central_asian_crossing_words(text: str, country: str, name: str) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.name == name


def test_an_unknown_central_asian_crossing_stays_unresolved() -> None:
    # blind74 kg-uz-by001: the Dostuk checkpoint is in no table of the data, and no
    # district bears its name.
    assert geocode_place("“Достук” өткөрмө бекети", country="KG").status == "unresolved"


def test_a_subdistrict_named_as_a_crossing_is_not_the_crossing() -> None:
    # blind67 my-th-br001: "ต.ปาดังเบซาร์" is the tambon, not the crossing, named with
    # no crossing word: the district stays the answer.
    result = geocode_place("บ.ตะโล๊ะ ม.8 ต.ปาดังเบซาร์ อ.สะเดา จ.สงขลา", country="TH")
    assert result.status == "resolved", result
    assert result.precision == "district"


def test_a_chinese_country_name_before_a_town_is_parted() -> None:
    assert cjk_words_apart("泰国湄索") == "泰国 湄索"
    # blind74 mm-th-by005: unresolved before; 湄索 (Mae Sot) is now a name of the town
    # (town_names.tsv), read beside an unknown word as its region.
    result = geocode_place("泰國湄索", country="TH")
    assert result.status == "resolved", result
    assert result.admin1_code == "TH-63"


def test_a_sub_sector_of_a_district() -> None:
    # blind74 in-pk-by002: unresolved before; the sub-sector is in the district.
    result = geocode_place(
        "forward post Copra in Sabzian sub-sector of Poonch district", country="IN"
    )
    assert result.status == "resolved", result
    assert result.precision == "district"
    assert result.admin1_code == "IN-JK"
