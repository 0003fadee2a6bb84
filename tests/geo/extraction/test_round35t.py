"""Drafts that match no gold event (session 35, round 35t), checked on sentences written
for the test (other names, places and dates than any gold text)."""

import pytest

from bordermap.geo.extraction import extract_events, report_from_text

_SETTING = "The Kostar border post links Velna in Ostria with Brask in Dalmor."
_INCIDENT = "Guards at the Kostar crossing turned back 40 lorries on Tuesday, police said."


def _events(body: str, published: str = "2024-05-10"):
    report = report_from_text(
        f"Published: {published}\n\nTitle\n\n{_SETTING}\n\n{_INCIDENT}\n\n{body}\n"
    )
    return extract_events(report, id_prefix="t").events


def _drafted_from(body: str) -> list:
    return [e for e in _events(body) if any(body[:25] in ev.text for ev in e.evidence)]


@pytest.mark.parametrize(
    "body",
    [
        # What a crossing does as a rule, dated by the days of its season: no incident.
        "Because of the snow, the Kostar crossing normally opens on 1 May and closes on "
        "31 October.",
        # What a speaker warns of, weighed against what a crossing usually takes.
        "The rail operator warns that the checks can add up to an hour to a trip that "
        "usually takes twenty minutes at the Kostar post.",
        # What every traveller must do: "has to" is no perfect.
        "On reaching Velna, each migrant has to pay 40 euros to Ostrian immigration for a "
        "safe-conduct letter.",
    ],
)
def test_a_habit_or_a_rule_told_in_the_present_is_no_event(body: str) -> None:
    assert _drafted_from(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # A usually quiet post where something happened is still an incident.
        "On Wednesday soldiers fired shots at the usually quiet Kostar post, the mayor "
        "of Velna said.",
        # "had to" is the past: the act was done.
        "On Thursday 60 people had to wade across the river at the Kostar crossing after "
        "guards shut the bridge, the mayor of Velna said.",
    ],
)
def test_an_act_beside_a_habit_word_is_still_an_event(body: str) -> None:
    assert _drafted_from(body) != []


@pytest.mark.parametrize(
    "body",
    [
        # Where the people told of came from, a breakdown of a group: no incident.
        "Most have come from Dreva, some 90 km north of Velna, which has been shelled for weeks.",
        "Most of those arriving at the Kostar post this week came from Ludor, Sarne and Peltia.",
    ],
)
def test_where_most_of_a_group_came_from_is_no_event(body: str) -> None:
    assert _drafted_from(body) == []


def test_some_as_a_number_still_tells_an_arrival() -> None:
    body = "Some 200 came from Dreva through the Kostar crossing into Ostria on Wednesday."
    assert _drafted_from(body) != []


@pytest.mark.parametrize(
    "body",
    [
        "The Brask post itself was shut last winter.",
        "Dalmor began sealing its frontiers weeks ago.",
    ],
)
def test_an_act_told_back_without_a_day_is_background(body: str) -> None:
    assert _drafted_from(body) == []


def test_an_act_dated_back_from_the_report_is_still_an_event() -> None:
    body = "Three months ago guards at the Kostar crossing detained 48 men from Dreva."
    assert _drafted_from(body) != []


def test_an_act_a_few_days_back_is_still_the_news() -> None:
    body = "The Kostar crossing had reopened only in part a few days ago."
    assert _drafted_from(body) != []
