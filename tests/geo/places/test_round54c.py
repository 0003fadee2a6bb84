"""Classes of the Asian and Oceanian misses of blind106-blind112 (session 54, round c): the
word "archipelago" of a group, a word after a parenthesis that ends both names, Chinese
waters off a bare county further out or inshore, Malay waters without "di", the district
in the Latin Kazakh alphabet."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.phrases import head_and_tails

# --- "archipelago" is a group's word, as "islands" is ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the Paracel archipelago", "Paracel Islands"),
        # The Vietnamese name of the Spratlys is listed as "Quần đảo Trường Sa".
        ("off the Truong Sa archipelago", "Spratly Islands"),
    ],
)
def test_an_archipelago_is_the_island_group_of_its_name(text, name):
    result = geocode_place(text)
    assert result.status == "resolved"
    assert result.name == name


def test_a_word_after_a_parenthesis_also_ends_the_name_before_it():
    cuts = head_and_tails("the Hoang Sa (Paracel) archipelago")
    assert ("the Hoang Sa", "Paracel  archipelago") in cuts
    assert ("the Hoang Sa archipelago", "Paracel  archipelago") in cuts
    # ... tried after the cut that leaves it to the tail.
    assert cuts.index(("the Hoang Sa", "Paracel  archipelago")) < cuts.index(
        ("the Hoang Sa archipelago", "Paracel  archipelago")
    )


def test_an_archipelago_named_twice_is_the_group_not_a_namesake_city():
    # "Truong Sa" alone is also the Vietnamese name of Changsha, a city of Hunan.
    result = geocode_place("close to the Truong Sa (Spratly) archipelago")
    assert result.status == "resolved"
    assert result.name == "Spratly Islands"


# --- Chinese waters of a bare county, further out or inshore ---


@pytest.mark.parametrize(
    "text",
    [
        "金門某港外東南方3浬處海域",  # 3 sea miles south-east outside a harbour of Kinmen
        "金門某某西方",  # west of a spot of Kinmen
        "金門某某近岸",  # inshore off a spot of Kinmen
    ],
)
def test_waters_off_a_spot_of_a_bare_county_are_the_county(text):
    result = geocode_place(text, country="TW")
    assert result.status == "resolved"
    assert result.admin1_code == "TW-KIN"
    assert result.precision == "region"


def test_waters_far_out_off_a_bare_county_are_not_the_county():
    # 90 sea miles (167 km) off Kinmen is no longer Kinmen's.
    result = geocode_place("金門東南方90浬處海域", country="TW")
    assert result.admin1_code != "TW-KIN"


# --- Malay and Indonesian waters without "di" ---


def test_waters_of_an_unknown_place_then_its_town_without_di_are_the_district():
    result = geocode_place("Perairan Tambisan Lahad Datu", country="MY")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == "Lahad Datu"
    assert result.coarsened


def test_a_towns_own_waters_are_not_cut_into_two_names():
    result = geocode_place("perairan Lahad Datu", country="MY")
    assert result.status == "resolved"
    assert result.precision == "near"


def test_an_unknown_sea_then_its_province_without_a_comma_is_the_province():
    # The Seram Sea is not listed; Maluku, the province, is named without a comma.
    result = geocode_place("Laut Seram Maluku", country="ID")
    assert result.status == "resolved"
    assert result.admin1_code == "ID-MA"
    assert result.coarsened


def test_a_known_sea_then_a_province_is_not_cut():
    # The Celebes Sea is listed: the rule is for a sea the data lacks.
    result = geocode_place("Laut Sulawesi Sulawesi Utara", country="ID")
    assert "then the province" not in (result.note or "")


# --- the Kazakh district in the Latin alphabet of 2021 ---


def test_a_latin_kazakh_district_is_the_district_not_near_its_seat():
    result = geocode_place("Saryaǵash aýdany", country="KZ")
    assert result.status == "resolved"
    assert result.precision == "district"


# --- Russian "порт" before a crossing's or town's name ---


def test_the_russian_port_word_in_the_instrumental_is_the_crossing_it_names():
    result = geocode_place("за афганским портом Хайратон")
    assert result.status == "resolved"
    assert result.name == "Hairatan–Termez"


def test_the_russian_locative_porto_is_still_the_city():
    result = geocode_place("в Порту", country="PT")
    assert result.name == "Porto"


# --- Kazakh "X ауданындағы Y": Y in district X ---


@pytest.mark.parametrize(
    "text",
    [
        # Dostyq village of Saryagash district; the data's one Dostyk lies by China.
        "Сарыағаш ауданындағы Достық ауылында",
        "Qazaqstannyń Saryaǵash aýdanyndaǵy Dostyq aýylynda",
    ],
)
def test_a_namesake_far_outside_the_district_it_is_placed_in_is_the_district(text):
    result = geocode_place(text)
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.admin1_code == "KZ-61"
    assert result.coarsened


def test_a_country_in_the_genitive_before_the_district_must_be_the_events():
    result = geocode_place("Қазақстанның Сарыағаш ауданындағы Достық ауылында", country="KG")
    assert not (result.status == "resolved" and result.admin1_code == "KZ-61")


# --- the Tamil dative before "near" ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("மன்னாருக்கு அருகே", "Mannar"),  # near Mannar: a consonant-final name, "-உக்கு"
        ("யாழ்ப்பாணத்துக்கு அருகே", "Jaffna"),  # near Jaffna: "-ம்" becomes "-த்துக்கு"
    ],
)
def test_a_tamil_dative_before_near_is_near_the_place(text, name):
    result = geocode_place(text, country="LK")
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == "near"


# --- Chinese pairs of one-character countries ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("中越边境", "China–Vietnam border"),
        ("中俄界江", "China–Russia border"),
        ("俄中口岸", "China–Russia border"),  # an unnamed port of the pair: on its border
    ],
)
def test_a_pair_of_one_character_countries_names_their_border(text, name):
    result = geocode_place(text)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name == name


def test_a_port_of_a_pair_is_the_ports_row_when_the_tables_have_it():
    result = geocode_place("中越友谊关口岸", country="CN")
    assert result.status == "resolved"
    assert result.name == "Huu Nghi–Youyiguan"


def test_a_port_named_after_a_town_the_tables_lack_is_the_pairs_border_not_the_town():
    # The port stands out of the town it is named after: the border holds it.
    result = geocode_place("中朝某某陆路口岸", country="CN")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.coarsened


def test_one_country_twice_or_no_border_word_is_no_pair():
    assert geocode_place("中中边境").precision != "border"
    assert geocode_place("中阿合作").status == "unresolved"


# --- Arabic "X في Y": an unknown X in a known Y ---


def test_an_unknown_facility_in_a_known_place_is_in_that_place_in_arabic():
    # "a refugee camp in Syria": the camp is in no table, the country holds it.
    result = geocode_place("معسكر للاجئين في سوريا")
    assert result.status == "resolved"
    assert result.country == "SY"
    assert result.coarsened


def test_an_unknown_facility_in_an_island_is_the_island():
    result = geocode_place("مرسى صغير في أبو موسى")  # a small anchorage on Abu Musa
    assert result.status == "resolved"
    assert result.name == "Abu Musa Island"


# --- a sea named whole, its container only describing it ---


def test_a_sea_is_found_without_a_container_the_data_does_not_know():
    result = geocode_place("Laut Sulawesi, kawasan sengketa tanpa nama")  # an unnamed area
    assert result.status == "resolved"
    assert result.name == "Celebes Sea"


def test_a_town_is_not_taken_as_a_water_named_whole():
    result = geocode_place("Lahad Datu, kawasan tanpa nama")
    assert "named whole" not in (result.note or "")


# --- Kazakh "on the border", Azerbaijani "located on" ---


def test_unknown_posts_on_a_kazakh_named_border_are_that_border():
    result = geocode_place("қазақ-өзбек шекарасындағы белгісіз бекеттерде", country="KZ")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name == "Kazakhstan–Uzbekistan border"
    assert result.coarsened


def test_an_unknown_place_located_on_a_border_river_is_that_border_in_azerbaijani():
    result = geocode_place("Samur çayı üzərində yerləşən köhnə dəyirmanda")  # an old mill
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.coarsened


# --- a distance at sea measured from a province's coast ---


def test_sea_miles_beyond_the_territorial_sea_off_a_provinces_coast_leave_the_province():
    # Filipino: "40 nautical miles away from the shore of Pangasinan".
    result = geocode_place(
        "40 nautical miles ang layo mula sa baybayin ng Pangasinan", country="PH"
    )
    assert result.status == "resolved"
    assert result.precision == "country"
    assert result.coarsened


def test_sea_miles_within_the_territorial_sea_off_a_coast_keep_the_province():
    result = geocode_place(
        "8 nautical miles ang layo mula sa baybayin ng Pangasinan", country="PH"
    )
    assert result.admin1_code == "PH-PAN"


def test_sea_miles_off_a_province_with_no_coast_word_keep_the_direction_floor():
    result = geocode_place("18 nautical miles northeast of Batanes", country="PH")
    assert result.admin1_code == "PH-BTN"


# --- Urdu "a state's water borders" ---


@pytest.mark.parametrize(("text", "country"), [("ایران کی سمندری حدود میں", "IR")])
def test_an_urdu_states_sea_borders_are_that_state_coarsened(text, country):
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.country) == ("resolved", "country", country)
    assert result.coarsened


def test_a_tamil_dative_not_governed_by_near_is_left_to_other_readings():
    # "between Mannar and Jaffna": the dative joins two places; no "near" reads it back.
    result = geocode_place("மன்னார் மற்றும் யாழ்ப்பாணத்துக்கு இடையே", country="LK")
    assert "before 'near' in the nominative" not in (result.note or "")


def test_the_arabic_in_rule_leaves_a_stretch_between_border_posts_to_the_border_readings():
    # "the buffer strip between the two border posts at Rafah": no town for a border text.
    result = geocode_place("المنطقة العازلة بين المعبرين الحدوديين في رفح")
    assert "is not in the gazetteer inside" not in (result.note or "")


def test_a_tamil_states_sea_area_is_that_state_coarsened():
    result = geocode_place("இந்தியா கடற்பரப்பில்", country="IN")  # in India's waters
    assert (result.status, result.precision, result.country) == ("resolved", "country", "IN")
    assert result.coarsened


# --- Indonesian: a regency by its acronym after "di", a subdistrict "di" a bare place ---


def test_an_unknown_post_in_a_regency_written_by_its_acronym_is_the_regency():
    result = geocode_place("pos jaga perbatasan di TTS", country="ID")  # a guard post in TTS
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == "Kabupaten Timor Tengah Selatan"
    assert result.coarsened


def test_an_acronym_no_regency_spells_is_not_read():
    assert geocode_place("pos jaga perbatasan di QQX", country="ID").status == "unresolved"


def test_a_subdistrict_in_a_place_named_without_its_unit_word_is_the_subdistrict():
    # Malay and Indonesian reports call a Thai amphoe "distrik".
    result = geocode_place("distrik Sadao di Songkhla", country="TH")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.admin1_code == "TH-90"


def test_the_hebrew_moshav_word_with_its_preposition_heads_the_village():
    result = geocode_place("למושב שתולה", country="IL")  # to moshav Shtula
    assert (result.status, result.precision, result.name) == ("resolved", "settlement", "Shtula")
