"""Round 48e: a town, then its country's two-part name written without "and" and declined."""

from __future__ import annotations

from bordermap.geo.places.country_name_words import extends_a_name_word
from bordermap.geo.places.geocoder import geocode_place


def test_a_town_then_its_declined_country_is_the_town():
    # Albanian "Bosnjë dhe Hercegovinë", "dhe" left out, the last word in the accusative.
    result = geocode_place("Trebinje Bosnje Hercegovinen", country="BA")
    assert (result.status, result.name, result.precision) == ("resolved", "Trebinje", "settlement")


def test_the_border_at_a_town_then_its_declined_country_is_placed():
    # events56: "the land border in Trebinje Bosnia Herzegovina" was unresolved; the
    # border beside the town is placed now (coarsened to the country its borders share).
    result = geocode_place("kufirit tokësor në Trebinje Bosnje Hercegovinen", country="BA")
    assert (result.status, result.country) == ("resolved", "BA")


def test_a_word_extends_a_name_word_only_from_five_letters():
    assert extends_a_name_word("BA", "hercegovinen")
    assert not extends_a_name_word("BA", "dhenie")  # "dhe" is too short a word to extend
    assert not extends_a_name_word("BA", "trebinje")
