"""Round 32b (issue 11): the rows of blind63 the start's code answered wrong or not at all.

A district named as the holder of another place is never its seat town; a Thai address
chain is answered by its district; crossings in other forms (a pair with its countries in
parentheses, a bridge described by the regions it links, "between" after a comma, the
building of a Thai checkpoint, an Arabic and a Thai name); Malay "pekan" and Turkish
"Belediyesi" before a town's name.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.thai_address import district_of_the_chain


def _resolved(text: str, hint: str):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved", result.note
    return result


# --- a holder is never its seat town ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # The field phrase: Dera Baba Nanak in Gurdaspur, near an outpost there.
        "पंजाब के गुरदासपुर में डेरा बाबा नानक इलाके में बसंतर चौकी के पास",
        # Our own: the same holder without the state, and with its district word.
        "गुरदासपुर में डेरा बाबा नानक इलाके में",
        "गुरदासपुर जिले में डेरा बाबा नानक इलाके के पास",
    ],
)
def test_a_district_holding_a_place_is_the_district(text):
    result = _resolved(text, "IN")
    assert result.name == "Gurdaspur"
    assert result.precision == "district"


def test_near_a_town_alone_stays_near_it():
    result = _resolved("near Gurdaspur", "IN")
    assert result.precision == "near"


# --- Thai address chains ---------------------------------------------------------------


def test_the_chain_gives_its_district_with_the_capital_named():
    assert district_of_the_chain("หมู่ 12 ต.บ้านเก่า อ.เมือง จ.กาญจนบุรี") == ("อ.เมืองกาญจนบุรี จ.กาญจนบุรี")
    assert district_of_the_chain("ชายแดน อำเภอแม่สอด จังหวัดตาก") == "อ.แม่สอด จ.ตาก"
    assert district_of_the_chain("ชายแดนไทย–เมียนมา จ.ตาก") is None
    # Neither a finer unit nor the border: the reading of the whole text stands.
    assert district_of_the_chain("ด้านอำเภอแม่สะเรียง จ.แม่ฮ่องสอน") is None


@pytest.mark.parametrize(
    ("text", "district"),
    [
        # The field phrase: the border named, then the chain down to the village group.
        (
            "ชายแดนไทย–เมียนมา ด้านบ้านพุน้ำร้อน หมู่ 12 ต.บ้านเก่า อ.เมือง จ.กาญจนบุรี",
            "Amphoe Mueang Kanchanaburi",
        ),
        # Our own: the capital district after a subdistrict, spelt out after the border;
        # another district by the border.
        ("ต.บ้านเก่า อ.เมือง จ.กาญจนบุรี", "Amphoe Mueang Kanchanaburi"),
        ("ชายแดนไทย–เมียนมา อำเภอเมือง จังหวัดตาก", "Amphoe Mueang Tak"),
        ("ชายแดนไทย–เมียนมา อ.แม่สอด จ.ตาก", "Amphoe Mae Sot"),
    ],
)
def test_a_thai_chain_is_answered_by_its_district(text, district):
    result = _resolved(text, "TH")
    assert result.name == district
    assert result.precision == "district"


def test_a_district_and_province_alone_keep_the_province():
    # blind26 codes it by the province: nothing finer and no border named.
    result = _resolved("ด้านอำเภอแม่สะเรียง จ.แม่ฮ่องสอน", "TH")
    assert result.precision == "region"


# --- crossings in other forms ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hint", "name", "precisions"),
    [
        # The field phrases.
        (
            "Integrated Check Post along Agartala (India)-Akhaura (Bangladesh)",
            "IN",
            "Akhaura–Agartala",
            ("exact",),
        ),
        (
            "el Puente Internacional Simón Bolívar que comunica el estado Táchira con el "
            "departamento colombiano del Norte de Santander",
            "VE",
            "Simón Bolívar Bridge",
            ("exact", "near"),
        ),
        ("de grens bij Rafah, tussen de Gazastrook en Egypte", "EG", "Rafaḩ", ("near",)),
        ("المعبر الحدودي الوهمي لـ”باب مليلية” المحتلة", "MA", "Beni Ansar", ("settlement",)),
        ("อาคารด่านพรมแดนสิงขร", "TH", "Singkhon Pass", ("exact",)),
        # Our own: the forms bare, and another checkpoint's building.
        ("باب مليلية", "MA", "Beni Ansar", ("settlement",)),
        ("ด่านพรมแดนสิงขร", "TH", "Singkhon Pass", ("exact",)),
        ("อาคารด่านแม่สาย", "TH", "Mae Sai–Tachileik", ("settlement",)),
    ],
)
def test_crossings_in_the_forms_reports_write(text, hint, name, precisions):
    result = _resolved(text, hint)
    assert result.name == name
    assert result.precision in precisions


def test_places_bounding_a_stretch_are_still_not_taken():
    # "between" bounding the stretch, not describing a place named before it.
    result = geocode_place("the strip between Kastanies and Vyssa", country="GR")
    assert result.status != "resolved" or result.precision not in ("settlement", "exact")


def test_a_country_aside_that_is_no_country_is_kept():
    result = geocode_place("Integrated Check Post along Agartala (Tripura)-Akhaura", country="IN")
    assert result.name != "Akhaura–Agartala" or "parentheses" not in (result.note or "")


# --- town words before a town's name ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        ("Pekan Rantau Panjang", "MY", "Rantau Panjang"),
        ("Karkamış Belediyesi'nin bahçesine", "TR", "Karkamış"),
        # Our own: the town called Pekan keeps its name; another council.
        ("Pekan", "MY", "Pekan"),
        ("Kilis Belediyesi'ne", "TR", "Kilis"),
    ],
)
def test_town_words_before_a_name(text, hint, name):
    assert _resolved(text, hint).name == name
