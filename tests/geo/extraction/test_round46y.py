"""Date classes found in the date misses over every gold folder (session 46, round y),
each checked on sentences written for the test (other names, places and days than any
gold text)."""

import datetime as dt

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.dates import find_dates

MONDAY = dt.date(2024, 3, 11)


def _roles(sentence: str, published: dt.date = MONDAY) -> list[tuple[str, str, str]]:
    return [(d.text, d.value, d.role) for d in find_dates(sentence, published=published)]


def test_a_weekday_owning_an_election_to_come_dates_nothing():
    # "ahead of Saturday's elections": the vote is still to come, so the latest Saturday
    # before the report is no day of anything told; the crossing keeps its Sunday.
    found = _roles(
        "Two drones crossed the river on Sunday, the army said on Monday, in the latest "
        "of several flights ahead of Saturday's regional and municipal elections."
    )
    assert ("on Sunday", "2024-03-10", "event") in found, found
    assert not any(text == "Saturday" for text, _, _ in found), found


def test_a_weekday_owning_a_meeting_leaves_the_days_before_it_alone():
    # "after Thursday's meeting": an occasion, not an incident told by its weekday, so
    # the day told before it is not turned into the day of a reaction.
    found = _roles(
        "Guards fired on a boat on Wednesday, days before Thursday's meeting of the two "
        "interior ministers."
    )
    assert ("on Wednesday", "2024-03-06", "event") in found, found


def test_a_weekday_owning_an_incident_still_dates_it():
    # "played down Friday's clash": the reaction's Sunday stays a statement's day.
    found = _roles("Both armies on Sunday played down Friday's clash on the ridge.")
    assert ("on Sunday", "2024-03-10", "statement") in found, found
    assert ("Friday", "2024-03-08", "event") in found, found


def test_an_incident_dated_before_an_election_to_come():
    events = extract_events(
        report_from_text(
            "Published: 2024-03-11\n\nTitle\n\nThree balloons crossed into Narva airspace "
            "on Sunday, Estonia's defence ministry said on Monday, ahead of Saturday's "
            "parliamentary elections.\n"
        ),
        id_prefix="t",
    ).events
    assert events and events[0].date == "2024-03-10", events
