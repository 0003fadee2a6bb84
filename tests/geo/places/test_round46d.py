"""Place classes of session 46's round d, found on the rows blind97 got wrong."""

from __future__ import annotations

import pytest

from bordermap.geo.places.arabic_final_yeh import with_final_yeh
from bordermap.geo.places.bridge_word_case import bridge_word_in_lower_case
from bordermap.geo.places.crossing_town import names_a_border_crossing
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.somali_units import somali_units_in_english

# Somali writes the unit word before the name and joins units with "ee" (of, in).


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("degmada Doolow ee Gobolka Gedo", "Doolow district, Gedo region"),
        ("Degmada Luuq ee Gobolka Gedo", "Luuq district, Gedo region"),
        ("degmada Matabaan ee gobolka Hiiraan", "Matabaan district, Hiiraan region"),
        ("Gobolka Gedo", "Gedo region"),
        # Anything but a chain of units is left as written.
        ("garoonka diyaaradaha ee magaalada Dooloow", None),
        ("degmada doolow", None),
        ("Doolow", None),
    ],
)
def test_somali_unit_words_are_written_after_the_names(text, english):
    assert somali_units_in_english(text) == english


@pytest.mark.parametrize(
    ("text", "name", "precision", "region"),
    [
        # The district, not the town of Doolow inside it.
        ("degmada Doolow ee Gobolka Gedo", "Doolow", "district", "SO-GE"),
        ("Degmada Luuq ee Gobolka Gedo", "Luuq", "district", "SO-GE"),
        # A district the data lacks: the region the text names holds it.
        ("degmada Matabaan ee gobolka Hiiraan", "Hiiraan", "region", "SO-HI"),
        ("Gobolka Gedo", "Gedo", "region", "SO-GE"),
    ],
)
def test_a_somali_district_is_not_its_town(text, name, precision, region):
    result = geocode_place(text, country="SO")
    assert (result.status, result.name, result.precision, result.admin1_code) == (
        "resolved",
        name,
        precision,
        region,
    )


# A text naming a border crossing is not the inland village of the crossing's name.


@pytest.mark.parametrize(
    "text",
    ['el punto fronterizo de "Agua Caliente"', "en Agua Caliente, fronterizo con Guatemala"],
)
def test_a_crossing_is_not_a_namesake_village_far_from_the_border(text):
    result = geocode_place(text, country="HN")
    assert result.status == "unresolved"
    assert [c.name for c in result.candidates] == ["Agua Caliente"]
    assert "border crossing" in result.note


def test_the_village_itself_is_still_found_without_crossing_words():
    result = geocode_place("Agua Caliente", country="HN")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "settlement",
        "HN-CP",
    )


def test_a_crossing_at_a_border_town_keeps_its_answer():
    result = geocode_place("el punto fronterizo de Ciudad Hidalgo", country="MX")
    assert result.status == "resolved"
    assert result.admin1_code == "MX-CHP"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("el punto fronterizo de Agua Caliente", True),
        ("en Agua Caliente, fronterizo con Guatemala", True),
        ("na graničnom prelazu Gradiška", True),
        ("the border crossing at Nogales", True),
        # A bridge, customs house or police post need not be on a border.
        ("el puente de Agua Caliente", False),
        ("au poste de police de Keremou", False),
    ],
)
def test_crossing_words_carry_their_border_word(text, names):
    assert names_a_border_crossing(text) is names


# Arabic printed with "ى" for a final "ي": the border adjective is still seen.


def test_the_border_adjective_with_alef_maqsura_still_frames_the_crossing():
    result = geocode_place("بالمعبر الحدودى بساقية سيدى يوسف", country="TN")
    assert (result.status, result.name) == ("resolved", "Sakiet Sidi Youssef–Haddada")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("المعبر الحدودى", "المعبر الحدودي"),
        # The particles keep their alef maqsura.
        ("على الحدودى", "على الحدودي"),
        ("على الحدود", None),
    ],
)
def test_final_alef_maqsura_is_written_yeh_but_in_particles(text, written):
    assert with_final_yeh(text) == written


# Romanian's capitalised bridge word opens no name.


def test_a_capitalised_romanian_bridge_word_is_the_bridge():
    text = "pe DN 56, în proximitatea staţiei de taxare a Podului Calafat-Vidin"
    assert bridge_word_in_lower_case(text) == (
        "pe DN 56, în proximitatea staţiei de taxare a podului Calafat-Vidin"
    )
    result = geocode_place(text, country="RO")
    assert (result.status, result.name) == ("resolved", "Vidin–Calafat")


def test_a_bridge_word_before_no_name_is_left_alone():
    assert bridge_word_in_lower_case("Podul Prieteniei") == "podul Prieteniei"
    assert bridge_word_in_lower_case("podul de la Giurgiu") is None
