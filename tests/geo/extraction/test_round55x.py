"""Incident wordings with no trigger word and feature words read as places, session 55
(round x): a craft "spotted" with its name set off between commas, a charge told in a
participle, an object whose make-up is set off by commas ("most of them women"), people
stopped "at the border" by pronoun or held "locked in" a space, people getting "past"
guards, a flow of people "through" a named crossing, cars "pulled over" at the line, signs
"taken down" told in the passive; and a feature word with no name before it ("Sea-Watch",
"Ocean Viking") is never a place.  Checked on sentences written for the test (other names,
places and days than any gold text)."""

import pytest

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.category_rules import categorise
from bordermap.geo.extraction.places import find_places


def _events(body: str):
    return extract_events(
        report_from_text(f"Published: 2024-06-10\n\nTitle\n\n{body}\n"), id_prefix="t"
    ).events


@pytest.mark.parametrize(
    "sentence",
    [
        "The Sea-Eye 4 took 40 people from a dinghy off the coast of Tunisia on 3 June.",
        "The Ocean Viking landed 61 people at Pozzallo on Sunday.",
        "The Bay-Line ferry was held at the quay.",
    ],
)
def test_a_feature_word_alone_is_no_place(sentence):
    # The word is part of a ship's or a firm's name; no place is named by it.
    texts = [f.text for f in find_places(sentence, hints=("IT", "TN"))]
    assert not any(t.lower() in ("sea", "ocean", "bay") for t in texts)


def test_the_named_place_is_kept_beside_a_ship_named_after_the_sea():
    events = _events("The Sea-Eye 4 picked up 40 migrants off the coast of Tunisia on 3 June.")
    assert [e.place for e in events] == ["Tunisia"]


def test_a_craft_spotted_with_its_name_between_commas_is_drafted():
    sentence = "The trawler, the Hai Feng 88, was spotted on Friday off Punta Arenas."
    assert categorise(sentence) == "crossing_attempt"


def test_a_fleet_described_in_a_relative_clause_stays_undrafted():
    # The clause that describes the fleet would give the place: left out, as before.
    sentence = "The fleet, which had fished near Chiloe, was spotted off Valdivia."
    assert categorise(sentence) is None


def test_a_charge_in_a_participle_is_a_detention():
    sentence = (
        "Eight Nicaraguan fishermen were brought to the capital on Wednesday, charged with "
        "fishing illegally."
    )
    assert categorise(sentence) == "detention"


def test_a_boat_pushed_back_with_its_passengers_told_between_commas_is_a_pushback():
    sentence = (
        "Fishermen say a navy vessel pushed a boat carrying 52 migrants, most of them from "
        "Eritrea, back towards the island on 4 May."
    )
    assert categorise(sentence) == "pushback"


def test_people_pushed_into_a_country_with_their_make_up_between_commas_cross():
    sentence = "India pushed at least 80 people, most of them women, into Bangladesh on Friday."
    assert categorise(sentence) == "crossing_attempt"


def test_people_stopped_at_the_border_by_pronoun_are_an_incident():
    sentence = "Gendarmes stopped him and his son at the border on 2 March."
    assert categorise(sentence) is not None


def test_getting_past_guards_is_a_crossing():
    sentence = "On Sunday the group walked past guards at the Tunduma crossing."
    assert categorise(sentence) == "crossing_attempt"


def test_walking_past_a_police_station_is_no_crossing():
    assert categorise("On Sunday the group walked past the police station.") is None


def test_a_flow_home_through_a_named_crossing_is_a_crossing():
    sentence = "Thousands of Syrians streamed home from Turkey through the Cilvegozu crossing."
    assert categorise(sentence) == "crossing_attempt"


def test_crowds_pouring_through_streets_is_no_crossing():
    # Only a crossing, a post or a checkpoint by its name is passed on the way across.
    assert categorise("Crowds poured through the streets of the capital.") is None


def test_signs_taken_down_in_the_passive_are_works_on_the_line():
    sentence = "Two boundary signs facing the lagoon were taken down on Ilha Verde on Monday."
    assert categorise(sentence) == "border_infrastructure"


def test_restrictions_removed_are_no_works_taken_down():
    # "were removed" of rules, not of signs or markers, is a reopening, not works.
    assert categorise("The restrictions were removed on Monday.") != "border_infrastructure"


def test_cars_pulled_over_at_the_line_are_checks():
    sentence = "Estonian police began pulling over cars at random on the Russian border."
    assert categorise(sentence) == "border_infrastructure"


def test_people_locked_in_a_container_are_held():
    sentence = "A Syrian man said he had been locked in a metal container for two days."
    assert categorise(sentence) == "detention"


@pytest.mark.parametrize(
    "sentence",
    ["The gates were locked in the evening.", "The two sides were locked in a long dispute."],
)
def test_locked_in_a_time_or_a_quarrel_is_no_detention(sentence):
    assert categorise(sentence) != "detention"
