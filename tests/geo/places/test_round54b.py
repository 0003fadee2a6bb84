"""Session 54, round54b: wordings of European, African and American border reports the
grammar did not read (a side of "la frontière de X", the Swahili "mpaka wa X", an
"international" border between two countries, the crossing named after the pair, a
Hungarian county before an article, Spanish "sobre" and "en las proximidades de", a
fort named after its town)."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


def _resolved(text: str, hint: str | None):
    found = geocode_place(text, country=hint)
    assert found.status == "resolved", found.note
    return found


def test_a_side_of_the_border_a_crossing_names_in_french():
    found = _resolved("du côté kényan de la frontière de Namanga", "KE")
    assert found.precision == "border"
    assert found.country == "KE"
    assert "Namanga" in found.name


def test_a_side_the_crossing_does_not_have_stays_unresolved():
    found = geocode_place("du côté rwandais de la frontière de Namanga", country="RW")
    assert found.status == "unresolved"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # Swahili "mpaka wa X": the border of a crossing town, or of two countries.
        ("mpaka wa Busia", "Kenya–Uganda"),
        ("mpaka wa Kenya na Uganda", "Kenya–Uganda"),
        # "international" after the border word names no side.
        (
            "el río Suchiate, que sirve de frontera internacional entre México y Guatemala",
            "Guatemala–Mexico",
        ),
        ("la frontière internationale entre le Bénin et le Nigeria", "Benin–Nigeria"),
    ],
)
def test_border_wordings_are_read(text, pair):
    found = _resolved(text, None)
    assert found.precision == "border"
    assert found.name.startswith(pair)


def test_the_crossing_named_after_the_pair_of_countries():
    found = _resolved("il valico tra Italia e Slovenia di Gorizia", "IT")
    assert found.precision in ("exact", "settlement")
    assert "Gorizia" in found.name


def test_a_town_far_from_the_pair_line_is_no_crossing_of_it():
    found = geocode_place("il valico tra Italia e Slovenia di Roma", country="IT")
    assert found.status != "resolved" or found.name != "Rome"


@pytest.mark.parametrize(
    ("text", "crossing"),
    [
        ("Bács-Kiskun megyében a tompai határátkelőhelyen", "Tompa–Kelebija"),
        # Without the county read first, "záhonyi" was taken as another crossing.
        ("Szabolcs-Szatmár-Bereg megyében a záhonyi határátkelőhelyen", "Záhony–Chop"),
    ],
)
def test_a_hungarian_county_then_the_article_and_the_crossing(text, crossing):
    assert _resolved(text, "HU").name == crossing


def test_spanish_near_words_make_the_answer_near():
    found = _resolved("en aguas cercanas a San Andrés", "CO")
    assert found.precision == "near"
    assert _resolved("en las proximidades de Tecún Umán", "GT").precision == "near"


def test_a_fort_named_after_its_town_is_the_town():
    assert _resolved("Fort Wimereux", "FR").name == "Wimereux"
    # A town whose own name begins with the word keeps it.
    assert _resolved("Fort Portal", "UG").name == "Fort Portal"


def test_scandinavian_on_and_towards_a_country():
    # "på" (on), Danish "mod" (towards): the bridge on the way to the country.
    found = _resolved("på Øresundsbron mod Sverige", None)
    assert found.name == "Øresund Bridge"
    # A town by that country's line, in English too.
    assert _resolved("Narva towards Russia", None).name == "Narva"


def test_a_town_far_from_the_country_it_leads_to_is_not_taken():
    found = geocode_place("Tallinn towards Russia", country=None)
    assert found.status != "resolved"


@pytest.mark.parametrize("text", ["Kemijärvessä", "Kemijärvestä"])
def test_finnish_inessive_and_elative_of_a_name_in_i(text):
    assert _resolved(text, "FI").name == "Kemijärvi"


def test_the_guasaule_river_is_the_honduras_nicaragua_border():
    found = _resolved("cruzando el río Guasaule", None)
    assert (found.precision, found.name.split(" (")[0]) == ("border", "Honduras–Nicaragua border")
    # The bare name stays the crossing.
    assert _resolved("Guasaule", "NI").precision == "exact"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Italian "confine di Stato" (state border) before the place that names it.
        ("al confine di Stato di Chiasso", "Chiasso"),
        # "di" before a slashed pair of towns.
        ("il confine di Gorizia/Nova Gorica", "Italy–Slovenia"),
    ],
)
def test_italian_state_border_words(text, words):
    found = _resolved(text, "IT")
    assert found.precision == "border"
    assert words in found.name


def test_a_dash_typed_before_a_border_adjective():
    assert _resolved("dans la ville de Zémio-frontalière avec la RDC", "CF").name == "Zemio"


def test_a_spanish_form_of_the_dragons_mouth():
    assert _resolved("cerca de Boca de Dragón", None).name == "Dragon's Mouth"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("the Zelen Dol checkpoint towards Greece", "Bulgaria–Greece"),
        ("на ГКПП Зелен дол към Гърция", "Bulgaria–Greece"),
    ],
)
def test_a_crossing_the_data_lacks_towards_a_neighbour_is_on_their_border(text, pair):
    found = _resolved(text, "BG")
    assert (found.precision, found.name) == ("border", f"{pair} border")


def test_a_crossing_towards_a_country_that_is_no_neighbour_is_not_answered():
    found = geocode_place("the Zelen Dol checkpoint towards Japan", country="BG")
    assert found.status == "unresolved"
