"""A crossing behind the words for its post (session 46, round 46c, classes of blind98's
and events72's misses), on phrases of our own: Malaysian ICQS spelled out, Nepal's
"transit point", a Vietnamese border guard station, a Bulgarian station, a Pashto
oblique case.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "hint", "name"),
    [
        (
            "the Bukit Kayu Hitam Customs, Quarantine and Security (ICQS) complex",
            "MY",
            "Bukit Kayu Hitam–Sadao",
        ),
        (
            "Rantau Panjang Immigration, Customs, Quarantine, Security Complex (ICQ)",
            "MY",
            "Rantau Panjang–Sungai Kolok",
        ),
        ("Rasuwagadi transit point", "NP", "Rasuwagadhi–Kerung"),
        ("Капитан Андреево-гара", "BG", "Kapıkule–Kapitan Andreevo"),
        ("د انګور اډې دروازه", "PK", "Angoor Adda"),
    ],
)
def test_a_crossing_behind_its_post_words(phrase, hint, name):
    result = geocode_place(phrase, country=hint)
    assert (result.status, result.name) == ("resolved", name)


def test_a_vietnamese_border_guard_station_of_a_gate_is_at_the_gate():
    result = geocode_place("Đồn Biên phòng Cửa khẩu Quốc tế Tịnh Biên", country="VN")
    assert (result.status, result.name) == ("resolved", "Tinh Bien–Phnom Den")
    assert "border guard station" in result.note


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("จุดผ่านแดนถาวรสะพานมิตรภาพไทย-ลาว แห่งที่ 2", "Second Thai–Lao Friendship Bridge"),
        ("บริเวณสะพานมิตรภาพไทย - ลาว แห่งที่ ๓", "Third Thai–Lao Friendship Bridge"),
    ],
)
def test_a_thai_friendship_bridge_by_its_number(phrase, name):
    # Read as written the number is lost and the first Thai–Lao bridge answers for all.
    result = geocode_place(phrase, country="TH")
    assert (result.status, result.name) == ("resolved", name)


def test_the_first_thai_myanmar_bridge_by_its_number_is_one_of_two():
    # Mae Sot's and Mae Sai's first bridges both bear the English name (session 54):
    # the number finds them, and nothing else in the text says which.
    result = geocode_place("เชิงสะพานมิตรภาพไทย-พม่า แห่งที่ 1", country="TH")
    assert result.status == "ambiguous"
    assert {c.name for c in result.candidates} == {"Mae Sai–Tachileik", "Mae Sot–Myawaddy"}


def test_a_numbered_thai_bridge_followed_by_a_town_is_left_to_the_other_readings():
    # Mae Sai has a first bridge with Myanmar of its own: the town after the number
    # says which; the English name of Mae Sot's first bridge is not taken.
    result = geocode_place("สะพานมิตรภาพไทย-เมียนมา แห่งที่ 1 อ.แม่สาย จ.เชียงราย", country="TH")
    assert "Mae Sot" not in (result.name or "")
