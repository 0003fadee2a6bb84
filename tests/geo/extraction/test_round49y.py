"""Dates (session 49, round y): a count back from an act the report dated to a month only
("In March 2019 ... A week earlier ...") reaches that month, or as many months back as it
counts, at the month's precision, as the gold sets code it.  Checked on sentences written
for the test (other names, places and days than any gold text)."""

import datetime as dt

import pytest

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.dates import find_dates

PUBLISHED = dt.date(2019, 9, 20)


def _event_days(sentence: str, **context) -> list[str]:
    found = find_dates(sentence, published=PUBLISHED, **context)
    return [d.value for d in found if d.role == "event"]


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("A week earlier the skippers had been fined by a court in Varn.", "2019-03"),
        ("Ten days before, two guards had crossed the ridge.", "2019-03"),
        ("Two months earlier, herders had blocked the pass.", "2019-01"),
        ("Four months before that, the post had been shelled.", "2018-11"),
    ],
)
def test_a_count_back_from_a_month_reaches_a_month(sentence, month):
    assert _event_days(sentence, last_month="2019-03") == [month]


def test_a_count_back_from_a_dated_day_keeps_its_days():
    # With a day dated before, the count is read off it, as before.
    days = _event_days(
        "Two days earlier the skippers had been fined.",
        last_month="2019-03",
        anchor=dt.date(2019, 3, 14),
    )
    assert days == ["2019-03-12"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two days later the skippers were fined.",  # a count forward: not read
        "A few weeks earlier the skippers had been fined.",  # too vague to count
        "Six weeks earlier the skippers had been fined.",  # weeks past a month: no month
    ],
)
def test_no_month_for_counts_forward_vague_or_long(sentence):
    assert _event_days(sentence, last_month="2019-03") == []


def test_no_month_told_before_gives_no_date():
    assert _event_days("A week earlier the skippers had been fined.") == []


def test_a_report_dates_the_earlier_act_by_the_month_told_before():
    body = (
        "In March 2019 coast guards of Varnia seized three trawlers near Kesto Bank.\n\n"
        "A week earlier, patrol boats had fired warning shots at a trawler off Kesto Bank."
    )
    events = extract_events(
        report_from_text(f"Published: {PUBLISHED.isoformat()}\n\nTitle\n\n{body}\n"),
        id_prefix="t",
    ).events
    dates = {e.evidence[0].text[:8]: e.date for e in events}
    assert dates.get("A week e") == "2019-03"
