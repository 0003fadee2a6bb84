"""Wordings of blind109's reports that the resolver misread, by class (issue 11).

Each class is a rule of grammar or of a word list, tested here on the field phrase and
on other real forms of the same class, so that a rule keyed to one phrase would fail.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.phrases import parse_place


@pytest.mark.parametrize(
    ("text", "crossing"),
    [
        # Ukrainian "ППК" (пункт пропуску через кордон) before the post's quoted name.
        ("на ППК «Чоп-Загонь»", "Záhony–Chop"),
        ("на ППК «Тиса»", "Záhony–Chop"),
    ],
)
def test_ukrainian_ppk_names_a_post(text: str, crossing: str) -> None:
    result = geocode_place(text, country="UA")
    assert (result.status, result.name) == ("resolved", crossing)


@pytest.mark.parametrize(
    ("text", "crossing"),
    [
        # Hungarian "határátkelési pont" (crossing point), in its cases, after the
        # town's adjective or the two ends' joined adjective.
        ("a hegyeshalom-nickelsdorfi határátkelési pontnál", "Nickelsdorf–Hegyeshalom"),
        ("a hegyeshalmi határátkelési pontnál", "Nickelsdorf–Hegyeshalom"),
        ("a röszkei határátkelési ponton", "Röszke–Horgoš"),
    ],
)
def test_hungarian_crossing_point(text: str, crossing: str) -> None:
    result = geocode_place(text, country="HU")
    assert (result.status, result.name) == ("resolved", crossing)


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # The locative softens "-ka" to "-ci": Rijeka, "u Rijeci".
        ("u Rijeci", "HR", "Rijeka"),
    ],
)
def test_south_slavic_locative_in_ci(text: str, country: str, name: str) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.name, result.country) == ("resolved", name, country)


def test_crossing_in_a_locative_town() -> None:
    # "in front of the border crossing in Bosanska Gradiška": its crossing over the Sava.
    result = geocode_place("ispred graničnog prijelaza u Bosanskoj Gradišci", country="BA")
    assert (result.status, result.name) == ("resolved", "Gradiška–Stara Gradiška")


@pytest.mark.parametrize(
    "text",
    [
        # "the Sallum land port on Egypt's western border": the compass adjective after
        # the country's adjective is the border's, not the Gharbia governorate.
        "منفذ السلوم البري علي الحدود المصرية الغربية",
        "منفذ السلوم البري على الحدود المصرية الغربية",
    ],
)
def test_arabic_compass_after_the_country_adjective(text: str) -> None:
    result = geocode_place(text, country="EG")
    assert (result.status, result.name) == ("resolved", "Sallum–Musaid")


def test_arabic_western_egyptian_border_is_the_libyan() -> None:
    result = geocode_place("الحدود المصرية الغربية", country="EG")
    assert (result.status, result.precision, result.name) == (
        "resolved",
        "border",
        "Egypt–Libya border",
    )


def test_unit_name_ends_at_its_comma() -> None:
    # "in the commune of Seytenga, in the north of Burkina Faso, near the Niger border":
    # the commune's name is "Seytenga", the rest says where it lies.
    expr = parse_place(
        "dans la commune de Seytenga, au nord du Burkina Faso, près de la frontière nigérienne"
    )
    assert expr.kind == "restricted"
    assert expr.inner is not None and expr.inner.name == "Seytenga"
    result = geocode_place(
        "dans la commune de Seytenga, au nord du Burkina Faso, près de la frontière nigérienne",
        country="BF",
    )
    assert result.status == "resolved"
    assert result.country == "BF"


def test_known_unit_before_a_comma_tail() -> None:
    # A unit the data holds keeps its answer when a describing tail follows the comma.
    result = geocode_place("dans la province du Seno, au nord du Burkina Faso", country="BF")
    assert (result.status, result.admin1_code) == ("resolved", "BF-SEN")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Swedish "över" (over, across) before a bridge's name.
        ("över Öresundsbron", None),
        ("över Öresundsbron", "SE"),
    ],
)
def test_swedish_prepositions_before_a_name(text: str, country: str | None) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.name) == ("resolved", "Øresund Bridge")


@pytest.mark.parametrize(
    ("text", "country", "town"),
    [
        # French "la région de X" with no unit named X: the area around the town X, as
        # "la zone de X" and "the X area" are read.
        ("la région de Takum", "NG", "Takum"),
        ("la région de Dori", "BF", "Dori"),
    ],
)
def test_region_of_a_town_is_its_area(text: str, country: str, town: str) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.name, result.precision) == ("resolved", town, "near")


def test_english_and_spanish_region_of_a_town_not_its_circle() -> None:
    # "the Noyemberian region" (a former raion), "la región de Moyale (sur)" (a side):
    # wider than a town's circle, so not read as near the town.
    for text, country in (
        ("in the Noyemberian region of Tavush Province", "AM"),
        ("la región de Moyale (sur)", "ET"),
    ):
        assert geocode_place(text, country=country).precision != "near"


def test_norwegian_border_at_a_crossing_town() -> None:
    # "på grensa ved Storskog": the Storskog crossing, "på" left to the grammar.
    result = geocode_place("på grensa ved Storskog", country="NO")
    assert (result.status, result.name) == ("resolved", "Storskog")


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        # A real region of the name stays the region.
        ("la région de Kara", "TG", "TG-K"),
        ("dans la région de Tombouctou", "ML", "ML-6"),
    ],
)
def test_region_of_its_name_stays_the_region(text: str, country: str, code: str) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", code)


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        # Somali "xadka u dhexeeya A iyo B": the border lying between A and B.
        ("xadka u dhexeeya Kenya iyo Soomaaliya", "KE", "Kenya–Somalia border"),
        (
            "Xadka u Dhexeeya Mandera iyo Beled Hawo",
            "KE",
            "Kenya–Somalia border at Mandera–Beled Hawo",
        ),
    ],
)
def test_somali_border_between(text: str, country: str, border: str) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.name, result.precision) == ("resolved", border, "border")


def test_somali_side_of_a_district_in_a_country() -> None:
    # "dhinaca degmada X ee Soomaaliya": on the side of X district, in Somalia.
    result = geocode_place("dhinaca degmada Beled Hawo ee Soomaaliya", country="SO")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "district",
        "SO-GE",
    )


def test_somali_side_of_a_country() -> None:
    # "dhanka Kenya ee Mandera East": Mandera East, on Kenya's side; the data has only
    # the county holding it, finer than Kenya.
    result = geocode_place("dhanka Kenya ee Mandera East", country="KE")
    assert (result.status, result.admin1_code) == ("resolved", "KE-24")


@pytest.mark.parametrize(
    ("text", "district"),
    [
        # An unknown place, then "município de Y": the municipality Y seats holds it.
        ("pela fronteira fluvial do Kimbumba, município do Soyo", "Soyo"),
        ("ao posto fronteiriço do Luvo, município de Mbanza Congo", "Mbanza Kongo"),
    ],
)
def test_unknown_place_in_a_named_municipality(text: str, district: str) -> None:
    result = geocode_place(text, country="AO")
    assert (result.status, result.name, result.precision) == ("resolved", district, "district")


def test_part_of_a_municipality_keeps_its_region() -> None:
    # A corregimiento is a part of the municipality, which may reach beyond the circle
    # drawn around its seat: the region holding the seat, as before.
    result = geocode_place("Juan Frío, corregimiento de Villa del Rosario", country="CO")
    assert (result.status, result.precision) == ("resolved", "region")


@pytest.mark.parametrize(
    "text",
    [
        # A footbridge ("pasarela") that joins two towns is their crossing; the words
        # around each town ("la localidad paraguaya de", "el centro de la ciudad de")
        # say what the town is.
        "la pasarela de la amistad que une a la localidad paraguaya de Nanawa con el "
        "centro de la ciudad de Clorinda",
        "la pasarela que une Nanawa con Clorinda",
        "el puente que une a Nanawa con el centro de Clorinda",
    ],
)
def test_footbridge_joining_two_towns(text: str) -> None:
    result = geocode_place(text, country="AR")
    assert (result.status, result.name) == ("resolved", "Clorinda–Nanawa")
