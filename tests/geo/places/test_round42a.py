"""Session 42, round42a: WRONG place answers of the field sets, by class.

Words before a border the data does not place on it (villages of western Galilee)
left the whole line without a region: where the event's country's side of the line is
one admin-1 region, the answer is the line's stretch there, carrying that region.
"""

from bordermap.geo.places.geocoder import geocode_place


def test_unknown_places_at_a_border_carry_the_one_region_of_the_events_side() -> None:
    text = "in alcuni villaggi della Galilea occidentale al confine con il Libano"
    result = geocode_place(text, country="IL")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "border", "IL-Z")
    assert result.name.startswith("Israel–Lebanon border")


def test_the_other_countrys_side_is_not_given_the_events_region() -> None:
    # "On the Belarusian side" of a Polish event lies outside Poland.
    result = geocode_place("po białoruskiej stronie", country="PL")
    assert (result.precision, result.country, result.admin1_code) == ("border", "BY", None)


def test_the_one_village_of_the_name_just_beyond_a_districts_circle() -> None:
    # Khoromnoye lies 36 km from Klimovo, outside the 27 km circle drawn for the
    # district: the one place of the name in Bryansk oblast is the village.
    result = geocode_place("село Хоромное Климовского района", country="RU")
    assert (result.name, result.precision, result.admin1_code) == (
        "Khoromnoye",
        "settlement",
        "RU-BRY",
    )


def test_a_namesake_far_beyond_the_circle_leaves_the_district() -> None:
    # The Borisovka of Belgorod oblast seats another district, 130 km off.
    result = geocode_place("села Борисовка в Волоконовском районе", country="RU")
    assert (result.precision, result.admin1_code) == ("district", "RU-BEL")


def test_a_section_named_by_a_province_is_a_border_stretch_not_the_province() -> None:
    # "On the Tavush section": a stretch of a border in Tavush, which reaches both
    # Azerbaijan's line and Georgia's; the words do not say which.
    result = geocode_place("на Тавушском участке", country="AM")
    assert (result.status, result.precision) == ("ambiguous", "border")
    names = {c.name for c in result.candidates}
    assert names == {"Armenia–Azerbaijan border in Tavush", "Armenia–Georgia border in Tavush"}


def test_the_province_itself_stays_the_province() -> None:
    result = geocode_place("in Tavush Province", country="AM")
    assert (result.precision, result.admin1_code) == ("region", "AM-TV")


def test_a_village_then_its_commune_in_brackets_is_the_commune() -> None:
    # Emerange is not in the gazetteer; the bracket names the commune holding it,
    # seated at Schengen: the commune, not the point of Schengen village.
    result = geocode_place("à Emerange (Schengen)", country="LU")
    assert (result.precision, result.name, result.coarsened) == ("district", "Schengen", True)
