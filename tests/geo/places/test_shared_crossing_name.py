"""Crossings that share a name: the text's other words choose, else the answer is
ambiguous (``bordermap.geo.places.shared_crossing_name``, issue 11)."""

from __future__ import annotations

import pytest

from bordermap.geo.places.gazetteer import load_gazetteer
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.shared_crossing_name import text_holds

MAE_SAI = "Mae Sai–Tachileik"
MAE_SOT = "Mae Sot–Myawaddy"


@pytest.mark.parametrize(
    "name", ["First Thai–Myanmar Friendship Bridge", "Thai–Myanmar Friendship Bridge"]
)
def test_the_shared_bridge_name_is_on_both_thai_myanmar_rows(name):
    names = {
        place.name
        for place in load_gazetteer().lookup(name, kinds=("crossing",), countries=("MM",))
    }
    assert {MAE_SAI, MAE_SOT} <= names


@pytest.mark.parametrize(
    ("phrase", "hint", "name"),
    [
        # A town at one end, a river whose name is a word of one row's names, the
        # admin-1 unit of a town at one end, in words of our own.
        ("traders queued at the First Thai-Myanmar Friendship Bridge in Tachileik", "MM", MAE_SAI),
        ("the Thai-Myanmar Friendship Bridge, Myawaddy side", "MM", MAE_SOT),
        ("the first Friendship Bridge at Mae Sai", "TH", MAE_SAI),
        ("boats below the Thai-Myanmar Friendship Bridge on the Moei", "TH", MAE_SOT),
        ("the Thai-Myanmar Friendship Bridge in Chiang Rai province", "TH", MAE_SAI),
        ("the Thai-Myanmar Friendship Bridge in Tak province", "TH", MAE_SOT),
        # The field rows that name Mae Sot, Rim Moei or the Moei (blind30 mm-th-ag007,
        # blind44 mm-th-au001, blind61 mm-th-bl003).
        ("at the Thai-Myanmar Friendship Bridge in Ban Rim Moei village", "TH", MAE_SOT),
        ("the Thailand-Myanmar Friendship Bridge over the Moei River", "TH", MAE_SOT),
        (
            "the 1st Thailand-Myanmar Friendship Bridge at the Mae Sot border crossing",
            "TH",
            MAE_SOT,
        ),
    ],
)
def test_the_text_names_which_friendship_bridge(phrase, hint, name):
    result = geocode_place(phrase, country=hint)
    assert (result.status, result.name) == ("resolved", name)


@pytest.mark.parametrize(
    "phrase",
    [
        # blind94 mm-th-cv003 (Mae Sai's bridge; WRONG as Mae Sot's before), blind13
        # mm-th-n008, blind30 mm-th-ag001 and the Thai "bridge no. 1" of blind27
        # mm-th-ac001, blind36 mm-th-am006 and blind59 mm-th-bj003: no town, no river.
        "under the First Thai-Myanmar Friendship Bridge",
        "the 420-meter Thai-Myanmar Friendship Bridge",
        "Myanmar-Thai Friendship bridge on the Thai border",
        "ข้ามสะพานมิตรภาพไทย-เมียนมาแห่งที่ ๑",
        "สะพานมิตรภาพไทย–เมียนมา แห่งที่ 1",
        "สะพานมิตรภาพไทย-เมียนมาแห่งที่1",
    ],
)
def test_a_friendship_bridge_the_text_does_not_place_is_ambiguous(phrase):
    result = geocode_place(phrase, country="TH")
    assert result.status == "ambiguous"
    assert {c.name for c in result.candidates} == {MAE_SAI, MAE_SOT}


def test_a_country_the_text_names_drops_the_crossings_not_joining_it():
    # "Friendship Bridge" in Thailand: the Thai–Lao bridge and the two Myanmar ones;
    # "Myanmar" leaves the two, which nothing more tells apart.
    bare = geocode_place("the Friendship Bridge", country="TH")
    assert bare.status == "ambiguous"
    assert "Thai–Lao Friendship Bridge" in {c.name for c in bare.candidates}
    named = geocode_place("the Myanmar Friendship Bridge", country="TH")
    assert named.status == "ambiguous"
    assert {c.name for c in named.candidates} == {MAE_SAI, MAE_SOT}


@pytest.mark.parametrize(
    ("phrase", "hint", "name"),
    [
        # Kelebija is the Serbian end of two crossings into Hungary, 6 km apart.
        ("lorries waited at the Kelebija crossing opposite Tompa", "RS", "Tompa–Kelebija"),
        ("the Kelebija crossing on the Subotica railway", "RS", "Kelebia–Subotica"),
        # Chop is the Ukrainian end of the crossings into Hungary and into Slovakia.
        ("the Chop crossing to Slovakia", "UA", "Čierna nad Tisou–Chop"),
        ("the Chop crossing into Hungary", "UA", "Záhony–Chop"),
        # The event's country alone separates them.
        ("the Chop border crossing", "SK", "Čierna nad Tisou–Chop"),
        ("the Chop border crossing", "HU", "Záhony–Chop"),
    ],
)
def test_other_shared_crossing_names_are_chosen_by_the_text(phrase, hint, name):
    result = geocode_place(phrase, country=hint)
    assert (result.status, result.name) == ("resolved", name)


@pytest.mark.parametrize(
    ("phrase", "hint", "names"),
    [
        ("the Kelebija border crossing", "RS", {"Kelebia–Subotica", "Tompa–Kelebija"}),
        ("the Chop border crossing", "UA", {"Záhony–Chop", "Čierna nad Tisou–Chop"}),
    ],
)
def test_a_shared_name_alone_is_not_the_tables_first_row(phrase, hint, names):
    result = geocode_place(phrase, country=hint)
    assert result.status == "ambiguous"
    assert {c.name for c in result.candidates} == names


def test_text_holds_whole_words_and_unspaced_scripts_anywhere():
    assert text_holds("the moei river", "moei")
    assert not text_holds("the moeis river", "moei")
    assert text_holds("อำเภอแมสาย", "แมสาย")
