"""Place classes of session 27's round t, found on blind52's rows in other scripts."""

from __future__ import annotations

import pytest

from bordermap.geo.places.devanagari_vowels import vowel_length_key
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.held_sector import holder_and_sector

# A sector named after the district that holds it ("Jammu's R S Pura sector"): the
# sector by its own name, else the district; never a point near the holder's town.


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("जम्मू के सांबा सेक्टर में", "Samba"),  # blind34, answered near Jammu
        ("जम्मू-कश्मीर में पुंछ के सौजियान सेक्टर में", "Punch"),
        ("कुपवाड़ा में नौगाम सेक्टर में", "Kupwara"),
        ("राजौरी के नौशेरा सेक्टर में", "Rājauri"),
        ("कठुआ के हीरानगर सेक्टर में", "Kathua"),
    ],
)
def test_a_sector_inside_its_holder_is_that_district(text, district):
    result = geocode_place(text, country="IN")
    assert (result.status, result.precision, result.name) == ("resolved", "district", district)


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("जम्मू के आरएस पुरा", ("जम्मू", "आरएस पुरा")),
        ("जम्मू-कश्मीर में पुंछ के सौजियान", ("पुंछ", "सौजियान")),
        ("गुरदासपुर", None),
        ("के सांबा", None),
    ],
)
def test_holder_and_sector_part_only_a_joined_name(name, parts):
    assert holder_and_sector(name) == parts


# Marathi and Nepali write "district" in their own forms and cases, often joined to
# the next word ("जिल्लाअन्तर्गत", under the district), and Marathi reporters drop its
# "l" ("जिह्यात"): the unit word still makes the name before it the district.


@pytest.mark.parametrize(
    ("text", "country", "district"),
    [
        ("पंजाबच्या गुरुदासपूर जिह्यात", "IN", "Gurdaspur"),  # blind52
        ("पंजाबच्या गुरुदासपूर जिल्ह्यात", "IN", "Gurdaspur"),
        ("बिहारच्या सीतामढी जिल्ह्यात", "IN", "Sītāmarhi"),
        ("धनुषा जिल्लाअन्तर्गत रहेको सिमानाका", "NP", "Dhanusa"),  # blind52
        ("धनुषा जिल्लामा", "NP", "Dhanusa"),
        ("धनुषा जिल्ला", "NP", "Dhanusa"),
    ],
)
def test_marathi_and_nepali_district_words_make_a_district(text, country, district):
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.name) == ("resolved", "district", district)


# Nepali joins its case endings to the name ("वीरगंजको", of Birgunj; "विराटनगरमा", in
# Biratnagar): read back for an event in Nepal, as Bengali's are.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("वीरगंजको सीमा नाकामा", "Raxaul–Birgunj"),
        ("वीरगंजको", "Raxaul–Birgunj"),
        ("विराटनगरमा", "Biratnagar"),
        ("धनुषा जिल्लाको", "Dhanusa"),
    ],
)
def test_nepali_case_endings_are_read_back(text, name):
    result = geocode_place(text, country="NP")
    assert (result.status, result.name) == ("resolved", name)


# Short and long "i" and "u" of a Devanagari name are written as heard: "विरगंज" is
# the gazetteer's "वीरगंज" when one place of the event's country has that spelling.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("विरगंजको सीमा नाकामा", "Raxaul–Birgunj"),  # blind52
        ("विरगंज", "Raxaul–Birgunj"),
    ],
)
def test_a_devanagari_vowel_of_the_other_length_finds_the_place(text, name):
    result = geocode_place(text, country="NP")
    assert (result.status, result.name) == ("resolved", name)


def test_vowel_length_key_folds_long_i_and_u():
    assert vowel_length_key("वीरगंज") == vowel_length_key("विरगंज")
    assert vowel_length_key("पूंछ") == vowel_length_key("पुंछ")
