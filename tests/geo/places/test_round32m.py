"""Round 32m (issue 11): a country's name in a minor language that is also the own
name of a place elsewhere ("Male", Malta in Walloon, is Malé in the Maldives; "Marta",
Malta in Nauruan, is Marta in Italy) never beats the place of the event's country, and
without a hint it is ambiguous, with the reason."""

from __future__ import annotations

import pytest

from bordermap.geo.places.country_name_clash import minor_language_country, rival_places
from bordermap.geo.places.gazetteer import load_gazetteer
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.words import load_country_words


@pytest.mark.parametrize(
    ("text", "hint", "name", "admin1"),
    [
        ("Malé", "MV", "Male", "MV-MLE"),
        ("Male'", "MV", "Male", "MV-MLE"),  # Dhivehi-English reports write "Male'"
        ("in Malé", "MV", "Male", "MV-MLE"),
        ("Marta", "IT", "Marta", "IT-VT"),
        ("Marta, Viterbo", "IT", "Marta", "IT-VT"),
        ("Franza", "ES", "Franza", "ES-C"),
        ("Turcia", "ES", "Turcia", "ES-LE"),
        ("Palani", "IN", "Palani", "IN-TN"),
        ("Ende", "ID", "Ende", "ID-NT"),
        ("Uman", "UA", "Uman", "UA-71"),
        ("Liberi", "IT", "Liberi", "IT-CE"),
        ("Tunes", "PT", "Tunes", "PT-08"),
    ],
)
def test_a_place_of_the_event_country_beats_a_minor_language_country_name(
    text, hint, name, admin1
):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert (result.name, result.country, result.admin1_code) == (name, hint, admin1)
    assert result.precision == "settlement"


def test_columbia_in_the_united_states_is_a_town_not_colombia():
    # "Columbia" is Colombia only in Romanian.
    result = geocode_place("Columbia", country="US")
    assert result.status == "resolved"
    assert result.country == "US"
    assert result.precision == "settlement"


@pytest.mark.parametrize(
    ("text", "country", "place"),
    [
        ("Male", "MT", ("Male", "MV")),
        ("Malé", "MT", ("Male", "MV")),
        ("Marta", "MT", ("Marta", "IT")),
        ("Uman", "OM", ("Uman", "UA")),
        ("Columbia", "CO", ("Columbia", "US")),
    ],
)
def test_without_a_hint_the_clash_is_ambiguous_with_the_reason(text, country, place):
    result = geocode_place(text)
    assert result.status == "ambiguous"
    named = {(c.name, c.country) for c in result.candidates}
    assert place in named
    assert country in {c.country for c in result.candidates}
    assert "only in" in result.note


def test_a_hint_of_both_countries_is_ambiguous():
    result = geocode_place("Male", country=["MT", "MV"])
    assert result.status == "ambiguous"
    assert {"MT", "MV"} <= {c.country for c in result.candidates}


@pytest.mark.parametrize(
    ("text", "hint", "code"),
    [
        # The event's country decides for its own name.
        ("Srbsko", "RS", "RS"),
        ("Indija", "IN", "IN"),
        ("Male", "MT", "MT"),
        # Widely read languages, the hand-written names and the gazetteer's keep theirs.
        ("Jepang", None, "JP"),
        ("Georgia", None, "GE"),
        ("Malta", None, "MT"),
        ("Columbia", "CO", "CO"),
    ],
)
def test_country_readings_that_stand(text, hint, code):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert (result.country, result.precision) == (code, "country")


@pytest.mark.parametrize(
    ("text", "hint", "name", "precision"),
    [
        # The field sets' phrases with such names stay as they were.
        ("Eesti-Läti piir", "EE", "Estonia–Latvia border", "border"),
        ("Ermənistan‑Gürcüstan sərhədində", "AM", "Armenia–Georgia border", "border"),
        ("على الحدود مع عُمان", "AE", "United Arab Emirates–Oman border", "border"),
        ("Georgia", "US", "Georgia", "region"),
    ],
)
def test_field_phrases_with_country_names_stay(text, hint, name, precision):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert (result.name, result.precision) == (name, precision)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # In the event's own language the name is the country, refused as outside
        # the event's country, before it is a village there.
        ("Indija", "RS"),
        ("Srbsko", "CZ"),
        ("Černá Hora", "CZ"),
    ],
)
def test_in_the_event_language_the_name_stays_the_country(text, hint):
    result = geocode_place(text, country=hint)
    assert result.status == "unresolved"
    assert "outside the event's country" in result.note


def test_the_clash_tables():
    words = load_country_words()
    assert minor_language_country(words, "male") == ("MT", frozenset({"wa"}))
    assert minor_language_country(words, "jepang") is None  # Indonesian
    assert minor_language_country(words, "malta") is None
    rivals = rival_places(load_gazetteer(), "male", "MT")
    assert (rivals[0].name, rivals[0].country) == ("Male", "MV")
