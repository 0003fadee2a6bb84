"""Dates by the coding rules of bench/extract/README.md as of session 43 (round 43z):
part of a month is the whole month, and a count "since" part of a month runs from that
month to the report; each checked on sentences written for the test."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2019-09-01"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_early_part_of_a_month_is_the_whole_month():
    events = _events(
        "Guards closed the Kelvo crossing on the Iran-Turkmenistan border in early May."
    )
    assert [e.date for e in events] == ["2019-05"], events


def test_the_start_of_a_month_is_the_whole_month():
    events = _events("At the start of March Gambian guards closed the Kolda crossing.")
    assert [e.date for e in events] == ["2019-03"], events


def test_a_count_since_part_of_a_month_runs_from_the_month_to_the_report():
    # "have crossed ... since mid-June": a count, the stretch from June to Published.
    events = _events(
        "Nearly 4,000 people from Tanzania have crossed into Ruvuma since mid-June, the "
        "agency said.",
        published="2019-08-20",
    )
    assert any(e.date == "2019-06-01/2019-08-20" for e in events), events


def test_a_closure_since_part_of_a_month_is_that_month():
    events = _events(
        "The Kelvo crossing has been closed since late June, drivers said.",
        published="2019-08-20",
    )
    assert any(e.date == "2019-06" for e in events), events


def test_people_kept_out_since_a_month_told_before_the_clause_are_dated_that_month():
    # "Since late August, lorries ... have not been let into X": a closure in force since
    # August, dated when it began, not a stretch to the report.
    events = _events(
        "Since late August, lorries from Iran with cargo for Tajikistan have not been let "
        "into Uzbekistan at the Alat crossing, drivers said.",
        published="2018-09-20",
    )
    assert any(e.date == "2018-08" for e in events), events
    assert not any("/" in e.date for e in events), events


def test_a_force_doubled_since_a_day_is_dated_that_day():
    events = _events(
        "Armenian border guards have doubled their numbers at the Bagratashen crossing "
        "since 14 July, local priests said on Wednesday.",
        published="2019-07-31",
    )
    assert any(e.date == "2019-07-14" for e in events), events


def test_the_start_of_the_month_is_the_month_told():
    # "at the start of the month": the whole month of the report (no month named).
    events = _events(
        "The first body was found near the Bouchebka crossing at the start of the month, "
        "the prosecutor said.",
        published="2023-07-11",
    )
    assert any(e.date == "2023-07" for e in events), events
    # "before the end of the month" is a time to come: no date from it.
    events = _events(
        "Guards will reopen the Bouchebka crossing before the end of the month, the "
        "governor said.",
        published="2023-07-11",
    )
    assert not any(e.date.startswith("2023-07") and e.date != "2023-07-11" for e in events)
