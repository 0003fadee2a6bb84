"""Classes of place round 38j: unresolved and wrong readings of the blind79 set.

Unresolved before: a word saying what a town is ("ميناء", port; "مدينة", city) between
Arabic "near" and a town across the border hid the near word, so the town was refused
abroad; a crossing the data lacks, named after a town just across the border, was
refused with the town; a road's kilometre marker "between" two towns was read as the
stretch between them, which neither town is.  Wrong before: "the border with X and Y"
answered the line between X and Y, not the event's country's border with either.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        "لخط الحدود مقابل ميناء «أم قصر»",  # field phrase (blind79)
        "قرب مدينة أم قصر",
    ],
)
def test_a_town_word_between_near_and_a_town_across_the_border(text: str) -> None:
    result = geocode_place(text, country="KW")
    assert result.status == "resolved", result
    assert result.name == "Umm Qaşr"
    assert result.precision == "near"


def test_the_town_word_alone_still_refuses_the_town_abroad() -> None:
    # Without a near word the town itself is meant, and it is not in Kuwait.
    assert geocode_place("ميناء أم قصر", country="KW").status == "unresolved"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("la frontera con Bolivia y Paraguay", "AR"),
        ("la frontera con Bolivia y Argentina", "PY"),
        ("na fronteira com o Paraguai e a Bolívia", "BR"),
    ],
)
def test_the_border_with_two_neighbours_is_not_the_line_between_them(
    text: str, country: str
) -> None:
    # Before: the Bolivia–Paraguay border for an Argentine event.
    result = geocode_place(text, country=country)
    assert result.status == "unresolved", result
    assert "two lines" in result.note


def test_the_border_between_two_neighbours_is_still_their_line() -> None:
    result = geocode_place("la frontera entre Bolivia y Paraguay", country="AR")
    assert (result.status, result.name) == ("resolved", "Bolivia–Paraguay border")


def test_a_tri_border_with_two_neighbours_is_still_its_region() -> None:
    result = geocode_place("la triple frontera con Brasil y Paraguay", country="AR")
    assert (result.status, result.admin1_code) == ("resolved", "AR-N")


@pytest.mark.parametrize("text", ["منفذ الوديعة الحدودي", "منفذ الوديعة"])
def test_a_crossing_named_after_a_town_across_the_border_is_the_events_side(text: str) -> None:
    # Field phrase (blind79): before, unresolved (Al Wadiah is Saudi, the event Yemeni).
    result = geocode_place(text, country="YE")
    assert result.status == "resolved", result
    assert (result.precision, result.admin1_code) == ("region", "YE-HD")
    assert result.coarsened


def test_the_crossing_of_a_town_of_the_events_own_country_is_still_near_it() -> None:
    result = geocode_place("منفذ الوديعة", country="SA")
    assert (result.status, result.precision, result.country) == ("resolved", "near", "SA")


def test_a_kilometre_between_a_town_and_one_the_data_lacks_is_near_the_town() -> None:
    # Field phrase (blind79): before, unresolved ("between" put Maicao out).
    result = geocode_place("en el kilómetro 88 entre Maicao y Paraguachón", country="CO")
    assert result.status == "resolved", result
    assert (result.name, result.precision, result.admin1_code) == ("Maicao", "near", "CO-LAG")


def test_a_kilometre_between_two_towns_far_apart_is_their_region() -> None:
    result = geocode_place("km 5 entre Maicao y Riohacha", country="CO")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "region",
        "CO-LAG",
    )


def test_near_a_crossing_named_after_a_town_abroad_is_still_near_the_town() -> None:
    # "недалеко от КПП «Вуадиль»" (blind26) stays near Vodil, not the region facing it.
    result = geocode_place("недалеко от КПП «Вуадиль»", country="KG")
    assert (result.status, result.name, result.precision) == ("resolved", "Vodil", "near")


@pytest.mark.parametrize(
    ("text", "country", "region"),
    [
        ("منفذ (طريبيل) الحدودي مع الأردن", "IQ", "IQ-AN"),  # field phrase (blind79)
        ("منفذ (طريبيل) الحدودي مع العراق", "JO", "JO-MA"),
    ],
)
def test_an_unknown_crossing_on_a_border_one_region_lines_is_that_region(
    text: str, country: str, region: str
) -> None:
    # Before: the Iraq–Jordan border, whose Iraqi side is all Anbar.
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert (result.precision, result.admin1_code) == ("region", region)
    assert result.coarsened


def test_an_unknown_crossing_on_a_border_many_regions_line_is_the_border() -> None:
    result = geocode_place("معبر جودة الحدودي مع جنوب السودان", country="SD")
    assert (result.status, result.name) == ("resolved", "Sudan–South Sudan border")


def test_the_border_with_no_crossing_named_is_still_the_border() -> None:
    result = geocode_place("الحدود مع الأردن", country="IQ")
    assert (result.status, result.name) == ("resolved", "Iraq–Jordan border")
