"""Dates of drafts whose place was right but date wrong (session 34, round 34w), checked
on sentences written for the test (other names, places and dates than any gold text)."""

import datetime as dt

import pytest

from bordermap.geo.extraction.dates import find_dates

_PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # A stretch of a few weeks back from the report's day is a calendar span.
        ("Villagers said raiders had looted their farms over the past two weeks.",
         "2024-05-06/2024-05-20"),
        ("Residents said mortars had been hitting the hamlet for the past three weeks.",
         "2024-04-29/2024-05-20"),
        ("Guards said they had stopped 300 people in the last two weeks.",
         "2024-05-06/2024-05-20"),
    ],
)  # fmt: skip
def test_a_few_weeks_back_is_a_span(sentence: str, want: str) -> None:
    found = find_dates(sentence, published=_PUBLISHED)
    assert [item.value for item in found] == [want]


def test_past_months_stay_undated() -> None:
    # "in the past two months": a running count the gold sets leave undated.
    sentence = "Roughly 80 people had come through in the past two months alone."
    assert [item.value for item in find_dates(sentence, published=_PUBLISHED)] == []


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # A clause after "since" names the act a stretch began with; the present perfect
        # carries the stretch on until the report.
        ("Some 4,000 people have fled into Ostria since the fighting broke out on 2 May.",
         "2024-05-02/2024-05-20"),
        ("Since a trader was shot at the market on 11 May, the police have sent 300 "
         "people back over the line.", "2024-05-11/2024-05-20"),
        ("About 9,000 villagers have crossed the river since the rebels took Dorn in "
         "April.", "2024-04-01/2024-05-20"),
    ],
)  # fmt: skip
def test_since_a_clause_in_the_present_perfect_is_a_stretch(sentence: str, want: str) -> None:
    found = find_dates(sentence, published=_PUBLISHED)
    assert [item.value for item in found] == [want]


@pytest.mark.parametrize(
    "sentence",
    [
        # No flow in the present perfect: the clause's day is the day of the act told.
        "Since the army took the town on 3 May, the road was shut.",
        "Since the army took the town on 3 May, it said it had killed 40 fighters.",
        # A state or a toll, not a flow of people: dated by the clause's act.
        "Relations have been strained since the colonel seized power in Lorn on 3 May.",
        "The fever has killed 300 people since it was first found in Dorn on 3 May.",
    ],
)
def test_since_a_clause_without_the_present_perfect_keeps_its_day(sentence: str) -> None:
    found = find_dates(sentence, published=_PUBLISHED)
    assert [item.value for item in found] == ["2024-05-03"]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # 2024-05-20 is a Monday: "the week to Wednesday" ends on the 15th.
        ("Some 2,000 people reached Ostria in the week to Wednesday, officials said.",
         "2024-05-09/2024-05-15"),
        ("Guards turned back 600 people over the seven days to Friday.",
         "2024-05-11/2024-05-17"),
    ],
)  # fmt: skip
def test_the_week_to_a_weekday_is_its_seven_days(sentence: str, want: str) -> None:
    found = find_dates(sentence, published=_PUBLISHED)
    assert [item.value for item in found] == [want]
