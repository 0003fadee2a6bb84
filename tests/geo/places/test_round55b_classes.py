"""Classes of misses of session 55's weak sets (round b): a region whose outline misses the
town that only says where a place lies, a province's name read inside a country's name,
and a stretch put between the two ends of one crossing."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place

# --- a town only placing an unknown name, off its region's outline ---


@pytest.mark.parametrize(
    "text", ["dekat Tugayo Hunasan, Sitangkai, Tawi-Tawi", "Barangay Tongehat, Sitangkai"]
)
def test_a_region_whose_outline_misses_the_town_is_not_answered(text):
    # Sitangkai lies 7 km off the shipped outline of Tawi-Tawi (and off the Philippines'
    # own): the region would put the event in other waters, so nothing is answered.
    result = geocode_place(text, country="PH")
    assert result.status == "unresolved"
    assert "does not hold it" in result.note


def test_the_country_holds_a_town_its_region_outline_misses():
    # Majdal Shams lies 5.5 km outside Quneitra's outline, inside Syria's.
    result = geocode_place("Tal Abu Nada, Majdal Shams", country="SY")
    assert result.status == "resolved"
    assert (result.precision, result.country) == ("country", "SY")


def test_a_town_just_off_its_region_outline_keeps_the_region():
    # Moreh lies 2.6 km outside Manipur's generalised outline: within the 5 km the join
    # itself snaps a point to its region, so the region stands.
    result = geocode_place("Lambalpat Khul, Moreh", country="IN")
    assert result.status == "resolved"
    assert (result.precision, result.admin1_code) == ("region", "IN-MN")


# --- a province's name inside a country's name is not the province ---


@pytest.mark.parametrize(
    "text",
    [
        "Sota, daerah perbatasan Indonesia-Papua Nugini di wilayah administasi Merauke",
        "Wogekel, kawasan perbatasan Indonesia-Papua Nugini di wilayah administrasi Merauke",
    ],
)
def test_papua_inside_papua_nugini_names_no_border_at_the_province(text):
    # "Papua Nugini" is Papua New Guinea: the region holding Merauke (Papua) is not named
    # by it, so no stretch of the line "at" Papua is read; the region holding the town is
    # the answer, as without the border words.
    result = geocode_place(text, country="ID")
    assert result.status == "resolved"
    assert (result.precision, result.admin1_code) == ("region", "ID-PA")


def test_a_province_named_alone_after_a_border_word_still_gives_its_stretch():
    result = geocode_place("tuyến biên giới Papua", country="ID")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.admin1_code == "ID-PA"


# --- between the two ends of one crossing ---


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("entre Cassacatiza e Chanida", ("Mozambique", "Zambia")),
        ("between Cassacatiza and Chanida", ("Mozambique", "Zambia")),
        ("between Kulata and Promachonas", ("Bulgaria", "Greece")),
        ("zwischen Kulata und Promachonas", ("Bulgaria", "Greece")),
    ],
)
def test_the_two_ends_of_one_crossing_give_its_border_without_an_event_country(text, pair):
    result = geocode_place(text)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert all(country in (result.name or "") for country in pair)


@pytest.mark.parametrize("text", ["between Kulata and Sofia", "entre Cassacatiza e Lusaka"])
def test_one_crossing_end_and_another_town_give_nothing_without_an_event_country(text):
    assert geocode_place(text).status == "unresolved"


# --- a road named by its two ends in South Slavic and Albanian ---


@pytest.mark.parametrize(
    ("text", "hint", "town"),
    [
        ("na putu Rožaje-Peć", "ME", "Rožaje"),
        ("na cesti Zagreb-Karlovac", "HR", "Zagreb"),
        ("në rrugën Shkodër-Koplik", "AL", "Shkodër"),
    ],
)
def test_a_road_word_of_the_balkans_reads_the_road_from_its_first_end(text, hint, town):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert (result.precision, result.name) == ("near", town)


def test_a_serbian_cyrillic_road_between_far_towns_is_its_country():
    result = geocode_place("на путу Београд-Ниш", country="RS")
    assert result.status == "resolved"
    assert (result.precision, result.country) == ("country", "RS")


# --- the Corn Islands (villages.tsv; needs the pack rebuilt from the table) ---


@pytest.mark.parametrize(
    ("text", "precision"),
    [("en aguas cercanas a Corn Island", "near"), ("Great Corn Island", "settlement")],
)
def test_the_corn_islands_are_nicaraguas(text, precision):
    result = geocode_place(text, country="NI")
    assert result.status == "resolved"
    assert (result.precision, result.name, result.country) == (precision, "Corn Island", "NI")


# --- a distance bound ("less than N km from X") and the Spanish kilómetros ---


@pytest.mark.parametrize(
    ("text", "hint", "town"),
    [
        ("a menos de 5 kilómetros de Irún", "ES", "Irun"),
        ("a 5 kilómetros de Irún", "ES", "Irun"),
        ("less than 5 miles from Nogales", "US", "Nogales"),
        ("within 2 km of Nogales", "US", "Nogales"),
        ("à moins de 3 km de Menton", "FR", "Menton"),
    ],
)
def test_a_distance_bound_from_a_town_is_near_the_town_not_the_town(text, hint, town):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert (result.precision, result.name) == ("near", town)


def test_an_unknown_locality_under_5_km_from_a_town_across_the_border_is_near_it():
    # Baala (Guinea) is unknown; Ganta lies in Liberia, its circle reaching into Guinea.
    result = geocode_place(
        "à Baala, localité frontalière située à moins de 5 kilomètres de Ganta", country="GN"
    )
    assert result.status == "resolved"
    assert (result.precision, result.name) == ("near", "Ganta")


def test_a_kind_of_place_with_an_adjective_before_its_distance_is_read():
    result = geocode_place(
        "petite localité frontalière située à 6 kilomètres de Maradi", country="NE"
    )
    assert result.status == "resolved"
    assert (result.precision, result.name) == ("near", "Maradi")
