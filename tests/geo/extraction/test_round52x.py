"""Dated past acts at the border and dates of heldout94's classes (session 52, round52x),
each checked on sentences written for the test (other names, places and speakers than any
gold text).  The convention is bench/extract/README.md, "How the gold events are coded",
the bullet "Age never makes background"."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-09-12"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


_NEWS = "Guards turned back two lorries at the Tesna crossing on Monday.\n\n"


def test_a_dated_act_at_a_named_crossing_is_an_event_however_old():
    events = _events(_NEWS + "Freight through the Tesna crossing was stopped in 2016.")
    assert [e.date for e in events] == ["2024-09-09", "2016"], events
    # A closure "since" a year is dated when it began.
    events = _events(_NEWS + "The Orvela crossing has been shut since 2003.")
    assert [e.date for e in events] == ["2024-09-09", "2003"], events


def test_an_old_act_at_the_spot_told_before_is_an_event():
    # "there": the crossing the report goes on about.
    events = _events(_NEWS + "In 2012 soldiers there shot dead a shepherd from Orvela.")
    assert [e.date for e in events] == ["2024-09-09", "2012"], events
    # With no place and no word pointing back to one, the spot is left to guess.
    events = _events(_NEWS + "In 2012 the ministry shut it for a week.")
    assert [e.date for e in events] == ["2024-09-09"], events


def test_background_classes_stay_out_however_placed():
    for sentence in (
        # A war, a treaty, a ruling, a yearly count, a force movement, a date of another
        # act the sentence is told after.
        "About 4,000 soldiers died around Tesna in the war of 2008.",
        "A treaty signed at Tesna in 1999 fixed the line along the river.",
        "An arbitration court ruled on the islets off Tesna in 2004.",
        "Some 12,000 lorries crossed at Tesna in 2018.",
        "The army deployed two brigades near Tesna in 2017.",
        "Smugglers have used the river since the army took Varo in 2015.",
    ):
        # (an undated draft of the sentence is another rule's; no old date is drafted).
        events = _events(_NEWS + sentence)
        assert not [e.date for e in events if e.date and e.date < "2024"], (sentence, events)


def test_the_weekend_of_two_named_days_is_those_days():
    events = _events(
        "Over the weekend of May 30 and May 31, 2009 the navy arrested 12 fishermen near "
        "Orvela, the minister said."
    )
    assert [e.date for e in events] == ["2009-05-30/2009-05-31"], events
    # "over the weekend" alone is still the weekend before the report.
    events = _events("Over the weekend the navy arrested 12 fishermen near Orvela.")
    assert [e.date for e in events] == ["2024-09-07/2024-09-08"], events


def test_a_day_later_counts_from_the_saying_told_just_before():
    events = _events(
        "Guards fired on a smugglers' boat off Orvela on Wednesday last week, the navy "
        "said.\n\n"
        "The navy said on Saturday that it would patrol the bay every night.\n\n"
        "A day later, sailors boarded a ferry off Tesna, the navy said."
    )
    assert [e.date for e in events] == ["2024-09-04", "2024-09-08"], events


def test_people_forced_out_onto_ground_in_the_river_are_pushed_back():
    events = _events(
        "The refugees told aid workers that soldiers had forced them onto a sandbank in "
        "the Orvela river on September 2."
    )
    assert [(e.date, e.category) for e in events] == [("2024-09-02", "pushback")], events
    # Forcing one's own way into a place is no such act.
    events = _events("Smugglers forced their way into the Orvela river on September 2.")
    assert all(e.category != "pushback" for e in events), events
