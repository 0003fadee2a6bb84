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
