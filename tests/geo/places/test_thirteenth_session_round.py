"""Classes of failure the seen field sets showed in the thirteenth session, on our own phrases.

Each test holds one class of wording, worded on other places than the sets' phrases.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kapıkule Sınır Kapısı'ndan başlayan kara sınırı", "Bulgaria–Turkey"),
        ("Cilvegözü Sınır Kapısı'ndan uzanan hudut", "Syria–Turkey"),
    ],
)
def test_a_turkish_text_ending_in_the_border_word_is_the_border(text, pair):
    # Turkish puts the head noun last: the land border that starts at a gate is the
    # border, not the gate's point.
    result = geocode_place(text, country="TR")
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name.startswith(pair)


def test_a_turkish_gate_without_the_border_word_last_stays_the_crossing():
    for text in ("Kapıkule Sınır Kapısı", "Cilvegözü sınır kapısında"):
        result = geocode_place(text, country="TR")
        assert (result.status, result.precision) == ("resolved", "exact"), text


@pytest.mark.parametrize(
    "text",
    [
        "Igaunijas robežas kontrollīnija Narvas upē",
        "pāri Narvas upi",
    ],
)
def test_a_border_river_in_the_latvian_locative_or_accusative_is_the_border(text):
    # "upē" (in the river) and "upi" (the river, as crossed) are the river word as
    # "upe" is: the name before it is the river, not the town that bears its name.
    result = geocode_place(text, country="EE")
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name.startswith("Estonia–Russia")


@pytest.mark.parametrize("text", ["v soseski Rakovac", "the neighbourhood of Rakovac"])
def test_a_quarter_named_like_a_village_elsewhere_is_not_that_village(text):
    # A town's quarter the gazetteer lacks, named like a village in another county
    # (Rakovec bears 'Rakovac' as a name): the village is not the quarter.
    result = geocode_place(text, country="HR")
    assert result.status == "unresolved"
    assert "quarter" in result.note


def test_a_quarter_in_a_named_town_stays_the_town_and_a_capitalised_barrio_a_name():
    result = geocode_place("al barrio Mercedes, en Pedro Juan Caballero", country="PY")
    assert (result.status, result.precision) == ("resolved", "settlement")
    assert result.name == "Pedro Juan Caballero"
    assert geocode_place("Rakovac", country="HR").status == "resolved"


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("across the Narva River to Ivangorod", "RU", "Ivangorod"),
        ("across the Rio Grande into Eagle Pass", "US", "Eagle Pass"),
    ],
)
def test_across_a_border_river_to_a_place_is_the_place(text, country, name):
    # Where the crossing of the river went is the place the text gives; the river
    # alone says only which border.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.name) == ("resolved", "settlement", name)


def test_across_a_border_river_from_a_place_or_to_nowhere_stays_the_border():
    for text in ("across the Narva River from Ivangorod", "across the Narva River"):
        result = geocode_place(text, country="EE")
        assert (result.status, result.precision) == ("resolved", "border"), text


def test_a_named_stretch_of_a_line_that_bears_a_regions_name_is_its_stretch_there():
    # "the Darién Gap" is the stretch of the Colombia–Panama line in Panama's Darién
    # province: for a Panamanian event the province's stretch, with its code.
    result = geocode_place("the Darién jungle", country="PA")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "border", "PA-5")
    # A river named like a region says nothing of where along it.
    assert geocode_place("rio Paraná", country="BR").admin1_code is None


def test_an_apostrophe_s_inside_a_name_is_read_as_written_when_the_owner_reading_fails():
    # "Cox's Bazar" is one name: read as the owner "Cox" (a Spanish town) and its
    # "Bazar", nothing in Bangladesh was found.
    result = geocode_place("Teknaf upazila under Cox’s Bazar district", country="BD")
    assert result.status == "resolved" and result.admin1_code == "BD-B"
    result = geocode_place("Cox's Bazar district", country="BD")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "district",
        "BD-B",
    )
    # An owner that is a place keeps its reading.
    assert geocode_place("Pakistan's Chaman", country="PK").name == "Chaman"


def test_several_crossings_named_after_a_town_are_the_area_around_it():
    # "X border crossings" are the crossings of the town's area, tens of km apart:
    # the district it seats, else its region, never the town's point.
    result = geocode_place("Salla border crossings", country="FI")
    assert result.status == "resolved" and result.coarsened
    assert result.precision in ("district", "region") and result.admin1_code == "FI-10"
    # One crossing named after the town stays the crossing.
    assert geocode_place("Utsjoki border crossing", country="FI").precision != "region"


def test_a_towns_possessive_before_an_unknown_village_or_area_is_the_area_around_it():
    # "Chitral's Killi Faizo village" is read as "Killi Faizo village in Chitral": the
    # district the town seats, never the town's point, nor nothing.
    for text, country in (
        ("in Chitral's Killi Faizo village", "PK"),
        ("Chitral's Zarkot village", "PK"),
        ("in Mae Sot's Xqzzy area", "TH"),
    ):
        result = geocode_place(text, country=country)
        assert result.status == "resolved" and result.coarsened, text
        assert result.precision == "district", text
    # A unit word names a unit no town holds; a country's "'s" keeps its reading.
    assert geocode_place("Aranyaprathet’s Xqzzy district", country="TH").status == "unresolved"
    assert geocode_place("Pakistan's Chaman", country="PK").precision == "settlement"


def test_a_container_refused_as_a_region_abroad_may_be_a_town_of_the_event():
    # "a school in Uri" of an Indian event: the Swiss canton Uri is refused, and the
    # Indian town holds the school.
    result = geocode_place("at a school in Uri", country="IN")
    assert (result.status, result.precision, result.country) == ("resolved", "settlement", "IN")
    # With the canton's country the canton still holds it.
    assert geocode_place("a school in Uri", country="CH").precision == "region"
