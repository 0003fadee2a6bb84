"""Classes of report writing found on heldout50 and heldout51 (session 29, round 29y),
each checked on sentences written for the test (other names, places and speakers than
any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2023-03-14"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_seizure_the_sentence_calls_an_earlier_case_is_one_dated_to_its_month():
    # Told long before the report and dated to its month at the end of a sentence that
    # says it happened before, the seizure is a case the report recalls, not history.
    events = _events(
        "The coast guard stopped a fishing boat in the Gulf of Riga on Monday.\n\n"
        "It has happened before: the Finnish-flagged trawler Karhu was seized in the "
        "Gulf of Riga in October 2019."
    )
    assert any(e.date == "2019-10" and e.place == "Gulf of Riga" for e in events), events


def test_a_month_that_only_marks_when_something_else_began_is_no_earlier_case():
    # "since the army took X in May 2020": the month dates the army's capture, told as
    # the start of a state of things, not an incident of its own, even in a sentence
    # that says it tells an earlier case.
    events = _events(
        "Guards stopped a fishing boat in the Gulf of Riga on Monday.\n\n"
        "It has happened before: smugglers have moved their boats north since the army "
        "took Pärnu in May 2020."
    )
    assert not any(e.date == "2020-05" for e in events), events
    # Told in passing, without such words, a month stays history.
    events = _events(
        "The coast guard stopped a fishing boat in the Gulf of Riga on Monday.\n\n"
        "The Finnish-flagged trawler Karhu was seized in the Gulf of Riga in October 2019."
    )
    assert not any(e.date == "2019-10" for e in events), events


def test_a_spot_off_a_cape_the_gazetteer_lacks_is_kept_at_sea_as_written():
    # "off Cape X": what happened off a cape happened at sea, whoever the sentence names
    # there; the shore it lies on ("on X's western coast") is no better place.
    events = _events(
        "A coast guard cutter fired warning shots on Monday at the trawler Morska Vila off "
        "Cape Kaliakra, on Bulgaria's northern coast, the border police said."
    )
    assert [e.place for e in events] == ["off Cape Kaliakra"], events
    # A warship named after its class word is the craft at sea likewise.
    events = _events(
        "Sailors fired warning shots on Monday at the frigate Almirante Grau off Vellora "
        "Island, the navy said."
    )
    assert [e.place for e in events] == ["off Vellora Island"], events


def test_a_part_of_a_sea_named_without_its_word_is_kept_as_written():
    # "in the western Mediterranean": the sea is named without "Sea", by the part the
    # compass gives; event files write that part, at sea.
    events = _events(
        "A navy patrol boat sank a smugglers' dinghy in the western Mediterranean on "
        "Monday, killing four people on board, the ministry said."
    )
    assert [e.place for e in events] == ["western Mediterranean"], events
    # Told as an adjective of a coast, it is no place at sea.
    events = _events("Fishermen on the western Mediterranean coast were detained on Monday.")
    assert not any("Mediterranean" in e.place for e in events), events


def test_forces_moved_into_waters_or_already_sent_to_a_place_are_a_deployment():
    # "moved four warships and a submarine into X": forces moved to sea as they are
    # sent; "police officers have already been sent to X": forces sent, told of
    # themselves in the passive.
    events = _events("Ankara moved four warships and a submarine into the northern Aegean.")
    assert [(e.place, e.category) for e in events] == [("northern Aegean", "military_security")], (
        events
    )
    events = _events("About 600 Greek police officers have already been sent to Lesbos, he said.")
    assert [e.category for e in events] == ["military_security"], events


def test_a_weekday_span_around_the_report_day_is_the_report_s_own_week():
    # "from Monday until Wednesday" in a Tuesday report: this week's three days, not a
    # span that ended six days before the report.
    from datetime import date

    from bordermap.geo.extraction.dates import find_dates

    tuesday = date(2023, 3, 14)
    sentence = "The port has been shut to ferries from Monday until Wednesday."
    assert [d.value for d in find_dates(sentence, published=tuesday)] == ["2023-03-13/2023-03-15"]
    # A span wholly before the report day is still the latest one.
    sentence = "The port was shut to ferries from Thursday until Saturday."
    assert [d.value for d in find_dates(sentence, published=tuesday)] == ["2023-03-09/2023-03-11"]


def test_a_habit_told_of_a_place_in_an_appositive_leaves_the_act_an_incident():
    # ", the crossing where lorries usually queue,": the habit describes the place; the
    # sentence's act, a closure, is still an incident at the crossing.
    events = _events(
        "Albania has halted all traffic at Kakavia, the crossing where lorries usually "
        "queue for hours, since Monday."
    )
    assert len(events) == 1 and events[0].place == "Kakavia", events
    # A habit of the sentence's own subject is still no incident.
    assert not _events("Lorries usually queue for hours at Kakavia, the busiest crossing.")


def test_a_border_zone_set_up_or_coming_into_force_is_an_event_on_the_line():
    # "a border zone ... came into force", "declared a border area along the frontier":
    # a regime of the line set up by a state is an event of the border.
    events = _events(
        "A border zone that Latvia has drawn along its frontier with Belarus came into "
        "force on Monday."
    )
    assert [(e.place, e.date) for e in events] == [("Belarus–Latvia border", "2023-03-13")], events
    events = _events("Lithuania declared a border area along the frontier with Belarus on Monday.")
    assert len(events) == 1, events


def test_an_earlier_case_the_sentence_marks_as_such_keeps_its_year_of_any_kind():
    # "It was not the first time ...: in 2015, ...": the sentence says it tells a like
    # case, so even a year alone dates an incident of its own, whatever its kind.
    events = _events(
        "Estonian troops fired flares near Narva on Monday, the army said.\n\n"
        "It was not the first time Estonian fire reached the river: in 2015, mortar shells "
        "from an army exercise overshot their range and hit the bank near Narva."
    )
    assert any(e.date == "2015" for e in events), events


def test_a_season_of_a_year_dates_to_that_year():
    # "in the winter of 1985", "during summer 2019": a season is dated by its year, as
    # event files date it (a winter runs into the next year).
    from datetime import date

    from bordermap.geo.extraction.dates import find_dates

    for sentence, year in (
        ("In the winter of 1985, shells set a forest alight.", "1985"),
        ("Guards fired on a boat during summer 2019.", "2019"),
    ):
        assert [d.value for d in find_dates(sentence, published=date(2023, 3, 14))] == [year]


def test_a_month_that_opens_on_the_speaker_dates_the_saying_when_the_account_names_a_day():
    # "In May last year the then minister, X, said ... on 23 April": the month is when
    # the account was given; the day it names is the incident's, in that month's year.
    events = _events(
        "In May last year the then interior minister, Ivo Tamm, said about 30 Latvian "
        "guards had crossed into Estonia at Valga on 23 April.",
        published="2023-11-27",
    )
    assert [e.date for e in events] == ["2022-04-23"], events
    # With no day of its own, the account still dates to the month.
    events = _events(
        "In May last year the interior minister said Latvian guards had crossed into "
        "Estonia at Valga.",
        published="2023-11-27",
    )
    assert [e.date for e in events] == ["2022-05"], events


def test_warships_passing_through_a_strait_are_a_military_movement():
    # "a destroyer and a frigate sailed through the X Strait": warships passing through
    # a strait or waters are a military movement there.
    events = _events(
        "A Russian destroyer and a frigate sailed through the Fehmarn Belt Strait on "
        "Monday, the Danish navy said."
    )
    assert [(e.place, e.category) for e in events] == [
        ("Fehmarn Belt Strait", "military_security")
    ], events


def test_lorries_standing_idle_at_a_border_town_are_held_up_there():
    # "lorries of produce stood idle in X": vehicles kept from crossing, as "stood in
    # lines" already reads.
    events = _events(
        "On Monday lorries loaded with timber and fruit stood idle in Narva, the Estonian "
        "border town, next to hundreds of travellers who could not get across."
    )
    assert [(e.place, e.date) for e in events] == [("Narva", "2023-03-13")], events


def test_the_staff_of_a_post_stopping_work_halts_the_crossing():
    # "customs officers at X stopped work", "border guards downed tools": a work
    # stoppage at a post halts the crossing.
    events = _events(
        "Estonian customs officers at Narva stopped work on Monday over unpaid wages, the "
        "union said."
    )
    assert [(e.place, e.date) for e in events] == [("Narva", "2023-03-13")], events
