"""Place classes of round 30q, sorted from the unresolved rows of the older place sets."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place

AM_AZ = "Armenia–Azerbaijan border"


@pytest.mark.parametrize(
    ("text", "hint", "border"),
    [
        # Field phrases: "between the Saudi-Kuwaiti border", "in the area of the
        # Polish-Belarusian border", "the south-eastern part of the Armenian-Azeri border".
        ("مابين الحدود السعودية الكويتية", "SA", "Kuwait–Saudi Arabia border"),
        ("في منطقة الحدود البولندية البيلاروسية", "PL", "Belarus–Poland border"),
        ("الجزء الجنوبي الشرقي من الحدود الأرمنية الأذرية", "AM", AM_AZ),
        ("الجزء الشمالي الشرقي من الحدود الأرمينية الأذربيجانية", "AM", AM_AZ),
        # Our own: the same words around other pairs.
        ("بمنطقة الحدود البولندية الألمانية", "PL", "Germany–Poland border"),
        ("في منطقة الحدود السورية التركية", "SY", "Syria–Turkey border"),
        ("ما بين الحدود السعودية الكويتية", "KW", "Kuwait–Saudi Arabia border"),
        ("الحدود الأرمينية الأذرية", "AZ", AM_AZ),
    ],
)
def test_arabic_words_of_where_along_a_border_narrow_nothing(text, hint, border):
    # "in the area of", "between", "the part ... of" before "الحدود" and two country
    # adjectives (with the Armenian "الأرمينية" and Azeri "الأذرية" spellings): the
    # border of the two countries.
    result = geocode_place(text, country=hint)
    assert (result.status, result.precision, result.name) == ("resolved", "border", border)


def test_arabic_area_of_the_border_alone_names_no_place():
    # "منطقة الحدود" (the border area) with no country: still no place.
    assert geocode_place("منطقة الحدود", country="SY").status == "unresolved"


@pytest.mark.parametrize(
    ("text", "hint", "border"),
    [
        # Field phrases: the Bulgarian-Turkish "green" border, quoted; the Iran-Armenia
        # land border.
        ("на българо-турската “зелена” граница", "BG", "Bulgaria–Turkey border"),
        ("Իրան-Հայաստան ցամաքային սահմանը", "AM", "Armenia–Iran border"),
        # Our own, in other languages and without quotes.
        ("na polsko-białoruskiej zielonej granicy", "PL", "Belarus–Poland border"),
        ("the Polish-Belarusian green border", "PL", "Belarus–Poland border"),
        ("an der deutsch-polnischen grünen Grenze", "DE", "Germany–Poland border"),
        ("Հայ-ադրբեջանական պետական սահմանի", "AM", AM_AZ),
    ],
)
def test_green_land_or_state_between_the_pair_and_the_border_word(text, hint, border):
    # An adjective of the kind of border between the two countries' words and the border
    # word says nothing of which border: the pair does.
    result = geocode_place(text, country=hint)
    assert (result.status, result.precision, result.name) == ("resolved", "border", border)


def test_a_green_word_alone_is_no_border():
    # "Zelena" is a Ukrainian village's name, never a border side for a Polish event.
    assert geocode_place("Zelena", country="PL").status == "unresolved"


@pytest.mark.parametrize(
    ("text", "hint", "code"),
    [
        # Field phrase: "in North Sinai", the governorate "شمال سيناء" after "in".
        ("في شمال سيناء", "EG", "EG-SIN"),
        # Our own: South Sinai, and Sudan's North Darfur, after "in" and "to".
        ("في جنوب سيناء", "EG", "EG-JS"),
        ("إلى شمال دارفور", "SD", "SD-DN"),
    ],
)
def test_arabic_in_before_a_region_named_by_its_compass(text, hint, code):
    # The compass word opens the region's own name, as "North Sinai" does in English;
    # "في" (in) before it is no part of the name and no direction.
    result = geocode_place(text, country=hint)
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", code)


def test_arabic_on_the_north_of_a_country_is_that_country():
    # Field phrase "على شمال إسرائيل" (on northern Israel): the country, coarser than
    # its north, as "في شمال إسرائيل" (in northern Israel) already was.
    result = geocode_place("على شمال إسرائيل", country="IL")
    assert (result.status, result.precision, result.country) == ("resolved", "country", "IL")


@pytest.mark.parametrize(
    ("text", "hint", "border"),
    [
        # Field phrases: "the crossing at the Turkmen-Uzbek border"; "in the area of the
        # Bükülmez border outpost at the Turkey-Syria border" (no outpost in the data).
        ("Türkmen-özbek serhedindäki geçelge", "TM", "Turkmenistan–Uzbekistan border"),
        (
            "Türkiye-Suriye sınırındaki Bükülmez Hudut Karakolu sorumluluk bölgesinde",
            "TR",
            "Syria–Turkey border",
        ),
        # Our own: "the gate at the Turkey-Syria border".
        ("Türkiye-Suriye sınırındaki kapı", "TR", "Syria–Turkey border"),
    ],
)
def test_turkic_head_after_its_border_unknown_is_the_border(text, hint, border):
    # Turkic languages put what lies on a border after the border's "-daki" form; when
    # the gazetteer does not know it, the border holds it, as in "the crossing on the
    # Turkmen-Uzbek border".
    result = geocode_place(text, country=hint)
    assert (result.status, result.precision, result.name) == ("resolved", "border", border)


def test_turkic_head_after_its_border_known_is_itself():
    # "Kilis at the Turkey-Syria border": the town, not the border.
    result = geocode_place("Türkiye-Suriye sınırındaki Kilis", country="TR")
    assert (result.status, result.precision, result.name) == ("resolved", "settlement", "Kilis")


def test_azerbaijani_genitive_of_the_border_word():
    # "sərhədinin" (of the border), as "sərhədi" is read.
    result = geocode_place("Azərbaycan-İran sərhədinin", country="AZ")
    assert (result.status, result.precision, result.name) == (
        "resolved",
        "border",
        "Azerbaijan–Iran border",
    )
