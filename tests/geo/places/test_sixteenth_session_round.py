"""Classes of the eighth place round (session 16), over the 31 seen sets.

Each test holds one class of wording, on our own phrases: other wordings, languages or
places than the sets'.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.devanagari_consonants import devanagari_skeleton, district_sounding
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.text_runs import is_cased


def test_georgian_letters_are_caseless():
    # Running Georgian text has no capitals, though Unicode gives its letters some.
    assert not is_cased("ბათუმი")
    assert is_cased("Batumi")


@pytest.mark.parametrize(
    ("text", "country", "name", "precision"),
    [
        # "in the city of Batumi", "in the village of Vale of Akhaltsikhe municipality",
        # "at the customs checkpoint of the Red Bridge", "at the Sadakhlo border point".
        ("ქალაქ ბათუმში", "GE", "Batumi", "settlement"),
        ("ახალციხის მუნიციპალიტეტის სოფელ ვალეში", "GE", "Vale", "settlement"),
        ("წითელი ხიდის საბაჟო-გამშვებ პუნქტზე", "GE", "Red Bridge", "exact"),
        ("სადახლოს სასაზღვრო პუნქტზე", "GE", "Sadakhlo", "settlement"),
        # "in Kharkiv oblast", "in Ukraine's city of Kharkiv", "on the Turkish side, in Hopa".
        ("ხარკოვის ოლქში", "UA", "Kharkiv", "region"),
        ("უკრაინის ქალაქ ხარკოვში", "UA", "Kharkiv", "settlement"),
        ("ხოფაში თურქეთის მხარეს", "TR", "Hopa", "settlement"),
    ],
)
def test_georgian_case_endings_and_unit_words(text, country, name, precision):
    # Georgian writes the genitive "-ის", the locative "-ში" and "-ზე" (on) on the name;
    # "ოლქი" (oblast), "მუნიციპალიტეტი", "სოფელი" (village), "პუნქტი" (point) beside it.
    result = geocode_place(text, country=country)
    assert (result.status, result.name, result.precision) == ("resolved", name, precision)


def test_a_georgian_municipality_is_its_region_or_district_not_nothing():
    result = geocode_place("ზუგდიდის მუნიციპალიტეტის სოფელ განმუხურში", country="GE")
    assert (result.status, result.admin1_code) == ("resolved", "GE-SZ")


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        ("в района на Малко Търново", "Malko Tarnovo", "near"),
        ("в района на град Русе", "Ruse", "near"),
        ("в района на река Дунав", "Bulgaria–Romania border (Danube)", "border"),
    ],
)
def test_bulgarian_in_the_area_of_is_near(text, name, precision):
    # "в района на X" (in the area of X) is near X: "района" is no district here.
    result = geocode_place(text, country="BG")
    assert (result.status, result.name, result.precision) == ("resolved", name, precision)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "in Kishtwar", "in Fazilka district".
        ("किश्तवाड़ में", "Kishtwar"),
        ("फाजिल्का जिले में", "Fazilka"),
    ],
)
def test_a_district_in_devanagari_is_the_district_its_consonants_sound_as(text, name):
    result = geocode_place(text, country="IN")
    assert (result.status, result.name, result.precision) == ("resolved", name, "district")


@pytest.mark.parametrize(
    ("text", "skeleton"),
    [("तरनतारन", "trntrn"), ("कुपवाड़ा", "kpvr"), ("अमृतसर", "mrtsr"), ("सांबा", "smb")],
)
def test_devanagari_consonant_classes(text, skeleton):
    assert devanagari_skeleton(text) == skeleton


def test_few_consonants_or_several_districts_sound_as_none():
    # "Moran" (a village) has the consonants of Morena district, "Naushera" (a town)
    # none of Navsari's (its "v" is kept); "बहराइच" sounds as Bahraich and Bharuch.
    assert district_sounding("मोरां", ("IN",), 4) is None
    assert district_sounding("नौशेरा", ("IN",)) is None
    assert district_sounding("बहराइच", ("IN",)) is None
    assert geocode_place("मोरां के पास", country="IN").status == "unresolved"


def test_an_upper_or_lower_unit_the_data_lacks_is_the_unit_it_was_split_from():
    # Upper Chitral was carved out of Chitral district (2018); the data holds Chitral whole.
    result = geocode_place("in the Upper Chitral district", country="PK")
    assert (result.status, result.precision, result.coarsened) == ("resolved", "district", True)
    assert result.name == "Chitrāl District"


def test_an_upper_or_lower_unit_the_data_holds_is_itself():
    result = geocode_place("in Upper Dir district", country="PK")
    assert (result.name, result.coarsened) == ("Upper Dir District", False)


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        # "in the border villages of Armenia's Syunik province", "in Banteay Meanchey
        # province, north-western Cambodia".
        ("в приграничных сёлах Сюникской области Армении", "AM", "AM-SU"),
        ("di provinsi Banteay Meanchey, Kamboja barat laut", "KH", "KH-1"),
    ],
)
def test_a_region_named_with_its_own_country_is_the_region(text, country, code):
    # The two names read inside the text are nested: the country holds the region.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", code)


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Finnish puts "between" after the two names, in its cases.
        ("Ruotsin ja Norjan välisellä rajalla", "SE", "Norway–Sweden border"),
        # Swedish "mellan ... och", Norwegian "mellom ... og", Polish "pomiędzy ... a".
        ("landgränsen mellan Sverige och Norge", "SE", "Norway–Sweden border"),
        ("grensene mellom Norge og Sverige", "NO", "Norway–Sweden border"),
        ("pomiędzy Polską a Niemcami", "PL", "Germany–Poland border"),
    ],
)
def test_between_two_countries_in_finnish_swedish_norwegian_and_polish(text, country, name):
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.name) == ("resolved", "border", name)
