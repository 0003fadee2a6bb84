"""Dates of session 44 (round 44z): "a week ago" is a day, a weekday written with the
date it fell on, an ordinal day of the month the sentence names, and spans written as
two months, a week from a day, or the start of the year to a day; each checked on
sentences written for the test."""

import datetime as dt

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.dates import find_dates


def _events(body: str, published: str):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def _event_values(sentence: str, published: str) -> list[str]:
    day = dt.date.fromisoformat(published)
    return [f.value for f in find_dates(sentence, published=day) if f.role == "event"]


def test_a_week_ago_is_the_day_seven_days_before_the_report():
    events = _events(
        "A trader from Oruro crossed at the Kasani bridge a week ago to fetch his papers, "
        "he said.",
        published="2021-03-18",
    )
    assert [e.date for e in events] == ["2021-03-11"], events


def test_weeks_ago_counts_whole_weeks_back():
    assert _event_values("Smugglers cut the fence near Lesko two weeks ago.", "2021-03-18") == [
        "2021-03-04"
    ]


def test_a_weekday_written_with_its_date_is_that_date():
    # "the Sunday afternoon of 4 April": not the Sunday before the report.
    values = _event_values(
        "The coast guard picked up 40 men near the Serrana bank between the Sunday "
        "afternoon of 4 April and midday, the navy said.",
        "2021-07-20",
    )
    assert values == ["2021-04-04"]


def test_a_night_from_one_weekday_to_the_next_of_two_dates():
    values = _event_values(
        "Sixty people came ashore near Teulada in one night, from the Thursday evening to "
        "the Friday morning of 8-9 October.",
        "2021-07-20",
    )
    assert values == ["2020-10-08/2020-10-09"]


def test_an_ordinal_day_counts_in_the_month_the_sentence_names():
    values = _event_values(
        "In March last year, a local paper reported that on the 14th, armed men went into "
        "the village of Kembu near the Tarak river and questioned its headman.",
        "2021-07-20",
    )
    assert values == ["2020-03-14"]


def test_two_months_named_together_are_one_span():
    values = _event_values(
        "Officials said that in April and May guards turned back 300 people at Lokichoggio.",
        "2021-07-20",
    )
    assert values == ["2021-04-01/2021-05-31"]


def test_may_the_verb_after_a_month_is_no_second_month():
    values = _event_values("Guards closed the Lokichoggio post in April and may reopen it.",
                           "2021-07-20")  # fmt: skip
    assert values == ["2021-04"]


def test_the_week_that_began_on_a_day_is_seven_days_from_it():
    values = _event_values(
        "Police stopped 40 people at checks on the Narva road in the week that began on 7 June.",
        "2021-07-20",
    )
    assert values == ["2021-06-07/2021-06-13"]


def test_between_the_start_of_the_year_and_a_day_runs_from_1_january():
    values = _event_values(
        "Latvia had recorded 2,300 crossings between the start of the year and 1 July.",
        "2021-07-20",
    )
    assert values == ["2021-01-01/2021-07-01"]


def test_days_without_a_year_after_that_year_fall_in_the_year_told_before():
    found = find_dates(
        "Earlier that year, during the summit between 3 June and 5 July, checks held up "
        "traffic at the Kerkrade crossing.",
        published=dt.date(2026, 1, 18),
        last_year=2023,
    )
    assert [f.value for f in found if f.role == "event"] == ["2023-06-03/2023-07-05"]


def test_a_day_of_that_month_falls_in_its_year():
    found = find_dates(
        "That month Chad agreed, on 3 November, to close its border with the Darfur states.",
        published=dt.date(2021, 11, 29),
        last_year=2019,
        last_month="2019-11",
    )
    assert [f.value for f in found if f.role == "event"] == ["2019-11-03"]


def test_the_nth_parallel_is_no_day():
    values = _event_values(
        "Last month the navy detained 14 fishermen on the 15th parallel in the Caribbean.",
        "1997-01-11",
    )
    assert values == ["1996-12"]


def test_a_count_so_far_this_month_is_the_month():
    values = _event_values(
        "The group said more than 900 deportees had reached Arlit so far this month.",
        "2025-04-23",
    )
    assert values == ["2025-04"]


def _draft(id_: str, date: str, place: str, precision: str, notes: list[str], span):
    from bordermap.geo.extraction.events import DraftEvent, Evidence

    start, end, text = span
    return DraftEvent(
        id=id_, date=date, reported="", title="", description="", category="", status="alleged",
        claimed_by=[], denied_by=[], actors=[], place=place, place_found=place,
        place_precision=precision, notes=notes, tags=[], counts=[],
        evidence=[Evidence(start, end, text)], paragraph=0,
    )  # fmt: skip


def test_another_voice_on_a_border_placed_lede_takes_the_place_the_lede_will_take():
    # The lede names no place (the border stands in); the next sentence places the same
    # incident.  A later voice's version of the lede's incident is at that place, which
    # the lede itself only takes once all events are drafted.
    from bordermap.geo.extraction.events import _lede_place

    lede = "A fishing boat was sunk by a foreign vessel a week ago."
    step = "The boat was lying at anchor near Reed Bank when it was struck."
    text = f"{lede}\n\n{step}"
    first = _draft(
        "t-01", "2019-06-09", "China–Vietnam border", "border",
        ["The sentence names no place; the report's border stands for it."],
        (0, len(lede), lede),
    )  # fmt: skip
    second = _draft(
        "t-02", "2019-06-09", "near Reed Bank", "near", [],
        (len(lede) + 2, len(text), step),
    )  # fmt: skip
    assert _lede_place(first, [first, second], text)[0] == "near Reed Bank"
    # A lede whose next sentence is not right after it keeps its border.
    apart = f"{lede}\n\nAn aside.\n\n{step}"
    second = _draft(
        "t-02", "2019-06-09", "near Reed Bank", "near", [],
        (len(apart) - len(step), len(apart), step),
    )  # fmt: skip
    assert _lede_place(first, [first, second], apart)[0] == "China–Vietnam border"
