"""Classes of date reading found on the misses of all extract folders whose cause is the
date (session 35, round 35y), each checked on sentences written for the test (other
names, places and dates than any gold text)."""

import datetime as dt

import pytest

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.dates import find_dates


def _events(body: str, published: str = "2024-05-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def _event_dates(sentence: str, published: str = "2024-05-10") -> list[str]:
    found = find_dates(sentence, published=dt.date.fromisoformat(published))
    return [f.value for f in found if f.role == "event"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the two ends of one stretch, told with "between ... and", "from ... to"
        (
            "Six gunmen crossed into Belmar between the night of 2 May and the morning "
            "of 3 May, the police said.",
            "2024-05-02/2024-05-03",
        ),
        (
            "In the 24 hours from 6:00 on Tuesday to 6:00 on Wednesday, 3,100 people "
            "entered Ostria through Kalpé.",
            "2024-05-07/2024-05-08",
        ),
        (
            "From 1 May to that Saturday, 812 herders crossed into Ostria.",
            "2024-05-01/2024-05-04",
        ),
        # days listed one after another
        (
            "Some 90 migrants reached the Tesh coast on Monday, Tuesday and Wednesday.",
            "2024-05-06/2024-05-08",
        ),
    ],
)
def test_two_days_that_end_one_stretch_are_the_stretch(sentence, value):
    assert _event_dates(sentence) == [value]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # two acts, each on its day: no stretch
        (
            "Belmar shut the crossing on 2 May and reopened it on 3 May.",
            ["2024-05-02", "2024-05-03"],
        ),
        # a day listed apart from the next, not in a row
        ("Patrols were sent out on Monday, Wednesday and Friday.", "2024-05-06"),
        # ends more than a month apart stay two dates
        (
            "Herders crossed between the night of 2 January and the morning of 3 April.",
            ["2024-01-02", "2024-04-03"],
        ),
    ],
)
def test_days_that_end_no_stretch_stay_apart(sentence, values):
    found = _event_dates(sentence)
    if isinstance(values, str):
        assert found[0] == values
    else:
        assert found == values


def test_a_stretch_between_two_nights_dates_the_drafted_event():
    events = _events(
        "Six armed men crossed the border into Argentina near Yacuiba between the night "
        "of 2 May and the morning of 3 May, the police said."
    )
    assert events and events[0].date == "2024-05-02/2024-05-03"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Police say more than 9,000 people have entered Ostria since Tuesday of last week.",
            "2024-04-30/2024-05-10",
        ),
        ("Some 600 herders have crossed since last Monday.", "2024-05-06/2024-05-10"),
    ],
)
def test_since_before_a_day_read_without_it_is_a_stretch_until_the_report(sentence, value):
    assert _event_dates(sentence) == [value]


def test_a_state_since_a_day_read_without_the_since_is_dated_by_that_day():
    # "has been shut since": the closing was on that day, as with "since Monday"
    assert _event_dates("The crossing has been shut since last Monday.") == ["2024-05-06"]
