"""Round 31d (issue 11): islands by borders that the data lacked, and Thai pass names
one letter apart that are different passes."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.spelling import closest_spelling


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # ช่องจวม (Choam, Anlong Veng) is one letter from ช่องจอม (Chong Chom, O'Smach),
        # another pass 45 km west: the blind set's phrase was answered with it.
        ("ด่านช่องจวม อำเภออัลลองเวง จังหวัดอุดรมีชัย", "KH"),
        ("ด่านช่องจวม", "KH"),
        ("ช่องจวม อุดรมีชัย", "KH"),
    ],
)
def test_a_pass_one_letter_from_another_is_not_it(text, hint):
    result = geocode_place(text, country=hint)
    assert result.name != "O'Smach–Chong Chom"


def test_the_province_of_the_pass_is_still_read():
    result = geocode_place("ด่านช่องจวม อำเภออัลลองเวง จังหวัดอุดรมีชัย", country="KH")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "KH-22"


@pytest.mark.parametrize(
    ("key", "form", "found"),
    [
        # Only what follows the word for a pass counts towards the allowed edits.
        ("ชองจวม", "ชองจอม", False),
        ("chong cham", "chong chom", False),
        # Longer names after it still may be spelled a letter otherwise.
        ("ชองสะงำม", "ชองสะงำ", True),
        ("nujiamaa", "nuijamaa", True),
    ],
)
def test_edits_are_counted_after_the_pass_word(key, form, found):
    assert (closest_spelling(key, [(form, "x")]) is not None) is found
