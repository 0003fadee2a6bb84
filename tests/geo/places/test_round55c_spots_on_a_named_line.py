"""A post or spot the data lacks, on a border the text names (session 55, round c).

"the Wutung PNG-Indonesian border post" and "the PNG-Indonesian boarder at Wutung": the
post is one of that border's, and the line answers, coarsened; the spot's own name is
kept in the note.  A spot that is a common word ("at night") or a post on no named
border ("the Qwertyvka border post" with three borders to choose from) stays as before.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place

# --- a named post, then the two countries of its border ---


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        ("the Wutung PNG-Indonesian border post", "PG", "Indonesia–Papua New Guinea border"),
        ("the Qwertyvka Latvian-Belarusian border post", "LV", "Belarus–Latvia border"),
        ("the Zablotnik Polish-Ukrainian checkpoint", "PL", "Poland–Ukraine border"),
    ],
)
def test_a_named_post_of_a_named_border_is_that_border_coarsened(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name == name
    assert result.coarsened
    assert "no crossing" in result.note


def test_a_named_post_the_data_holds_is_still_the_post():
    result = geocode_place("the Terespol Polish-Belarusian border crossing", country="PL")
    assert result.precision != "border"
    assert result.name.startswith("Terespol")


def test_a_named_post_on_no_named_border_stays_unresolved():
    assert geocode_place("the Qwertyvka border post", country="LV").status == "unresolved"


# --- the line "at" a spot the data lacks ---


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        ("the Latvia-Belarus border at Qwertyvka", "LV", "Belarus–Latvia border"),
        ("the PNG-Indonesian border at Wutung", "PG", "Indonesia–Papua New Guinea border"),
        # "boarder" after two countries' adjectives is the border misspelt.
        ("the PNG-Indonesian boarder at Wutung", "PG", "Indonesia–Papua New Guinea border"),
        ("the Polish-Ukrainian boarder near Zablotnik", "PL", "Poland–Ukraine border"),
    ],
)
def test_the_border_at_a_spot_the_data_lacks_is_the_border_coarsened(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name == name
    assert result.coarsened
    assert "the spot it names is not found" in result.note


def test_the_border_at_a_common_word_is_not_a_spot():
    result = geocode_place("the Latvia-Belarus border at night", country="LV")
    assert "the spot it names" not in result.note


def test_a_boarder_without_two_countries_before_it_is_not_read_as_the_border():
    # A lodger, not a line: no pair of countries' adjectives precedes it.
    assert geocode_place("the boarder at Qwertyvka", country="LV").status != "resolved"


# --- an Arabic crossing "with" a country, no border word written ---


@pytest.mark.parametrize(
    "text",
    [
        "المنفذ البري الوحيد مع السعودية",  # the only land port with Saudi Arabia
        "المعبر البري مع السعودية",  # the land crossing with Saudi Arabia
    ],
)
def test_an_arabic_crossing_with_a_country_is_on_their_border(text):
    result = geocode_place(text, country="YE")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name == "Saudi Arabia–Yemen border"


def test_an_arabic_crossing_with_no_country_after_with_is_no_border():
    # "a crossing with it": no country follows the word for "with".
    assert geocode_place("المعبر البري معه", country="YE").precision != "border"


# --- a border "of" a spot, a comma, then the pair it lies between ---


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        ("la frontera de Agua Caliente, entre Honduras y Guatemala", "HN", "Guatemala–Honduras"),
        ("la frontière de Qwertyvka, entre le Niger et le Nigeria", "NE", "Niger–Nigeria"),
        ("the border of Qwertyvka, between Latvia and Belarus", "LV", "Belarus–Latvia"),
    ],
)
def test_a_border_of_a_spot_set_off_from_its_pair_is_the_pairs_border(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.precision == "border"
    assert result.name == f"{name} border"


# --- features of data/gazetteer/border_features.toml added this round ---


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        ("Sev Lake", "AM", "Armenia–Azerbaijan border"),
        ("near Lake Sev in Syunik", "AM", "Armenia–Azerbaijan border"),
        ("Mango Landing, Wenamu River", "GY", "Guyana–Venezuela border"),
        ("el río Venamo", "VE", "Guyana–Venezuela border"),
    ],
)
def test_the_new_border_features_are_their_borders(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name.startswith(name)
