"""Field phrases naming border towns by forms GeoNames lacks (session 29, round29s).

The forms come from ``data/gazetteer/town_names.tsv``: Hindi, Tamil, Urdu, Arabic,
Hebrew and Thai names of border towns, written as the seen field sets'
reports write them, with the case endings and postpositions around them.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("फिरोजपुर के बाहरी इलाके में", "IN", "Firozpur"),
        ("மோரே நகரத்துக்கு", "IN", "Moreh"),
        ("لنڈی کوتل بازار", "PK", "Landi Kotal"),
        ("في  النبطية", "LB", "Nabatîyé et Tahta"),
    ],
)
def test_a_town_by_a_form_of_its_own_language(text, country, name):
    result = geocode_place(text, country=country)
    assert (result.status, result.name) == ("resolved", name)


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # Where the words around the name keep the answer at the region holding the
        # town, the town is found: before, nothing was.
        ("पाकिस्तानी सीमा से सटे खेमकरण गांव में", "IN", "IN-PB"),
        ("في منطقة بانكي الحدودية", "NG", "NG-BO"),
        ("מהכפר חצביה", "LB", "LB-NA"),
    ],
)
def test_a_town_by_its_form_is_found_in_its_region(text, country, admin1):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.admin1_code == admin1


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("อ.เมียวดี จังหวัดเมียวดี รัฐกะเหรี่ยง ประเทศเมียนมา", "MM"),
        ("منطقة سرافان الحدودية", "IR"),
        ("قلعہ سیف اللہ میں بادینی بارڈر", "PK"),
    ],
)
def test_a_district_seat_by_its_form_gives_its_district(text, country):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "district"


def test_the_kupwara_form_is_left_out():
    # "कुपवाड़ा (Kupwara) के तंगधार सेक्टर में" would be read as Kupwara town, 36 km
    # from Tangdhar, which the parenthesis hides: a wrong place, so no form for it.
    result = geocode_place("कुपवाड़ा (Kupwara) के तंगधार सेक्टर में", country="IN")
    assert result.status != "resolved" or result.name != "Kopawor"
