"""Dates of the blind set heldout77's misses (session 37, round 37b), each checked on
sentences written for the test (other names, borders and dates than any gold text)."""

import datetime as dt

from bordermap.geo.extraction.dates import find_dates


def _event_days(sentence: str, published: dt.date, anchor: dt.date | None = None):
    found = find_dates(sentence, published=published, anchor=anchor)
    return [f.value for f in found if f.role == "event"]


def test_fighting_that_broke_out_days_after_an_act_dates_the_act_back():
    # "The fighting broke out three days after troops moved into X": the fighting is the
    # incident dated last; the move came three days before it, not after.
    sentence = "The fighting broke out three days after Ugandan troops moved into Kasese."
    assert _event_days(sentence, dt.date(2020, 3, 20), anchor=dt.date(2020, 3, 18)) == [
        "2020-03-15"
    ]
    # A new act of the sentence's own keeps the count forward from the last day.
    later = "Three days after, Ugandan troops moved into Kasese."
    assert _event_days(later, dt.date(2020, 3, 20), anchor=dt.date(2020, 3, 14)) == ["2020-03-17"]


def test_hours_after_what_was_told_before_is_that_day():
    sentence = "Hours after the vote, police closed the bridge to Narva."
    assert _event_days(sentence, dt.date(2022, 9, 9), anchor=dt.date(2022, 9, 7)) == ["2022-09-07"]


def test_a_day_in_an_aside_on_the_speaking_dates_the_statement():
    # "Name, speaking after a cabinet session on Friday, called ...": Friday is when the
    # words were said; the act told keeps its own day or none.
    found = find_dates(
        "The minister, speaking after a cabinet meeting on Friday, called the landing an "
        "invasion of Guyanese waters.",
        published=dt.date(2023, 3, 6),
    )
    assert [(f.value, f.role) for f in found] == [("2023-03-03", "statement")]
    found = find_dates(
        "The minister, speaking to reporters in Georgetown on Friday, said the boats had "
        "crossed on Tuesday.",
        published=dt.date(2023, 3, 6),
    )
    assert [(f.value, f.role) for f in found] == [
        ("2023-03-03", "statement"),
        ("2023-02-28", "event"),
    ]
