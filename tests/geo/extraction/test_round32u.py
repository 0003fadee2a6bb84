"""Classes of report writing found on the gold events of the seen folders under half
recall that no draft came from (session 32, round 32u): sentences telling an act with
no incident word the rules knew, so no event was drafted at all.  Each is checked on
sentences written for the test (other names, places and dates than any gold text)."""

import pytest

from bordermap.geo.extraction.category_rules import categorise


@pytest.mark.parametrize(
    "sentence",
    [
        "A canoe overturned in high winds on Lake Kivu on Sunday.",
        "Three of the skiffs went down after the storm hit.",
        "The 12-metre trawler keeled over off Cap Bon late on Friday.",
    ],
)
def test_a_craft_lost_told_by_how_it_went_is_an_event(sentence):
    # "went down", "overturned": a sinking told without "sank" or "capsized".
    assert categorise(sentence) == "humanitarian_incident"


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices of maize went down in the market at Kasumbalesa.",
        "The appeal court overturned the ruling on the two ferries in March.",
    ],
)
def test_went_down_or_overturned_without_a_craft_is_no_event(sentence):
    assert categorise(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "All six herders were freed at Kaabong on Friday.",
        "The trawler's crew had been freed by the time the envoy landed in Nouadhibou.",
    ],
)
def test_people_let_go_told_as_freed_is_an_event(sentence):
    # "were freed" is the passive of the release "released" already tells.
    assert categorise(sentence) == "other"


def test_freed_as_an_active_verb_alone_is_no_event():
    # "freed up space", "freed funds": no one let go.
    assert categorise("The new lane freed up space at the Kasumbalesa terminal.") is None
