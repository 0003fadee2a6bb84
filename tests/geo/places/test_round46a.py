"""Classes of place round 46a: answers finer than, or beside, what the phrase names.

A unit below admin-1 that bears a named border line's name (al-Fashaga, a Sudanese
district and the stretch of the Ethiopia–Sudan line it holds), named with a border word,
is that line in the unit's region, not the whole region.  An area followed by words that
put the place on a named border line, lake or river ("in the Ladakh region on the banks
of Pangong Tso") is that feature, finer than the area.
"""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place


def test_a_unit_named_as_a_border_line_with_a_border_word_is_the_line() -> None:
    # Field phrases (blind23, blind87): before, the region Gedarif for the first two.
    for text in (
        "منطقة الفشقة الحدودية الزراعية الخصبة",
        "على الحدود فى منطقة الفشقة",
        "بمنطقة الفشقة الحدودية داخل الاراضي السودانية",
    ):
        result = geocode_place(text, country="SD")
        assert result.status == "resolved", (text, result)
        assert result.precision == "border", (text, result)
        assert result.name is not None and result.name.startswith("Ethiopia–Sudan border")
        # The stretch in the unit's region: the answer still holds the region's code.
        assert result.admin1_code == "SD-GD", (text, result)


def test_a_bare_border_in_a_unit_named_as_a_line_is_that_line() -> None:
    # The border word outside the unit: the container is the stretch, of one of the two
    # borders Gedarif reaches; before, "2 borders fit: ER-SD, ET-SD" and only Sudan.
    result = geocode_place("on the border in the Fashaga district", country="SD")
    assert result.status == "resolved", result
    assert result.precision == "border"
    assert (result.name or "").startswith("Ethiopia–Sudan border")


def test_a_unit_named_as_a_border_line_without_a_border_word_stays_its_region() -> None:
    # Nothing in the text says the border: the district, answered by its region.
    for text in ("منطقة الفشقة", "في منطقة بركة نورين بمدينة الفشقة بولاية القضارف"):
        result = geocode_place(text, country="SD")
        assert result.status == "resolved", (text, result)
        assert result.precision == "region", (text, result)
        assert result.admin1_code == "SD-GD"


def test_a_unit_named_as_a_line_of_another_border_is_not_that_line() -> None:
    # An Eritrean event: the al-Fashaga line is Ethiopia–Sudan's, not Eritrea's.
    result = geocode_place("على الحدود فى منطقة الفشقة", country="ER")
    assert result.precision != "border" or "Ethiopia–Sudan" not in (result.name or "")


def test_a_border_the_inner_words_place_more_finely_keeps_its_reading() -> None:
    # Field phrases (blind36, blind16): the container is a whole border, the inner words
    # a crossing on it; the crossing's stretch stands.
    result = geocode_place("The Raxaul border along the India–Nepal frontier", country="IN")
    assert result.status == "resolved", result
    assert "Raxaul" in (result.name or ""), result


def test_an_area_then_a_named_border_lake_is_the_lake() -> None:
    # Field phrase (blind27): before, the region Ladakh (a region for the border).
    for text in (
        "in the Ladakh region on the banks of Pangong Tso",
        "in Ladakh on the banks of Pangong Tso",
    ):
        result = geocode_place(text, country="IN")
        assert result.status == "resolved", (text, result)
        assert result.precision == "border", (text, result)
        assert "Pangong Tso" in (result.name or ""), (text, result)


def test_an_area_near_a_named_border_lake_stays_the_area() -> None:
    # "near" the lake does not put the place on it.
    result = geocode_place("Ladakh, near Pangong Tso", country="IN")
    assert result.status == "resolved", result
    assert result.precision == "region"
    assert result.admin1_code == "IN-LA"


def test_an_outlined_area_a_named_line_does_not_reach_keeps_the_area() -> None:
    # The Kolok river is the Malaysia–Thailand line; Zakarpattia lies nowhere near it.
    result = geocode_place("Zakarpattia region, on the banks of the Kolok River", country="UA")
    assert result.precision != "border", result
