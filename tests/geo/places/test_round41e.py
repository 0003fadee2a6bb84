"""Event classes of round 41e (events sets below 90 % placed): a compass side of a small
place, the towns of "que une la ciudad de A con la uruguaya de B", and a province carved
out of an older one under which the data still files its regencies."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.merged_provinces import provinces_carved_from

# --- A compass side of a place ------------------------------------------------------------
# "the northern side of the Sarstoon Island" read "northern" as a country and found none.


def test_the_compass_side_of_an_island_is_on_the_island():
    result = geocode_place("the northern side of the Sarstoon Island", country="BZ")
    assert result.status == "resolved"
    assert result.precision in ("settlement", "near", "exact")
    assert result.name == "Sarstoon Island"
    assert "northern side" in result.note


def test_the_compass_side_of_a_country_is_not_answered_as_a_point():
    result = geocode_place("the eastern side of the Colombia", country="CO")
    assert result.status == "unresolved"


# --- The towns a crossing joins, with the words Spanish puts before them -------------------


def test_the_town_kind_and_country_adjective_before_de_are_no_part_of_the_towns():
    text = "el puente San Martín, que une la ciudad de Gualeguaychú con la uruguaya de Fray Bentos"
    result = geocode_place(text, country="UY")
    assert result.status == "resolved"
    assert result.name == "Libertador General San Martín Bridge"


# --- A province carved out of an older one -------------------------------------------------
# North Kalimantan (ID-KU) was made of East Kalimantan's northern regencies in 2012; the
# data files Nunukan under ID-KI, so "Kabupaten Nunukan, Kalimantan Utara" was two places.


def test_north_kalimantan_was_carved_out_of_east_kalimantan():
    assert provinces_carved_from("ID-KU") == ("ID-KI",)
    assert provinces_carved_from("ID-KI") == ()


def test_a_regency_of_the_carved_out_province_is_held_by_it():
    text = "melalui Perairan Sebatik Kabupaten Nunukan, Kalimantan Utara"
    result = geocode_place(text, country="ID")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == "Kabupaten Nunukan"


# --- A region of the event's country spelled a letter otherwise ----------------------------
# "ngoài khơi bang Teregganu" (off Terengganu state) found no place: only a unit word
# before a name let its spelling be compared with the country's regions.


def test_a_bare_region_name_a_letter_off_is_that_region():
    result = geocode_place("ngoài khơi bang Teregganu", country="MY")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "MY-11"


def test_a_region_spelled_otherwise_is_tried_after_every_other_reading():
    # "Даугавпилсе", the locative, is a letter from the region's form "daugavpils": the
    # town, which the declension finds, stays the answer; so does "Dakrong District".
    assert geocode_place("в Даугавпилсе", country="LV").precision == "settlement"
    text = "through the La Lay International Border Gate in Dakrong District"
    assert geocode_place(text, country="VN").admin1_code != "VN-72"


def test_a_short_name_a_letter_off_a_region_is_not_read_as_it():
    # "Kedahh": six letters, a letter from too many words to guess.
    assert geocode_place("Kedahh", country="MY").status == "unresolved"


# --- A unit named in Arabic letters by its consonants ---------------------------------------
# "قاعدة القوات الجوية البريطانية في أكروتيري" (the British air base in Akrotiri): the
# units table names Akrotiri in Latin letters only.


def test_a_unit_in_arabic_letters_is_found_by_its_consonants():
    result = geocode_place("أكروتيري", country="CY")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "CY-02"
    assert result.coarsened


def test_the_one_word_after_in_that_ends_an_arabic_text_is_its_unit():
    result = geocode_place("قاعدة القوات الجوية البريطانية في أكروتيري", country="CY")
    assert result.status == "resolved"
    assert result.admin1_code == "CY-02"
    assert "names last" in result.note


# --- An unknown place in a state's waters ---------------------------------------------------


def test_an_unknown_place_in_a_state_s_waters_in_persian_is_that_state():
    result = geocode_place("نزدیک سکوهای نفتی آب های قطر", country="QA")
    assert result.status == "resolved"
    assert result.precision == "country"
    assert result.country == "QA"
    assert result.coarsened


def test_the_waters_of_a_town_stay_near_the_town():
    result = geocode_place("آبهای جاسک", country="IR")
    assert result.precision == "near"
    assert result.name == "Jask"
