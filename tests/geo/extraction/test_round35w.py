"""Dates the date finder reads right but the draft lost (session 35, round 35w), checked
on sentences written for the test (other names, places and dates than any gold text)."""

import datetime as dt

import pytest

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.dates import find_dates

_SETTING = "The Kostar border post links Velna in Ostria with Brask in Dalmor."


def _events(body: str, published: str = "2024-05-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{_SETTING}\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


@pytest.mark.parametrize(
    ("body", "date"),
    [
        # "according to X" tells whose account it is, not a saying done that day: the
        # day before it dates the act.
        (
            "Late on Monday, according to the mayor of Velna, soldiers had turned back "
            "four lorries at the Kostar crossing into Ostria.",
            "2024-05-06",
        ),
        # "were told to close it": an order given that day, not a saying.
        (
            "On Wednesday 8 May 2024, officials at the post were told to close it until "
            "further notice after two of them fell ill, the regional police commander, "
            "Colonel Ivo Marek, told reporters at the time.",
            "2024-05-08",
        ),
    ],
)
def test_a_day_before_no_saying_dates_the_act(body: str, date: str) -> None:
    events = _events(body)
    dated = [e.date for e in events if e.evidence[-1].text.startswith(body[:20])]
    assert dated == [date], body


def test_a_day_before_the_speaker_still_dates_the_saying() -> None:
    events = _events(
        "On Thursday the interior ministry said that soldiers had turned back four "
        "lorries at the Kostar crossing into Ostria."
    )
    dated = [e.date for e in events if e.evidence[-1].text.startswith("On Thursday")]
    assert dated
    assert "2024-05-09" not in dated


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # published on a Friday: the Monday to come, not the Monday gone
        (
            "Ostria will close the Kostar crossing to lorries starting on Monday, the "
            "transport minister said on Friday.",
            "2024-05-13",
        ),
        (
            "Dalmor has ordered the Brask bridge shut from Wednesday morning, an official said.",
            "2024-05-15",
        ),
        # no measure to come: the weekday just past, as before
        ("The crossing has stayed shut from Monday, police said.", "2024-05-06"),
    ],
)
def test_a_measure_to_come_takes_effect_on_the_next_weekday(sentence: str, value: str) -> None:
    found = find_dates(sentence, published=dt.date(2024, 5, 10))
    assert [f.value for f in found if f.role == "event"] == [value]


def test_a_measure_to_come_dates_the_draft_to_its_first_day() -> None:
    events = _events(
        "VELNA, May 10 - Dalmor has ordered the Kostar border post shut from Tuesday "
        "morning, a spokesman for the border police said on Friday."
    )
    dated = [e.date for e in events if e.evidence[-1].text.startswith("VELNA")]
    assert dated == ["2024-05-14"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Thirty herders crossed into Ostria at Kostar between Tuesday evening and the "
            "early hours of Wednesday, the police said.",
            "2024-05-07/2024-05-08",
        ),
        (
            "A boat with 61 people landed at Brask between the night of 3 May and the "
            "small hours of 4 May.",
            "2024-05-03/2024-05-04",
        ),
    ],
)
def test_the_early_hours_of_a_day_end_the_stretch(sentence: str, value: str) -> None:
    found = find_dates(sentence, published=dt.date(2024, 5, 10))
    assert [f.value for f in found if f.role == "event"] == [value]


def test_the_same_night_after_a_sentence_that_dates_nothing_is_the_sayings() -> None:
    events = _events(
        "Only two crossings into Dalmor remain open after the government shut the rest, "
        "the president of Ostria announced late on Wednesday.\n\n"
        "The crossings that stay open will check every traveller, she said. On the same "
        "night she ordered army units to deploy at the Kostar border post."
    )
    dated = [e.date for e in events if e.evidence[-1].text.startswith("On the same night")]
    assert dated == ["2024-05-08"]
