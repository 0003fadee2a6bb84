"""Classes of the ninth place round (session 17), over the 32 seen sets.

Each test holds one class of wording, on our own phrases: other wordings, languages or
places than the sets'.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.arabic_consonants import latin_skeleton
from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # Spanish and Portuguese "condado", Italian "contea": a county, as "comté" is.
        ("en el condado de Pima", "US", "US-AZ"),
        ("el condado de Hudspeth", "US", "US-TX"),
        ("no condado de Mandera", "KE", "KE-24"),
        ("en el condado de Mandera", "KE", "KE-24"),
        ("nella contea di Cochise", "US", "US-AZ"),
    ],
)
def test_a_romance_county_word_names_the_county(text, country, admin1):
    # Before, "condado de Pima" was read as the town of Pima, a finer place than a
    # county; the county lies in its region, which is answered (or is the region).
    result = geocode_place(text, country=country)
    assert (result.status, result.admin1_code) == ("resolved", admin1)
    assert result.precision == "region"


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        # A dash inside one country's name or demonym is no cut between two sides.
        ("the Guinea-Bissau border", "SN", "Guinea-Bissau–Senegal border"),
        ("the Bosnian-Herzegovinian border", "HR", "Bosnia and Herzegovina–Croatia border"),
        ("de Wit-Russische grens", "PL", "Belarus–Poland border"),
    ],
)
def test_a_dashed_country_is_one_side(text, country, border):
    # Before, "Guinea" and "Bissau" were read as two sides (the Guinea–Guinea-Bissau
    # border for an event of Senegal), or "Wit" and "Russische" as none.
    result = geocode_place(text, country=country)
    assert (result.status, result.name) == ("resolved", border)


@pytest.mark.parametrize(
    ("text", "country", "name", "precision"),
    [
        # Dutch adjectives of two countries, the first uninflected ("Duits-Poolse").
        ("de Duits-Poolse grens", "DE", "Germany–Poland border", "border"),
        ("bij de Grieks-Bulgaarse landgrens", "GR", "Bulgaria–Greece border", "border"),
        ("langs de Oekraïense grens", "PL", "Poland–Ukraine border", "border"),
        # The Dutch article and a region's adjective before a name, or the article
        # before a unit word: "in the Limburg (town of) Kerkrade", "in the province".
        ("in het Limburgse Kerkrade", "NL", "Kerkrade", "settlement"),
        ("in de provincie Idlib", "SY", "Idlib", "region"),
    ],
)
def test_dutch_articles_and_country_adjectives(text, country, name, precision):
    result = geocode_place(text, country=country)
    assert (result.status, result.precision) == ("resolved", precision)
    assert result.name.startswith(name)


def test_a_dutch_article_keeps_a_town_named_with_it():
    # "De Panne" (Belgium) begins with the article: kept before a capitalised name
    # without an adjective.
    result = geocode_place("De Panne", country="BE")
    assert (result.status, result.name) == ("resolved", "De Panne")


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # No town of South Sudan bears the name in the data; the county named for it
        # lies in one state, which holds the town: that state, coarsened.
        ("the town of Kajo-Keji", "SS-EC"),
        ("near Kajo-Keji", "SS-EC"),
    ],
)
def test_a_town_the_data_lacks_is_in_the_region_of_its_namesake_unit(text, admin1):
    result = geocode_place(text, country="SS")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", admin1)
    assert result.coarsened


def test_a_bridge_named_for_a_person_is_not_a_unit_of_that_name():
    # "San Roque González" is a district of Paraguay as well as the bridge's patron.
    result = geocode_place("el puente San Roque González", country="PY")
    assert result.precision != "region"


@pytest.mark.parametrize(
    ("name", "skeleton"),
    [("Gallabat", "klbt"), ("Tall Afar", "tlfr"), ("Metemma", "mtm"), ("Kilis", "kls")],
)
def test_a_doubled_latin_letter_is_one_arabic_consonant(name, skeleton):
    # Arabic writes a long ("doubled") consonant once: "القلابات", "تلعفر".
    assert latin_skeleton(name) == skeleton


def test_a_town_written_in_arabic_with_a_long_consonant():
    result = geocode_place("بلدة المتمة", country="ET")
    assert (result.status, result.name) == ("resolved", "Metemma")


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        # A river that runs through other countries but touches the event's only where
        # it is the border: the border, said or not.
        ("the Salween River", "TH", "Myanmar–Thailand border (Salween)"),
        ("le fleuve Niger", "BJ", "Benin–Niger border (Niger River)"),
        ("el río Orinoco", "CO", "Colombia–Venezuela border (Orinoco)"),
        # Romanian "râului" (of the river) before the name.
        ("în apropierea râului Tisa", "RO", "Romania–Ukraine border (Tisza)"),
    ],
)
def test_a_river_only_on_the_border_of_the_events_country(text, country, border):
    result = geocode_place(text, country=country)
    assert (result.status, result.name) == ("resolved", border)


@pytest.mark.parametrize(("text", "country"), [("річка Тиса", "UA"), ("a Tisza folyó", "HU")])
def test_a_river_through_the_events_country_is_still_no_border_unsaid(text, country):
    # The Tisza runs through Ukraine and Hungary: a text naming it there may be far
    # from any border.
    assert geocode_place(text, country=country).status == "unresolved"


def test_a_border_text_takes_the_namesake_by_a_border():
    # Two villages of Turkey are named Doyran; the one in Edirne is by the Greek border.
    result = geocode_place("the border village of Doyran", country="TR")
    assert (result.status, result.admin1_code) == ("resolved", "TR-22")
    # Without a border word the two are still weighed alike.
    assert geocode_place("Doyran", country="TR").status == "ambiguous"


def test_a_unit_of_the_events_country_before_a_town_abroad():
    # Only a town of Japan is named Kasai in the gazetteer; the Congolese province the
    # outlines lack bears the name, and the event is Congolese.
    result = geocode_place("au Kasaï", country="CD")
    assert (result.status, result.admin1_code) == ("resolved", "CD-KS")


def test_ciudad_written_small_before_a_name_is_part_of_it():
    # "Ciudad Cuauhtémoc" (Chiapas, by Guatemala) is a town of its own; "ciudad" written
    # small right before the name still belongs to it.
    result = geocode_place("en ciudad Cuauhtémoc, Chiapas", country="MX")
    assert (result.status, result.name, result.admin1_code) == (
        "resolved",
        "Ciudad Cuauhtémoc",
        "MX-CHP",
    )
