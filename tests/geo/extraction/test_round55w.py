"""Round 55w: date misses of drafts aligned to gold events, by class; sentences written
for the test."""

import datetime as dt

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.dates import find_dates


def _find(sentence: str, published: str, anchor: str | None = None) -> list[tuple[str, str]]:
    return [
        (d.value, d.role)
        for d in find_dates(
            sentence,
            published=dt.date.fromisoformat(published),
            anchor=dt.date.fromisoformat(anchor) if anchor else None,
        )
    ]


def test_weekdays_restated_by_calendar_days_take_those_days():
    # The weekdays alone would fall in the report's own week.
    assert _find(
        "Guards counted 600 arrivals on Wednesday and Thursday, June 25 and 26, at the post.",
        "2025-07-06",
    ) == [("2025-06-25/2025-06-26", "event")]
    assert _find(
        "Boats landed on Friday and Saturday (20 and 21 June) near the cape.", "2025-07-06"
    ) == [("2025-06-20/2025-06-21", "event")]


def test_weekdays_and_a_later_day_of_another_act_both_stay():
    assert _find(
        "Guards counted 600 arrivals on Friday and Saturday, and 40 more on 21 June.",
        "2025-07-06",
    ) == [("2025-07-04/2025-07-05", "event"), ("2025-06-21", "event")]


def test_the_day_before_counts_back_from_the_day_of_saying_in_the_sentence():
    assert _find(
        "The militia said on 15 October that its fighters had raided a barracks the day before.",
        "2020-10-23",
        anchor="2020-10-01",
    ) == [("2020-10-15", "statement"), ("2020-10-14", "event")]


def test_the_next_day_counts_on_from_the_day_the_sentence_named():
    assert _find(
        "Police held two herders on Monday and freed them the next day.",
        "2020-10-23",
        anchor="2020-10-01",
    ) == [("2020-10-19", "event"), ("2020-10-20", "event")]


def test_the_next_day_alone_still_counts_from_the_day_dated_last():
    assert _find("The following day, guards fired on the boat.", "2020-10-23",
                 anchor="2020-10-01") == [("2020-10-02", "event")]  # fmt: skip


def test_the_day_before_an_occasion_is_not_counted_from_the_sentence():
    # "the day before the vote" is a day before the vote, which the sentence does not date.
    found = _find("On 15 October, the day before the vote, guards shut the post.", "2020-10-23")
    assert found[0] == ("2020-10-15", "event")
    assert ("2020-10-14", "event") not in found


def test_a_report_dates_an_act_by_the_calendar_days_after_its_weekdays():
    events = extract_events(
        report_from_text(
            "Published: 2025-07-06\n\nAfghanistan and Iran\n\n"
            "Officials counted 61,000 arrivals through the Islam Qala crossing on Wednesday "
            "and Thursday, June 25 and 26.\n"
        )
    ).events
    assert [e.date for e in events] == ["2025-06-25/2025-06-26"]


def _dates(sentence: str, published: str = "2018-01-16") -> list[tuple[str, str, str]]:
    report = report_from_text(f"Published: {published}\n\nArmenia and Azerbaijan\n\n{sentence}\n")
    return [(e.date, e.status, e.reported) for e in extract_events(report).events]


def test_a_day_opening_on_who_lodged_a_statement_dates_the_statement():
    # The account after "saying" names its own day, which dates the act it tells.
    assert _dates(
        "On Friday Armenia lodged a complaint with the OSCE saying Azerbaijani troops had "
        "fired on its post near Tegh on 21 December."
    ) == [("2017-12-21", "alleged", "2018-01-12")]
    assert _dates(
        "On Friday Armenia protested to Baku, saying Azerbaijani troops had fired on its "
        "post near Tegh on 21 December."
    ) == [("2017-12-21", "alleged", "2018-01-12")]


def test_a_statement_whose_account_names_no_day_keeps_the_opening_day():
    assert _dates(
        "On Friday Armenia lodged a complaint with the OSCE saying Azerbaijani troops had "
        "fired on its post near Tegh."
    ) == [("2018-01-12", "alleged", "2018-01-16")]


def test_an_act_before_saying_keeps_its_own_day():
    found = _dates(
        "On Friday Armenian troops fired on a post near Tegh, saying they had been shot at "
        "on 21 December."
    )
    assert found[0][:2] == ("2018-01-12", "confirmed")


def test_a_day_planned_does_not_anchor_the_same_day_after_it():
    report = report_from_text(
        "Published: 2020-03-17\n\nRussia and Belarus\n\n"
        "Russia closed its border with Belarus to travellers on Monday, the government "
        "said.\n\n"
        "Goods will keep moving through a corridor that opens on Tuesday, it added.\n\n"
        "A ban at Russia's frontier with Georgia came into force the same day.\n"
    )
    events = extract_events(report).events
    ban = next(e for e in events if "Georgia" in e.evidence[0].text)
    assert ban.date == "2020-03-16"


def test_a_past_act_after_a_future_verb_still_anchors():
    report = report_from_text(
        "Published: 2020-03-17\n\nRussia and Belarus\n\n"
        "The crossing will stay shut after guards fired on a lorry near Smolensk on Monday.\n\n"
        "A ban at Russia's frontier with Georgia came into force the same day.\n"
    )
    events = extract_events(report).events
    ban = next(e for e in events if "Georgia" in e.evidence[0].text)
    assert ban.date == "2020-03-16"


def test_overnight_into_last_weekday_is_that_night_not_last_night():
    assert _find("Drones crossed into Polish airspace overnight into last Saturday.",
                 "2026-01-23") == [("2026-01-16/2026-01-17", "event")]  # fmt: skip
    # A report of that very weekday: "last Friday" is a week back.
    assert _find("Drones crossed overnight into last Friday.", "2026-01-23") == [
        ("2026-01-15/2026-01-16", "event")
    ]
    assert _find("Drones crossed overnight into Friday.", "2026-01-23") == [
        ("2026-01-22/2026-01-23", "event")
    ]


def _closure_dates(sentence: str) -> list[str]:
    report = report_from_text(
        f"Published: 2018-01-09\n\nCameroon and Equatorial Guinea\n\n{sentence}\n"
    )
    return [e.date for e in extract_events(report).events]


def test_a_closure_still_in_force_is_dated_when_it_began():
    assert _closure_dates(
        "The border between Cameroon and Equatorial Guinea was still closed on Monday, more "
        "than two weeks after Malabo sealed it on 24 December."
    ) == ["2017-12-24"]


def test_a_closure_still_in_force_after_another_act_keeps_its_day():
    # A shooting is no act that began the closure.
    assert _closure_dates(
        "The crossing at Kye-Ossi was still closed on Monday, two weeks after a shooting on "
        "24 December."
    ) == ["2018-01-08"]
