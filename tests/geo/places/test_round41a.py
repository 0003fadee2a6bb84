"""Session 41, round41a: WRONG place answers of the field sets, by class.

A text that names a crossing or place on the border between two countries the data
does not place there was the whole line; where the event's country's side of that line
is one admin-1 region, the region holds the point and says more (as the same texts in
Arabic script already got).
"""

from bordermap.geo.places.geocoder import geocode_place


def _answer(text: str, hint: str) -> tuple[str, str | None, str | None]:
    result = geocode_place(text, country=hint)
    return result.status, result.precision, result.admin1_code


def test_unknown_crossing_between_iraq_and_jordan_is_anbar() -> None:
    result = geocode_place("منفذ طريبيل الحدودي بين العراق والاردن", country="IQ")
    assert (result.precision, result.admin1_code, result.coarsened) == ("region", "IQ-AN", True)


def test_a_place_after_the_two_countries_gives_the_one_region() -> None:
    text = "à la frontière qui sépare le Cameroun du Gabon à Kye-Ossi"
    assert _answer(text, "CM") == ("resolved", "region", "CM-SU")


def test_countries_alone_stay_the_border() -> None:
    # Nothing names a point: the whole line is what the text says.
    assert _answer("la frontière qui sépare le Cameroun du Gabon", "CM")[1] == "border"


def test_a_side_of_several_regions_stays_the_border() -> None:
    # Sudan's side of the Egyptian border is Northern and Red Sea states: no one region.
    text = "معبر أرقين الحدودي بين مصر والسودان"
    assert _answer(text, "SD")[1] == "border"


def test_crossing_between_two_regions_is_the_stretch_in_the_own_one() -> None:
    # A place on each side of the line (Osh, and Andijan across it): the line there,
    # in the event's country's region, not the whole Kyrgyz-Uzbek border.
    text = (
        'КПП "Достук", расположенного на участке кыргызской-узбекской границы '
        "между Ошской и Андижанской областями"
    )
    assert _answer(text, "KG") == ("resolved", "border", "KG-O")


def test_between_two_towns_of_one_side_each_is_still_their_border() -> None:
    result = geocode_place("zwischen Kehl am Rhein und Straßburg", country="DE")
    assert (result.precision, result.admin1_code) == ("border", "DE-BW")
    assert result.name.startswith("Germany–France border")


def test_a_unit_word_in_brackets_says_what_the_name_is() -> None:
    # As after a comma: the commune Malanville, not a commune "frontalière" in Niger
    # holding the town (which found the Malanville-Gaya crossing).
    for text in (
        "Malanville (commune frontalière du Niger)",
        "Malanville, commune frontalière du Niger",
    ):
        assert _answer(text, "BJ") == ("resolved", "district", "BJ-AL")


def test_a_named_container_in_brackets_still_holds_the_place() -> None:
    result = geocode_place("Gulrān (Herat province)", country="AF")
    assert result.admin1_code == "AF-HER"


def test_the_other_side_of_a_named_border_is_either_country() -> None:
    # Said from where the writer stands: the text does not say whose side.
    result = geocode_place("del otro lado de la frontera entre México y Guatemala", country="GT")
    assert result.status == "ambiguous"
    assert {c.country for c in result.candidates} == {"GT", "MX"}


def test_the_other_side_of_a_river_is_still_the_river_border() -> None:
    result = geocode_place("del otro lado del río Arauca", country="CO")
    assert (result.status, result.precision) == ("resolved", "border")


def test_a_region_meeting_the_line_at_a_tripoint_does_not_share_it() -> None:
    # Hadramawt meets the Oman-Yemen line only at the Saudi tripoint: Yemen's side of it
    # is Al Mahrah, which holds the Shahan crossing the data lacks.
    result = geocode_place("منفذ شحن الرابط بين اليمن وعُمان", country="YE")
    assert (result.precision, result.admin1_code) == ("region", "YE-MR")


def test_one_outline_along_part_of_the_line_is_not_its_whole_side() -> None:
    from bordermap.geo.borders.extents import border_extent
    from bordermap.geo.places.border_reading import one_region_along

    # North Kivu is the one Congolese outline by the Ugandan line, along 279 of its
    # 729 km: the rest of Congo's side lies in no outline of the data.
    assert one_region_along("CD", border_extent("CD", "UG")) is None
    assert one_region_along("IQ", border_extent("IQ", "JO")) == "IQ-AN"
