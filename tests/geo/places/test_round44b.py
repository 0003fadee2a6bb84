"""Place classes of round 44b (blind92, Asian borders): the words around names the data
knows, in Marathi, Hindi, Nepali, Gujarati and Thai."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.gujarati import gujarati_as_hindi

# --- The unit owning a place the data lacks ----------------------------------------------
# "कच्छच्या हरामी नाल्याच्या परिसरात" (in the area of Kutch's Harami Nala): the creek is
# not in the data, the district owning it (Hindi "के", Marathi "-च्या", Nepali "-को") is.


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("कच्छच्या हरामी नाल्याच्या परिसरात", "IN", "Kutch"),
        ("कच्छ के हरामी नाले में", "IN", "Kutch"),
        ("पर्साको लाप्चा", "NP", "Parsa"),
    ],
)
def test_the_unit_owning_an_unknown_place_answers_coarsened(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "district"
    assert name in (result.name or "")
    assert result.coarsened


def test_the_owner_of_a_border_named_by_its_countries_is_not_the_answer():
    # "बाँकेको नेपाल–भारत सीमाना" (Banke's Nepal-India border) is about the border.
    result = geocode_place("बाँकेको नेपाल–भारत सीमाना", country="NP")
    assert result.precision != "district"


def test_a_joined_nepali_genitive_is_read_only_for_an_event_in_nepal():
    assert geocode_place("पर्साको लाप्चा", country="IN").status != "resolved"


# --- Hindi's "border" as reports spell it ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "बार्डर" and "बोर्डर" are "बॉर्डर": the crossing at the town, not its state.
        ("रक्सौल बार्डर", "Raxaul–Birgunj"),
        ("रक्सौल बोर्डर", "Raxaul–Birgunj"),
    ],
)
def test_hindi_border_spelt_otherwise_names_the_crossing(text, name):
    result = geocode_place(text, country="IN")
    assert result.status == "resolved"
    assert result.name == name


def test_hindi_border_spelt_otherwise_after_a_district_is_its_land():
    result = geocode_place("जैसलमेर बार्डर", country="IN")
    assert result.status == "resolved"
    assert result.precision == "district"


# --- Gujarati's ablative and its "border" ------------------------------------------------


def test_gujarati_ablative_and_border_read_as_hindi():
    assert gujarati_as_hindi("જેસલમેર બોર્ડરથી") == "जेसलमेर बॉर्डर से"


def test_a_gujarati_district_border_from_which_names_the_district():
    result = geocode_place("બાડમેર બોર્ડરથી સંકળાયેલા ખ્યાલીવાળા સીમા ચોકી નજીક", country="IN")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert "Barmer" in (result.name or "")


# --- A Thai bridge across a border river ---------------------------------------------------
# "สะพานมิตรภาพไทย-เมียนมา ข้ามแม่น้ำสายแห่งที่ 2" (the second Thai-Myanmar Friendship
# Bridge across the Sai river): "across" joined to the river's word hid the river.


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("ด่านพรมแดนสะพานมิตรภาพไทย-เมียนมา ข้ามแม่น้ำสายแห่งที่ 2", "Sai"),
        ("สะพานมิตรภาพไทย-เมียนมา ข้ามแม่น้ำเมย แห่งที่ 2", "Moei"),
    ],
)
def test_a_thai_bridge_across_a_border_river_is_on_that_river_s_border(text, river):
    result = geocode_place(text, country="TH")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert river in (result.name or "")


# --- The border strip of a town and the crossing bearing its name ------------------------
# "در نوار مرزی میرجاوه" (in the border strip of Mirjaveh): the town and the crossing beside
# it bear the name, which was ambiguous; the text names the border there, as "the Mirjaveh
# border" does.


@pytest.mark.parametrize("text", ["در نوار مرزی میرجاوه", "منطقه مرزی میرجاوه"])
def test_a_border_word_before_a_town_and_its_crossing_names_the_border_there(text):
    result = geocode_place(text, country="IR")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert "Mirjaveh" in (result.name or "")


def test_a_town_word_still_names_the_town():
    result = geocode_place("شهر میرجاوه", country="IR")
    assert result.precision == "settlement"
    assert result.name == "Mīrjāveh"
