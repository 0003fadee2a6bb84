"""Date classes found on the seen gold where the place agrees but the date does not
(session 32, round 32d), each checked on sentences written for the test (other names,
places and dates than any gold text)."""

import datetime as dt

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.dates import find_dates

_PUBLISHED = dt.date(2022, 9, 14)


def _values(sentence: str) -> list[str]:
    return [f.value for f in find_dates(sentence, published=_PUBLISHED)]


def test_a_state_of_being_open_since_a_day_is_dated_by_that_day():
    # The opening was on that day; the state lasting until the report is no stretch.
    assert _values(
        "Two crossings on the Latvian-Estonian line have been open to residents since 9 August."
    ) == ["2022-08-09"]
    assert _values("The ferry port has been open since July.") == ["2022-07"]


def test_a_decreed_state_since_a_day_is_dated_by_the_decree():
    assert _values("The Mopti region has been under a state of emergency since 2 September.") == [
        "2022-09-02"
    ]
    assert _values("The border district has been under curfew since 30 August.") == ["2022-08-30"]


def test_people_counted_as_they_crossed_since_a_day_stay_a_stretch():
    # Unchanged: a count since a day covers the days until the report.
    assert _values("More than 3,000 people have crossed into Moldova since 1 September.") == [
        "2022-09-01/2022-09-14"
    ]


def test_a_day_after_the_way_words_were_said_dates_the_saying():
    # "said by telephone on Tuesday that he was arrested ... on 4 July": Tuesday is the
    # day of the call; the arrest keeps its own day.
    report = report_from_text(
        "Published: 2023-07-12\n\nTitle\n\nAmadou Keita, a welder from Mali, said by "
        "telephone on Tuesday that he was arrested near Ben Guerdane on 4 July.\n"
    )
    assert [e.date for e in extract_events(report, id_prefix="t").events] == ["2023-07-04"]
    said = find_dates(
        "The mayor told AFP in a telephone interview on Sunday that troops had entered.",
        published=_PUBLISHED,
    )
    assert [(f.value, f.role) for f in said] == [("2022-09-11", "statement")]
