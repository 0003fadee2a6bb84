"""Place classes of round 38e (blind81, Asian borders): address chains of South Asian
units, a town named with its town word, the Northern Limit Line and island and local-script
name forms the data lacked."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place

# --- A town word before a name a crossing bears too ---------------------------------------
# "في بلدة ميرجاوه" (in the town of Mirjaveh): the town and the Mirjaveh–Taftan crossing bear
# the name; a crossing has no population to outweigh the town by, so the answer was
# ambiguous although the text calls the name a town's.


@pytest.mark.parametrize("text", ["في بلدة ميرجاوه", "في مدينة ميرجاوه", "the town of Mirjaveh"])
def test_a_name_the_text_calls_a_town_is_the_town_not_its_crossing(text):
    result = geocode_place(text, country="IR")
    assert result.status == "resolved"
    assert result.precision == "settlement"
    assert result.name == "Mīrjāveh"


def test_a_crossing_word_still_names_the_crossing():
    result = geocode_place("معبر ميرجاوه", country="IR")
    assert result.status == "resolved"
    assert result.precision != "settlement" or "–" in (result.name or "")


# --- Bengali and Pashto address chains -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The district word in the locative ("in the district"), as the genitive reads.
        ("খোয়াই জেলায়", "Khowai"),
        ("খোয়াই জেলায় একটি বিওপি এলাকায়", "Khowai"),
    ],
)
def test_a_bengali_district_word_in_the_locative_names_the_district(text, name):
    result = geocode_place(text, country="IN")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A thana (police station) the data lacks, owned by its district in the genitive,
        # a vowel's length away from the data's spelling (নদীয়া): the state holding it.
        ("নদিয়ার ভীমপুর থানার অন্তর্গত একটি গ্রামে", "IN-WB"),
        ("নদিয়ার করিমপুর থানা এলাকায়", "IN-WB"),
    ],
)
def test_a_thana_owned_by_its_district_is_in_the_district_s_region(text, code):
    result = geocode_place(text, country="IN")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == code


@pytest.mark.parametrize(
    "text",
    [
        # Pashto and Arabic write the yeh otherwise than the data's Urdu form.
        "شمالي وزيرستان",
        # "In the area of Ghulam Khan of North Waziristan": the district holds the place.
        "د شمالي وزيرستان د غلام خان په سيمه کې",
    ],
)
def test_north_waziristan_in_pashto_letters_is_the_district(text):
    result = geocode_place(text, country="PK")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == "North Wazīristān District"


def test_a_pashto_genitive_needs_a_district_of_the_event_s_country():
    # Not a district of Pakistan's: nothing is drawn for the unknown place.
    result = geocode_place("د شمالي وزيرستان د غلام خان په سيمه کې", country="AF")
    assert result.precision != "district"


# --- Marathi and Nepali words around a name ------------------------------------------------


def test_manipur_in_marathi_spelling_is_the_state_not_mainpuri():
    result = geocode_place("मणिपूर", country="IN")
    assert result.status == "resolved"
    assert result.admin1_code == "IN-MN"


def test_a_marathi_genitive_is_read_as_the_hindi_one():
    result = geocode_place("मणिपूरच्या चांदेल जिल्ह्यात", country="IN")
    assert result.status == "resolved"
    assert result.admin1_code == "IN-MN"


def test_nepali_border_area_words_around_a_district():
    result = geocode_place("बर्दियाको सीमावर्ती इलाकामा", country="NP")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == "Bardiya"


# --- Korea's sea border, a Tamil crossing, a Hindi town ------------------------------------


@pytest.mark.parametrize("text", ["연평도 인근 해상", "연평도"])
def test_yeonpyeong_island_is_incheon(text):
    result = geocode_place(text, country="KR")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "KR-28"


@pytest.mark.parametrize("text", ["NLL", "the Northern Limit Line", "서해 북방한계선"])
def test_the_northern_limit_line_is_the_korean_border(text):
    result = geocode_place(text, country="KR")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name.startswith("North Korea–South Korea border")


def test_attari_in_tamil_is_the_crossing():
    result = geocode_place("அட்டாரி எல்லையில்", country="IN")
    assert result.status == "resolved"
    assert result.name == "Wagah–Attari"


def test_a_korean_island_inside_a_text_is_its_region():
    # "도" ends an island's name as it does a province's: the whole word is the name.
    result = geocode_place("서해 연평도 인근 해역", country="KR")
    assert result.status == "resolved"
    assert result.admin1_code == "KR-28"


def test_a_crossing_named_by_a_hangul_end_the_tables_spell_in_latin():
    result = geocode_place("난핑-무산 세관 앞", country="KP")
    assert result.status == "resolved"
    assert result.name == "Nanping–Musan"


# --- An unknown village, then the town seating its district --------------------------------


def test_a_village_then_a_town_after_a_comma_is_the_town_s_district():
    result = geocode_place("Kampung Sebuyau Lama, Bau", country="MY")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == "Bau"
    assert result.coarsened


def test_the_town_after_a_comma_must_be_in_the_event_s_country():
    result = geocode_place("Kampung Sebuyau Lama, Bau", country="ID")
    assert result.precision != "district"


# --- A name in quotation marks inside words no grammar reads -------------------------------


def test_a_quoted_unit_name_is_read_alone_as_its_region():
    result = geocode_place('дар назди посгоҳи "Дарвоз" дар ВКМБ', country="TJ")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "TJ-GB"
    assert result.coarsened
