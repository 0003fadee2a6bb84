"""Date classes found by listing every gold event whose aligned draft has another date
(session 42, round 42z), each checked on sentences written for the test (other names,
places and days than any gold text)."""

import datetime as dt

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.dates import find_dates


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def _dates(sentence: str, published: str = "2024-06-20", anchor: str | None = None):
    day = dt.date.fromisoformat(published)
    return [
        (f.text, f.value, f.role)
        for f in find_dates(
            sentence, published=day, anchor=dt.date.fromisoformat(anchor) if anchor else day
        )
    ]


def test_days_later_count_on_from_the_day_the_sentence_names():
    # "... on Monday, 3 June, and the bridge reopened two days later": 5 June, not two
    # days after whatever day the report dated last.
    found = _dates(
        "The council signed the order on Monday, 3 June, and the bridge reopened two days later.",
        anchor="2024-06-18",
    )
    assert ("two days later", "2024-06-05", "event") in found
    # With no day in the sentence the count still runs on from the day dated last.
    assert ("a day later", "2024-06-19", "event") in _dates(
        "The bridge reopened a day later.", anchor="2024-06-18"
    )


def test_a_border_post_is_no_message_post():
    # "at their border post last week" is where guards were shot, not "a post" online.
    found = _dates(
        "Two smugglers shot a corporal at their border post last week and then fled south, "
        "the regional commander told the local radio."
    )
    assert ("last week", "2024-06-10/2024-06-16", "event") in found
    # "wrote in a post on Sunday" still dates the writing.
    assert ("on Sunday", "2024-06-16", "statement") in _dates(
        "The governor wrote in a post on Sunday that the ferry had stopped."
    )


def test_a_saying_set_off_by_commas_leaves_the_opening_day_to_the_act():
    # "On Tuesday, the spokesman said, the boat turned back": Tuesday is the turning
    # back's; "On Tuesday, the spokesman said that ..." stays the saying's day.
    aside = _events(
        "On Tuesday, the border guard spokesman Arvid Holm said, a patrol boat crossed "
        "into Estonian waters near Narva-Joesuu."
    )
    assert aside and all(e.date == "2024-06-18" for e in aside)
    said = _events(
        "On Tuesday, the border guard spokesman Arvid Holm said that a patrol boat had "
        "crossed into Estonian waters near Narva-Joesuu."
    )
    assert said and all(e.date != "2024-06-18" for e in said)


def test_speaking_on_a_day_dates_the_act_done_as_the_speaker_spoke():
    # "Speaking to supporters in X on Saturday, the president broke off relations": no
    # saying follows, so the day is the act's; with "said" after it stays the saying's.
    assert ("on Saturday", "2024-06-15", "event") in _dates(
        "Speaking to supporters in Tegucigalpa on Saturday, the president broke off "
        "diplomatic relations with Nicaragua."
    )
    assert ("on Saturday", "2024-06-15", "statement") in _dates(
        "Speaking to supporters in Tegucigalpa on Saturday, the president said the "
        "border would stay shut."
    )
