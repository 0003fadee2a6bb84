"""Classes of report writing found on the misses of heldout40 to heldout54 that are not
a wrong place (session 30, round 30z), each checked on sentences written for the test
(other names, places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2019-09-01"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_month_without_its_year_goes_on_in_the_year_of_the_story_told_before():
    # "Rebels seized X in late February of that year. ... In early March troops were
    # fighting to take it back": the story runs in 2004, not in the report's year.
    events = _events(
        "The bridge at Gbalamuya was fought over again in 2004. Rebels seized Gbalamuya "
        "in late January of that year. The rebels blocked the bridge. In early February "
        "a source in Freetown told reporters that government troops were fighting to "
        "take the town back.",
        published="2009-06-08",
    )
    dated = [e.date for e in events if e.date]
    assert any(d.startswith("2004-02") for d in dated), events
    assert not any(d.startswith("2009") for d in dated), events


def test_a_month_after_a_recent_act_stays_in_the_reports_year():
    # The act before is not a year old: "in March" is this year's March.
    events = _events(
        "Soldiers closed the Kambia crossing on 2 February. In March traders said the "
        "soldiers had turned back 40 lorries at the crossing.",
        published="2009-06-08",
    )
    assert any(e.date.startswith("2009-03") for e in events), events


def test_a_state_since_an_earlier_year_starts_no_story():
    # "Troops have stayed there since the end of 2016": the date marks when a state
    # began; "On 8 April" after it is this year's April.
    events = _events(
        "Saudi troops have stayed in Al-Ghaydah since the end of 2016, officials say. "
        "On 8 April fifteen Yemenis deported from Oman came home through the Shahan "
        "crossing, the Yemen Press Agency reported.",
        published="2020-04-20",
    )
    assert any(e.date == "2020-04-08" for e in events), events


def test_a_sentence_in_this_year_leaves_the_story_of_an_earlier_year():
    # "by 12 October it had stopped ... this year": the report's year, whatever the
    # sentence before counted in 2017.
    events = _events(
        "Traders counted 40 lorries turned back at Kasumbalesa in March 2017, the "
        "chamber said. The customs office said that by 12 October it had turned back "
        "1,200 lorries at Kasumbalesa this year.",
        published="2019-11-18",
    )
    assert not any(e.date.startswith("2017-10") for e in events), events


def test_a_stretch_since_part_of_a_month_is_dated_by_the_whole_month():
    # "Since late June ...": part of a month is the whole month (the coding rules as of
    # session 43), so the stretch runs from 1 June to the report.
    events = _events(
        "Since late June, Kyrgyz guards have turned back lorries at the Torugart crossing.",
        published="2020-08-14",
    )
    assert len(events) == 1 and events[0].date == "2020-06-01/2020-08-14", events


def test_the_same_morning_after_a_day_that_dated_a_saying_is_that_day():
    # "On Friday the spokesman said ... The same morning, the air force picked up an
    # object": the Friday just told, not the Thursday of the older sighting.
    events = _events(
        "A white object was seen drifting high over Nicaragua on Thursday, and residents "
        "posted pictures. On Friday the Pentagon's spokesman said a second balloon was "
        "moving across Latin America. The same morning, Honduras's air force picked up an "
        "object resembling a balloon that had entered Honduran airspace from the north, "
        "the air force said in a statement on Saturday.",
        published="2023-02-07",
    )
    assert events[-1].date == "2023-02-03", events
