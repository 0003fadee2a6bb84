"""Classes of the blind94 set's misses (session 45, round 45a), on phrases of our own:
Thai words joined around a known name, Nepali genitives of units the data names
without a seat or only in Latin letters.
"""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.joined_words import joined_words_apart


def test_a_thai_name_after_frame_words_joined_to_it():
    # The pier (ท่าเทียบเรือ) of Ranong: the name ends the word, the frame before it.
    result = geocode_place("ท่าเทียบเรือระนอง", country="TH")
    assert (result.status, result.name) == ("resolved", "Ranong")
    # The side (ด้าน) of the immigration (ตรวจคนเข้าเมือง) checkpoint of Mae Sai.
    result = geocode_place("ด้านด่านตรวจคนเข้าเมืองแม่สาย", country="TH")
    assert (result.status, result.name) == ("resolved", "Mae Sai–Tachileik")
    # Around (รอบ) the permanent border checkpoint of Mae Sot.
    result = geocode_place("รอบด่านพรมแดนถาวรแม่สอด", country="TH")
    assert (result.status, result.name) == ("resolved", "Mae Sot–Myawaddy")


def test_a_chain_of_units_joined_in_thai_or_khmer():
    # Province then district, one word: each unit word before its name, the finest
    # unit answers (a district the tables know only among the units below admin-1 too).
    result = geocode_place("จังหวัดสระแก้วอำเภออรัญประเทศ", country="TH")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "district",
        "TH-27",
    )
    result = geocode_place("ខេត្តបន្ទាយមានជ័យស្រុកអូរជ្រៅ", country="KH")
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Ou Chrov District",
        "district",
    )


def test_a_thai_crossing_word_before_a_unit_word_stands_apart():
    # The checkpoint (ด่าน) of Ko Song (Kawthaung) "province": the readers part one unit
    # word off the name; the data has no such province, only the town's country.
    result = geocode_place("ด่านตรวจคนเข้าเมืองจังหวัดเกาะสอง", country="MM")
    assert (result.status, result.country) == ("resolved", "MM")
    assert result.coarsened


def test_joined_words_are_parted_only_into_frame_words_and_names():
    known = {"ระนอง", "สอง"}.__contains__
    assert joined_words_apart("ท่าเรือปากน้ำระนอง", known) == "ท่าเรือ ปากน้ำ ระนอง"
    # A short name inside an unrelated word: "สองแคว" leaves "แคว", neither.
    assert joined_words_apart("ท่าเทียบเรือสองแคว", known) is None
    # A name before a last frame word is a common word there: the piers of both (สอง,
    # two) banks (ฝั่ง), not Song.
    assert joined_words_apart("ท่าเทียบเรือสองฝั่ง", known) is None
    # Frame words alone name nothing.
    assert joined_words_apart("ท่าเทียบเรือปากน้ำ", known) is None


def test_a_short_name_inside_a_thai_word_is_not_read():
    result = geocode_place("ท่าเทียบเรือสองฝั่ง", country="TH")
    assert result.status == "unresolved"


def test_a_nepali_district_the_data_seats_nowhere_is_its_province():
    # Kapilvastu's and Jajarkot's seats are not in the districts table: no circle is
    # drawn, the province holding the district is, flagged coarser.
    result = geocode_place("कपिलवस्तुबाट", country="NP")
    assert (result.status, result.admin1_code, result.precision) == ("resolved", "NP-P5", "region")
    assert result.coarsened
    # Known in Latin letters only: the name without its ending ("-बाट", from) sounds
    # as the district.
    result = geocode_place("जाजरकोटबाट", country="NP")
    assert (result.status, result.admin1_code, result.coarsened) == ("resolved", "NP-P6", True)


def test_a_nepali_province_the_data_names_in_latin_letters_only():
    # Sudurpashchim has no outline and no Devanagari name in the data: its consonants,
    # the Nepali ending ("-बाट", from) read back first.
    result = geocode_place("सुदूरपश्चिमबाट", country="NP")
    assert (result.status, result.admin1_code, result.precision) == ("resolved", "NP-P7", "region")
    # Too few consonants to tell a province by them alone: Madhesh (m, d, sh).
    assert geocode_place("मधेशमा", country="NP").status == "unresolved"


def test_a_country_with_nepali_postpositions_owns_no_district_of_the_run():
    # "भारतसँगका" (of ... with India) says which border the district's crossings are on.
    result = geocode_place("भारतसँगका कैलालीका सीमानाका", country="NP")
    assert (result.status, result.name, result.precision) == ("resolved", "Kailali", "district")


def test_a_nepali_border_word_with_its_postposition():
    for text in ("नेपाल-भारत सीमाबाट", "भारत-नेपाल सीमासम्म"):
        result = geocode_place(text, country="NP")
        assert (result.status, result.name) == ("resolved", "India–Nepal border"), text


def test_a_hindi_district_in_which_the_border_lies():
    # "X में भारत-नेपाल सीमा" (the India-Nepal border in X): X holds that stretch, as
    # "the border in X" reads in English; the countries beside the border word own
    # nothing.
    for text, name in (
        ("पीलीभीत में भारत-नेपाल सीमा", "District Pilibhit"),
        ("सिद्धार्थनगर में भारत नेपाल सीमा पर", "Siddharthnagar"),
    ):
        result = geocode_place(text, country="IN")
        assert (result.status, result.name, result.precision) == (
            "resolved",
            name,
            "district",
        ), text
    # A sector of a Hindi report stays unread: it is often a village's.
    assert geocode_place("रामगढ़ सेक्टर में", country="IN").status == "unresolved"


def test_a_sea_border_in_south_asian_scripts_is_the_events_country():
    # No sea line is shipped: as "the maritime border" reads, the event's country,
    # coarsened (Sinhala "at the international maritime boundary", Hindi, Tamil).
    for text, country in (
        ("ජාත්‍යන්තර මුහුදු සීමාවේදී", "LK"),
        ("अंतरराष्ट्रीय समुद्री सीमा के पास", "IN"),
        ("கடல் எல்லையில்", "IN"),
    ):
        result = geocode_place(text, country=country)
        assert (result.status, result.precision, result.country) == (
            "resolved",
            "country",
            country,
        ), text
        assert result.coarsened
    # A boundary word alone, not at sea, says no such thing.
    assert geocode_place("සීමාවේදී", country="LK").status == "unresolved"


def test_a_nepali_owner_of_the_border_stretch_keeps_the_border():
    # "झापाको नेपाल-भारत सीमा" (Jhapa's Nepal-India border): the district in the
    # genitive says which stretch; it is no other place beside the border.
    result = geocode_place("झापाको नेपाल-भारत सीमा", country="NP")
    assert (result.status, result.name) == ("resolved", "India–Nepal border")
